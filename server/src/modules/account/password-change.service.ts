import { now } from '@ocop/db';
import type { Context } from '../../context';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { parseInput, z } from '../../common/validate';
import { write } from '../../common/write';
import { normalizeEmail } from '../auth/auth.service';
import { loginThrottleService as throttle, throttleKeys } from '../auth/login-throttle.service';
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from '../auth/password';
import type { PasswordChangeInput } from './account.inputs';
import { PasswordChangePayload } from './account.payloads';
import { newPassword } from './password-policy';
import { USER } from './user.type';

const Change = z.object({ currentPassword: z.string().max(PASSWORD_MAX_LENGTH), newPassword });

/**
 * Anyone logged in changes their own password by giving the current one — a session left open on
 * a shared computer is not enough to take the account over. Wrong current passwords count against
 * the account's login throttle, so the form cannot be used to guess. Every other session of the
 * user ends (a password changed because it leaked also logs the intruder out); this one stays.
 */
export class PasswordChangeService {
  async change(ctx: Context, input: PasswordChangeInput): Promise<PasswordChangePayload> {
    const refused = (userErrors: PasswordChangePayload['userErrors']) =>
      Object.assign(new PasswordChangePayload(), { changed: false, otherSessionsEnded: 0, userErrors });
    const keys = throttleKeys(normalizeEmail(ctx.viewer?.email ?? ''), ctx.http.ip);
    const result = await write(
      ctx,
      { action: 'passwordChange', entityType: USER, entityId: ctx.viewer?.userId ?? null },
      async ({ tx, viewer, audit }) => {
        const lockedFor = await throttle.lockedForSeconds(tx, keys);
        if (lockedFor > 0) {
          throw new InputRejected([
            userError(
              ['input', 'currentPassword'],
              UserErrorCode.THROTTLED,
              `Nhập sai quá nhiều lần; thử lại sau ${Math.ceil(lockedFor / 60)} phút (too many failed attempts).`,
              { retryAfterSeconds: lockedFor },
            ),
          ]);
        }
        const value = parseInput(Change, input);
        const [row] = (await tx.query(`SELECT password_hash FROM app_user WHERE id = $1 FOR UPDATE`, [
          viewer.userId,
        ])) as { password_hash: string | null }[];
        if (!(await verifyPassword(row?.password_hash ?? null, value.currentPassword))) {
          throw new InputRejected([
            userError(
              ['input', 'currentPassword'],
              UserErrorCode.INVALID_CREDENTIALS,
              'Mật khẩu hiện tại không đúng (the current password is wrong).',
            ),
          ]);
        }
        if (value.newPassword === value.currentPassword) {
          throw new InputRejected([
            userError(
              ['input', 'newPassword'],
              UserErrorCode.INVALID,
              'Mật khẩu mới phải khác mật khẩu hiện tại (the new password must differ).',
            ),
          ]);
        }
        const passwordHash = await hashPassword(value.newPassword);
        const at = now();
        await tx.query(
          `UPDATE app_user SET password_hash = $2, version = version + 1, updated_at = $3::timestamptz WHERE id = $1`,
          [viewer.userId, passwordHash, at],
        );
        const [, ended] = (await tx.query(
          `UPDATE user_session SET revoked_at = $3::timestamptz
           WHERE user_id = $1 AND token_hash <> $2 AND revoked_at IS NULL`,
          [viewer.userId, viewer.sessionTokenHash, at],
        )) as [unknown, number];
        await audit({ entityId: viewer.userId, after: { passwordChanged: true, otherSessionsEnded: ended } });
        return ended;
      },
    );
    if (!result.ok) {
      // Counted after the rollback that undid everything else: a wrong guess must still count.
      if (result.userErrors.some((e) => e.code === UserErrorCode.INVALID_CREDENTIALS)) {
        await throttle.recordFailure(ctx.db, keys);
      }
      return refused(result.userErrors);
    }
    return Object.assign(new PasswordChangePayload(), {
      changed: true,
      otherSessionsEnded: result.value,
      userErrors: [],
    });
  }
}

export const passwordChangeService = new PasswordChangeService();
