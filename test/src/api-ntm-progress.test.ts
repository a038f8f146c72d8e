import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { databaseUrl, today as platformToday } from '@ocop/db';
import { gql } from './gql';
import type { NtmProgressNtmProgressQuery } from './gql/graphql';

type Progress = NtmProgressNtmProgressQuery['ntmProgress'];
import { graphql } from './graphql-client';

/**
 * `ntmProgress` over HTTP: the source document's figures for Điện Biên on 2021-06-30 (21 communes
 * and 28 villages at NTM standard; no standard commune in Mường Chà, Điện Biên Đông, Tuần Giáo,
 * Tủa Chùa), the other figures checked against SQL written here, the post-reform shape, and a
 * constant number of statements.
 */

const THEN = '2021-06-30';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl(inject('serverUrl'), 'ocop_e2e') });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

gql(`fragment ProgressCounts on NtmCommuneCounts {
  communes atLeastStandard atLeastAdvanced atLeastModel byHighestTier { none standard advanced model }
}`);
const PROGRESS = gql(`
  query NtmProgressNtmProgress($code: String!, $asOf: Date) {
    ntmProgress(provinceCode: $code, asOf: $asOf) {
      asOf
      province { code validFrom validTo }
      ...ProgressCounts
      byDistrict { district { code name } ...ProgressCounts }
      villages
      villagesAtStandard
      districtsWithoutStandardCommune { code name }
      criteriaSet { code }
      communesEvaluated
      averageCriteriaMet
    }
  }
`);

async function progress(asOf?: string, headers: Record<string, string> = {}) {
  const response = await graphql(PROGRESS, { code: '11', asOf }, headers);
  expect(response.body.errors).toBeUndefined();
  return {
    progress: response.body.data!.ntmProgress,
    statements: (response.body as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements,
  };
}

/** The rural communes (xã) of province 11 before the reform, with their district and highest tier on a day. */
async function ruralCommunesThen(asOf: string) {
  const { rows } = await db.query<{ code: string; district: string; rank: number }>(
    `SELECT c.code, d.code AS district,
            COALESCE(max(CASE r.tier WHEN 'standard' THEN 1 WHEN 'advanced' THEN 2 WHEN 'model' THEN 3 END), 0)::int AS rank
     FROM admin_unit c
     JOIN admin_unit d ON d.id = c.parent_id AND d.level = 'district'
     JOIN admin_unit p ON p.id = d.parent_id AND p.code = '11'
     LEFT JOIN recognition r ON r.unit_id = c.id AND r.decision_date <= $1
                             AND (r.revoked_on IS NULL OR r.revoked_on > $1)
     WHERE c.level = 'commune' AND c.unit_type = 'Xã'
     GROUP BY c.code, d.code`,
    [asOf],
  );
  return rows;
}

describe('ntmProgress(provinceCode: "11", asOf: "2021-06-30") — the source document', () => {
  let figures: Progress;
  let statements: number | undefined;
  beforeAll(async () => {
    ({ progress: figures, statements } = await progress(THEN, { 'x-ocop-sql-count': '1' }));
  });

  it('21 communes at NTM standard, none advanced yet', () => {
    expect(figures.asOf).toBe(THEN);
    expect(figures.province).toEqual({ code: '11', validFrom: null, validTo: '2025-07-01' });
    expect(figures.atLeastStandard).toBe(21);
    expect(figures.atLeastAdvanced).toBe(0);
    expect(figures.atLeastModel).toBe(0);
    expect(figures.byHighestTier.standard).toBe(21);
  });

  it('28 villages at NTM standard', async () => {
    expect(figures.villagesAtStandard).toBe(28);
    const [row] = (
      await db.query<{ villages: number }>(
        `SELECT count(*)::int AS villages FROM admin_unit v
         JOIN admin_unit c ON c.id = v.parent_id JOIN admin_unit d ON d.id = c.parent_id
         JOIN admin_unit p ON p.id = d.parent_id
         WHERE v.level = 'village' AND p.code = '11'`,
      )
    ).rows;
    expect(figures.villages).toBe(row!.villages);
  });

  it('no standard commune in Mường Chà, Điện Biên Đông, Tuần Giáo and Tủa Chùa', () => {
    expect(figures.districtsWithoutStandardCommune).toEqual([
      { code: '097', name: 'Mường Chà' },
      { code: '098', name: 'Tủa Chùa' },
      { code: '099', name: 'Tuần Giáo' },
      { code: '101', name: 'Điện Biên Đông' },
    ]);
  });

  it('counts every rural commune, by district and by highest tier, as SQL does', async () => {
    const rows = await ruralCommunesThen(THEN);
    expect(figures.communes).toBe(rows.length);
    const tiers = figures.byHighestTier;
    expect(tiers.none + tiers.standard + tiers.advanced + tiers.model).toBe(figures.communes);
    expect(tiers.none).toBe(rows.filter((row) => row.rank === 0).length);

    const districts = [...new Set(rows.map((row) => row.district))].sort();
    expect(figures.byDistrict.map((d) => d.district.code)).toEqual(districts);
    for (const district of figures.byDistrict) {
      const mine = rows.filter((row) => row.district === district.district.code);
      expect(district.communes).toBe(mine.length);
      expect(district.atLeastStandard).toBe(mine.filter((row) => row.rank >= 1).length);
    }
    expect(figures.byDistrict.reduce((sum, d) => sum + d.atLeastStandard, 0)).toBe(21);
  });

  it('averages the criteria met in each commune’s latest evaluation against the set then in use', async () => {
    // The 2021–2025 set was issued only in March 2022: in mid-2021 the 2016–2020 set applied.
    expect(figures.criteriaSet).toEqual({ code: 'NTM-COMMUNE-2016-2020' });
    const [row] = (
      await db.query<{ evaluated: number; average: number }>(
        `WITH latest AS (
           SELECT DISTINCT ON (e.unit_id) e.id
           FROM evaluation e
           JOIN criteria_set s ON s.id = e.criteria_set_id AND s.code = 'NTM-COMMUNE-2016-2020'
           JOIN admin_unit c ON c.id = e.unit_id AND c.unit_type = 'Xã'
           JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit p ON p.id = d.parent_id AND p.code = '11'
           WHERE e.evaluated_on <= $1
           ORDER BY e.unit_id, e.evaluated_on DESC)
         SELECT count(*)::int AS evaluated,
                avg((SELECT count(*) FROM criterion_result cr WHERE cr.evaluation_id = latest.id AND cr.met))::float8 AS average
         FROM latest`,
        [THEN],
      )
    ).rows;
    expect(figures.communesEvaluated).toBe(row!.evaluated);
    expect(figures.averageCriteriaMet).toBeCloseTo(row!.average, 2);
  });

  it('takes a few SQL statements, not one per commune', () => {
    expect(statements).toBeDefined();
    expect(statements!).toBeLessThanOrEqual(6);
  });
});

describe('ntmProgress over time', () => {
  it('agrees with the communes list at any date', async () => {
    for (const asOf of [THEN, '2024-12-31']) {
      const { progress: figures } = await progress(asOf);
      const { body } = await graphql(
        gql(`
          query NtmProgressCommunes($asOf: Date) {
            communes(
              filter: {
                provinceCode: "11"
                asOf: $asOf
                unitType: "Xã"
                ntmStatus: [STANDARD, ADVANCED, MODEL]
              }
            ) {
              totalCount
            }
          }
        `),
        { asOf },
      );
      expect(body.data!.communes.totalCount).toBe(figures.atLeastStandard);
      const rows = await ruralCommunesThen(asOf);
      expect(figures.atLeastAdvanced).toBe(rows.filter((row) => row.rank >= 2).length);
    }
  });

  it('later on: Thanh Hưng advanced from 2022; the 2021–2025 set in use', async () => {
    const { progress: figures } = await progress('2024-12-31');
    expect(figures.atLeastAdvanced).toBe(1);
    expect(figures.atLeastStandard).toBeGreaterThan(21);
    expect(figures.criteriaSet).toEqual({ code: 'NTM-COMMUNE-2021-2025' });
  });

  it('after the reform: the new province, no districts, villages reached through lineage', async () => {
    const { progress: figures } = await progress();
    expect(figures.province!.validFrom).toBe('2025-07-01');
    expect(figures.byDistrict).toEqual([]);
    expect(figures.districtsWithoutStandardCommune).toEqual([]);
    const [row] = (
      await db.query<{ communes: number }>(
        // The communes valid on the platform's today (a commune re-typed since 2025 has a newer row).
        `SELECT count(*)::int AS communes FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
         WHERE c.level = 'commune' AND c.unit_type = 'Xã' AND p.level = 'province' AND p.code = '11'
           AND c.valid_from <= $1::date AND (c.valid_to IS NULL OR c.valid_to > $1::date)`,
        [platformToday()],
      )
    ).rows;
    expect(figures.communes).toBe(row!.communes);
    // Villages keep their pre-2025 commune; the new communes reach them through their predecessors.
    const { progress: then } = await progress(THEN);
    expect(figures.villages).toBe(then.villages);
    expect(figures.villagesAtStandard).toBeGreaterThanOrEqual(28);
  });

  it('an unknown province is NOT_FOUND, a malformed code BAD_USER_INPUT', async () => {
    const unknown = await graphql(`
      {
        ntmProgress(provinceCode: "99") {
          communes
        }
      }
    `);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const malformed = await graphql(`
      {
        ntmProgress(provinceCode: "Điện Biên") {
          communes
        }
      }
    `);
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDate = await graphql(
      `
        query ($d: Date) {
          ntmProgress(provinceCode: "11", asOf: $d) {
            communes
          }
        }
      `,
      {
        d: '2021-13-01',
      },
    );
    expect(badDate.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
