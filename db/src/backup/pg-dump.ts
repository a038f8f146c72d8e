/**
 * pg_dump 18 without a PostgreSQL client installed: the npm package `@electric-sql/pglite-tools`
 * ships the real pg_dump (PostgreSQL 18.3, compiled to WebAssembly for PGlite). Its libpq does no
 * socket I/O itself but calls two callbacks, write(bytes) and read(max) — there PGlite answers
 * in process; here a worker thread (socket-bridge.worker.ts) carries the bytes to a real server
 * over TCP (TLS when the URL asks for it), the main thread waiting on shared memory while the
 * worker reads.
 *
 * The package exports only `pgDump({ pg: PGlite })`, which forces `--inserts` and reads the
 * output as text; its Emscripten factory is loaded here from the package's own file, with one
 * export added, so that the arguments and the (binary) output are ours. The archive is written
 * in the module's memory (this build has no NODEFS) and copied to the file at the end: a backup
 * needs as much memory as its size (WebAssembly's limit: 2 GB).
 */
import { closeSync, fchmodSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { REPO_ROOT } from '../paths';

/** The pg_dump the package carries (checked by the test of the backup). */
export const PG_DUMP_VERSION = '18.3';

interface EmscriptenFs {
  readFile(path: string): Uint8Array;
}

interface PgDumpModule {
  ENV: Record<string, string>;
  FS: EmscriptenFs;
  HEAPU8: Uint8Array;
  addFunction(fn: (pointer: number, length: number) => number, signature: string): number;
  _pgl_set_rw_cbs(read: number, write: number): void;
  callMain(args: string[]): number;
}

type Factory = (options: Record<string, unknown>) => Promise<PgDumpModule>;

let factory: Promise<{ create: Factory; distDir: string }> | undefined;

/** The package's Emscripten factory, exported from a copy of its module text. */
function loadFactory(): Promise<{ create: Factory; distDir: string }> {
  factory ??= (async () => {
    const distDir = path.dirname(require.resolve('@electric-sql/pglite-tools'));
    const entry = readFileSync(path.join(distDir, 'pg_dump.js'), 'utf8');
    const chunkName = /from"\.\/(chunk-[A-Za-z0-9]+\.js)"/.exec(entry)?.[1];
    const chunk = chunkName ? readFileSync(path.join(distDir, chunkName), 'utf8') : '';
    // `var L=I;var U="/tmp/out.sql"`: L is the factory the package's own pgDump calls.
    const factoryName = /var (\w+)=\w+;var \w+="\/tmp\/out\.sql"/.exec(chunk)?.[1];
    const exportStatement = /export\{(\w+) as a\};/.exec(chunk);
    if (!factoryName || !exportStatement) {
      throw new Error(
        `@electric-sql/pglite-tools in ${distDir} is not the version this code knows (0.4.8): its pg_dump cannot be loaded`,
      );
    }
    const patched = chunk.replace(
      exportStatement[0],
      `export{${exportStatement[1]} as a,${factoryName} as pgDumpFactory};`,
    );
    const url = `data:text/javascript;base64,${Buffer.from(patched).toString('base64')}`;
    const loaded = (await import(url)) as { pgDumpFactory: Factory };
    return { create: loaded.pgDumpFactory, distDir };
  })();
  return factory;
}

export interface PgDumpOptions {
  /** postgres://user:password@host:port/database[?sslmode=…] */
  url: string;
  /** The archive to write (its folder must exist). */
  file: string;
  /** pg_dump's arguments besides the connection and the output file (e.g. -Fc, --verbose). */
  args: string[];
  /** Each line pg_dump writes on stderr (its progress with --verbose, its errors). */
  onStderr?: (line: string) => void;
}

export class PgDumpError extends Error {
  override name = 'PgDumpError';
}

/** pg_dump writes into the module's memory file system (this build has no NODEFS), copied out at the end. */
const MEMORY_FILE = '/tmp/backup.dump';
const BUFFER_BYTES = 1 << 20;
const READ_TIMEOUT_MS = 30 * 60_000;

/**
 * TLS as node-postgres (and so the platform) reads the URL: `sslmode` prefer, require, verify-ca
 * and verify-full verify the server's certificate, `no-verify` does not; `ssl=true` is require.
 */
function sslOf(url: URL): false | { rejectUnauthorized: boolean } {
  const mode = url.searchParams.get('sslmode') ?? (url.searchParams.get('ssl') === 'true' ? 'require' : null);
  if (mode === null || mode === 'disable' || mode === 'allow') return false;
  return { rejectUnauthorized: mode !== 'no-verify' };
}

/** Runs pg_dump against the database of `url`; resolves when it exited 0, throws with its last lines otherwise. */
export async function runPgDump(options: PgDumpOptions): Promise<void> {
  const url = new URL(options.url);
  const { create, distDir } = await loadFactory();
  const control = new Int32Array(new SharedArrayBuffer(8));
  const data = new Uint8Array(new SharedArrayBuffer(BUFFER_BYTES));
  const worker = new Worker(path.join(REPO_ROOT, 'db', 'dist', 'backup', 'socket-bridge.worker.js'), {
    workerData: {
      control,
      data,
      host: url.hostname.replace(/^\[|\]$/g, '') || '127.0.0.1',
      port: Number(url.port || 5432),
      ssl: sslOf(url),
    },
  });
  let bridgeError: string | null = null;
  /** The connection's failure as the worker told it inside a read (see socket-bridge.worker.ts). */
  let readFailure: string | null = null;
  worker.on('message', (message: { error?: string }) => {
    if (message.error) bridgeError = message.error;
  });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (message: { ready?: boolean; error?: string }) => {
        if (message.ready) resolve();
        if (message.error) reject(new PgDumpError(`cannot connect to the database: ${message.error}`));
      });
      worker.once('error', reject);
    });

    const stderr: string[] = [];
    let exitCode = 0;
    const module = await create({
      noExitRuntime: false,
      locateFile: (name: string) => path.join(distDir, name),
      print: (text: string) => options.onStderr?.(text),
      printErr: (text: string) => {
        stderr.push(text);
        if (stderr.length > 50) stderr.shift();
        options.onStderr?.(text);
      },
      onExit: (status: number) => {
        exitCode = status;
      },
      preRun: [
        (mod: PgDumpModule) => {
          // Connection settings through the environment: never on a command line.
          Object.assign(mod.ENV, {
            HOME: '/home/postgres',
            USER: 'postgres',
            LOGNAME: 'postgres',
            PGUSER: decodeURIComponent(url.username || 'postgres'),
            PGPASSWORD: decodeURIComponent(url.password),
            PGDATABASE: decodeURIComponent(url.pathname.slice(1) || 'postgres'),
            PGAPPNAME: 'ocop-db-backup',
          });
        },
      ],
    });
    const write = module.addFunction((pointer, length) => {
      worker.postMessage({ write: module.HEAPU8.slice(pointer, pointer + length) });
      return length;
    }, 'iii');
    const read = module.addFunction((pointer, max) => {
      Atomics.store(control, 0, 0);
      worker.postMessage({ read: Math.min(max, BUFFER_BYTES) });
      if (Atomics.wait(control, 0, 0, READ_TIMEOUT_MS) === 'timed-out') return 0;
      const count = Atomics.load(control, 1);
      if (Atomics.load(control, 0) === 2) {
        readFailure ??= Buffer.from(data.subarray(0, count)).toString('utf8');
        return 0;
      }
      module.HEAPU8.set(data.subarray(0, count), pointer);
      return count;
    }, 'iii');
    module._pgl_set_rw_cbs(read, write);
    try {
      module.callMain([...options.args, '-f', MEMORY_FILE]);
    } catch (error) {
      // Emscripten throws an ExitStatus when main calls exit(); onExit has the code.
      if ((error as { name?: string }).name !== 'ExitStatus') throw error;
    }
    if (exitCode !== 0) {
      // Its first line complains that it cannot find its own binary: harmless, and no reason. From
      // its first error on, every line is kept: a "query failed:" is followed by its detail lines.
      const firstError = stderr.findIndex((line) => /error|FATAL/i.test(line));
      const lines = firstError >= 0 ? stderr.slice(firstError, firstError + 10) : stderr.slice(-5);
      const connection = readFailure ?? bridgeError;
      const reason = [...lines, ...(connection ? [`connection: ${connection}`] : [])].join('\n');
      throw new PgDumpError(`pg_dump failed (exit code ${exitCode}): ${reason}`);
    }
    // Owner-only from its first byte: a dump holds password hashes and personal data.
    const fd = openSync(options.file, 'w', 0o600);
    try {
      fchmodSync(fd, 0o600);
      writeSync(fd, module.FS.readFile(MEMORY_FILE));
      fsyncSync(fd); // on disk before it is called a backup
    } finally {
      closeSync(fd);
    }
  } finally {
    worker.postMessage({ end: true });
    await worker.terminate();
  }
}
