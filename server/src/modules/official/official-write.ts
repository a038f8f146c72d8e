import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { assertOfficialWithin } from '../../common/authorization';
import { uuidOf } from '../../common/node-id';
import { UNIT_SELECT, type UnitRow } from '../../common/sql/rows';
import { InputRejected, userError, UserErrorCode, type UserError } from '../../common/user-error';
import { Denied, type WriteScope } from '../../common/write';
import { isAdministrator, isOfficial, type Viewer } from '../auth/viewer';

/**
 * What the officials' mutations (evaluations, recognitions, certifications, producers, funding)
 * share: the role check that comes before anything else, global IDs of an expected type, and the
 * units as they were on a day.
 */

/**
 * Only officials and administrators record the programmes. Checked before the input is even
 * read, so that a producer editor learns nothing from user errors (FORBIDDEN, whatever they send).
 */
export function assertOfficialRole(viewer: Viewer): void {
  if (isAdministrator(viewer) || isOfficial(viewer)) return;
  throw new Denied('FORBIDDEN', {
    vi: 'Chỉ cán bộ phụ trách hoặc quản trị viên được ghi nhận.',
    en: 'Only officials and administrators record this.',
  });
}

export type { UnitRow };

export async function loadUnit(tx: EntityManager, uuid: string | null): Promise<UnitRow | null> {
  if (!uuid) return null;
  const rows = (await tx.query(`SELECT ${UNIT_SELECT.sql('u')} FROM admin_unit u WHERE u.id = $1`, [
    uuid,
  ])) as UnitRow[];
  return rows[0] ?? null;
}

/** The unit as an input names it, or a NOT_FOUND user error on that field. */
export async function requireUnit(
  tx: EntityManager,
  id: string,
  field: readonly (string | number)[],
): Promise<UnitRow> {
  const unit = await loadUnit(tx, uuidOf(id, 'AdministrativeUnit'));
  if (!unit) {
    throw new InputRejected([
      userError(field, UserErrorCode.NOT_FOUND, {
        vi: 'Không có đơn vị hành chính này.',
        en: 'No such unit.',
      }),
    ]);
  }
  return unit;
}

/**
 * The unit a new record of an official belongs to (an evaluation, a recognition, funding, a
 * producer), as `find` reads it from the input (a NOT_FOUND user error on its field when there is
 * none): after the role check, and before the check that it lies inside the official's units, the
 * write is named under it, so that a refusal outside them is audited where it was aimed.
 */
export async function unitToRecordIn<U extends { id: string }>(
  scope: WriteScope,
  find: () => Promise<U>,
): Promise<U> {
  assertOfficialRole(scope.viewer);
  const unit = await find();
  scope.unit(unit.id);
  await assertOfficialWithin(scope.tx, scope.viewer, unit.id, null);
  return unit;
}

/** Whether the unit existed on `day` (valid_to is the first day it no longer exists). */
export function existedOn(unit: UnitRow, day: string): boolean {
  return (
    (unit.valid_from === null || unit.valid_from <= day) && (unit.valid_to === null || unit.valid_to > day)
  );
}

/** A user error when `day` lies after today in Vietnam: decisions and assessments are recorded, not planned. */
export function notInFuture(day: string, field: readonly (string | number)[]): UserError | null {
  return day > today()
    ? userError(field, UserErrorCode.OUT_OF_RANGE, {
        vi: 'Ngày không được ở tương lai.',
        en: 'The date cannot be in the future.',
      })
    : null;
}

/** The CONFLICT user error of a stale `version` (common/versioned-update.ts). */
export { staleVersion as conflict } from '../../common/versioned-update';

/**
 * What forbids revoking a decision (a recognition, a certificate) on `revokedOn`: already
 * revoked, a day in the future, or a day before the decision itself.
 */
export function revocationProblems(
  decision: { revoked_on: string | null; decision_date: string },
  revokedOn: string,
): (UserError | null)[] {
  return [
    decision.revoked_on !== null
      ? userError(['input', 'id'], UserErrorCode.INVALID, {
          vi: `Đã bị thu hồi từ ${decision.revoked_on}.`,
          en: `Already revoked on ${decision.revoked_on}.`,
        })
      : null,
    notInFuture(revokedOn, ['input', 'revokedOn']),
    revokedOn < decision.decision_date
      ? userError(
          ['input', 'revokedOn'],
          UserErrorCode.OUT_OF_RANGE,
          `Ngày thu hồi phải từ ngày quyết định (${decision.decision_date}) trở đi.`,
        )
      : null,
  ];
}

/** Throws the collected user errors, if any. */
export function rejectIf(errors: (UserError | null)[]): void {
  const present = errors.filter((e): e is UserError => e !== null);
  if (present.length > 0) throw new InputRejected(present);
}
