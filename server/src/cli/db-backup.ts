/**
 * Backs up the platform's database into a pg_dump custom-format archive:
 *
 *   pnpm db:backup [file]
 *
 * The database is the platform's: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (running
 * beside a platform or not). The file defaults to `backups/ocop-<time>.dump` under DATA_DIR (the
 * embedded database) or the current folder (DATABASE_URL); an existing file is never
 * overwritten. pg_dump 18 runs from WebAssembly (@ocop/db backup/pg-dump.ts) in the snapshot of
 * a transaction that then counts every table's rows: the summary is exactly what the archive
 * holds. Progress (one line a table) on stderr, the summary on stdout.
 *
 * Exit codes: 0 written, 1 failed (the reason on stderr), 2 bad usage.
 */
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  formatRowCounts,
  now,
  PG_DUMP_VERSION,
  PgDumpError,
  publicTables,
  runPgDump,
  tableRowCounts,
} from '@ocop/db';
import { ConfigError, readConfig } from '../config';
import { openDatabaseTarget, userPath } from './database-target';
import { runCli, UsageError } from './cli-run';

const USAGE = `usage: pnpm db:backup [file]

Writes a pg_dump custom-format archive (pg_dump -Fc) of the platform's database: DATABASE_URL,
or the embedded PostgreSQL in DATA_DIR. Default file: backups/ocop-<time>.dump under DATA_DIR
(embedded) or the current folder (DATABASE_URL). Restore it with pnpm db:restore <file>, or
with pg_restore 18 or newer. Exit codes: 0 written, 1 failed, 2 bad usage.`;

class BackupError extends Error {}

function readArguments(): { file: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  }
  if (parsed.positionals.length > 1) throw new UsageError('at most one file');
  return { file: parsed.positionals[0] };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(2)} MB`;
}

async function main(): Promise<number> {
  const args = readArguments();
  const config = readConfig();
  const started = performance.now();
  const say = (line: string) => process.stderr.write(`${line}\n`);

  // A file name from the platform's clock (its time of day is the system's), without colons.
  const stamp = now()
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z');
  const defaultFolder = config.databaseUrl ? userPath('backups') : path.join(config.dataDir, 'backups');
  const file = args.file ? userPath(args.file) : path.join(defaultFolder, `ocop-${stamp}.dump`);
  if (existsSync(file)) throw new BackupError(`${file} exists already: choose another name`);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });

  const target = await openDatabaseTarget(config, say);
  const client = new Client({ connectionString: target.url, application_name: 'ocop-db-backup' });
  try {
    say(`database: ${target.description}`);
    await client.connect();
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await client.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    const tables = await publicTables(client);
    say(`pg_dump ${PG_DUMP_VERSION} (WebAssembly): ${tables.length} tables → ${file}`);
    let dumped = 0;
    await runPgDump({
      url: target.url,
      file,
      args: ['--format=custom', '--verbose', `--snapshot=${rows[0]!.snapshot}`],
      onStderr: (line) => {
        const table = /dumping contents of table "(.+)"/.exec(line)?.[1];
        if (table)
          say(
            `  [${String((dumped += 1)).padStart(String(tables.length).length)}/${tables.length}] ${table}`,
          );
      },
    });
    const counts = await tableRowCounts(client);
    await client.query('COMMIT');
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `backup written: ${file} (${megabytes(statSync(file).size)}, ${seconds} s)\nrows in the backup:\n${formatRowCounts(counts)}`,
    );
    return 0;
  } finally {
    await client.end().catch(() => undefined);
    await target.close();
  }
}

runCli(main, USAGE, {
  failure: 'backup failed',
  known: [BackupError, ConfigError, PgDumpError],
});
