import { createReadStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { finished } from 'node:stream/promises';
import type { Readable, Writable } from 'node:stream';

/**
 * Where the open-data files are kept. Small on purpose: object storage (issue 19) implements the
 * same four calls. A file being written is invisible until `commit()`, which replaces the old
 * file at once (a reader holding the old one keeps reading it whole).
 */
export interface OpenDataStore {
  /** A writer for `name`: write into `stream`, then `commit()` (or `abort()` on failure). */
  create(name: string): Promise<FileWriter>;
  /** The file's bytes as text, or null when there is none. */
  readText(name: string): Promise<string | null>;
  /** Every committed file's name. */
  list(): Promise<string[]>;
  remove(name: string): Promise<void>;
  /** A stream of a committed file (tests, tools); serving goes through the route. */
  open(name: string): Readable;
}

export interface FileWriter {
  stream: Writable;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** Names are ours (datasets, codes, formats); anything else never reaches the disk. */
const SAFE_NAME = /^[a-z0-9][a-z0-9.-]{0,80}$/;

function checkName(name: string): string {
  if (!SAFE_NAME.test(name) || name.includes('..')) throw new Error(`bad open-data file name: ${name}`);
  return name;
}

/** Files in a folder (`OPEN_DATA_DIR`): written to a hidden temporary name, then renamed. */
export function localStore(dir: string): OpenDataStore & { dir: string } {
  return {
    dir,
    async create(name) {
      await mkdir(dir, { recursive: true });
      const target = path.join(dir, checkName(name));
      const temporary = path.join(dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
      const stream = createWriteStream(temporary, { mode: 0o644 });
      // A write failing (a full disk, the stream aborted with writes pending) fails this file's
      // commit through `finished`, never the process as an uncaught 'error' event.
      let failure: Error | null = null;
      stream.on('error', (error) => (failure ??= error));
      let done = false;
      return {
        stream,
        async commit() {
          if (done) return;
          done = true;
          stream.end();
          await finished(stream);
          if (failure) throw failure;
          await rename(temporary, target);
        },
        async abort() {
          if (done) return;
          done = true;
          stream.destroy();
          await rm(temporary, { force: true });
        },
      };
    },
    async readText(name) {
      try {
        return await readFile(path.join(dir, checkName(name)), 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async list() {
      try {
        const names = await readdir(dir);
        const files: string[] = [];
        for (const name of names) {
          if (!SAFE_NAME.test(name)) continue;
          if ((await stat(path.join(dir, name))).isFile()) files.push(name);
        }
        return files.sort();
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
    },
    async remove(name) {
      await rm(path.join(dir, checkName(name)), { force: true });
    },
    open(name) {
      return createReadStream(path.join(dir, checkName(name)));
    },
  };
}

/** A temporary file untouched this long is a generation's that was cut short (a crash). */
const STALE_TEMPORARY_MS = 60 * 60_000;

/**
 * Leftover temporary files of a generation cut short (a crash): removed before the next one. Only
 * stale ones: another instance sharing the folder may be writing its own right now.
 */
export async function removeTemporaryFiles(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const before = Date.now() - STALE_TEMPORARY_MS;
  await Promise.all(
    names
      .filter((name) => name.startsWith('.') && name.endsWith('.tmp'))
      .map(async (name) => {
        const file = path.join(dir, name);
        const modified = await stat(file).then(
          (info) => info.mtimeMs,
          () => null,
        );
        if (modified !== null && modified < before) await rm(file, { force: true });
      }),
  );
}
