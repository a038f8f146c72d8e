import { createHash } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/** Demo accounts (db/src/demo/demo-users.data.ts) and their password, as the README lists them. */
export const DEMO = {
  password: 'ocop-demo-2026',
  administrator: 'admin@demo.ocop.vn',
  producerEditor: 'htx.sengcu@demo.ocop.vn',
  provinceOfficial: 'ocop.dienbien@demo.ocop.vn',
} as const;

export const SESSION_COOKIE = 'ocop_session';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  /** The raw Set-Cookie header of the session cookie, if the answer set one. */
  setCookie: string | null;
  /** `ocop_session=<token>` from it, ready to send back; null when none was set. */
  cookie: string | null;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

export interface RequestOptions {
  cookie?: string | null;
  headers?: Record<string, string>;
}

/** A platform of its own on a fresh database with the demo data (and the national units of db/reference/admin-units). */
export interface AccountsPlatform {
  baseUrl: string;
  db: pg.Client;
  platform: RunningPlatform;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: unknown,
    options?: RequestOptions,
  ): Promise<Answer<T>>;
  login(email: string, password: string, options?: RequestOptions): Promise<Answer<LoginData>>;
  stop(): Promise<void>;
}

export interface LoginData {
  login: {
    viewer: { id: string; email: string; roles: { role: string }[] } | null;
    userErrors: { field: string[]; code: string; message: string; retryAfterSeconds: number | null }[];
  };
}

export const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { viewer { id email roles { role } } userErrors { field code message retryAfterSeconds } }
}`;

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The token inside `ocop_session=<token>`. */
export function tokenOf(cookie: string): string {
  return cookie.slice(SESSION_COOKIE.length + 1);
}

export async function startAccountsPlatform(
  database: string,
  env: NodeJS.ProcessEnv = {},
): Promise<AccountsPlatform> {
  const url = await createDatabase(inject('serverUrl'), database);
  const platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: {
      DATABASE_URL: url,
      SEED_DEMO: 'true',
      ...env,
    },
    port: await findFreePort(),
  });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  const gql = async <T>(
    query: string,
    variables?: unknown,
    options: RequestOptions = {},
  ): Promise<Answer<T>> => {
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? null;
    const value = setCookie?.split(';')[0] ?? null;
    return {
      status: response.status,
      headers: response.headers,
      setCookie,
      cookie: value && value !== `${SESSION_COOKIE}=` ? value : null,
      body: (await response.json()) as Answer<T>['body'],
    };
  };
  return {
    baseUrl: platform.baseUrl,
    db,
    platform,
    gql,
    login: (email, password, options) => gql<LoginData>(LOGIN, { input: { email, password } }, options),
    async stop() {
      await db.end();
      await platform.stop();
      await dropDatabase(inject('serverUrl'), database);
    },
  };
}
