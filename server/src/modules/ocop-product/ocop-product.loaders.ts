import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { ocopProductService as products, type ScopedPage } from './ocop-product.service';
import type { OcopProduct } from './ocop-product.type';
import { unitChainService } from './unit-chain.service';

/** Per-request loaders (listed in ocop-product.module.ts): one SQL statement per kind of read and tick. */
export function createOcopProductLoaders(db: EntityManager) {
  return {
    /** Products with their current certificate, withdrawn ones included. */
    ocopProductById: new DataLoader<string, OcopProduct | null>((ids) => products.findByIds(db, ids)),
    /** Nested product connections (of a producer, of a place), keyed by their serialised arguments. */
    scopedOcopProductPages: new DataLoader<string, ScopedPage>((keys) => products.findScopedPages(db, keys)),
    scopedOcopProductCounts: new DataLoader<string, number>((keys) => products.countScoped(db, keys)),
    /** A unit and its ancestors, to be primed into `unitById` (see unit-chain.service.ts). */
    unitChainById: new DataLoader<string, AdministrativeUnit[]>((ids) =>
      unitChainService.findChains(db, ids),
    ),
  };
}
