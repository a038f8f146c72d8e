import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { criteriaSetService as sets } from './criteria-set.service';
import type { CriteriaSet, Criterion, Indicator } from './criteria-set.type';

/** Per-request loaders (listed in criteria-set.module.ts): one SQL statement per kind of read and tick. */
export function createCriteriaSetLoaders(db: EntityManager) {
  const criterionById = new DataLoader<string, Criterion | null>((ids) => sets.findCriteriaByIds(db, ids));
  return {
    criteriaSetById: new DataLoader<string, CriteriaSet | null>((ids) => sets.findSetsByIds(db, ids)),
    criterionById,
    criteriaBySetId: new DataLoader<string, Criterion[]>(async (ids) => {
      const criteria = await sets.findCriteriaBySetIds(db, ids);
      for (const criterion of criteria.flat()) criterionById.prime(criterion.uuid, criterion);
      return criteria;
    }),
    indicatorsByCriterionId: new DataLoader<string, Indicator[]>((ids) =>
      sets.findIndicatorsByCriterionIds(db, ids),
    ),
  };
}

export type CriteriaSetLoaders = ReturnType<typeof createCriteriaSetLoaders>;
