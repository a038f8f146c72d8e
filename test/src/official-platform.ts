import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * A platform of its own with the demo data and every administrative unit, for the officials'
 * write suites: what they record never reaches the database the read suites assert demo facts on.
 */
export interface OfficialPlatform {
  baseUrl: string;
  db: pg.Client;
  platform: RunningPlatform;
  stop(): Promise<void>;
}

export const DEMO_PASSWORD = 'ocop-demo-2026';
export const PRODUCER_EDITOR = 'htx.sengcu@demo.ocop.vn';
export const PROVINCE_OFFICIAL = 'ocop.dienbien@demo.ocop.vn';
export const ADMINISTRATOR = 'admin@demo.ocop.vn';

export async function startOfficialPlatform(database: string): Promise<OfficialPlatform> {
  const url = await createDatabase(inject('serverUrl'), database);
  const platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: { DATABASE_URL: url, SEED_DEMO: 'true' },
    port: await findFreePort(),
  });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  return {
    baseUrl: platform.baseUrl,
    db,
    platform,
    async stop() {
      await db.end();
      await platform.stop();
      await dropDatabase(inject('serverUrl'), database);
    },
  };
}

/**
 * What a test reads out of a JSON answer or a jsonb column: any shape, checked by the assertions
 * that follow (typing every payload of every mutation here would only repeat the schema).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface Answer<T> {
  status: number;
  requestId: string | null;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** One GraphQL request over HTTP, with a session cookie when given. */
export async function send<T = Record<string, Loose>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  cookie?: string,
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    requestId: response.headers.get('x-request-id'),
    body: (await response.json()) as Answer<T>['body'],
  };
}

/** Logs in and answers the session cookie ("ocop_session=…"). */
export async function logIn(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      variables: { input: { email, password } },
    }),
  });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('ocop_session='));
  if (!cookie) throw new Error(`login of ${email} failed: ${await response.text()}`);
  return cookie;
}

export const globalId = (typeName: string, uuid: string): string =>
  Buffer.from(`${typeName}:${uuid}`, 'utf8').toString('base64');

/** The tables the officials' mutations write, and the audit log. */
export const OFFICIAL_TABLES = [
  'evaluation',
  'criterion_result',
  'recognition',
  'ocop_certificate',
  'producer',
  'funding_record',
  'idempotency_key',
] as const;

/** Row count and a checksum of the whole content of each table: a refused write changes neither. */
export async function tableState(db: pg.Client, tables: readonly string[]): Promise<Record<string, string>> {
  const state: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await db.query<{ n: number; sum: string | null }>(
      `SELECT count(*)::int AS n, md5(string_agg(t::text, ',' ORDER BY t::text)) AS sum FROM ${table} t`,
    );
    state[table] = `${rows[0]!.n}:${rows[0]!.sum ?? 'empty'}`;
  }
  return state;
}

/** A commune of today inside the province of `provinceCode` (after the reform), by code. */
export async function currentCommune(
  db: pg.Client,
  provinceCode: string,
): Promise<{ id: string; name: string }> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT c.id, c.name FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
     WHERE c.level = 'commune' AND c.valid_to IS NULL AND p.level = 'province' AND p.code = $1 AND p.valid_to IS NULL
     ORDER BY c.code LIMIT 1`,
    [provinceCode],
  );
  if (!rows[0]) throw new Error(`no current commune in province ${provinceCode}`);
  return rows[0];
}

/** A user created directly in the database with one role, logging in with the demo password. */
export async function createUser(
  db: pg.Client,
  email: string,
  role: 'province_official' | 'commune_official',
  unitId: string,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status)
     SELECT $1, lower(btrim($1)), $2, password_hash, 'active' FROM app_user WHERE email_normalized = $3
     RETURNING id`,
    [email, `Cán bộ ${email}`, ADMINISTRATOR],
  );
  await db.query(`INSERT INTO role_assignment (user_id, role, unit_id) VALUES ($1, $2, $3)`, [
    rows[0]!.id,
    role,
    unitId,
  ]);
  return rows[0]!.id;
}
