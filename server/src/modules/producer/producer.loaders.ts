import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { linkageService as linkages } from './linkage.service';
import type { Linkage } from './linkage.type';
import { producerService as producers, type ProducerCounts } from './producer.service';
import type { Producer } from './producer.type';
import { rawMaterialAreaService as areas } from './raw-material-area.service';
import type { RawMaterialArea } from './raw-material-area.type';

/** Per-request loaders (listed in producer.module.ts): one SQL statement per kind of read and per tick. */
export function createProducerLoaders(db: EntityManager) {
  return {
    producerById: new DataLoader<string, Producer | null>((ids) => producers.findByIds(db, ids)),
    producerCountsById: new DataLoader<string, ProducerCounts>((ids) => producers.findCounts(db, ids)),
    linkagesByProducerId: new DataLoader<string, Linkage[]>((ids) => linkages.findByProducerIds(db, ids)),
    linkagesByProductId: new DataLoader<string, Linkage[]>((ids) => linkages.findByProductIds(db, ids)),
    rawMaterialAreasByProducerId: new DataLoader<string, RawMaterialArea[]>((ids) =>
      areas.findByProducerIds(db, ids),
    ),
    rawMaterialAreasByProductId: new DataLoader<string, RawMaterialArea[]>((ids) =>
      areas.findByProductIds(db, ids),
    ),
  };
}
