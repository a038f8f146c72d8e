import { runNodeScript, type CommandRun } from './processes';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  createDatabase,
  CustomArchive,
  databaseUrl,
  dropDatabase,
  REPO_ROOT,
  restoreArchive,
  runPgDump,
  tableRowCounts,
  type TableRowCount,
} from '@ocop/db';

/**
 * `pnpm db:backup` and `pnpm db:restore` (server/dist/cli/db-backup.js, db-restore.js) as a user
 * runs them: the demo database of the platform started by the global setup is backed up into a
 * pg_dump custom-format archive, restored into another, empty database with every table's rows,
 * indexes, constraints and triggers; a database that is not empty is refused without --force.
 * Then the embedded path: restore into a new DATA_DIR and back it up again from there.
 */

const BACKUP = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'db-backup.js');
const RESTORE = path.join(REPO_ROOT, 'server', 'dist', 'cli', 'db-restore.js');

const run = (script: string, args: string[], env: Record<string, string>) => runNodeScript(script, args, env);

/** The "table rows" lines of a summary, as counts. */
function summaryCounts(stdout: string): TableRowCount[] {
  return [...stdout.matchAll(/^ {2}(\w+) +(\d+)$/gm)].map((match) => ({
    table: match[1]!,
    rows: Number(match[2]),
  }));
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** What must come back besides the rows: indexes, constraints, triggers, functions, extensions. */
const OBJECTS = `
  SELECT (SELECT count(*) FROM pg_indexes WHERE schemaname = 'public')::int AS indexes,
         (SELECT count(*) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
           WHERE n.nspname = 'public')::int AS constraints,
         (SELECT count(*) FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid
           JOIN pg_namespace n ON n.oid = r.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal)::int AS triggers,
         (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proname LIKE 'ocop%')::int AS functions,
         (SELECT string_agg(extname, ',' ORDER BY extname) FROM pg_extension) AS extensions`;

/** A digest of the reference data (which no test changes), to compare contents and not only counts. */
const DIGEST = `SELECT md5(string_agg(code || ':' || name || ':' || level, ',' ORDER BY id)) AS digest FROM admin_unit`;

describe('pnpm db:backup and pnpm db:restore with DATABASE_URL, on the demo database', () => {
  const restored = 'ocop_backup_restored';
  let folder: string;
  let demoUrl: string;
  let restoredUrl: string;
  let backup: CommandRun;
  let file: string;

  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'ocop-backup-'));
    // As root, the embedded PostgreSQL of the last test runs as `postgres`: it must reach DATA_DIR.
    chmodSync(folder, 0o755);
    // The platform of the global setup runs on this database, seeded with the demo data.
    demoUrl = databaseUrl(inject('serverUrl'), 'ocop_e2e');
    restoredUrl = await createDatabase(inject('serverUrl'), restored);
    file = path.join(folder, 'demo.dump');
    backup = await run(BACKUP, [file], { DATABASE_URL: demoUrl });
  });
  afterAll(async () => {
    await dropDatabase(inject('serverUrl'), restored);
    rmSync(folder, { recursive: true, force: true });
  });

  it('writes a pg_dump custom-format archive (owner-only), with a line per table and the rows of each', async () => {
    expect(backup.stderr).not.toMatch(/failed/);
    expect(backup.code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('PGDMP');
    expect([bytes[5], bytes[6]]).toEqual([1, 16]); // archive version 1.16: pg_dump 17 or 18
    expect(bytes[11]).toBe(1); // custom format
    expect(statSync(file).mode & 0o777).toBe(0o600);

    const counts = summaryCounts(backup.stdout);
    const tables = await withClient(demoUrl, async (client) => tableRowCounts(client));
    expect(counts.map((count) => count.table)).toEqual(tables.map((table) => table.table));
    expect(counts.length).toBeGreaterThan(25);
    expect(backup.stdout).toMatch(new RegExp(`total +\\d+ +\\(${counts.length} tables\\)`));
    for (const table of ['admin_unit', 'ocop_product', 'ocop_certificate', 'evaluation', 'app_user']) {
      expect(counts.find((count) => count.table === table)?.rows).toBeGreaterThan(0);
    }
    // Progress: one line per table, numbered.
    expect(backup.stderr.match(/^ {2}\[ *\d+\/\d+\] public\.\w+$/gm)).toHaveLength(counts.length);
    expect(backup.stderr).toContain(`[${counts.length}/${counts.length}]`);
    // The password of the database is nowhere in the output.
    const password = new URL(demoUrl).password;
    expect(backup.stdout + backup.stderr).not.toContain(password);
  });

  it('restores it into an empty database: every table has the rows of the backup, with its indexes, constraints and triggers', async () => {
    const restore = await run(RESTORE, [file], { DATABASE_URL: restoredUrl });
    expect(restore.stderr).not.toMatch(/failed|refused/);
    expect(restore.code).toBe(0);
    const printed = summaryCounts(restore.stdout);
    const inBackup = summaryCounts(backup.stdout);
    expect(printed).toEqual(inBackup);
    expect(await withClient(restoredUrl, (client) => tableRowCounts(client))).toEqual(inBackup);

    const [source, copy] = await Promise.all([
      withClient(demoUrl, async (client) => ({
        objects: (await client.query(OBJECTS)).rows[0],
        digest: (await client.query(DIGEST)).rows[0],
      })),
      withClient(restoredUrl, async (client) => ({
        objects: (await client.query(OBJECTS)).rows[0],
        digest: (await client.query(DIGEST)).rows[0],
      })),
    ]);
    expect(copy).toEqual(source);
    expect(copy.objects.triggers).toBeGreaterThan(0);
    // The restored database behaves: the audit log stays append-only, the search column is computed.
    await withClient(restoredUrl, async (client) => {
      await expect(client.query('TRUNCATE audit_log')).rejects.toThrow(/append-only|audit/i);
      const { rows } = await client.query<{ n: string }>(
        `SELECT count(*) AS n FROM ocop_product WHERE search_text IS NOT NULL`,
      );
      expect(Number(rows[0]!.n)).toBeGreaterThan(0);
    });
  });

  it('refuses a database that is not empty without confirmation, and replaces it with --force', async () => {
    const refused = await run(RESTORE, [file], { DATABASE_URL: restoredUrl });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /restore refused: the database "ocop_backup_restored" is not empty \(\d+ tables\)/,
    );
    expect(refused.stderr).toContain('--force');

    await withClient(restoredUrl, (client) => client.query(`DELETE FROM user_session`));
    await withClient(restoredUrl, (client) => client.query(`CREATE TABLE extra_table (id int)`));
    const forced = await run(RESTORE, [file, '--force'], { DATABASE_URL: restoredUrl });
    expect(forced.stderr).not.toMatch(/failed/);
    expect(forced.code).toBe(0);
    expect(await withClient(restoredUrl, (client) => tableRowCounts(client))).toEqual(
      summaryCounts(backup.stdout),
    );
  });

  it('restores an uncompressed archive too (pg_dump -Fc -Z0), read by the same code', async () => {
    // The restored copy does not change (the demo database may, under other test files).
    const raw = path.join(folder, 'raw.dump');
    await runPgDump({ url: restoredUrl, file: raw, args: ['--format=custom', '--compress=0'] });
    const archive = new CustomArchive(raw);
    expect(archive.header).toMatchObject({
      version: '1.16.0',
      compression: 'none',
      serverVersion: expect.stringMatching(/^18\./),
    });
    archive.close();
    const target = 'ocop_backup_raw';
    const url = await createDatabase(inject('serverUrl'), target);
    try {
      await restoreArchive({ url, file: raw });
      expect(await withClient(url, (client) => tableRowCounts(client))).toEqual(
        await withClient(restoredUrl, (client) => tableRowCounts(client)),
      );
    } finally {
      await dropDatabase(inject('serverUrl'), target);
    }
  });

  it('leaves the database as it was when the archive is damaged (one transaction)', async () => {
    const target = 'ocop_backup_damaged';
    const url = await createDatabase(inject('serverUrl'), target);
    try {
      const truncated = path.join(folder, 'truncated.dump');
      const bytes = readFileSync(file);
      writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
      const damaged = await run(RESTORE, [truncated], { DATABASE_URL: url });
      expect(damaged.code).toBe(1);
      expect(damaged.stderr).toMatch(/restore failed: .*(truncated|corrupt|unexpected end)/i);
      expect(await withClient(url, (client) => tableRowCounts(client))).toEqual([]);
    } finally {
      await dropDatabase(inject('serverUrl'), target);
    }
  });

  it('answers bad usage with exit code 2, --help with 0, a missing or foreign file with 1', async () => {
    expect((await run(RESTORE, [], { DATABASE_URL: restoredUrl })).code).toBe(2);
    expect((await run(RESTORE, ['a', 'b'], { DATABASE_URL: restoredUrl })).code).toBe(2);
    expect((await run(BACKUP, ['--what'], { DATABASE_URL: demoUrl })).code).toBe(2);
    const help = await run(BACKUP, ['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^usage: pnpm db:backup \[file\]/);
    expect((await run(RESTORE, ['--help'], {})).stdout).toMatch(/^usage: pnpm db:restore <file> \[--force\]/);

    const missing = await run(RESTORE, [path.join(folder, 'none.dump')], { DATABASE_URL: restoredUrl });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/does not exist/);
    const foreign = await run(RESTORE, [path.join(REPO_ROOT, 'package.json')], { DATABASE_URL: restoredUrl });
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toMatch(/not a pg_dump custom-format archive/);
    // An existing file is never overwritten.
    const again = await run(BACKUP, [file], { DATABASE_URL: demoUrl });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
    // A wrong password: pg_dump's own message.
    const wrong = new URL(demoUrl);
    wrong.password = 'wrong';
    const refused = await run(BACKUP, [path.join(folder, 'wrong.dump')], { DATABASE_URL: wrong.toString() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/password authentication failed/);
  });

  it('restores into a new embedded database (DATA_DIR) and backs it up from there into DATA_DIR/backups', async () => {
    const dataDir = path.join(folder, 'data');
    const restore = await run(RESTORE, [file], { DATA_DIR: dataDir });
    expect(restore.stderr).not.toMatch(/failed|refused/);
    expect(restore.code).toBe(0);
    expect(restore.stderr).toContain(`database: embedded PostgreSQL in ${dataDir}`);
    expect(summaryCounts(restore.stdout)).toEqual(summaryCounts(backup.stdout));

    const second = await run(BACKUP, [], { DATA_DIR: dataDir });
    expect(second.stderr).not.toMatch(/failed/);
    expect(second.code).toBe(0);
    const written = readdirSync(path.join(dataDir, 'backups'));
    expect(written).toHaveLength(1);
    expect(written[0]).toMatch(/^ocop-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z\.dump$/);
    expect(summaryCounts(second.stdout)).toEqual(summaryCounts(backup.stdout));
  });
});
