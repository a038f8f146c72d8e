/**
 * The platform's entry point (`pnpm start` → `node server/dist/start.js`):
 *
 *   1. configuration from the environment (config.ts), checked before anything starts;
 *   2. PostgreSQL: DATABASE_URL, or the embedded server in DATA_DIR (a child process);
 *   3. migrations, reference data, demo data (bootstrap.ts);
 *   4. the HTTP server (main.ts), until SIGINT / SIGTERM / SIGHUP or until the parent process
 *      disappears; then a graceful stop of everything started, in reverse order, and exit 0.
 *      A second signal while stopping exits 1 at once. Any startup failure: cleanup, exit 1.
 */
import 'reflect-metadata';
import { connectAndMigrate, startEmbeddedPostgres, today } from '@ocop/db';
import { loadReferenceData } from './bootstrap';
import { ConfigError, describeDatabaseUrl, readConfig, type Config } from './config';
import { describeError, log, timed } from './common/log';
import { startServer } from './main';
import { startHousekeeping } from './modules/auth/housekeeping';

/** Stops everything if a graceful stop hangs (no second signal comes when the parent is gone). */
const SHUTDOWN_TIMEOUT_MS = 60_000;
const PARENT_POLL_MS = 1_000;
/** A signal this soon after the one that began the stop is taken as the same request. */
const DUPLICATE_SIGNAL_MS = 300;

class StopRequested extends Error {}

/** What has been started, to be stopped in reverse order. */
class Lifecycle {
  private readonly cleanups: { name: string; stop: () => Promise<unknown> }[] = [];
  private shuttingDown = false;
  private stopStartedAt = 0;
  private readonly aborter = new AbortController();
  private startup: Promise<unknown> = Promise.resolve();

  get stopping(): boolean {
    return this.shuttingDown;
  }

  /** Aborted when a stop begins, so long startup steps can end early. */
  get signal(): AbortSignal {
    return this.aborter.signal;
  }

  /** The startup in progress: a stop waits for its current step before cleaning up. */
  track(startup: Promise<unknown>): void {
    this.startup = startup.catch(() => undefined);
  }

  /** Registers something started; throws when a stop began meanwhile, ending the startup. */
  add(name: string, stop: () => Promise<unknown>): void {
    this.cleanups.push({ name, stop });
    if (this.shuttingDown) throw new StopRequested();
  }

  /** Throws when a stop began: called between startup steps. */
  checkpoint(): void {
    if (this.shuttingDown) throw new StopRequested();
  }

  async shutdown(reason: string, exitCode: number, viaSignal = false): Promise<void> {
    if (this.shuttingDown) {
      // One Ctrl-C often arrives twice within milliseconds: once to the whole process group and
      // once forwarded by a wrapper (pnpm, node --watch). Only a later signal means "now".
      if (viaSignal && Date.now() - this.stopStartedAt < DUPLICATE_SIGNAL_MS) return;
      log.error(`${reason} while stopping: exiting now`);
      process.exit(1);
    }
    this.stopStartedAt = Date.now();
    this.shuttingDown = true;
    this.aborter.abort(new StopRequested());
    log.info(`${reason}: stopping`);
    setTimeout(() => {
      log.error(`could not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting now`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();

    await this.startup;
    let code = exitCode;
    for (const { name, stop } of this.cleanups.reverse()) {
      try {
        await timed(stop, () => `${name} stopped`);
      } catch (error) {
        log.error(`could not stop ${name}`, error);
        code = 1;
      }
    }
    log.info(`stopped (exit code ${code})`);
    process.exit(code);
  }
}

async function startPlatform(config: Config, lifecycle: Lifecycle): Promise<void> {
  if (config.pinnedToday) log.info(`clock: today is ${today()} (OCOP_TODAY)`);
  let url = config.databaseUrl;
  if (url) {
    log.info(`database: ${describeDatabaseUrl(url)} (DATABASE_URL)`);
  } else {
    const embedded = await timed(
      () =>
        startEmbeddedPostgres(config.dataDir, {
          onEvent: (level, message) => (level === 'error' ? log.error(message) : log.info(message)),
          // It could not restart PostgreSQL: staying up ("live") while every request fails helps
          // nobody; exiting non-zero lets a supervisor start the whole platform again.
          onUnexpectedExit: (description, code) => {
            if (lifecycle.stopping) return; // signalled with us (the whole process group)
            log.error(description);
            void lifecycle.shutdown('embedded PostgreSQL is gone', code === 0 ? 0 : 1);
          },
        }),
      () => `embedded PostgreSQL started (data in ${config.dataDir})`,
    );
    lifecycle.add('embedded PostgreSQL', () => embedded.stop());
    for (const notice of embedded.notices) log.info(notice);
    url = embedded.url;
  }

  const dataSource = await timed(
    () =>
      connectAndMigrate({
        url,
        applicationName: 'ocop-server',
        poolSize: config.databasePoolSize,
        statementTimeoutMs: config.statementTimeoutMs,
      }),
    () => 'migrations applied',
  );
  lifecycle.add('database connections', () => dataSource.destroy());

  await loadReferenceData(dataSource, {
    adminUnitsDir: config.adminUnitsDir,
    seedDemo: config.seedDemo,
    signal: lifecycle.signal,
  });
  lifecycle.checkpoint();

  const server = await timed(
    () =>
      startServer(dataSource, {
        port: config.port,
        host: config.host,
        publicQueryCache: config.publicQueryCache,
        trustProxy: config.trustProxy,
        mediaDir: config.mediaDir,
        shutdownDelayMs: config.shutdownDelayMs,
        requestTimeoutMs: config.requestTimeoutMs,
        rateLimitPerMinute: config.rateLimitPerMinute,
      }),
    (running) => `HTTP server listening on ${running.host}:${running.port}`,
  );
  lifecycle.add('HTTP server', () => server.stop());
  const stopHousekeeping = startHousekeeping(dataSource);
  lifecycle.add('housekeeping', async () => stopHousekeeping());
  log.info(`ready at ${server.url}`);
}

function main(): void {
  let config: Config;
  try {
    config = readConfig();
  } catch (error) {
    log.error(`configuration error: ${error instanceof ConfigError ? error.message : describeError(error)}`);
    process.exit(1);
  }

  // Writing to a closed pipe (the parent that read our output is gone) must not crash the stop.
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);

  const lifecycle = new Lifecycle();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void lifecycle.shutdown(`${signal} received`, 0, true));
  }
  process.on('uncaughtException', (error) => {
    log.error('uncaught exception', error);
    void lifecycle.shutdown('uncaught exception', 1);
  });
  process.on('unhandledRejection', (error) => {
    log.error('unhandled promise rejection', error);
    void lifecycle.shutdown('unhandled promise rejection', 1);
  });

  // A supervisor that dies without signalling us (SIGKILL, crash) leaves us re-parented:
  // stop rather than live on as an orphan holding the port and the database.
  // A wrapper that exits while we drain (pnpm may, on the signal it forwarded) is not a reason
  // to cut the drain short: only a parent lost while running starts a stop.
  const parentPid = process.ppid;
  setInterval(() => {
    if (process.ppid !== parentPid && !lifecycle.stopping) {
      void lifecycle.shutdown(`parent process ${parentPid} exited`, 0);
    }
  }, PARENT_POLL_MS).unref();

  const startup = startPlatform(config, lifecycle);
  lifecycle.track(startup);
  startup.catch((error: unknown) => {
    if (lifecycle.stopping) return; // a stop is in progress and exits by itself
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      const reason = code === 'EADDRINUSE' ? 'is already in use' : 'needs privileges this process lacks';
      log.error(`startup failed: port ${config.port} on ${config.host} ${reason} (set PORT or HOST)`);
    } else {
      log.error('startup failed', error);
    }
    void lifecycle.shutdown('startup failed', 1);
  });
}

main();
