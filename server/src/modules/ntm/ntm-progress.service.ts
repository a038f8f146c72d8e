import { today } from '@ocop/db';
import type { Context } from '../../context';
import { notFound } from '../../common/errors';
import { UNIT_SELECT, type UnitRow } from '../../common/sql/rows';
import {
  administrativeUnitService as units,
  toAdministrativeUnit,
} from '../administrative-unit/administrative-unit.service';
import type { CriteriaSet } from '../criteria-set/criteria-set.type';
import { communeSetInForceSql, latestCriteriaMetSql } from './criteria-in-force';
import { NtmDistrictProgress, NtmProgress, NtmTierCounts, type NtmCommuneCounts } from './ntm-progress.type';
import { statusRankSql, statusRanksSql } from './ntm-status';

/**
 * The rural communes (xã) of the province `$1` (uuid) valid on `$2` (date): before the reform under
 * its districts; after it under the province's newest row, which a rename or change of type (Tỉnh
 * → Thành phố Đồng Nai, 2026-04-30) links to `$1` by `rename` edges. `$1` NULL: every rural
 * commune of the country (the parameter's value is known when the statement is planned, so the
 * branch not taken folds away).
 */
const RURAL_COMMUNES = `
  SELECT c.id, c.parent_id FROM admin_unit c
  WHERE c.level = 'commune' AND c.unit_type = 'Xã'
    AND (c.valid_from IS NULL OR c.valid_from <= $2::date) AND (c.valid_to IS NULL OR c.valid_to > $2::date)
    AND ($1::uuid IS NULL OR c.parent_id = ANY(ARRAY(
      WITH RECURSIVE renamed(id) AS (
        SELECT $1::uuid
        UNION
        SELECT l.to_unit_id FROM unit_lineage l JOIN renamed r ON l.from_unit_id = r.id
        WHERE l.kind = 'rename' AND l.share = 'full'
          AND EXISTS (SELECT 1 FROM admin_unit t WHERE t.id = l.to_unit_id AND t.level = 'province'))
      SELECT id FROM renamed
      UNION ALL SELECT d.id FROM admin_unit d WHERE d.parent_id = $1::uuid AND d.level = 'district')))`;

/** Each rural commune's parent and NTM status rank: per commune for a province (a few hundred)… */
const PROVINCE_RANKS = `SELECT rc.parent_id, ${statusRankSql('rc.id', '$2::date')} AS rank FROM (${RURAL_COMMUNES}) rc`;
/** …and by one aggregate of the recognitions in force for the whole country (see `statusRanksSql`). */
const NATIONAL_RANKS = `SELECT rc.parent_id, coalesce(s.rank, 0) AS rank
  FROM (${RURAL_COMMUNES}) rc LEFT JOIN ${statusRanksSql('$2::date')} s ON s.unit_id = rc.id`;

/** Every commune (any type) of the province on the day, for the villages below them. */
const ALL_COMMUNES = RURAL_COMMUNES.replace(`AND c.unit_type = 'Xã'`, '');

interface GroupRow extends UnitRow {
  communes: number;
  standard: number;
  advanced: number;
  model: number;
}

function fillCounts<T extends NtmCommuneCounts>(target: T, rows: GroupRow[]): T {
  const sum = (pick: (row: GroupRow) => number) => rows.reduce((total, row) => total + pick(row), 0);
  const tiers = new NtmTierCounts();
  tiers.standard = sum((row) => row.standard);
  tiers.advanced = sum((row) => row.advanced);
  tiers.model = sum((row) => row.model);
  target.communes = sum((row) => row.communes);
  tiers.none = target.communes - tiers.standard - tiers.advanced - tiers.model;
  target.byHighestTier = tiers;
  target.atLeastModel = tiers.model;
  target.atLeastAdvanced = tiers.advanced + tiers.model;
  target.atLeastStandard = tiers.standard + tiers.advanced + tiers.model;
  return target;
}

/**
 * Provincial (or national: no province) NTM statistics on a day. A handful of statements whatever the size of the province:
 * the province (1), the rural communes counted by district and highest tier (1), and — only when
 * asked — the villages (1) and the average criteria met (1). NTM status is the same rule as the
 * `ntmStatus` field (ntm-status.ts), in SQL.
 */
export class NtmProgressService {
  async progress(
    ctx: Context,
    provinceCode: string | null | undefined,
    asOf: string | null | undefined,
  ): Promise<NtmProgress> {
    const day = asOf ?? today();
    const national = provinceCode === null || provinceCode === undefined;
    const province = national ? null : await units.findByCode(ctx, 'province', provinceCode, day);
    if (!national && !province) throw notFound(`No province with code ${provinceCode} existed on ${day}.`);

    const groups: GroupRow[] = await ctx.db.query(
      `SELECT ${UNIT_SELECT.sql('p')},
              count(*)::int AS communes,
              count(*) FILTER (WHERE c.rank = 1)::int AS standard,
              count(*) FILTER (WHERE c.rank = 2)::int AS advanced,
              count(*) FILTER (WHERE c.rank = 3)::int AS model
       FROM (${national ? NATIONAL_RANKS : PROVINCE_RANKS}) c
       JOIN admin_unit p ON p.id = c.parent_id
       GROUP BY p.id
       ORDER BY p.code, p.id`,
      [province?.uuid ?? null, day],
    );

    const progress = fillCounts(new NtmProgress(), groups);
    progress.province = province;
    progress.asOf = day;
    // The whole country: its totals only (its ~700 districts are asked province by province).
    progress.byDistrict = groups
      .filter((row) => !national && row.level === 'district')
      .map((row) => {
        const district = fillCounts(new NtmDistrictProgress(), [row]);
        district.district = toAdministrativeUnit(row);
        ctx.loaders.unitById.prime(district.district.uuid, district.district);
        return district;
      });
    progress.districtsWithoutStandardCommune = progress.byDistrict
      .filter((district) => district.atLeastStandard === 0)
      .map((district) => district.district);
    return progress;
  }

  private villageFigures(ctx: Context, progress: NtmProgress) {
    progress.villageFigures ??= (async () => {
      // Villages keep their pre-2025 commune as parent: from 2025-07-01 they are reached through
      // the lineage of the province's communes.
      const [row] = (await ctx.db.query(
        `WITH RECURSIVE owner (unit_id, depth) AS (
           SELECT id, 0 FROM (${ALL_COMMUNES}) communes
           UNION
           SELECT l.from_unit_id, o.depth + 1 FROM owner o JOIN unit_lineage l ON l.to_unit_id = o.unit_id
           WHERE o.depth < 10),
         village AS (
           SELECT DISTINCT v.id FROM owner o JOIN admin_unit v ON v.parent_id = o.unit_id
           WHERE v.level = 'village'
             AND (v.valid_from IS NULL OR v.valid_from <= $2::date) AND (v.valid_to IS NULL OR v.valid_to > $2::date))
         SELECT count(*)::int AS villages,
                count(*) FILTER (WHERE ${statusRankSql('village.id', '$2::date')} >= 1)::int AS at_standard
         FROM village`,
        [progress.province?.uuid ?? null, progress.asOf],
      )) as { villages: number; at_standard: number }[];
      return { villages: row?.villages ?? 0, atStandard: row?.at_standard ?? 0 };
    })();
    return progress.villageFigures;
  }

  private criteriaFigures(ctx: Context, progress: NtmProgress) {
    progress.criteriaFigures ??= (async () => {
      const [row] = (await ctx.db.query(
        `SELECT s.id AS set_id, count(m.met)::int AS evaluated, avg(m.met)::float8 AS average
         FROM (SELECT ${communeSetInForceSql('$2::date')} AS id) s
         LEFT JOIN LATERAL (
           -- OFFSET 0: computed once per commune (flattened, it ran once for count and again for avg).
           SELECT ${latestCriteriaMetSql('rc.id', 's.id', '$2::date')} AS met FROM (${RURAL_COMMUNES}) rc OFFSET 0
         ) m ON s.id IS NOT NULL
         GROUP BY s.id`,
        [progress.province?.uuid ?? null, progress.asOf],
      )) as { set_id: string | null; evaluated: number; average: number | null }[];
      return {
        criteriaSetUuid: row?.set_id ?? null,
        evaluated: row?.evaluated ?? 0,
        average: row?.average ?? null,
      };
    })();
    return progress.criteriaFigures;
  }

  async villages(ctx: Context, progress: NtmProgress): Promise<number> {
    return (await this.villageFigures(ctx, progress)).villages;
  }

  async villagesAtStandard(ctx: Context, progress: NtmProgress): Promise<number> {
    return (await this.villageFigures(ctx, progress)).atStandard;
  }

  async criteriaSet(ctx: Context, progress: NtmProgress): Promise<CriteriaSet | null> {
    const { criteriaSetUuid } = await this.criteriaFigures(ctx, progress);
    return criteriaSetUuid ? ctx.loaders.criteriaSetById.load(criteriaSetUuid) : null;
  }

  async communesEvaluated(ctx: Context, progress: NtmProgress): Promise<number> {
    return (await this.criteriaFigures(ctx, progress)).evaluated;
  }

  async averageCriteriaMet(ctx: Context, progress: NtmProgress): Promise<number | null> {
    const { average } = await this.criteriaFigures(ctx, progress);
    // Two decimals, as reports give it (e.g. 17.5); the exact value is not meaningful beyond that.
    return average === null ? null : Math.round(average * 100) / 100;
  }
}

export const ntmProgressService = new NtmProgressService();
