import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import {
  CRITERIA_SET_SELECT,
  CRITERION_SELECT,
  INDICATOR_SELECT,
  type CriteriaSetRow as SetRow,
  type CriterionRow,
  type IndicatorRow,
} from '../../common/sql/rows';
import type { UnitLevel } from '../administrative-unit/administrative-unit.type';
import {
  CRITERIA_SET,
  CRITERION,
  CriteriaSet,
  Criterion,
  Indicator,
  type IssuerLevel,
  type NtmTier,
} from './criteria-set.type';

const SET_COLUMNS = CRITERIA_SET_SELECT.sql('s');
const CRITERION_COLUMNS = CRITERION_SELECT.sql('c');
const INDICATOR_COLUMNS = INDICATOR_SELECT.sql('i');

/** Sets from the top of the hierarchy down, then by tier, then by period. */
const SET_ORDER = `array_position(ARRAY['province', 'district', 'commune', 'village'], s.unit_level),
  array_position(ARRAY['standard', 'advanced', 'model'], s.tier), s.period_start, s.code`;

function toCriteriaSet(row: SetRow): CriteriaSet {
  const set = new CriteriaSet();
  set.id = encodeNodeId(CRITERIA_SET, row.id);
  set.uuid = row.id;
  set.code = row.code;
  set.nameVi = row.name_vi;
  set.nameEn = row.name_en;
  set.issuerLevel = row.issuer_level as IssuerLevel;
  set.issuer = row.issuer;
  set.legalDocument = row.legal_document;
  set.legalDocumentDate = row.legal_document_date;
  set.periodStart = row.period_start;
  set.periodEnd = row.period_end;
  set.unitLevel = row.unit_level as UnitLevel;
  set.tier = row.tier as NtmTier;
  set.illustrative = row.illustrative;
  set.note = row.note;
  return set;
}

export function toCriterion(row: CriterionRow): Criterion {
  const criterion = new Criterion();
  criterion.id = encodeNodeId(CRITERION, row.id);
  criterion.uuid = row.id;
  criterion.number = row.number;
  criterion.groupVi = row.group_vi;
  criterion.groupEn = row.group_en;
  criterion.nameVi = row.name_vi;
  criterion.nameEn = row.name_en;
  return criterion;
}

function toIndicator(row: IndicatorRow): Indicator {
  const indicator = new Indicator();
  indicator.criterionUuid = row.criterion_id;
  indicator.code = row.code;
  indicator.nameVi = row.name_vi;
  indicator.nameEn = row.name_en;
  indicator.target = row.target;
  return indicator;
}

/** "2.10" after "2.9": indicator codes are compared number by number. */
const byCode = new Intl.Collator('en', { numeric: true }).compare;

/**
 * NTM criteria sets, their criteria and indicators. The sets are reference data (a handful of
 * rows); criteria and indicators are read through per-request DataLoaders.
 */
export class CriteriaSetService {
  // ----- batch reads (DataLoader batch functions; results in the order of `ids`)

  async findSetsByIds(db: EntityManager, ids: readonly string[]): Promise<(CriteriaSet | null)[]> {
    const rows: SetRow[] = await db.query(
      `SELECT ${SET_COLUMNS} FROM criteria_set s WHERE s.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toCriteriaSet), (set) => set.uuid);
  }

  async findCriteriaByIds(db: EntityManager, ids: readonly string[]): Promise<(Criterion | null)[]> {
    const rows: CriterionRow[] = await db.query(
      `SELECT ${CRITERION_COLUMNS} FROM criterion c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toCriterion), (criterion) => criterion.uuid);
  }

  async findCriteriaBySetIds(db: EntityManager, setIds: readonly string[]): Promise<Criterion[][]> {
    const rows: CriterionRow[] = await db.query(
      `SELECT ${CRITERION_COLUMNS} FROM criterion c WHERE c.criteria_set_id = ANY($1::uuid[])
       ORDER BY c.criteria_set_id, c.number`,
      [setIds],
    );
    return groupByKeys(setIds, rows, (row) => row.criteria_set_id, toCriterion);
  }

  async findIndicatorsByCriterionIds(
    db: EntityManager,
    criterionIds: readonly string[],
  ): Promise<Indicator[][]> {
    const rows: IndicatorRow[] = await db.query(
      `SELECT ${INDICATOR_COLUMNS} FROM indicator i
       WHERE i.criterion_id = ANY($1::uuid[])`,
      [criterionIds],
    );
    rows.sort((a, b) => byCode(a.code, b.code));
    return groupByKeys(criterionIds, rows, (row) => row.criterion_id, toIndicator);
  }

  // ----- API operations

  async list(ctx: Context): Promise<CriteriaSet[]> {
    const rows: SetRow[] = await ctx.db.query(
      `SELECT ${SET_COLUMNS} FROM criteria_set s ORDER BY ${SET_ORDER}`,
    );
    const sets = rows.map(toCriteriaSet);
    for (const set of sets) ctx.loaders.criteriaSetById.prime(set.uuid, set);
    return sets;
  }

  async byCode(ctx: Context, code: string): Promise<CriteriaSet | null> {
    const rows: SetRow[] = await ctx.db.query(`SELECT ${SET_COLUMNS} FROM criteria_set s WHERE s.code = $1`, [
      code,
    ]);
    const set = rows[0] ? toCriteriaSet(rows[0]) : null;
    if (set) ctx.loaders.criteriaSetById.prime(set.uuid, set);
    return set;
  }

  byId(ctx: Context, uuid: string): Promise<CriteriaSet | null> {
    return ctx.loaders.criteriaSetById.load(uuid);
  }

  criterionById(ctx: Context, uuid: string): Promise<Criterion | null> {
    return ctx.loaders.criterionById.load(uuid);
  }

  criteria(ctx: Context, set: CriteriaSet): Promise<Criterion[]> {
    return ctx.loaders.criteriaBySetId.load(set.uuid);
  }

  /** From the same loader as `criteria`: a set has a few dozen criteria at most. */
  async criteriaCount(ctx: Context, set: CriteriaSet): Promise<number> {
    return (await ctx.loaders.criteriaBySetId.load(set.uuid)).length;
  }

  indicators(ctx: Context, criterion: Criterion): Promise<Indicator[]> {
    return ctx.loaders.indicatorsByCriterionId.load(criterion.uuid);
  }
}

export const criteriaSetService = new CriteriaSetService();
