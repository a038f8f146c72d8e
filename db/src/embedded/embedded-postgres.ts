import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { REPO_ROOT } from '../paths';

export interface EmbeddedDatabase {
  /** Connection URL of the `ocop` database; other databases on the same server share host and port. */
  url: string;
  port: number;
  /** One-line messages worth a log line (a migrated password, a hardened pg_hba.conf); never the password. */
  notices: string[];
  /** Stops PostgreSQL and waits until its launcher has exited. */
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

export interface EmbeddedPostgresOptions {
  /**
   * A cluster whose loss costs nothing (tests in a temporary folder, regenerated benchmark
   * data): `fsync`, `full_page_writes` and `synchronous_commit` off. Never the platform's own.
   */
  throwaway?: boolean;
  /** What the launcher reports once running: PostgreSQL ended unasked, restarted, gave up. */
  onEvent?: (level: 'info' | 'error', message: string) => void;
  /**
   * The launcher ended without `stop()`: it could not restart PostgreSQL (code 1), was killed, or
   * was signalled itself (code 0). The database is gone for good and its user should stop too.
   */
  onUnexpectedExit?: (description: string, code: number | null) => void;
}

/**
 * Starts the embedded PostgreSQL in a child process (see `launcher.ts`) and resolves once it
 * accepts connections. The child watches our end of its stdin: if this process dies without
 * calling `stop()`, the pipe closes and PostgreSQL still stops.
 */
export function startEmbeddedPostgres(
  dataDir: string,
  options: EmbeddedPostgresOptions = {},
): Promise<EmbeddedDatabase> {
  // Always the compiled launcher, also when this module runs from source under vitest.
  const launcher = path.join(REPO_ROOT, 'db', 'dist', 'embedded', 'launcher.js');
  if (!existsSync(launcher)) {
    return Promise.reject(new Error(`${launcher} is missing: build first (pnpm build)`));
  }
  const child: ChildProcess = spawn(
    process.execPath,
    [launcher, path.resolve(dataDir), ...(options.throwaway ? ['--throwaway'] : [])],
    {
      stdio: ['pipe', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  return new Promise<EmbeddedDatabase>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`embedded PostgreSQL did not start within ${START_TIMEOUT_MS / 1000} s: ${stderr}`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`embedded PostgreSQL exited (code ${code}) before it was ready: ${stderr.trim()}`));
    });
    const lines = createInterface({ input: child.stdout! });
    let stopRequested = false;
    lines.once('line', (line) => {
      clearTimeout(timer);
      const { url, port, notices } = JSON.parse(line) as { url: string; port: number; notices?: string[] };
      lines.on('line', (event) => {
        try {
          const { level, message } = JSON.parse(event) as { level: 'info' | 'error'; message: string };
          options.onEvent?.(level, message);
        } catch {
          options.onEvent?.('info', event); // not one of the launcher's reports: passed on as it is
        }
      });
      child.once('exit', (code, signal) => {
        if (stopRequested) return;
        const how = signal ? `was killed (${signal})` : `exited (code ${code})`;
        options.onUnexpectedExit?.(
          `the embedded PostgreSQL launcher ${how}: ${stderr.trim() || 'no message'}`,
          code,
        );
      });
      resolve({
        url,
        port,
        notices: notices ?? [],
        stop: async () => {
          stopRequested = true;
          if (child.exitCode === null && child.signalCode === null) {
            child.stdin?.end();
            const killer = setTimeout(() => child.kill('SIGKILL'), 30_000);
            await exited;
            clearTimeout(killer);
          }
        },
      });
    });
  });
}
