import type { EntityManager } from 'typeorm';
import { editableProducerIds, isAdministrator, officialUnitIds, type Viewer } from '../modules/auth/viewer';
import { scopeRootsCte } from './sql/unit-scope';
import { Denied } from './write';

/**
 * Who may change what, decided per object inside the services (never in resolvers alone).
 * A refusal is a `Denied`: `write()` rolls back, audits it and answers FORBIDDEN.
 */

/** Producer editors keep their own producer's products; administrators any. */
export function assertProducerEditor(viewer: Viewer, producerId: string, entityId: string | null): void {
  if (isAdministrator(viewer) || editableProducerIds(viewer).includes(producerId)) return;
  throw new Denied(
    'FORBIDDEN',
    'Bạn không được sửa sản phẩm của chủ thể khác (not your producer’s product).',
    entityId,
  );
}

/**
 * Whether `unitId` lies inside one of `scopeUnitIds`: the unit itself or one of its ancestors is a
 * scope unit, or in its history (`scopeRootsCte`). The lineage matters because officials are bound
 * to the units of today (after the 2025 reform) while much of the record (evaluations,
 * recognitions) belongs to the units as they were: the official of the new Điện Biên province acts
 * on the communes of the old one, a commune official on the communes merged into theirs, and an
 * official bound to a unit before it was renamed keeps it, and its history, after.
 */
export async function unitWithin(
  db: EntityManager,
  unitId: string,
  scopeUnitIds: string[],
): Promise<boolean> {
  if (scopeUnitIds.length === 0) return false;
  const rows: { inside: boolean }[] = await db.query(
    `WITH RECURSIVE up AS (
       SELECT id, parent_id FROM admin_unit WHERE id = $1
       UNION ALL
       SELECT a.id, a.parent_id FROM admin_unit a JOIN up ON a.id = up.parent_id
     ), ${scopeRootsCte('$2')}
     SELECT EXISTS (SELECT 1 FROM up JOIN scope_roots USING (id)) AS inside`,
    [unitId, scopeUnitIds],
  );
  return rows[0]?.inside ?? false;
}

/** Officials act inside their unit only; administrators anywhere. */
export async function assertOfficialWithin(
  db: EntityManager,
  viewer: Viewer,
  unitId: string,
  entityId: string | null,
): Promise<void> {
  if (isAdministrator(viewer)) return;
  if (await unitWithin(db, unitId, officialUnitIds(viewer))) return;
  throw new Denied('FORBIDDEN', 'Đơn vị này nằm ngoài phạm vi của bạn (outside your unit).', entityId);
}
