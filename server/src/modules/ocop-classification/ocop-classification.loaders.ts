import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { ocopClassificationService as classification } from './ocop-classification.service';
import type { OcopClassificationTree } from './ocop-classification.type';

/**
 * Per-request loader of the whole OCOP classification (a few dozen rows of reference data): the
 * first use in a request reads it in one statement, every later use is free.
 */
export function createOcopClassificationLoaders(db: EntityManager) {
  return {
    ocopClassification: new DataLoader<'all', OcopClassificationTree>(async (keys) => {
      const tree = await classification.loadTree(db);
      return keys.map(() => tree);
    }),
  };
}
