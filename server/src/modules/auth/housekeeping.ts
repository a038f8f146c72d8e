import { now } from '@ocop/db';
import type { DataSource } from 'typeorm';
import { describeError, log } from '../../common/log';

/** How long ended sessions and invitations, used idempotency keys and stale throttle counters are kept. */
const KEEP_ENDED_SESSIONS = '30 days';
const KEEP_ENDED_INVITATIONS = '30 days';
const KEEP_IDEMPOTENCY_KEYS = '7 days';
const KEEP_THROTTLE_COUNTERS = '1 day';
/** Refusal tallies matter only in their minute (audit.service.ts); an hour's are kept for a look. */
const KEEP_REFUSAL_TALLIES = '1 hour';
/** Longer than the longest send window (a day). */
const KEEP_SEND_TALLIES = '2 days';
const KEEP_SENT_MAIL = '30 days';
/** The coarse places label codes were checked from (modules/label): no longer than a month. */
export const KEEP_LABEL_CHECK_PLACES = '30 days';
const EVERY_MS = 60 * 60 * 1000;

/**
 * Deletes what the login and write machinery leaves behind once it can no longer matter. Every
 * instance may run it: the statements are idempotent, so concurrent runs do no harm.
 */
export async function sweepExpiredAuthState(dataSource: DataSource): Promise<void> {
  // One instant by the platform's clock for the whole sweep (passed to SQL, never the database's now()).
  const at = now();
  await dataSource.query(
    `DELETE FROM user_session
     WHERE COALESCE(revoked_at, LEAST(expires_at, last_seen_at + interval '1 day'))
           < $1::timestamptz - interval '${KEEP_ENDED_SESSIONS}'`,
    [at],
  );
  // An invitation ends when accepted, replaced by a newer one, or expired.
  await dataSource.query(
    `DELETE FROM user_invitation
     WHERE COALESCE(used_at, revoked_at, expires_at) < $1::timestamptz - interval '${KEEP_ENDED_INVITATIONS}'`,
    [at],
  );
  await dataSource.query(
    `DELETE FROM idempotency_key WHERE created_at < $1::timestamptz - interval '${KEEP_IDEMPOTENCY_KEYS}'`,
    [at],
  );
  await dataSource.query(
    `DELETE FROM login_throttle
     WHERE window_started_at < $1::timestamptz - interval '${KEEP_THROTTLE_COUNTERS}'
       AND (locked_until IS NULL OR locked_until < $1::timestamptz)`,
    [at],
  );
  // Inquiry send tallies matter only in their window (a day at most; modules/inquiry).
  await dataSource.query(
    `DELETE FROM inquiry_send_tally WHERE window_start < $1::timestamptz - interval '${KEEP_SEND_TALLIES}'`,
    [at],
  );
  // Sent mail is kept a while for a look (its buyer links were already blanked when sent).
  await dataSource.query(
    `DELETE FROM mail_outbox WHERE sent_at < $1::timestamptz - interval '${KEEP_SENT_MAIL}'`,
    [at],
  );
  await dataSource.query(
    `DELETE FROM audit_refusal_tally WHERE window_start < $1::timestamptz - interval '${KEEP_REFUSAL_TALLIES}'`,
    [at],
  );
  // A code's place count stays; the keyed hashes of the networks behind it go after a month.
  await dataSource.query(
    `DELETE FROM label_check_place WHERE seen_at < $1::timestamptz - interval '${KEEP_LABEL_CHECK_PLACES}'`,
    [at],
  );
  // Points budgets matter only in their hour (common/points-budget.ts).
  await dataSource.query(
    `DELETE FROM points_budget WHERE window_start < $1::timestamptz - interval '2 hours'`,
    [at],
  );
}

/** Runs the sweep now and hourly; the timer does not keep the process alive. Returns a stop function. */
export function startHousekeeping(dataSource: DataSource): () => void {
  const run = () =>
    sweepExpiredAuthState(dataSource).catch((error: unknown) =>
      log.error('housekeeping of sessions and keys failed', describeError(error)),
    );
  void run();
  const timer = setInterval(run, EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
