import type { EntityManager } from 'typeorm';
import { countingManager, type SqlCounter } from './common/sql-counter';
import { createAdministrativeUnitLoaders } from './modules/administrative-unit/administrative-unit.loaders';
import { createCriteriaSetLoaders } from './modules/criteria-set/criteria-set.loaders';
import { createNtmLoaders } from './modules/ntm/ntm.loaders';
import { createOcopLoaders } from './modules/ocop.loaders';

export type Loaders = ReturnType<typeof createAdministrativeUnitLoaders> &
  ReturnType<typeof createCriteriaSetLoaders> &
  ReturnType<typeof createNtmLoaders> &
  ReturnType<typeof createOcopLoaders>;

/** What every resolver and service receives, new for each request. */
export interface Context {
  /** The request's id: from a sane `x-request-id` header, else a random UUID; echoed in the response. */
  requestId: string;
  /** Database access for this request (reads only so far); counts its statements in `sql`. */
  db: EntityManager;
  /** SQL statements sent by this request so far. */
  sql: SqlCounter;
  /** DataLoaders: their caches and batches live and die with the request. */
  loaders: Loaders;
}

export function createContext(manager: EntityManager, requestId: string): Context {
  const sql: SqlCounter = { statements: 0 };
  const db = countingManager(manager, sql);
  return {
    requestId,
    db,
    sql,
    loaders: {
      ...createAdministrativeUnitLoaders(db),
      ...createCriteriaSetLoaders(db),
      ...createNtmLoaders(db),
      ...createOcopLoaders(db),
    },
  };
}
