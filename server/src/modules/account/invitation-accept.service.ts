import { now } from '@ocop/db';
import type { Context } from '../../context';
import { toUserErrors } from '../../common/validate';
import { userError, UserErrorCode, type UserError } from '../../common/user-error';
import { optionalText, z } from '../../common/validate';
import { appendAudit } from '../audit/audit.service';
import { toViewerType } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { hashToken, sessionService as sessions } from '../auth/session.service';
import type { InvitationAcceptInput } from './account.inputs';
import { InvitationAcceptPayload } from './account.payloads';
import { INVITATION_TOKEN } from './invitation';
import { newPassword } from './password-policy';
import { USER } from './user.type';

const Accept = z.object({
  token: z.string(),
  password: newPassword,
  displayName: optionalText(100),
});

/** One answer for every unusable token: it says nothing about which invitations exist. */
const INVALID_TOKEN = {
  vi: 'Lời mời không hợp lệ, đã dùng hoặc đã hết hạn.',
  en: 'This invitation is invalid, used or expired.',
};

/**
 * The invited person sets their password and is logged in. Anonymous by nature (they have no
 * password yet), so it does not go through `write()`, but follows its rules: one transaction,
 * audited as applied in it, a refusal audited after the rollback, never the password.
 */
export class InvitationAcceptService {
  async accept(ctx: Context, input: InvitationAcceptInput): Promise<InvitationAcceptPayload> {
    const refuse = async (userErrors: UserError[], entityId: string | null) => {
      await appendAudit(ctx.db, {
        actorUserId: null,
        action: 'invitationAccept',
        entityType: USER,
        entityId,
        outcome: 'rejected',
        after: { userErrors },
        requestId: ctx.requestId,
        ipAddress: ctx.http.ip,
      });
      return Object.assign(new InvitationAcceptPayload(), { viewer: null, userErrors });
    };

    const parsed = Accept.safeParse(input);
    if (!parsed.success) return refuse(toUserErrors(parsed.error, 'input', input), null);
    const value = parsed.data;
    const invalidToken = [userError(['input', 'token'], UserErrorCode.INVALID, INVALID_TOKEN)];
    if (!INVITATION_TOKEN.test(value.token)) return refuse(invalidToken, null);
    // Hashed before the transaction: ~25 ms that need not hold a connection and row locks.
    const passwordHash = await hashPassword(value.password);

    const outcome = await ctx.db.transaction(async (tx) => {
      const at = now();
      // FOR UPDATE: two requests with one token are serialised; the second finds it used.
      const [invitation] = (await tx.query(
        `SELECT i.user_id, (i.used_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > $2::timestamptz
                            AND u.status = 'invited') AS usable
         FROM user_invitation i JOIN app_user u ON u.id = i.user_id
         WHERE i.token_hash = $1 FOR UPDATE OF i, u`,
        [hashToken(value.token), at],
      )) as { user_id: string; usable: boolean }[];
      if (!invitation?.usable) return { ok: false as const, userId: invitation?.user_id ?? null };
      const userId = invitation.user_id;
      const [before] = (await tx.query(`SELECT display_name, status, version FROM app_user WHERE id = $1`, [
        userId,
      ])) as { display_name: string; status: string; version: number }[];
      await tx.query(
        `UPDATE app_user SET password_hash = $2, status = 'active', display_name = COALESCE($3, display_name),
                last_login_at = $4::timestamptz, version = version + 1, updated_at = $4::timestamptz
         WHERE id = $1`,
        [userId, passwordHash, value.displayName ?? null, at],
      );
      await tx.query(`UPDATE user_invitation SET used_at = $2::timestamptz WHERE token_hash = $1`, [
        hashToken(value.token),
        at,
      ]);
      // Whoever was logged in in this browser before is logged out: the cookie now means this user.
      if (ctx.http.sessionToken) await sessions.revoke(tx, hashToken(ctx.http.sessionToken));
      const session = await sessions.create(tx, userId, { ip: ctx.http.ip, userAgent: ctx.http.userAgent });
      await appendAudit(tx, {
        actorUserId: userId,
        action: 'invitationAccept',
        entityType: USER,
        entityId: userId,
        outcome: 'applied',
        before,
        after: { display_name: value.displayName ?? before?.display_name, status: 'active' },
        requestId: ctx.requestId,
        ipAddress: ctx.http.ip,
      });
      return { ok: true as const, userId, session };
    });
    if (!outcome.ok) return refuse(invalidToken, outcome.userId);

    ctx.http.setSessionCookie(outcome.session.token, outcome.session.expiresAt);
    const viewer = await sessions.viewerOf(ctx.db, outcome.session.token);
    ctx.viewer = viewer;
    return Object.assign(new InvitationAcceptPayload(), {
      viewer: viewer ? toViewerType(viewer) : null,
      userErrors: [],
    });
  }
}

export const invitationAcceptService = new InvitationAcceptService();
