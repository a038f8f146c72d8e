import type { Context } from '../../context';
import { idempotentCreate } from '../../common/idempotency';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { idempotencyKey, parseInput, requiredText, z } from '../../common/validate';
import { write } from '../../common/write';
import { toPayload } from '../../common/write-payload';
import { normalizeEmail } from '../auth/auth.service';
import { RoleName } from '../auth/auth.type';
import type { UserInviteInput } from './account.inputs';
import { UserInvitePayload } from './account.payloads';
import { assertAdministrator } from './administrator';
import { INVITATION_PATH, issueInvitation } from './invitation';
import { resolveRoleBinding } from './role-binding';
import { userService as users } from './user.service';
import { USER } from './user.type';

const Invite = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  displayName: requiredText(100),
  role: z.enum(Object.values(RoleName) as [RoleName, ...RoleName[]]),
  producerId: z.string().nullish(),
  unitId: z.string().nullish(),
  locale: z.enum(['vi', 'en']).nullish(),
  idempotencyKey,
});

/**
 * Administrators invite people: the user is created 'invited' with one role and no password,
 * and a one-time link lets them choose their password (invitationAccept). No e-mail is sent:
 * the administrator passes the link on, by whatever channel they trust.
 */
export class UserInviteService {
  async invite(ctx: Context, input: UserInviteInput): Promise<UserInvitePayload> {
    const result = await write(
      ctx,
      { action: 'userInvite', entityType: USER, input: { ...input } },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        assertAdministrator(viewer);
        const value = parseInput(Invite, input);
        const binding = await resolveRoleBinding(tx, value);
        const email = normalizeEmail(value.email);
        const created = await idempotentCreate(
          scope,
          'userInvite',
          value.idempotencyKey,
          { ...input },
          async () => {
            const [existing] = (await tx.query(`SELECT id FROM app_user WHERE email_normalized = $1`, [
              email,
            ])) as {
              id: string;
            }[];
            if (existing) {
              throw new InputRejected([
                userError(['input', 'email'], UserErrorCode.DUPLICATE, {
                  vi: 'Đã có tài khoản với email này.',
                  en: 'An account with this email exists.',
                }),
              ]);
            }
            const [user] = (await tx.query(
              `INSERT INTO app_user (email, email_normalized, display_name, status, locale)
             VALUES ($1, $2, $3, 'invited', $4) RETURNING id`,
              [value.email, email, value.displayName, value.locale ?? 'vi'],
            )) as { id: string }[];
            await tx.query(
              `INSERT INTO role_assignment (user_id, role, producer_id, unit_id, granted_by_id) VALUES ($1, $2, $3, $4, $5)`,
              [user!.id, binding.role, binding.producerId, binding.unitId, viewer.userId],
            );
            return user!.id;
          },
        );
        // A retry gets a fresh link while the invitation is pending: the first answer (and its
        // token, which exists nowhere else) was presumably lost on the way.
        const [state] = (await tx.query(`SELECT status FROM app_user WHERE id = $1`, [created.id])) as {
          status: string;
        }[];
        const invitation =
          state?.status === 'invited' ? await issueInvitation(tx, created.id, viewer.userId) : null;
        await audit({
          entityId: created.id,
          after: {
            email,
            displayName: value.displayName,
            status: state?.status ?? null,
            role: binding,
            invitationExpiresAt: invitation?.expiresAt ?? null,
            replayed: created.replayed,
          },
        });
        return { id: created.id, token: invitation?.token ?? null };
      },
    );
    const payload = await toPayload(UserInvitePayload, result, (created) => users.find(ctx.db, created.id));
    payload.invitationUrl =
      result.ok && result.value.token ? `${INVITATION_PATH}${result.value.token}` : null;
    return payload;
  }
}

export const userInviteService = new UserInviteService();
