import type { Localized } from '../../common/language';
import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { RoleName } from '../auth/auth.type';
import { PRODUCER } from '../producer/producer.type';

export interface RoleBinding {
  role: RoleName;
  producerId: string | null;
  unitId: string | null;
}

/** The unit level each official role is bound to. */
const OFFICIAL_LEVEL: Partial<Record<RoleName, 'province' | 'commune'>> = {
  [RoleName.PROVINCE_OFFICIAL]: 'province',
  [RoleName.COMMUNE_OFFICIAL]: 'commune',
};

/**
 * Checks what a role is bound to and turns the global IDs into database keys: a producer editor
 * needs a producer that exists (and is not withdrawn); a province official a province, a commune
 * official a commune — units of today, since officials act for the units that exist now (their
 * lineage predecessors come with them, see common/authorization.ts); an administrator nothing.
 * The database checks the shape again (CHECK role_assignment_binding).
 */
export async function resolveRoleBinding(
  db: EntityManager,
  input: { role: RoleName; producerId?: string | null; unitId?: string | null },
): Promise<RoleBinding> {
  const { role } = input;
  const problem = (field: string, code: UserErrorCode, message: string | Localized) =>
    new InputRejected([userError(['input', field], code, message)]);
  const level = OFFICIAL_LEVEL[role];
  const wantsProducer = role === RoleName.PRODUCER_EDITOR;

  if (!wantsProducer && input.producerId) {
    throw problem('producerId', UserErrorCode.INVALID, {
      vi: 'Vai trò này không gắn với chủ thể.',
      en: 'This role takes no producer.',
    });
  }
  if (!level && input.unitId) {
    throw problem('unitId', UserErrorCode.INVALID, {
      vi: 'Vai trò này không gắn với đơn vị.',
      en: 'This role takes no unit.',
    });
  }

  if (wantsProducer) {
    if (!input.producerId) {
      throw problem('producerId', UserErrorCode.REQUIRED, {
        vi: 'Cần chọn chủ thể OCOP.',
        en: 'A producer is required.',
      });
    }
    const producerUuid = uuidOf(input.producerId, PRODUCER);
    const rows = (
      producerUuid
        ? await db.query(`SELECT id FROM producer WHERE id = $1 AND deleted_at IS NULL`, [producerUuid])
        : []
    ) as { id: string }[];
    if (!rows[0])
      throw problem('producerId', UserErrorCode.NOT_FOUND, {
        vi: 'Không có chủ thể này.',
        en: 'No such producer.',
      });
    return { role, producerId: rows[0].id, unitId: null };
  }

  if (level) {
    if (!input.unitId) {
      throw problem('unitId', UserErrorCode.REQUIRED, {
        vi: 'Cần chọn đơn vị hành chính.',
        en: 'A unit is required.',
      });
    }
    const unitUuid = uuidOf(input.unitId, ADMINISTRATIVE_UNIT);
    const rows = (
      unitUuid
        ? await db.query(
            // "Of today" by the platform's clock (OCOP_TODAY), not the database server's date.
            `SELECT id, level,
                    ((valid_from IS NULL OR valid_from <= $2::date) AND (valid_to IS NULL OR valid_to > $2::date)) AS current
             FROM admin_unit WHERE id = $1`,
            [unitUuid, today()],
          )
        : []
    ) as { id: string; level: string; current: boolean }[];
    const unit = rows[0];
    if (!unit)
      throw problem('unitId', UserErrorCode.NOT_FOUND, { vi: 'Không có đơn vị này.', en: 'No such unit.' });
    if (unit.level !== level || !unit.current) {
      throw problem(
        'unitId',
        UserErrorCode.INVALID,
        level === 'province'
          ? {
              vi: 'Cán bộ cấp tỉnh cần một tỉnh hiện hành.',
              en: 'A province official needs a province of today.',
            }
          : { vi: 'Cán bộ cấp xã cần một xã hiện hành.', en: 'A commune official needs a commune of today.' },
      );
    }
    return { role, producerId: null, unitId: unit.id };
  }

  return { role, producerId: null, unitId: null };
}
