import { now } from '@ocop/db';
import type { EntityManager } from 'typeorm';

/**
 * Failed logins are counted per account ("email:…") and per client address ("ip:…") in
 * PostgreSQL, so every server instance sees the same counts. A key with LIMIT failures inside
 * WINDOW is locked for LOCK; counting starts again once the window has passed.
 *
 * Per account, 5 failures in 15 minutes: password guessing against one account is stopped
 * early. Per address, 30: an office behind one NAT address can still log in while one
 * person mistypes.
 */
export const LOGIN_LIMITS = {
  email: { failures: 5, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
  ip: { failures: 30, windowSeconds: 15 * 60, lockSeconds: 15 * 60 },
} as const;

type Kind = keyof typeof LOGIN_LIMITS;

/** An attempt counted against a key, in the window that began at windowStartedAt. */
export interface Slot {
  kind: Kind;
  key: string;
  windowStartedAt: Date;
}

class Refused extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super('throttled');
  }
}

export function throttleKeys(emailNormalized: string, ip: string | null): { kind: Kind; key: string }[] {
  const keys: { kind: Kind; key: string }[] = [{ kind: 'email', key: `email:${emailNormalized}` }];
  if (ip) keys.push({ kind: 'ip', key: `ip:${ip}` });
  return keys;
}

export class LoginThrottleService {
  /** Seconds until the longest lock among these keys ends; 0 when none is locked. */
  async lockedForSeconds(db: EntityManager, keys: { key: string }[]): Promise<number> {
    const rows: { seconds: number | null }[] = await db.query(
      `SELECT ceil(max(extract(epoch FROM locked_until - $2::timestamptz)))::int AS seconds
       FROM login_throttle WHERE key = ANY($1::text[]) AND locked_until > $2::timestamptz`,
      [keys.map((k) => k.key), now()],
    );
    return rows[0]?.seconds ?? 0;
  }

  /**
   * Takes one attempt slot on every key, before the password is checked: one statement per key
   * counts the attempt as a failure and decides, under the row's lock, whether it may go ahead, so
   * at most LIMIT password checks happen per key and window whatever the concurrency (attempts in
   * flight count). A key that is locked, or already holds LIMIT attempts in its window, refuses;
   * counting starts again once the window has passed or a lock has ended. All keys or none: when
   * one refuses, the slots already taken are given back (the transaction rolls back).
   *
   * Returns the slots taken (to give back with `release` after a successful login), or the seconds
   * until the longest lock ends when refused.
   */
  async takeSlots(
    db: EntityManager,
    keys: { kind: Kind; key: string }[],
  ): Promise<{ slots: Slot[]; retryAfterSeconds: 0 } | { slots: null; retryAfterSeconds: number }> {
    const at = now();
    // A locked key refuses at once, on a plain read: the statement below locks the key's row even
    // when it does not update it, so a burst of attempts on a locked account queued on that row,
    // each holding a pooled connection (issue 11's soak: the ordinary p99 rose 3×). The transaction
    // still decides; this only spares it when the answer is already known.
    const lockedNow = await this.lockedForSeconds(db, keys);
    if (lockedNow > 0) return { slots: null, retryAfterSeconds: lockedNow };
    return db
      .transaction(async (tx) => {
        const slots: Slot[] = [];
        for (const { kind, key } of keys) {
          const limit = LOGIN_LIMITS[kind];
          // "fresh": the window has passed, or the lock has ended; a new count starts.
          const fresh = `(t.window_started_at < $5::timestamptz - make_interval(secs => $3)
                        OR COALESCE(t.locked_until <= $5::timestamptz, false))`;
          const rows: { window_started_at: Date }[] = await tx.query(
            `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
           VALUES ($1, 1, $5::timestamptz, CASE WHEN 1 >= $2 THEN $5::timestamptz + make_interval(secs => $4) END)
           ON CONFLICT (key) DO UPDATE SET
             failures = CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END,
             window_started_at = CASE WHEN ${fresh} THEN $5::timestamptz ELSE t.window_started_at END,
             locked_until = CASE WHEN (CASE WHEN ${fresh} THEN 1 ELSE t.failures + 1 END) >= $2
                                 THEN $5::timestamptz + make_interval(secs => $4) END
           WHERE (t.locked_until IS NULL OR t.locked_until <= $5::timestamptz)
             AND (${fresh} OR t.failures < $2)
           RETURNING t.window_started_at`,
            [key, limit.failures, limit.windowSeconds, limit.lockSeconds, at],
          );
          if (rows.length === 0) {
            const lockedFor = await this.lockedForSeconds(tx, keys);
            // Refused, so a lock or full window was there; the rollback gives back the slots taken.
            throw new Refused(Math.max(lockedFor, 1));
          }
          slots.push({ kind, key, windowStartedAt: rows[0]!.window_started_at });
        }
        return { slots, retryAfterSeconds: 0 as const };
      })
      .catch((error: unknown) => {
        if (error instanceof Refused) return { slots: null, retryAfterSeconds: error.retryAfterSeconds };
        throw error;
      });
  }

  /**
   * Gives back the slots of a successful login: a success is not a failure. Only a slot of the
   * key's current window is given back (a newer window has not counted it); a key left with no
   * attempt is deleted, and one under its limit again is unlocked.
   */
  async release(db: EntityManager, slots: Slot[]): Promise<void> {
    for (const { kind, key, windowStartedAt } of slots) {
      const limit = LOGIN_LIMITS[kind];
      await db.query(
        `UPDATE login_throttle SET failures = failures - 1,
           locked_until = CASE WHEN failures - 1 < $2 THEN NULL ELSE locked_until END
         WHERE key = $1 AND window_started_at = $3::timestamptz AND failures > 0`,
        [key, limit.failures, windowStartedAt],
      );
      await db.query(`DELETE FROM login_throttle WHERE key = $1 AND failures = 0 AND locked_until IS NULL`, [
        key,
      ]);
    }
  }
}

export const loginThrottleService = new LoginThrottleService();
