import { noteCertificateExpiries, now, pruneChangeLog, today } from '@ocop/db';
import type { DataSource } from 'typeorm';
import { describeError, log } from '../../common/log';
import { CHANGE_LOG_KEEP_DAYS } from './change-feed.service';
import { sendRenewalReminders } from '../monitoring/renewal-reminders';

/** How often the calendar step runs: an expiry reaches the feed within this of midnight in Vietnam. */
const EXPIRY_EVERY_MS = 60_000;
const PRUNE_EVERY_MS = 60 * 60_000;

/**
 * The change feed's scheduled steps, on every instance (both idempotent): certificates expiring
 * by the platform's day are recorded once (db/src/change-feed.ts), and entries older than
 * CHANGE_LOG_KEEP_DAYS are pruned; and renewal reminders are mailed (modules/monitoring). Timers do not
 * keep the process alive. Returns a stop function.
 */
export function startSyncSchedule(dataSource: DataSource): () => void {
  const expiries = () =>
    noteCertificateExpiries(dataSource, today(), now()).catch((error: unknown) =>
      log.error('recording certificate expiries failed', describeError(error)),
    );
  const prune = () =>
    pruneChangeLog(dataSource, now(), CHANGE_LOG_KEEP_DAYS).catch((error: unknown) =>
      log.error('pruning the change log failed', describeError(error)),
    );
  const reminders = () =>
    sendRenewalReminders(dataSource, today()).catch((error: unknown) =>
      log.error('mailing renewal reminders failed', describeError(error)),
    );
  void expiries();
  void prune();
  void reminders();
  const timers = [
    setInterval(expiries, EXPIRY_EVERY_MS),
    setInterval(prune, PRUNE_EVERY_MS),
    setInterval(reminders, EXPIRY_EVERY_MS),
  ];
  for (const timer of timers) timer.unref();
  return () => timers.forEach((timer) => clearInterval(timer));
}
