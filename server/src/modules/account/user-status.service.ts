import type { Localized } from '../../common/language';
import { now } from '@ocop/db';
import type { Context } from '../../context';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { Denied, write } from '../../common/write';
import { toPayload } from '../../common/write-payload';
import { sessionService as sessions } from '../auth/session.service';
import type { UserStatusChangeInput } from './account.inputs';
import { UserStatusChangePayload } from './account.payloads';
import { assertAdministrator } from './administrator';
import { userService as users } from './user.service';
import { USER } from './user.type';
import { staleVersion, updateAtVersion } from '../../common/versioned-update';

/** The columns of an account the audit log shows (never the password hash). */
const AUDITED = `id, email, display_name, status, locale, version`;

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  status: string;
  locale: string;
  version: number;
}

const NO_SUCH_USER = { vi: 'Không có người dùng này.', en: 'There is no such user.' };

/**
 * Administrators disable and enable accounts. Disabling ends every session of the user in the
 * same transaction, so their next request is anonymous; the session lookup also checks the
 * status, so nothing they send after the commit is accepted. Both are conditional writes on
 * `version` (server/README.md, pitfall 8).
 */
export class UserStatusService {
  disable(ctx: Context, input: UserStatusChangeInput): Promise<UserStatusChangePayload> {
    return this.change(ctx, input, 'userDisable');
  }

  enable(ctx: Context, input: UserStatusChangeInput): Promise<UserStatusChangePayload> {
    return this.change(ctx, input, 'userEnable');
  }

  private async change(
    ctx: Context,
    input: UserStatusChangeInput,
    action: 'userDisable' | 'userEnable',
  ): Promise<UserStatusChangePayload> {
    const uuid = uuidOf(input.id, USER);
    const result = await write(
      ctx,
      { action, entityType: USER, entityId: uuid, input },
      async ({ tx, viewer, audit }) => {
        assertAdministrator(viewer, uuid);
        if (!uuid) throw new Denied('NOT_FOUND', NO_SUCH_USER);
        const [before] = (await tx.query(`SELECT ${AUDITED} FROM app_user WHERE id = $1`, [
          uuid,
        ])) as AccountRow[];
        if (!before) throw new Denied('NOT_FOUND', NO_SUCH_USER, uuid);
        const reject = (field: string, code: UserErrorCode, message: string | Localized) =>
          new InputRejected([userError(['input', field], code, message)]);
        if (action === 'userDisable' && uuid === viewer.userId) {
          throw reject('id', UserErrorCode.INVALID, {
            vi: 'Bạn không thể tự khóa tài khoản của mình.',
            en: 'You cannot disable yourself.',
          });
        }
        if (before.version !== input.version) throw staleVersion('Tài khoản', before.version);
        if (action === 'userDisable' && before.status === 'disabled') {
          throw reject('id', UserErrorCode.INVALID, {
            vi: 'Tài khoản này đã bị khóa.',
            en: 'Already disabled.',
          });
        }
        if (action === 'userEnable' && before.status !== 'disabled') {
          throw reject('id', UserErrorCode.INVALID, {
            vi: 'Tài khoản này không bị khóa.',
            en: 'Not disabled.',
          });
        }
        // Enabled again: active if they had set a password, else back to invited.
        const status =
          action === 'userDisable'
            ? `'disabled'`
            : `CASE WHEN password_hash IS NULL THEN 'invited' ELSE 'active' END`;
        const after = await updateAtVersion<AccountRow>(
          tx,
          'Tài khoản',
          'app_user',
          `UPDATE app_user SET status = ${status}, version = version + 1, updated_at = $3::timestamptz
           WHERE id = $1 AND version = $2 RETURNING ${AUDITED}`,
          [uuid, input.version, now()],
        );
        if (action === 'userDisable') await sessions.revokeAllOf(tx, uuid);
        await audit({ entityId: uuid, before, after });
        return uuid;
      },
    );
    // Only administrators get this far (anyone else was refused with FORBIDDEN).
    return toPayload(UserStatusChangePayload, result, (id) => users.find(ctx.db, id), uuid);
  }
}

export const userStatusService = new UserStatusService();
