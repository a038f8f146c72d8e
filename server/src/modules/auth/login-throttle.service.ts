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

  /** Counts one failure against each key, atomically (concurrent failures are all counted). */
  async recordFailure(db: EntityManager, keys: { kind: Kind; key: string }[]): Promise<void> {
    for (const { kind, key } of keys) {
      const limit = LOGIN_LIMITS[kind];
      await db.query(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at, locked_until)
         VALUES ($1, 1, $5::timestamptz, CASE WHEN 1 >= $2 THEN $5::timestamptz + make_interval(secs => $4) END)
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < $5::timestamptz - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < $5::timestamptz - make_interval(secs => $3) THEN $5::timestamptz
                                    ELSE t.window_started_at END,
           locked_until = CASE
             WHEN t.window_started_at >= $5::timestamptz - make_interval(secs => $3) AND t.failures + 1 >= $2
               THEN $5::timestamptz + make_interval(secs => $4)
             ELSE t.locked_until END`,
        [key, limit.failures, limit.windowSeconds, limit.lockSeconds, now()],
      );
    }
  }

  /** A successful login clears its account's count (the address keeps its own). */
  async clear(db: EntityManager, emailNormalized: string): Promise<void> {
    await db.query(`DELETE FROM login_throttle WHERE key = $1`, [`email:${emailNormalized}`]);
  }
}

export const loginThrottleService = new LoginThrottleService();
