import type { EntityManager } from 'typeorm';
import type { Language } from './common/language';
import { countingManager, type SqlCounter } from './common/sql-counter';
import { createLoaders, type Loaders } from './modules';
import type { Viewer } from './modules/auth/viewer';
import type { ApiKeyIdentity } from './modules/partner/api-key-auth';
import type { BudgetState } from './common/points-budget';

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
  /** The partner's API key the request came with (`Authorization: Bearer`), checked; null without one. */
  apiKey: ApiKeyIdentity | null;
  /**
   * Objects the operation could return, as operation-limits.ts estimated them before execution
   * (the points budget charges from it); undefined until an operation is resolved, and when it
   * is refused before it runs.
   */
  estimatedObjects?: number;
  /** The points budget of this request once charged (common/points-budget.ts; the `rateLimit` field reads it). */
  budget?: BudgetState;
  /** What the HTTP exchange offers the API: the client's address and the session cookie. */
  http: HttpExchange;
}

/** The parts of the HTTP request and response that services may use (login and logout set the cookie). */
export interface HttpExchange {
  /** The client's address (behind a proxy only when TRUST_PROXY says so). */
  ip: string | null;
  userAgent: string | null;
  /** The language the request asks for by its Accept-Language header (common/language.ts), if any. */
  language: Language | null;
  /** The session cookie's token, as sent; never on a cross-origin request. */
  sessionToken: string | undefined;
  /**
   * The request's Origin names another origin than the platform's (common/cross-origin.ts): its
   * cookie is ignored and its mutations refused.
   */
  crossOrigin: boolean;
  setSessionCookie(token: string, expiresAt: Date): void;
  clearSessionCookie(): void;
  /** Counts this answer as a refusal against the address's budget of them (common/request-rate.ts). */
  refused(): void;
  /** A header already set on the answer by the HTTP layer (the per-minute floor's RateLimit), if any. */
  responseHeader(name: string): string | undefined;
}

/** No HTTP behind the context (scripts, tests of services): no address, no cookie to set. */
export const NO_HTTP: HttpExchange = {
  ip: null,
  userAgent: null,
  language: null,
  sessionToken: undefined,
  crossOrigin: false,
  setSessionCookie() {},
  clearSessionCookie() {},
  refused() {},
  responseHeader() {
    return undefined;
  },
};

export function createContext(
  manager: EntityManager,
  requestId: string,
  viewer: Viewer | null = null,
  http: HttpExchange = NO_HTTP,
  apiKey: ApiKeyIdentity | null = null,
): Context {
  const sql: SqlCounter = { statements: 0 };
  const db = countingManager(manager, sql);
  return {
    requestId,
    db,
    sql,
    viewer,
    http,
    apiKey,
    loaders: createLoaders(db),
  };
}
