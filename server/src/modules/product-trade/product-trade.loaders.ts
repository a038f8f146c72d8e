import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import type { ProductPhoto } from '../listing/product-photo.type';
import { productTradeService as trade } from './product-trade.service';
import type { ProductCertification, TradeDetails } from './product-trade.type';

/** Per-request loaders (listed in product-trade.module.ts): one SQL statement per kind of read and tick. */
export function createProductTradeLoaders(db: EntityManager) {
  return {
    tradeDetailsByProductId: new DataLoader<string, TradeDetails>((ids) =>
      trade.findDetailsByProductIds(db, ids),
    ),
    productCertificationsByProductId: new DataLoader<string, ProductCertification[]>((ids) =>
      trade.findCertificationsByProductIds(db, ids),
    ),
    productCertificationById: new DataLoader<string, ProductCertification | null>((ids) =>
      trade.findCertificationsByIds(db, ids),
    ),
    coverPhotoByProductId: new DataLoader<string, ProductPhoto | null>((ids) =>
      trade.findCoverPhotos(db, ids),
    ),
  };
}
