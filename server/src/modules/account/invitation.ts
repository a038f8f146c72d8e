import { randomBytes } from 'node:crypto';
import { now } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { hashToken } from '../auth/session.service';

/** An invitation can be accepted for this long after it is made. */
export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** Where the portal accepts invitations; the token follows. */
export const INVITATION_PATH = '/invitation/';
/** A token is 32 random bytes, base64url (like session tokens). */
export const INVITATION_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/**
 * A new one-time invitation for a user, replacing any earlier one still pending (only the newest
 * link works). Returns the token, which exists only in this answer: the table keeps its SHA-256.
 */
export async function issueInvitation(
  tx: EntityManager,
  userId: string,
  createdById: string | null,
): Promise<{ token: string; expiresAt: Date }> {
  const createdAt = now();
  await tx.query(
    `UPDATE user_invitation SET revoked_at = $2::timestamptz
     WHERE user_id = $1 AND used_at IS NULL AND revoked_at IS NULL`,
    [userId, createdAt],
  );
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(createdAt.getTime() + INVITATION_TTL_MS);
  await tx.query(
    `INSERT INTO user_invitation (token_hash, user_id, created_by_id, created_at, expires_at)
     VALUES ($1, $2, $3, $4::timestamptz, $5::timestamptz)`,
    [hashToken(token), userId, createdById, createdAt, expiresAt],
  );
  return { token, expiresAt };
}
