import type { EntityManager } from 'typeorm';
import { countingManager, type SqlCounter } from './common/sql-counter';
import { createLoaders, type Loaders } from './modules';
import type { Viewer } from './modules/auth/viewer';

export type { Loaders } from './modules';

/** What every resolver and service receives, new for each request. */
export interface Context {
  /** The request's id: from a sane `x-request-id` header, else a random UUID; echoed in the response. */
  requestId: string;
  /** Database access for this request (reads only so far); counts its statements in `sql`. */
  db: EntityManager;
  /** SQL statements sent by this request so far. */
  sql: SqlCounter;
  /** Every module's DataLoaders (modules/index.ts): caches and batches live and die with the request. */
  loaders: Loaders;
  /** Who is asking: null for the public (no or no longer valid session cookie). */
  viewer: Viewer | null;
  /** What the HTTP exchange offers the API: the client's address and the session cookie. */
  http: HttpExchange;
}

/** The parts of the HTTP request and response that services may use (login and logout set the cookie). */
export interface HttpExchange {
  /** The client's address (behind a proxy only when TRUST_PROXY says so). */
  ip: string | null;
  userAgent: string | null;
  /** The session cookie's token, as sent. */
  sessionToken: string | undefined;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** Counts this answer as a refusal against the address's budget of them (common/request-rate.ts). */
  refused(): void;
}

/** No HTTP behind the context (scripts, tests of services): no address, no cookie to set. */
export const NO_HTTP: HttpExchange = {
  ip: null,
  userAgent: null,
  sessionToken: undefined,
  setSessionCookie() {},
  clearSessionCookie() {},
  refused() {},
};

export function createContext(
  manager: EntityManager,
  requestId: string,
  viewer: Viewer | null = null,
  http: HttpExchange = NO_HTTP,
): Context {
  const sql: SqlCounter = { statements: 0 };
  const db = countingManager(manager, sql);
  return {
    requestId,
    db,
    sql,
    viewer,
    http,
    loaders: createLoaders(db),
  };
}
