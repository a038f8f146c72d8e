import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { hashPassword } from '@ocop/server/dist/modules/auth/password';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * A platform of its own with the demo data, for suites that WRITE: their changes never reach the
 * database the read suites assert demo facts on. Photos go to a temporary MEDIA_DIR.
 */
export interface WritesPlatform {
  baseUrl: string;
  /** The platform's database. */
  url: string;
  db: pg.Client;
  mediaDir: string;
  platform: RunningPlatform;
  stop(): Promise<void>;
}

export const DEMO_PASSWORD = 'ocop-demo-2026';
export const SENGCU_EDITOR = 'htx.sengcu@demo.ocop.vn';
export const ADMIN = 'admin@demo.ocop.vn';
export const PROVINCE_OFFICIAL = 'ocop.dienbien@demo.ocop.vn';

export async function startWritesPlatform(
  database: string,
  env: NodeJS.ProcessEnv = {},
): Promise<WritesPlatform> {
  const url = await createDatabase(inject('serverUrl'), database);
  // Inside a dot-folder, as the default `.data/media` is: serving must not refuse such paths.
  const mediaRoot = mkdtempSync(path.join(tmpdir(), `ocop-media-${database}-`));
  const mediaDir = path.join(mediaRoot, '.data', 'media');
  const platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: { DATABASE_URL: url, SEED_DEMO: 'true', MEDIA_DIR: mediaDir, DATABASE_POOL_SIZE: '20', ...env },
    port: await findFreePort(),
  });
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  return {
    baseUrl: platform.baseUrl,
    url,
    db,
    mediaDir,
    platform,
    async stop() {
      await db.end();
      await platform.stop();
      await dropDatabase(inject('serverUrl'), database);
      rmSync(mediaRoot, { recursive: true, force: true });
    },
  };
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  requestId: string | null;
  body: { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** One GraphQL request over HTTP, with a session cookie when given. */
export async function gql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: { cookie?: string; requestId?: string } = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.cookie) headers.cookie = options.cookie;
  if (options.requestId) headers['x-request-id'] = options.requestId;
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: Answer<T>['body'];
  try {
    body = JSON.parse(text) as Answer<T>['body'];
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, requestId: response.headers.get('x-request-id'), body };
}

/** Logs in and answers the session cookie ("ocop_session=…"). */
export async function login(baseUrl: string, email: string, password = DEMO_PASSWORD): Promise<string> {
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

/** A producer editor created directly in the database, bound to `producerId`; answers the user's id. */
export async function createProducerEditor(
  db: pg.Client,
  email: string,
  producerId: string,
  password = DEMO_PASSWORD,
): Promise<string> {
  const hash = await hashPassword(password);
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status)
     VALUES ($1, lower(btrim($1)), $2, $3, 'active') RETURNING id`,
    [email, `Editor ${email}`, hash],
  );
  await db.query(
    `INSERT INTO role_assignment (user_id, role, producer_id) VALUES ($1, 'producer_editor', $2)`,
    [rows[0]!.id, producerId],
  );
  return rows[0]!.id;
}

export const globalId = (typeName: string, uuid: string): string =>
  Buffer.from(`${typeName}:${uuid}`, 'utf8').toString('base64');

/** The Séng Cù producer (the demo editor's), one of its products with a listing, and another producer. */
export interface Fixtures {
  sengCuProducerId: string;
  productId: string;
  listingId: string;
  otherProducerId: string;
  otherProductId: string;
}

export async function findFixtures(db: pg.Client): Promise<Fixtures> {
  const { rows: own } = await db.query<{ producer_id: string; product_id: string; listing_id: string }>(
    `SELECT r.producer_id, p.id AS product_id, l.id AS listing_id
     FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.role = 'producer_editor'
     JOIN ocop_product p ON p.producer_id = r.producer_id AND p.deleted_at IS NULL
     JOIN product_listing l ON l.product_id = p.id
     WHERE u.email_normalized = $1 ORDER BY p.id, l.id LIMIT 1`,
    [SENGCU_EDITOR],
  );
  const { rows: other } = await db.query<{ producer_id: string; product_id: string }>(
    `SELECT p.producer_id, p.id AS product_id FROM ocop_product p
     WHERE p.producer_id <> $1 AND p.deleted_at IS NULL ORDER BY p.id LIMIT 1`,
    [own[0]!.producer_id],
  );
  return {
    sengCuProducerId: own[0]!.producer_id,
    productId: own[0]!.product_id,
    listingId: own[0]!.listing_id,
    otherProducerId: other[0]!.producer_id,
    otherProductId: other[0]!.product_id,
  };
}

/** A checksum of whole tables, to show that a refused write changed nothing. */
export async function checksum(db: pg.Client, tables: string[]): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const table of tables) {
    const { rows } = await db.query<{ sum: string | null }>(
      `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS sum FROM ${table} t`,
    );
    sums[table] = rows[0]!.sum ?? 'empty';
  }
  return sums;
}

/** Upload bytes as a photo, with a session cookie when given. */
export async function uploadPhoto(
  baseUrl: string,
  bytes: Buffer,
  contentType: string,
  cookie?: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const headers: Record<string, string> = { 'content-type': contentType, ...extraHeaders };
  if (cookie) headers.cookie = cookie;
  const response = await fetch(`${baseUrl}/uploads/photos`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(text) as Record<string, unknown>;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}
