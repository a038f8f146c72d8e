import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { badUserInput } from '../../common/errors';
import { todayInVietnam } from '../../common/date.scalar';
import { encodeNodeId } from '../../common/node-id';
import {
  ADMINISTRATIVE_UNIT,
  AdministrativeUnit,
  LineageEdge,
  type LineageKind,
  type LineageShare,
  type UnitLevel,
} from './administrative-unit.type';

/** Columns of `admin_unit` as the mapper reads them; dates as text ('YYYY-MM-DD'). */
const unitColumns = (alias: string): string =>
  [
    `${alias}.id`,
    `${alias}.code`,
    `${alias}.level`,
    `${alias}.unit_type`,
    `${alias}.name`,
    `${alias}.full_name`,
    `${alias}.name_en`,
    `${alias}.parent_id`,
    `${alias}.valid_from::text AS valid_from`,
    `${alias}.valid_to::text AS valid_to`,
  ].join(', ');

interface UnitRow {
  id: string;
  code: string | null;
  level: string;
  unit_type: string;
  name: string;
  full_name: string;
  name_en: string | null;
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

interface LineageRow extends UnitRow {
  edge_key: string;
  edge_kind: string;
  edge_share: string;
  edge_effective_on: string;
  edge_legal_basis: string | null;
}

export function toAdministrativeUnit(row: UnitRow): AdministrativeUnit {
  const unit = new AdministrativeUnit();
  unit.id = encodeNodeId(ADMINISTRATIVE_UNIT, row.id);
  unit.uuid = row.id;
  unit.parentUuid = row.parent_id;
  unit.code = row.code;
  unit.level = row.level as UnitLevel;
  unit.unitType = row.unit_type;
  unit.name = row.name;
  unit.fullName = row.full_name;
  unit.nameEn = row.name_en;
  unit.validFrom = row.valid_from;
  unit.validTo = row.valid_to;
  return unit;
}

function toLineageEdge(row: LineageRow): LineageEdge {
  const edge = new LineageEdge();
  edge.kind = row.edge_kind as LineageKind;
  edge.share = row.edge_share as LineageShare;
  edge.effectiveOn = row.edge_effective_on;
  edge.legalBasis = row.edge_legal_basis;
  edge.unit = toAdministrativeUnit(row);
  return edge;
}

const CODE_FORMATS: Record<'province' | 'commune', { pattern: RegExp; text: string }> = {
  province: { pattern: /^[0-9]{2}$/, text: 'A province code is 2 digits (GSO code, e.g. "11")' },
  commune: { pattern: /^[0-9]{5}$/, text: 'A commune code is 5 digits (GSO code, e.g. "03328")' },
};

/**
 * Administrative units: lookups by official code, and the batch reads behind the per-request
 * DataLoaders (parent, lineage). Every query here is constant SQL with array parameters.
 */
export class AdministrativeUnitService {
  // ----- batch reads (DataLoader batch functions; results in the order of `ids`)

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(AdministrativeUnit | null)[]> {
    const rows: UnitRow[] = await db.query(
      `SELECT ${unitColumns('u')} FROM admin_unit u WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toAdministrativeUnit), (unit) => unit.uuid);
  }

  /**
   * Lineage edges of many units at once. `predecessors`: edges arriving at the units (the
   * other side is the older unit); `successors`: edges leaving them (the other side is newer).
   */
  async findLineage(
    db: EntityManager,
    direction: 'predecessors' | 'successors',
    ids: readonly string[],
  ): Promise<LineageEdge[][]> {
    const [near, far] =
      direction === 'predecessors' ? ['to_unit_id', 'from_unit_id'] : ['from_unit_id', 'to_unit_id'];
    const rows: LineageRow[] = await db.query(
      `SELECT l.${near} AS edge_key, l.kind AS edge_kind, l.share AS edge_share,
              l.effective_on::text AS edge_effective_on, l.legal_basis AS edge_legal_basis, ${unitColumns('u')}
       FROM unit_lineage l JOIN admin_unit u ON u.id = l.${far}
       WHERE l.${near} = ANY($1::uuid[])
       ORDER BY l.effective_on, u.level, u.code, u.id`,
      [ids],
    );
    return groupByKeys(ids, rows, (row) => row.edge_key, toLineageEdge);
  }

  // ----- API operations

  async findByCode(
    ctx: Context,
    level: 'province' | 'commune',
    code: string,
    asOf: string | null | undefined,
  ): Promise<AdministrativeUnit | null> {
    const format = CODE_FORMATS[level];
    if (!format.pattern.test(code)) throw badUserInput(`${format.text}.`, 'code');
    // With asOf: the unit valid on that day, if any. Without: the unit valid today (in Vietnam),
    // else the latest unit that had the code (e.g. a commune merged away in 2025).
    const rows: UnitRow[] = asOf
      ? await ctx.db.query(
          `SELECT ${unitColumns('u')} FROM admin_unit u
           WHERE u.level = $1 AND u.code = $2
             AND (u.valid_from IS NULL OR u.valid_from <= $3::date) AND (u.valid_to IS NULL OR u.valid_to > $3::date)
           ORDER BY u.valid_from DESC NULLS LAST
           LIMIT 1`,
          [level, code, asOf],
        )
      : await ctx.db.query(
          `SELECT ${unitColumns('u')} FROM admin_unit u
           WHERE u.level = $1 AND u.code = $2
           ORDER BY ((u.valid_from IS NULL OR u.valid_from <= $3::date) AND (u.valid_to IS NULL OR u.valid_to > $3::date)) DESC,
                    u.valid_from DESC NULLS LAST
           LIMIT 1`,
          [level, code, todayInVietnam()],
        );
    const unit = rows[0] ? toAdministrativeUnit(rows[0]) : null;
    if (unit) ctx.loaders.unitById.prime(unit.uuid, unit);
    return unit;
  }

  byId(ctx: Context, uuid: string): Promise<AdministrativeUnit | null> {
    return ctx.loaders.unitById.load(uuid);
  }

  async parent(ctx: Context, unit: AdministrativeUnit): Promise<AdministrativeUnit | null> {
    return unit.parentUuid ? ctx.loaders.unitById.load(unit.parentUuid) : null;
  }

  predecessors(ctx: Context, unit: AdministrativeUnit): Promise<LineageEdge[]> {
    return ctx.loaders.predecessorsByUnitId.load(unit.uuid);
  }

  successors(ctx: Context, unit: AdministrativeUnit): Promise<LineageEdge[]> {
    return ctx.loaders.successorsByUnitId.load(unit.uuid);
  }
}

export const administrativeUnitService = new AdministrativeUnitService();
