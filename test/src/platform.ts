import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createDatabase, dropDatabase, findFreePort, REPO_ROOT } from '@ocop/db';

export interface RunningPlatform {
  baseUrl: string;
  child: ChildProcess;
  output: () => string;
  /** Signals the whole process group and resolves with the exit code. */
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

/**
 * Starts the platform as a user would, in a process group of its own so that a signal reaches
 * every process of it (test/README.md, pitfall 1), and resolves once `/readyz` answers 200.
 */
export async function startPlatform(options: {
  command: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  timeoutMs?: number;
}): Promise<RunningPlatform> {
  const [file, ...args] = options.command;
  // Platforms on the default DATA_DIR would share its open-data folder, each regenerating the
  // files of its own database into it: one of their own instead, removed when they stop.
  const openDataDir =
    options.env.DATA_DIR || options.env.OPEN_DATA_DIR
      ? null
      : mkdtempSync(path.join(tmpdir(), 'ocop-open-data-'));
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(file!, args, {
    cwd: REPO_ROOT,
    // Tests send bursts from one address on purpose (throttles, abuse, concurrency): the request
    // budget per address is off unless a test sets it (api-rate-limit.test.ts tests it).
    // Likewise the anonymous points budget per address (api-points-budget.test.ts tests it).
    env: {
      ...process.env,
      RATE_LIMIT_PER_MINUTE: '0',
      ANONYMOUS_POINTS_PER_HOUR: '0',
      ...(openDataDir ? { OPEN_DATA_DIR: openDataDir } : {}),
      // Links the platform makes (a label's QR code, an e-mail's) point at itself unless a test says otherwise.
      PUBLIC_URL: baseUrl,
      ...options.env,
      PORT: String(options.port),
    },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (openDataDir) rmSync(openDataDir, { recursive: true, force: true });
      resolve(code);
    }),
  );
  const deadline = Date.now() + (options.timeoutMs ?? 150_000);
  for (;;) {
    if (child.exitCode !== null)
      throw new Error(`the platform exited (${child.exitCode}) before it was ready:\n${output}`);
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`the platform was not ready in time:\n${output}`);
    }
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    baseUrl,
    child,
    output: () => output,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null) process.kill(-child.pid!, signal);
      return exited;
    },
  };
}

export const START_SCRIPT = path.join(REPO_ROOT, 'server', 'dist', 'start.js');

/**
 * The platform started as a user would on a database of its own, with no demo data and no units:
 * for tests of what every answer carries (headers, limits). `stop` also drops the database.
 */
export async function startEmptyPlatform(
  serverUrl: string,
  database: string,
  env: NodeJS.ProcessEnv = {},
): Promise<RunningPlatform> {
  const url = await createDatabase(serverUrl, database);
  const platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: {
      DATABASE_URL: url,
      SEED_DEMO: 'false',
      ADMIN_UNITS_DIR: path.join('/nonexistent', 'admin-units'),
      ...env,
    },
    port: await findFreePort(),
  });
  return {
    ...platform,
    stop: async (signal) => {
      const code = await platform.stop(signal);
      await dropDatabase(serverUrl, database);
      return code;
    },
  };
}
