import type { Localized } from '../../common/language';
import { now } from '@ocop/db';
import type { Context } from '../../context';
import { encodeNodeId } from '../../common/node-id';
import { userError, UserErrorCode } from '../../common/user-error';
import { appendAudit } from '../audit/audit.service';
import { LoginPayload, LogoutPayload, RoleGrantType, ViewerType, type RoleName } from './auth.type';
import type { LoginInput } from './auth.inputs';
import { loginThrottleService as throttle, throttleKeys } from './login-throttle.service';
import { PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { hashToken, sessionService as sessions } from './session.service';
import type { Viewer } from './viewer';

export const USER = 'User';

/** One message for an unknown email, a wrong password and a disabled account: it reveals no account. */
const INVALID_CREDENTIALS = { vi: 'Email hoặc mật khẩu không đúng.', en: 'Wrong email or password.' };

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function toViewerType(viewer: Viewer): ViewerType {
  return Object.assign(new ViewerType(), {
    id: encodeNodeId(USER, viewer.userId),
    email: viewer.email,
    displayName: viewer.displayName,
    locale: viewer.locale,
    roles: viewer.roles.map((grant) =>
      Object.assign(new RoleGrantType(), {
        role: grant.role as RoleName,
        producerId: grant.producerId,
        unitId: grant.unitId,
      }),
    ),
  });
}

export class AuthService {
  viewer(ctx: Context): ViewerType | null {
    return ctx.viewer ? toViewerType(ctx.viewer) : null;
  }

  async login(ctx: Context, input: LoginInput): Promise<LoginPayload> {
    const email = normalizeEmail(input.email);
    const keys = throttleKeys(email, ctx.http.ip);
    const audit = (outcome: 'applied' | 'denied', entityId: string | null, reason?: string) =>
      appendAudit(ctx.db, {
        actorUserId: outcome === 'applied' ? entityId : null,
        action: 'login',
        entityType: USER,
        entityId,
        outcome,
        after: { email: email.slice(0, 320), ...(reason ? { reason } : {}) },
        requestId: ctx.requestId,
        ipAddress: ctx.http.ip,
      });
    const refused = (code: UserErrorCode, message: string | Localized, retryAfterSeconds?: number) => {
      // A wrong or throttled login counts against the address's budget of refusals.
      ctx.http.refused();
      return Object.assign(new LoginPayload(), {
        viewer: null,
        userErrors: [userError(['input'], code, message, retryAfterSeconds ? { retryAfterSeconds } : {})],
      });
    };

    // The attempt takes its slot (counted as a failure) before the password is checked, in one
    // atomic step per key: concurrent attempts cannot all pass a check made before any is counted.
    const { slots, retryAfterSeconds: lockedFor } = await throttle.takeSlots(ctx.db, keys);
    if (!slots) {
      await audit('denied', null, 'THROTTLED');
      return refused(
        UserErrorCode.THROTTLED,
        {
          vi: `Đăng nhập sai quá nhiều lần; thử lại sau ${Math.ceil(lockedFor / 60)} phút.`,
          en: `Too many failed attempts.`,
        },
        lockedFor,
      );
    }

    const rows: { id: string; password_hash: string | null; status: string }[] =
      email.length <= 320
        ? await ctx.db.query(`SELECT id, password_hash, status FROM app_user WHERE email_normalized = $1`, [
            email,
          ])
        : [];
    const user = rows[0];
    const password = input.password.length <= PASSWORD_MAX_LENGTH ? input.password : '';
    // Verified even for an unknown or disabled account, so the time taken reveals nothing.
    const passwordOk = await verifyPassword(user?.password_hash ?? null, password);
    if (!user || !passwordOk || user.status !== 'active') {
      // Its failure was counted when the slot was taken.
      await audit('denied', user?.id ?? null, 'INVALID_CREDENTIALS');
      return refused(UserErrorCode.INVALID_CREDENTIALS, INVALID_CREDENTIALS);
    }

    const { token, expiresAt } = await ctx.db.transaction(async (tx) => {
      // A success is not a failure: its slots are given back (earlier failures in the window stay
      // counted, so that a login in flight cannot clear the failures of attempts in flight beside it).
      await throttle.release(tx, slots);
      // A new token at every login; the one the browser had before (if any) ends here.
      if (ctx.http.sessionToken) await sessions.revoke(tx, hashToken(ctx.http.sessionToken));
      await tx.query(`UPDATE app_user SET last_login_at = $2::timestamptz WHERE id = $1`, [user.id, now()]);
      const session = await sessions.create(tx, user.id, { ip: ctx.http.ip, userAgent: ctx.http.userAgent });
      await appendAudit(tx, {
        actorUserId: user.id,
        action: 'login',
        entityType: USER,
        entityId: user.id,
        outcome: 'applied',
        after: { email },
        requestId: ctx.requestId,
        ipAddress: ctx.http.ip,
      });
      return session;
    });
    ctx.http.setSessionCookie(token, expiresAt);
    const viewer = await sessions.viewerOf(ctx.db, token);
    ctx.viewer = viewer;
    return Object.assign(new LoginPayload(), {
      viewer: viewer ? toViewerType(viewer) : null,
      userErrors: [],
    });
  }

  async logout(ctx: Context): Promise<LogoutPayload> {
    const viewer = ctx.viewer;
    ctx.http.clearSessionCookie();
    if (!viewer) return Object.assign(new LogoutPayload(), { loggedOut: false });
    await ctx.db.transaction(async (tx) => {
      await sessions.revoke(tx, viewer.sessionTokenHash);
      await appendAudit(tx, {
        actorUserId: viewer.userId,
        action: 'logout',
        entityType: USER,
        entityId: viewer.userId,
        outcome: 'applied',
        requestId: ctx.requestId,
        ipAddress: ctx.http.ip,
      });
    });
    ctx.viewer = null;
    return Object.assign(new LogoutPayload(), { loggedOut: true });
  }
}

export const authService = new AuthService();
