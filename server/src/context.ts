import type { EntityManager } from 'typeorm';
import { createAdministrativeUnitLoaders } from './modules/administrative-unit/administrative-unit.loaders';
import { createCriteriaSetLoaders } from './modules/criteria-set/criteria-set.loaders';

export type Loaders = ReturnType<typeof createAdministrativeUnitLoaders> &
  ReturnType<typeof createCriteriaSetLoaders>;

/** What every resolver and service receives, new for each request. */
export interface Context {
  /** The request's id: from a sane `x-request-id` header, else a random UUID; echoed in the response. */
  requestId: string;
  /** Database access for this request (reads only so far). */
  db: EntityManager;
  /** DataLoaders: their caches and batches live and die with the request. */
  loaders: Loaders;
}

export function createContext(db: EntityManager, requestId: string): Context {
  return {
    requestId,
    db,
    loaders: { ...createAdministrativeUnitLoaders(db), ...createCriteriaSetLoaders(db) },
  };
}
