import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  OrderDirection,
  toPage,
  type CursorValue,
  type Page,
} from '../../common/connection';
import { badUserInput } from '../../common/errors';
import { encodeNodeId, isUuid } from '../../common/node-id';
import { UNIT_SELECT, type UnitRow } from '../../common/sql/rows';
import { keysetCondition, orderByClause, type SortKey } from '../../common/sql/keyset';
import { SqlParams } from '../../common/sql/params';
import { foldedContains, spacedWords } from '../../common/sql/search';
import { checkUnitCode, type ScopeLevel } from '../../common/sql/unit-scope';
import { communeSetInForceSql, latestCriteriaMetSql } from '../ntm/criteria-in-force';
import { statusRank, statusRankSql } from '../ntm/ntm-status';
import { CommuneOrderField, type CommuneFilter, type CommuneOrder } from './administrative-unit.inputs';
import {
  ADMINISTRATIVE_UNIT,
  AdministrativeUnit,
  LineageEdge,
  type LineageKind,
  type LineageShare,
  type UnitLevel,
} from './administrative-unit.type';

/** Columns of `admin_unit` as the mapper reads them; dates as text ('YYYY-MM-DD'). */
const unitColumns = (alias: string): string => UNIT_SELECT.sql(alias);

interface KeyedUnitRow extends UnitRow {
  owner_key: string;
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
  unit.updatedAt = new Date(row.updated_at);
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

/** Whether a unit existed on a day ('YYYY-MM-DD' strings compare as dates). */
export function validOn(unit: AdministrativeUnit, day: string): boolean {
  return (unit.validFrom === null || unit.validFrom <= day) && (unit.validTo === null || unit.validTo > day);
}

/** Names in Vietnamese alphabetical order (a ă â b c d đ e ê …); ICU ships with PostgreSQL builds. */
const NAME_ORDER = (expression: string): string => `${expression} COLLATE "vi-x-icu"`;

/** Whether an optional input field was given (GraphQL sends null or leaves it out). */
function given<T>(value: T | null | undefined): value is T {
  return value !== null && value !== undefined;
}

/** Communes without an evaluation sort last in both directions (no NULLs in keyset comparisons). */
const UNEVALUATED = { [OrderDirection.ASC]: 1_000_000, [OrderDirection.DESC]: -1 } as const;

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

  /**
   * Every unit that carried each (level, code) key ('commune:03334'), oldest first: a code kept or
   * reused through the 2025 reform names one unit per period. One statement for any number of keys,
   * on the index admin_unit_code_period (level, code, valid_from).
   */
  async findByLevelCodes(db: EntityManager, keys: readonly string[]): Promise<AdministrativeUnit[][]> {
    const pairs = keys.map((key) => {
      const at = key.indexOf(':');
      return [key.slice(0, at), key.slice(at + 1)] as const;
    });
    const rows: (UnitRow & { owner_key: string })[] = await db.query(
      `SELECT k.level || ':' || k.code AS owner_key, ${unitColumns('u')}
       FROM unnest($1::text[], $2::text[]) AS k(level, code)
       JOIN admin_unit u ON u.level = k.level AND u.code = k.code
       ORDER BY owner_key, u.valid_from NULLS FIRST, u.id`,
      [pairs.map((pair) => pair[0]), pairs.map((pair) => pair[1])],
    );
    return groupByKeys(keys, rows, (row) => row.owner_key, toAdministrativeUnit);
  }

  /**
   * Each parent's children, by code (villages, which have none, by name). A post-2025 province
   * renamed or re-typed since (Tỉnh → Thành phố Đồng Nai on 2026-04-30) has its communes under
   * its newest row (they did not change): they are the older row's children too.
   */
  async findChildren(db: EntityManager, parentIds: readonly string[]): Promise<AdministrativeUnit[][]> {
    const rows: KeyedUnitRow[] = await db.query(
      `WITH parent (owner_key, id) AS (
         SELECT k, k FROM unnest($1::uuid[]) AS k
         UNION
         SELECT l.from_unit_id, l.to_unit_id FROM unit_lineage l
         JOIN admin_unit f ON f.id = l.from_unit_id AND f.level = 'province' AND f.valid_from IS NOT NULL
         WHERE l.from_unit_id = ANY($1::uuid[]) AND l.kind = 'rename' AND l.share = 'full')
       SELECT p.owner_key, ${unitColumns('u')} FROM parent p JOIN admin_unit u ON u.parent_id = p.id
       ORDER BY p.owner_key, u.code NULLS LAST, ${NAME_ORDER('u.name')}, u.id`,
      [parentIds],
    );
    return groupByKeys(parentIds, rows, (row) => row.owner_key, toAdministrativeUnit);
  }

  /**
   * Each commune's villages: its own and those of the older communes it was formed from (through
   * lineage, any number of steps). Villages keep their pre-2025 commune as parent, so a commune
   * formed on 2025-07-01 has none of its own; a predecessor split among several new communes
   * (share PARTIAL) lends its villages to each of them, as the records do not say where each went.
   */
  async findVillages(db: EntityManager, communeIds: readonly string[]): Promise<AdministrativeUnit[][]> {
    const rows: KeyedUnitRow[] = await db.query(
      `WITH RECURSIVE owner (owner_key, unit_id, depth) AS (
         SELECT k, k, 0 FROM unnest($1::uuid[]) AS k
         UNION
         SELECT o.owner_key, l.from_unit_id, o.depth + 1
         FROM owner o JOIN unit_lineage l ON l.to_unit_id = o.unit_id
         WHERE o.depth < 10)
       SELECT o.owner_key, ${unitColumns('v')}
       FROM (SELECT DISTINCT owner_key, unit_id FROM owner) o
       JOIN admin_unit v ON v.parent_id = o.unit_id AND v.level = 'village'
       ORDER BY o.owner_key, ${NAME_ORDER('v.name')}, v.id`,
      [communeIds],
    );
    return groupByKeys(communeIds, rows, (row) => row.owner_key, toAdministrativeUnit);
  }

  // ----- API operations

  async findByCode(
    ctx: Context,
    level: ScopeLevel,
    code: string,
    asOf: string | null | undefined,
  ): Promise<AdministrativeUnit | null> {
    checkUnitCode(level, code, 'code');
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
          [level, code, today()],
        );
    const unit = rows[0] ? toAdministrativeUnit(rows[0]) : null;
    if (unit) ctx.loaders.unitById.prime(unit.uuid, unit);
    return unit;
  }

  /** Every province valid on `asOf` (today in Vietnam by default), by code: 63 before the reform, 34 after. */
  async provinces(ctx: Context, asOf: string | null | undefined): Promise<AdministrativeUnit[]> {
    const rows: UnitRow[] = await ctx.db.query(
      `SELECT ${unitColumns('u')} FROM admin_unit u
       WHERE u.level = 'province'
         AND (u.valid_from IS NULL OR u.valid_from <= $1::date) AND (u.valid_to IS NULL OR u.valid_to > $1::date)
       ORDER BY u.code`,
      [asOf ?? today()],
    );
    const units = rows.map(toAdministrativeUnit);
    for (const unit of units) ctx.loaders.unitById.prime(unit.uuid, unit);
    return units;
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

  /** The other units, of the same level, that carried this unit's code in other periods, oldest first. */
  async otherUnitsWithCode(ctx: Context, unit: AdministrativeUnit): Promise<AdministrativeUnit[]> {
    if (!unit.code) return [];
    const units = await ctx.loaders.unitsByLevelCode.load(`${unit.level}:${unit.code}`);
    return units.filter((other) => other.uuid !== unit.uuid);
  }

  /** The units directly below, all of them or those that existed on `asOf`. */
  async children(
    ctx: Context,
    unit: AdministrativeUnit,
    asOf: string | null | undefined,
  ): Promise<AdministrativeUnit[]> {
    const children = await ctx.loaders.childrenByParentId.load(unit.uuid);
    return asOf ? children.filter((child) => validOn(child, asOf)) : children;
  }

  /** A commune's villages (see `findVillages`), all or those that existed on `asOf`; none for other levels. */
  async villages(
    ctx: Context,
    unit: AdministrativeUnit,
    asOf: string | null | undefined,
  ): Promise<AdministrativeUnit[]> {
    if (unit.level !== 'commune') return [];
    const villages = await ctx.loaders.villagesByCommuneId.load(unit.uuid);
    return asOf ? villages.filter((village) => validOn(village, asOf)) : villages;
  }

  /**
   * A page of the commune-level units valid on `filter.asOf` (default today in Vietnam). One
   * statement for the page (and one more for `totalCount` when asked): the filters and sort keys
   * are SQL over indexed columns; NTM status and criteria met are correlated subqueries on the
   * indexes of recognition and evaluation, computed only when the filter or order needs them.
   */
  async communes(
    ctx: Context,
    first: number,
    after: string | null | undefined,
    filter: CommuneFilter | null | undefined,
    orderBy: CommuneOrder | null | undefined,
  ): Promise<Page<AdministrativeUnit>> {
    checkPageSize(first);
    const field = orderBy?.field ?? CommuneOrderField.CODE;
    const direction = orderBy?.direction ?? OrderDirection.ASC;
    const orderTag = `communes:${field}:${direction}`;
    const cursor = after ? decodeCursor(after, orderTag, 2) : null;
    // A cursor is opaque, but one crafted by hand must fail as bad input, not as an SQL error.
    if (
      cursor &&
      (typeof cursor[0] !== (field === CommuneOrderField.CRITERIA_MET ? 'number' : 'string') ||
        typeof cursor[1] !== 'string' ||
        !isUuid(cursor[1]))
    ) {
      throw badUserInput(
        'Not a valid cursor for this list and order: use an `endCursor` returned by it.',
        'after',
      );
    }

    const params = new SqlParams();
    const asOf = params.add(filter?.asOf ?? today(), '::date');
    const where = [
      `c.level = 'commune'`,
      `(c.valid_from IS NULL OR c.valid_from <= ${asOf}) AND (c.valid_to IS NULL OR c.valid_to > ${asOf})`,
    ];
    if (given(filter?.provinceCode)) {
      const province = params.add(checkUnitCode('province', filter.provinceCode, 'filter', 'provinceCode'));
      // Before the reform a commune's parent is a district of the province; from 2025-07-01 the province.
      where.push(`c.parent_id = ANY(ARRAY(
        SELECT p.id FROM admin_unit p WHERE p.level = 'province' AND p.code = ${province}
        UNION ALL
        SELECT d.id FROM admin_unit d JOIN admin_unit p ON p.id = d.parent_id
        WHERE d.level = 'district' AND p.level = 'province' AND p.code = ${province}))`);
    }
    if (given(filter?.districtCode)) {
      const district = params.add(checkUnitCode('district', filter.districtCode, 'filter', 'districtCode'));
      where.push(`c.parent_id = ANY(ARRAY(
        SELECT d.id FROM admin_unit d WHERE d.level = 'district' AND d.code = ${district}))`);
    }
    if (given(filter?.unitType)) where.push(`c.unit_type = ${params.add(filter.unitType)}`);
    if (given(filter?.updatedSince))
      where.push(`c.updated_at >= ${params.add(filter.updatedSince, '::timestamptz')}`);
    // One LIKE per word on the folded name: served by the trigram index admin_unit_search_trgm.
    for (const word of spacedWords(filter?.search, 'filter') ?? []) {
      where.push(foldedContains('c.search_text', word, params));
    }
    if (given(filter?.ntmStatus)) {
      if (filter.ntmStatus.length === 0) {
        throw badUserInput(
          '"ntmStatus" needs at least one status; leave it out to list every commune.',
          'filter',
        );
      }
      const ranks = params.add(filter.ntmStatus.map(statusRank), '::int[]');
      where.push(`${statusRankSql('c.id', asOf)} = ANY(${ranks})`);
    }
    const conditions = where.join('\n AND ');

    let sortValue: string;
    let keys: SortKey[];
    if (field === CommuneOrderField.NAME) {
      sortValue = 'c.name';
      keys = [{ sql: NAME_ORDER('x.sort_value'), direction }];
    } else if (field === CommuneOrderField.CRITERIA_MET) {
      const set = communeSetInForceSql(asOf);
      sortValue = `COALESCE(${latestCriteriaMetSql('c.id', set, asOf)}, ${UNEVALUATED[direction]})`;
      keys = [{ sql: 'x.sort_value', direction, cast: '::int' }];
    } else {
      sortValue = 'c.code';
      keys = [{ sql: 'x.sort_value', direction }];
    }
    keys.push({ sql: 'x.id', direction, cast: '::uuid' });

    const countParams = [...params.values];
    const keyset = cursor ? `WHERE ${keysetCondition(keys, cursor, params)}` : '';
    const limit = params.add(first + 1, '::int');
    const rows: (UnitRow & { sort_value: CursorValue })[] = await ctx.db.query(
      `SELECT x.* FROM (
         SELECT ${unitColumns('c')}, ${sortValue} AS sort_value FROM admin_unit c WHERE ${conditions}
       ) x
       ${keyset}
       ORDER BY ${orderByClause(keys)}
       LIMIT ${limit}`,
      params.values,
    );
    return toPage(
      rows,
      first,
      cursor !== null,
      (row) => {
        const unit = toAdministrativeUnit(row);
        ctx.loaders.unitById.prime(unit.uuid, unit);
        return unit;
      },
      (row) => encodeCursor(orderTag, [row.sort_value, row.id]),
      async () => {
        const [count] = (await ctx.db.query(
          `SELECT count(*)::int AS count FROM admin_unit c WHERE ${conditions}`,
          countParams,
        )) as { count: number }[];
        return count?.count ?? 0;
      },
    );
  }
}

export const administrativeUnitService = new AdministrativeUnitService();
