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
 * the account's login throttle (taken before the check, as at login), so the form cannot be used to guess. Every other session of the
 * user ends (a password changed because it leaked also logs the intruder out); this one stays.
 */
export class PasswordChangeService {
  async change(ctx: Context, input: PasswordChangeInput): Promise<PasswordChangePayload> {
    const refused = (userErrors: PasswordChangePayload['userErrors']) =>
      Object.assign(new PasswordChangePayload(), { changed: false, otherSessionsEnded: 0, userErrors });
    const keys = throttleKeys(normalizeEmail(ctx.viewer?.email ?? ''), ctx.http.ip);
    // As at login, the attempt takes its throttle slot (counted as a failure) before the current
    // password is checked, in one atomic step per key: concurrent guesses cannot all pass a check
    // made before any is counted. An anonymous request takes none (write refuses it).
    const taken = ctx.viewer ? await throttle.takeSlots(ctx.db, keys) : null;
    const result = await write(
      ctx,
      { action: 'passwordChange', entityType: USER, entityId: ctx.viewer?.userId ?? null },
      async ({ tx, viewer, audit }) => {
        if (taken && !taken.slots) {
          const lockedFor = taken.retryAfterSeconds;
          throw new InputRejected([
            userError(
              ['input', 'currentPassword'],
              UserErrorCode.THROTTLED,
              {
                vi: `Nhập sai quá nhiều lần; thử lại sau ${Math.ceil(lockedFor / 60)} phút.`,
                en: `Too many failed attempts.`,
              },
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
            userError(['input', 'currentPassword'], UserErrorCode.INVALID_CREDENTIALS, {
              vi: 'Mật khẩu hiện tại không đúng.',
              en: 'The current password is wrong.',
            }),
          ]);
        }
        if (value.newPassword === value.currentPassword) {
          throw new InputRejected([
            userError(['input', 'newPassword'], UserErrorCode.INVALID, {
              vi: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
              en: 'The new password must differ.',
            }),
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
    // A wrong current password keeps its slot: the guess stays counted. Any other outcome (changed,
    // or refused for another reason such as a weak new password) was no guess: its slot is given back.
    const guessedWrong =
      !result.ok && result.userErrors.some((e) => e.code === UserErrorCode.INVALID_CREDENTIALS);
    if (taken?.slots && !guessedWrong) await throttle.release(ctx.db, taken.slots);
    if (!result.ok) return refused(result.userErrors);
    return Object.assign(new PasswordChangePayload(), {
      changed: true,
      otherSessionsEnded: result.value,
      userErrors: [],
    });
  }
}

export const passwordChangeService = new PasswordChangeService();
