import type { EntityManager } from 'typeorm';
import { editableProducerIds, isAdministrator, officialUnitIds, type Viewer } from '../modules/auth/viewer';
import type { Localized } from './language';
import { scopeRootsCte } from './sql/unit-scope';
import { Denied, type WriteScope } from './write';

/**
 * Who may change what, decided per object inside the services (never in resolvers alone).
 * A refusal is a `Denied`: `write()` rolls back, audits it and answers FORBIDDEN.
 */

/** Producer editors keep their own producer's products; administrators any. */
export function assertProducerEditor(viewer: Viewer, producerId: string, entityId: string | null): void {
  if (isAdministrator(viewer) || editableProducerIds(viewer).includes(producerId)) return;
  throw new Denied(
    'FORBIDDEN',
    { vi: 'Bạn không được sửa sản phẩm của chủ thể khác.', en: 'This product belongs to another producer.' },
    entityId,
  );
}

/**
 * The object a producer editor's write aims at (a product, a listing, a photo), as `load` reads it
 * in the write's transaction. NOT_FOUND when the ID is not one of its type (the refusal then names
 * no object) or when there is no such row; otherwise the write is audited under the product's
 * commune, so that the officials of that place see it, and refused (FORBIDDEN) unless the viewer
 * keeps the product's producer. `notFound` is the message of both NOT_FOUNDs.
 */
export async function loadForProducerEditor<
  R extends { producer_id: string; origin_commune_id: string | null },
>(
  scope: WriteScope,
  uuid: string | null,
  notFound: string | Localized,
  load: (uuid: string) => Promise<R | undefined>,
): Promise<R> {
  if (!uuid) throw new Denied('NOT_FOUND', notFound);
  const row = await load(uuid);
  if (!row) throw new Denied('NOT_FOUND', notFound, uuid);
  scope.unit(row.origin_commune_id ?? null);
  assertProducerEditor(scope.viewer, row.producer_id, uuid);
  return row;
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
  throw new Denied(
    'FORBIDDEN',
    { vi: 'Đơn vị này nằm ngoài phạm vi của bạn.', en: 'This unit is outside yours.' },
    entityId,
  );
}
