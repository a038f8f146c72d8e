/**
 * Restores a backup (a pg_dump custom-format archive) into the platform's database:
 *
 *   pnpm db:restore <file> [--force]
 *
 * The database is the platform's: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (running
 * beside a platform or not). It must be empty (no table in the public schema) — a new DATA_DIR,
 * or a database just created — unless the replacement is confirmed: `--force`, or the
 * database's name typed at the prompt (on a terminal). Its contents are then dropped and the
 * archive restored in the same transaction: on any error nothing changes. The archive is read by
 * @ocop/db backup/restore.ts (no pg_restore 18 is installable here). Progress on stderr, the
 * row count of every table on stdout.
 *
 * Exit codes: 0 restored, 1 failed or refused (the reason on stderr), 2 bad usage.
 */
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { Client } from 'pg';
import {
  ArchiveError,
  CustomArchive,
  formatRowCounts,
  publicTables,
  restoreArchive,
  RestoreError,
  tableRowCounts,
} from '@ocop/db';
import { ConfigError, readConfig } from '../config';
import { openDatabaseTarget, userPath } from './database-target';
import { runCli, UsageError } from './cli-run';

const USAGE = `usage: pnpm db:restore <file> [--force]

Restores a backup made by pnpm db:backup (or pg_dump -Fc, pg_dump 14 to 18) into the platform's
database: DATABASE_URL, or the embedded PostgreSQL in DATA_DIR. The database must be empty;
--force (or typing its name when asked on a terminal) replaces what it holds, in one transaction.
Exit codes: 0 restored, 1 failed or refused, 2 bad usage.`;

class RefusedError extends Error {}

function readArguments(): { file: string; force: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      options: { force: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h' } },
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
  if (parsed.positionals.length !== 1) throw new UsageError('one backup file is required');
  return { file: userPath(parsed.positionals[0]!), force: parsed.values.force === true };
}

async function confirm(question: string): Promise<string> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return (await prompt.question(question)).trim();
  } finally {
    prompt.close();
  }
}

async function main(): Promise<number> {
  const args = readArguments();
  const config = readConfig();
  const say = (line: string) => process.stderr.write(`${line}\n`);
  if (!existsSync(args.file)) throw new RefusedError(`${args.file} does not exist`);
  // The archive is checked before any database is touched.
  const archive = new CustomArchive(args.file);
  const { header } = archive;
  archive.close();
  const tableCount = header.entries.filter((entry) => entry.desc === 'TABLE DATA').length;

  const target = await openDatabaseTarget(config, say);
  const started = performance.now();
  const client = new Client({ connectionString: target.url, application_name: 'ocop-db-restore' });
  try {
    say(`database: ${target.description}`);
    say(
      `archive: ${args.file} — database "${header.database}" of PostgreSQL ${header.serverVersion}, ` +
        `pg_dump ${header.pgDumpVersion}, ${tableCount} tables`,
    );
    await client.connect();
    const existing = await publicTables(client);
    let replace = false;
    if (existing.length > 0) {
      const what = `the database "${target.name}" is not empty (${existing.length} ${existing.length === 1 ? 'table' : 'tables'})`;
      if (args.force) {
        say(`${what}: --force, its contents are replaced`);
      } else if (process.stdin.isTTY) {
        const typed = await confirm(
          `${what}. Restoring replaces everything it holds.\nType the database's name (${target.name}) to go on: `,
        );
        if (typed !== target.name) throw new RefusedError('not confirmed: nothing changed');
      } else {
        throw new RefusedError(
          `${what}: restore into an empty database, or pass --force to replace its contents`,
        );
      }
      replace = true;
      if (target.platformRunning)
        say('the platform is running on this database: restart it after the restore');
    }
    await restoreArchive({
      url: target.url,
      file: args.file,
      replace,
      onTable: (table, index, total) =>
        say(`  [${String(index).padStart(String(total).length)}/${total}] ${table}`),
    });
    const counts = await tableRowCounts(client);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `restored into ${target.description} (${seconds} s)\nrows now:\n${formatRowCounts(counts)}`,
    );
    return 0;
  } finally {
    await client.end().catch(() => undefined);
    await target.close();
  }
}

runCli(main, USAGE, {
  failure: 'restore failed',
  known: [RestoreError, ArchiveError, ConfigError],
  refusal: { type: RefusedError, prefix: 'restore refused' },
});
