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
import { configureMail, startMailWorker } from './common/mail';
import { startSyncSchedule } from './modules/sync/sync-schedule';
import { startWebhooks } from './modules/webhook/webhook-worker';
import { startOpenData } from './modules/open-data/open-data.service';
import { configureLabels, labelSecret } from './modules/label/label-settings';

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
    // Referenced on purpose: it also keeps node alive while a stop awaits work whose timers are
    // unreferenced (node would otherwise exit, code 0, half-way through the stop).
    setTimeout(() => {
      log.error(`could not stop within ${SHUTDOWN_TIMEOUT_MS / 1000} s: exiting now`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);

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

  // Before the first request: a write decides by it whether to put mail in the outbox.
  configureMail({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    publicUrl: config.publicUrl,
    retryBaseMs: config.mailRetryBaseMs,
    pollMs: config.mailPollMs,
  });
  // Background work is registered before the HTTP server, so that a stop (in reverse order)
  // turns /readyz to 503 and drains the requests first, and only then stops the work beside them
  // (the webhook queue and a running open-data generation may take a moment to end).
  configureLabels({
    secret: config.labelSecret,
    secretFile: config.labelSecretFile,
    publicUrl: config.publicUrl,
  });
  // Made (or read) now: a folder that cannot hold it stops the start, not a producer's first batch.
  labelSecret();
  const stopMail = startMailWorker(dataSource);
  lifecycle.add('mail worker', async () => stopMail());
  const stopHousekeeping = startHousekeeping(dataSource);
  lifecycle.add('housekeeping', async () => stopHousekeeping());
  const stopSync = startSyncSchedule(dataSource);
  lifecycle.add('change feed schedule', async () => stopSync());
  lifecycle.add('webhooks', startWebhooksInBackground(dataSource, url, config.webhookDisableAfterFailures));
  // The open-data files: generated now in the background, then again whenever the data changes.
  const stopOpenData = await startOpenData(dataSource, {
    dir: config.openDataDir,
    checkMs: config.openDataCheckMs,
  });
  lifecycle.add('open data', stopOpenData);
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
        openDataDir: config.openDataDir,
        pointsBudget: {
          keyPointsPerHour: config.apiKeyPointsPerHour,
          anonymousPointsPerHour: config.anonymousPointsPerHour,
        },
      }),
    (running) => `HTTP server listening on ${running.host}:${running.port}`,
  );
  lifecycle.add('HTTP server', () => server.stop());
  log.info(`ready at ${server.url}`);
}

/** How long to wait before starting the webhook queue again after it failed to start. */
const WEBHOOK_START_RETRY_MS = 5_000;
/** How long a stop waits for a webhook queue start still under way. */
const WEBHOOK_STOP_WAIT_MS = 3_000;

/**
 * The webhook queue (graphile-worker) starts beside a platform that already serves: its start
 * (which migrates the queue's own schema) failing — the database briefly away — must not stop the
 * platform, so it is tried again until it works. Answers the stop for the lifecycle.
 */
function startWebhooksInBackground(
  dataSource: Parameters<typeof startWebhooks>[0],
  connectionString: string,
  disableAfterFailures: number,
): () => Promise<void> {
  let stopping = false;
  let stopQueue: (() => Promise<void>) | null = null;
  let wake = () => {}; // ends the wait before the next try, for a stop
  const started = (async () => {
    while (!stopping) {
      try {
        const stop = await startWebhooks(dataSource, connectionString, { disableAfterFailures });
        if (stopping) await stop();
        else stopQueue = stop;
        return;
      } catch (error) {
        if (stopping) return;
        log.warn(
          `webhook queue not started, trying again in ${WEBHOOK_START_RETRY_MS / 1000} s: ${describeError(error)}`,
        );
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, WEBHOOK_START_RETRY_MS).unref();
          wake = () => (clearTimeout(timer), resolve());
        });
      }
    }
  })();
  return async () => {
    stopping = true;
    // A start still under way (connecting to a database that went away) stops its queue itself
    // once it ends; the platform's stop does not wait for it longer than a moment.
    // (A timer kept referenced: with every other one unreferenced, node would exit meanwhile, 0.)
    wake();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      started,
      new Promise((resolve) => (timer = setTimeout(resolve, WEBHOOK_STOP_WAIT_MS))),
    ]);
    clearTimeout(timer);
    await stopQueue?.();
  };
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
