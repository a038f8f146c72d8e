import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { now, type Role } from '@ocop/db';
import type { Viewer } from './viewer';

/** Name of the HttpOnly cookie that carries the session token. */
export const SESSION_COOKIE = 'ocop_session';
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and in any case this long after login. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** `last_seen_at` is written at most this often, so that reads do not each cost a write. */
const TOUCH_INTERVAL = '1 minute';

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A token is 32 random bytes, base64url; anything else in the cookie is ignored unread. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

interface ViewerRow {
  id: string;
  email: string;
  display_name: string;
  locale: string;
  roles: { role: Role; producerId: string | null; unitId: string | null }[];
}

/**
 * Server-side sessions in PostgreSQL, so every server instance sees the same ones. Only the
 * token's SHA-256 is stored: a copy of the table cannot be replayed as cookies.
 */
export class SessionService {
  /** The viewer of a live session (not revoked, not idle too long, not past its end, user active), in one statement. */
  async viewerOf(db: EntityManager, token: string | undefined): Promise<Viewer | null> {
    if (!token || !TOKEN.test(token)) return null;
    const tokenHash = hashToken(token);
    const rows: ViewerRow[] = await db.query(
      `WITH live AS (
         SELECT token_hash, user_id, last_seen_at FROM user_session
         WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $3::timestamptz
           AND last_seen_at > $3::timestamptz - make_interval(secs => $2::double precision / 1000)
       ), touched AS (
         UPDATE user_session s SET last_seen_at = $3::timestamptz FROM live
         WHERE s.token_hash = live.token_hash AND live.last_seen_at < $3::timestamptz - interval '${TOUCH_INTERVAL}'
       )
       SELECT u.id, u.email, u.display_name, u.locale,
              COALESCE(json_agg(json_build_object('role', r.role, 'producerId', r.producer_id, 'unitId', r.unit_id)
                                ORDER BY r.role, r.id) FILTER (WHERE r.id IS NOT NULL), '[]') AS roles
       FROM live JOIN app_user u ON u.id = live.user_id AND u.status = 'active'
       LEFT JOIN role_assignment r ON r.user_id = u.id
       GROUP BY u.id`,
      [tokenHash, SESSION_IDLE_MS, now()],
    );
    const row = rows[0];
    if (!row) return null;
    return {
      userId: row.id,
      email: row.email,
      displayName: row.display_name,
      locale: row.locale,
      roles: row.roles,
      sessionTokenHash: tokenHash,
    };
  }

  /** A new session (a new random token at every login: no session fixation). Returns the token for the cookie. */
  async create(
    db: EntityManager,
    userId: string,
    client: { ip: string | null; userAgent: string | null },
  ): Promise<{ token: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const createdAt = now();
    const expiresAt = new Date(createdAt.getTime() + SESSION_ABSOLUTE_MS);
    await db.query(
      `INSERT INTO user_session (token_hash, user_id, created_at, last_seen_at, expires_at, ip_address, user_agent)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz, $4::timestamptz, $5, $6)`,
      [hashToken(token), userId, createdAt, expiresAt, client.ip, client.userAgent?.slice(0, 300) ?? null],
    );
    return { token, expiresAt };
  }

  async revoke(db: EntityManager, tokenHash: string): Promise<void> {
    await db.query(
      `UPDATE user_session SET revoked_at = $2::timestamptz WHERE token_hash = $1 AND revoked_at IS NULL`,
      [tokenHash, now()],
    );
  }

  /** Ends every session of a user (disabled, or password changed). */
  async revokeAllOf(db: EntityManager, userId: string): Promise<void> {
    await db.query(
      `UPDATE user_session SET revoked_at = $2::timestamptz WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId, now()],
    );
  }
}

export const sessionService = new SessionService();
