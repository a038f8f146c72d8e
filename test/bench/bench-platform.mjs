// What every benchmark program needs first: its own PostgreSQL (embedded in a temporary folder,
// or a database on TEST_DATABASE_URL's server) and its own platform on the demo data.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const db = require('@ocop/db');

async function waitReady(baseUrl, child) {
  for (let i = 0; i < 900; i += 1) {
    if (child.exitCode !== null) throw new Error('the platform exited before it was ready');
    try {
      if ((await fetch(`${baseUrl}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the platform was not ready in time');
}

/**
 * Starts PostgreSQL and the platform; `stop()` ends both and removes the temporary folder, which is
 * also the platform's DATA_DIR (uploaded photos go there, never into the checkout's `.data/`).
 * `onLog`, when given, receives the platform's log (stdout and stderr) instead of this stderr.
 * `durable`: the embedded cluster keeps fsync and synchronous commit on, like the platform's own
 * (default: off, the throwaway settings, for benchmarks that only read).
 * Answers the base URL, the platform's process id and its database's URL.
 */
export async function startBenchPlatform(name, { onLog, env = {}, durable = false } = {}) {
  const folder = mkdtempSync(path.join(tmpdir(), `ocop-${name}-`));
  let embedded;
  let platform;
  const stop = async () => {
    if (platform && platform.exitCode === null) {
      platform.kill('SIGTERM');
      await new Promise((resolve) => platform.once('exit', resolve));
    }
    await embedded?.stop();
    rmSync(folder, { recursive: true, force: true });
  };
  try {
    let serverUrl = process.env.TEST_DATABASE_URL;
    if (!serverUrl) {
      embedded = await db.startEmbeddedPostgres(folder, { throwaway: !durable });
      serverUrl = embedded.url;
    }
    const databaseUrl = await db.createDatabase(serverUrl, `ocop_${name.replace(/-/g, '_')}`);
    const port = await db.findFreePort();
    platform = spawn(process.execPath, [path.join(db.REPO_ROOT, 'server', 'dist', 'start.js')], {
      env: {
        // Benchmarks load the server from one address: no request budget unless the caller sets it.
        RATE_LIMIT_PER_MINUTE: '0',
        ...process.env,
        DATABASE_URL: databaseUrl,
        SEED_DEMO: 'true',
        PORT: String(port),
        DATA_DIR: path.join(folder, 'data'),
        ...env,
      },
      stdio: ['ignore', onLog ? 'pipe' : 'ignore', onLog ? 'pipe' : 'inherit'],
    });
    platform.stdout?.on('data', (chunk) => onLog(chunk.toString()));
    platform.stderr?.on('data', (chunk) => onLog(chunk.toString()));
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitReady(baseUrl, platform);
    return { baseUrl, stop, pid: platform.pid, databaseUrl, exited: () => platform.exitCode !== null };
  } catch (error) {
    await stop();
    throw error;
  }
}
