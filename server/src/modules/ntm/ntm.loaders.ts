import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { evaluationService as evaluations } from './evaluation.service';
import type { CriterionResult, Evaluation } from './evaluation.type';
import { recognitionService as recognitions } from './recognition.service';
import type { Recognition } from './recognition.type';

/**
 * Per-request loaders of the NTM records (listed in ntm.module.ts): one SQL statement per kind of
 * read and per tick, whatever the number of units on the page.
 */
export function createNtmLoaders(db: EntityManager) {
  return {
    recognitionById: new DataLoader<string, Recognition | null>((ids) => recognitions.findByIds(db, ids)),
    recognitionsByUnitId: new DataLoader<string, Recognition[]>((ids) => recognitions.findByUnitIds(db, ids)),
    evaluationById: new DataLoader<string, Evaluation | null>((ids) => evaluations.findByIds(db, ids)),
    evaluationsByUnitId: new DataLoader<string, Evaluation[]>((ids) => evaluations.findByUnitIds(db, ids)),
    criterionResultsByEvaluationId: new DataLoader<string, CriterionResult[]>((ids) =>
      evaluations.findResultsByEvaluationIds(db, ids),
    ),
  };
}

export type NtmLoaders = ReturnType<typeof createNtmLoaders>;
