import type { Context } from '../../context';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { parseInput, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { toPayload } from '../../common/write-payload';
import { RoleName } from '../auth/auth.type';
import type { RoleGrantInput, RoleRevokeInput } from './account.inputs';
import { RoleChangePayload } from './account.payloads';
import { assertAdministrator } from './administrator';
import { resolveRoleBinding } from './role-binding';
import { userService as users } from './user.service';
import { ROLE_ASSIGNMENT, USER } from './user.type';

const Grant = z.object({
  role: z.enum(Object.values(RoleName) as [RoleName, ...RoleName[]]),
  producerId: z.string().nullish(),
  unitId: z.string().nullish(),
});

interface AssignmentRow {
  id: string;
  user_id: string;
  role: RoleName;
  producer_id: string | null;
  unit_id: string | null;
  granted_by_id: string | null;
}

/**
 * Administrators grant and revoke roles. A role takes effect at the holder's next request: the
 * session lookup reads the roles every time, there is no copy in the session to go stale.
 */
export class RoleService {
  async grant(ctx: Context, input: RoleGrantInput): Promise<RoleChangePayload> {
    const userId = uuidOf(input.userId, USER);
    const result = await write(
      ctx,
      { action: 'roleGrant', entityType: ROLE_ASSIGNMENT, entityId: null, input },
      async ({ tx, viewer, audit }) => {
        assertAdministrator(viewer, userId);
        const [user] = userId
          ? ((await tx.query(`SELECT id FROM app_user WHERE id = $1`, [userId])) as { id: string }[])
          : [];
        if (!user)
          throw new Denied(
            'NOT_FOUND',
            { vi: 'Không có người dùng này.', en: 'There is no such user.' },
            userId,
          );
        const binding = await resolveRoleBinding(tx, parseInput(Grant, input));
        // The unique index (user, role, binding) makes a double grant a no-op we can report.
        const [inserted] = (await tx.query(
          `INSERT INTO role_assignment (user_id, role, producer_id, unit_id, granted_by_id)
           VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING *`,
          [user.id, binding.role, binding.producerId, binding.unitId, viewer.userId],
        )) as AssignmentRow[];
        if (!inserted) {
          throw new InputRejected([
            userError(['input', 'role'], UserErrorCode.DUPLICATE, {
              vi: 'Người dùng đã có vai trò này.',
              en: 'Already held.',
            }),
          ]);
        }
        await audit({ entityId: inserted.id, after: inserted });
        return user.id;
      },
    );
    return toPayload(RoleChangePayload, result, (id) => users.find(ctx.db, id), userId);
  }

  async revoke(ctx: Context, input: RoleRevokeInput): Promise<RoleChangePayload> {
    const uuid = uuidOf(input.id, ROLE_ASSIGNMENT);
    const result = await write(
      ctx,
      { action: 'roleRevoke', entityType: ROLE_ASSIGNMENT, entityId: uuid, input },
      async ({ tx, viewer, audit }) => {
        assertAdministrator(viewer, uuid);
        const [before] = uuid
          ? ((await tx.query(`SELECT * FROM role_assignment WHERE id = $1`, [uuid])) as AssignmentRow[])
          : [];
        if (!before)
          throw new Denied(
            'NOT_FOUND',
            { vi: 'Không có phân quyền này.', en: 'There is no such role assignment.' },
            uuid,
          );
        // Keeps the platform administrable: another administrator may take the role away, not its holder.
        if (before.role === RoleName.ADMINISTRATOR && before.user_id === viewer.userId) {
          throw new InputRejected([
            userError(['input', 'id'], UserErrorCode.INVALID, {
              vi: 'Bạn không thể tự bỏ quyền quản trị của mình.',
              en: 'You cannot revoke your own administrator role.',
            }),
          ]);
        }
        await tx.query(`DELETE FROM role_assignment WHERE id = $1`, [uuid]);
        await audit({ entityId: before.id, before });
        return before.user_id;
      },
    );
    return toPayload(RoleChangePayload, result, (userId) => users.find(ctx.db, userId));
  }
}

export const roleService = new RoleService();
