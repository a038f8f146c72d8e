import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { client, type Client, type Loose, type RequestOptions } from './client';
import { DEMO } from './demo-accounts';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * A platform of its own on a fresh database with the demo data and every administrative unit, for
 * the suites that write (producers', officials', accounts' writes, sessions): what they change
 * never reaches the database the read suites assert demo facts on. Photos go to a temporary
 * MEDIA_DIR; the pool has 20 connections, for the suites that send hundreds of writes at once.
 */
export interface DemoPlatform {
  baseUrl: string;
  /** The platform's database. */
  url: string;
  db: pg.Client;
  mediaDir: string;
  platform: RunningPlatform;
  /** The public's client. */
  client: Client;
  /** A client logged in as `email` (the demo password by default). */
  logIn(email: string, password?: string, options?: RequestOptions): Promise<Client>;
  stop(): Promise<void>;
}

export async function startDemoPlatform(
  database: string,
  env: NodeJS.ProcessEnv = {},
): Promise<DemoPlatform> {
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
  const anonymous = client(platform.baseUrl);
  return {
    baseUrl: platform.baseUrl,
    url,
    db,
    mediaDir,
    platform,
    client: anonymous,
    logIn: (email, password, options) => anonymous.logIn(email, password, options),
    async stop() {
      await db.end();
      await platform.stop();
      await dropDatabase(inject('serverUrl'), database);
      rmSync(mediaRoot, { recursive: true, force: true });
    },
  };
}

/** The tables the officials' mutations write. */
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

/**
 * A user created directly in the database with one role — an official bound to a unit, a producer
 * editor to a producer — who logs in with the demo password (the administrator's hash, copied);
 * answers the user's id.
 */
export async function createUser(
  db: pg.Client,
  email: string,
  role: 'province_official' | 'commune_official' | 'producer_editor',
  boundTo: string,
): Promise<string> {
  const { rows } = await db.query<{ id: string }>(
    `INSERT INTO app_user (email, email_normalized, display_name, password_hash, status)
     SELECT $1, lower(btrim($1)), $2, password_hash, 'active' FROM app_user WHERE email_normalized = $3
     RETURNING id`,
    [email, `${role === 'producer_editor' ? 'Editor' : 'Cán bộ'} ${email}`, DEMO.administrator],
  );
  await db.query(
    `INSERT INTO role_assignment (user_id, role, ${role === 'producer_editor' ? 'producer_id' : 'unit_id'})
     VALUES ($1, $2, $3)`,
    [rows[0]!.id, role, boundTo],
  );
  return rows[0]!.id;
}

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
    [DEMO.producerEditor],
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

/** Uploads bytes as a photo (`POST /uploads/photos`), with the client's session cookie if it has one. */
export async function uploadPhoto(
  as: Client,
  bytes: Buffer,
  contentType: string,
  extraHeaders: Record<string, string> = {},
): Promise<{ status: number; body: Record<string, Loose> }> {
  const headers: Record<string, string> = { 'content-type': contentType, ...extraHeaders };
  if (as.cookie) headers.cookie = as.cookie;
  const response = await fetch(`${as.baseUrl}/uploads/photos`, {
    method: 'POST',
    headers,
    body: new Uint8Array(bytes),
  });
  const text = await response.text();
  // The upload endpoint's JSON (uploadId, width…, or errors), read by the assertions that follow.
  let body: Record<string, Loose>;
  try {
    body = JSON.parse(text) as Record<string, Loose>;
  } catch {
    body = { text };
  }
  return { status: response.status, body };
}
