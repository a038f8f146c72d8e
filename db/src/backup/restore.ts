/**
 * Restores a custom-format archive (pg_dump -Fc) into a database, like
 * `pg_restore --no-owner --no-acl --single-transaction --exit-on-error`: no pg_restore 18 can be
 * installed here (Debian 12's is 15, which refuses archive version 1.16), so the archive is read
 * by custom-archive.ts and applied with node-postgres — the definitions in the table of
 * contents' order, each table's rows through COPY FROM STDIN. All in one transaction: a failure
 * leaves the database as it was.
 */
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { createInflate } from 'node:zlib';
import { Client } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { ArchiveError, CustomArchive, Section, type TocEntry } from './custom-archive';
import { publicTables } from './row-counts';

export interface RestoreOptions {
  url: string;
  file: string;
  /** Drop what the database holds first (inside the same transaction); else it must have no tables. */
  replace?: boolean;
  /** Called before each table's rows are loaded. */
  onTable?: (table: string, index: number, total: number) => void;
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/** Entries pg_restore leaves out without --create, --no-owner, --no-acl. */
const SKIPPED = new Set([
  'DATABASE',
  'DATABASE PROPERTIES',
  'ACL',
  'DEFAULT ACL',
  'ENCODING',
  'STDSTRINGS',
  'SEARCHPATH',
]);

/** The session pg_restore sets up before the first definition (_doSetFixedOutputState). */
const SESSION = [
  'SET statement_timeout = 0',
  'SET lock_timeout = 0',
  'SET idle_in_transaction_session_timeout = 0',
  "SET client_encoding = 'UTF8'",
  'SET standard_conforming_strings = on',
  "SELECT pg_catalog.set_config('search_path', '', false)",
  'SET check_function_bodies = false',
  'SET xmloption = content',
  'SET client_min_messages = warning',
  'SET row_security = off',
].join(';\n');

/** Drops the trailing `\.` line pg_dump writes after a table's rows: the COPY's end is the protocol's. */
function withoutEndMarker(): Transform {
  let tail = Buffer.alloc(0);
  return new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      const joined = Buffer.concat([tail, chunk]);
      const keep = Math.min(joined.length, 16);
      tail = joined.subarray(joined.length - keep);
      callback(null, joined.subarray(0, joined.length - keep));
    },
    flush(callback) {
      const text = tail.toString('latin1');
      const match = /(^|\n)\\\.\n*$/.exec(text);
      const end = match ? match.index + match[1]!.length : text.length;
      callback(null, tail.subarray(0, end));
    },
  });
}

function describe(entry: TocEntry): string {
  return `${entry.desc} ${entry.namespace ? `${entry.namespace}.` : ''}${entry.tag}`;
}

async function execute(client: Client, entry: TocEntry): Promise<void> {
  if (SKIPPED.has(entry.desc) || entry.defn.trim() === '') return;
  if (entry.desc === 'SCHEMA' && entry.tag === 'public') return; // exists in every database
  try {
    if (entry.tableam)
      await client.query(`SET default_table_access_method = ${client.escapeIdentifier(entry.tableam)}`);
    await client.query(entry.defn);
  } catch (error) {
    throw new RestoreError(`${describe(entry)}: ${(error as Error).message}`);
  }
}

export async function restoreArchive(options: RestoreOptions): Promise<void> {
  const archive = new CustomArchive(options.file);
  const client = new Client({ connectionString: options.url, application_name: 'ocop-db-restore' });
  try {
    const { entries, compression } = archive.header;
    if (entries.some((entry) => entry.desc === 'BLOBS' || entry.desc === 'LARGE OBJECT')) {
      throw new ArchiveError('the archive holds large objects: not supported');
    }
    await client.connect();
    await client.query('BEGIN');
    try {
      if (options.replace) {
        const schemas = new Set(['public', ...entries.filter((e) => e.desc === 'SCHEMA').map((e) => e.tag)]);
        for (const schema of schemas) {
          await client.query(`DROP SCHEMA IF EXISTS ${client.escapeIdentifier(schema)} CASCADE`);
        }
        // As a new database has it (PostgreSQL 15+).
        await client.query('CREATE SCHEMA public AUTHORIZATION pg_database_owner');
        await client.query('GRANT USAGE ON SCHEMA public TO PUBLIC');
      } else if ((await publicTables(client)).length > 0) {
        throw new RestoreError('the database is not empty');
      }
      await client.query(SESSION);

      for (const entry of entries) {
        if (entry.section === Section.None || entry.section === Section.PreData) await execute(client, entry);
      }
      const tables = entries.filter((entry) => entry.section === Section.Data && entry.hadDumper);
      let loaded = 0;
      for (const entry of entries) {
        if (entry.section !== Section.Data) continue;
        if (!entry.hadDumper) {
          await execute(client, entry);
          continue;
        }
        const block = archive.nextBlock();
        if (!block || block.dumpId !== entry.dumpId) {
          throw new ArchiveError(
            `the data of ${describe(entry)} is missing or out of order (corrupt archive?)`,
          );
        }
        loaded += 1;
        options.onTable?.(`${entry.namespace}.${entry.tag}`, loaded, tables.length);
        if (!entry.copyStmt)
          throw new ArchiveError(`${describe(entry)} has no COPY statement (made with --inserts?)`);
        try {
          const copy = client.query(copyFrom(entry.copyStmt));
          const source = Readable.from(block.chunks);
          if (compression === 'gzip') await pipeline(source, createInflate(), withoutEndMarker(), copy);
          else await pipeline(source, withoutEndMarker(), copy);
        } catch (error) {
          throw new RestoreError(`rows of ${describe(entry)}: ${(error as Error).message}`);
        }
      }
      for (const entry of entries) {
        if (entry.section === Section.PostData) await execute(client, entry);
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
    // Statistics for the planner at once, not when autovacuum comes by (pg_restore leaves this out).
    await client.query('ANALYZE');
  } finally {
    archive.close();
    await client.end().catch(() => undefined);
  }
}
