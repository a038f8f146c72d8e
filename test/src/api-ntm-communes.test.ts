import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { databaseUrl, today } from '@ocop/db';
import { MAX_SEARCH_LENGTH } from '@ocop/server/dist/common/sql/search';
import { gql } from './gql';
import type { NtmCommunesQuery, NtmCommunesQueryVariables } from './gql/graphql';
import { graphql } from './graphql-client';

/**
 * The NTM side of the public API over HTTP, on the demo data: districts, the `communes` list and
 * its filters, a commune's status, recognitions, evaluations and villages, `node(id)`, statement
 * counts and input errors. Expected values come from the source document (../shared/seed) or from
 * SQL written here against the platform's database — never from the code under test.
 */

const SQL_COUNT = { 'x-ocop-sql-count': '1' };
const THEN = '2021-06-30';

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl(inject('serverUrl'), 'ocop_e2e') });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

async function codes(sql: string, params: unknown[] = []): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(sql, params);
  return rows.map((row) => row.code);
}

/** Today in Vietnam, as the API defaults to. */
/** Communes (any type) of province 11 valid on a day, by code — in both periods. */
const PROVINCE_11_COMMUNES = `
  SELECT c.code FROM admin_unit c
  LEFT JOIN admin_unit d ON d.id = c.parent_id AND d.level = 'district'
  JOIN admin_unit p ON p.id = COALESCE(d.parent_id, c.parent_id) AND p.level = 'province'
  WHERE c.level = 'commune' AND p.code = '11'
    AND (c.valid_from IS NULL OR c.valid_from <= $1) AND (c.valid_to IS NULL OR c.valid_to > $1)
  ORDER BY c.code`;

const COMMUNES = gql(`
  query NtmCommunes($first: Int, $after: String, $filter: CommuneFilter, $orderBy: CommuneOrder) {
    communes(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      nodes {
        code
        name
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

async function communes(variables: NtmCommunesQueryVariables) {
  const { body } = await graphql(COMMUNES, { first: 100, ...variables });
  expect(body.errors).toBeUndefined();
  return body.data!.communes;
}

describe('district(code, asOf)', () => {
  it('finds a pre-2025 district, with or without a date before the reform', async () => {
    const { body } = await graphql(
      gql(`
      query NtmCommunesDistrict {
        plain: district(code: "097") {
          code
          fullName
          level
          validTo
          parent {
            code
          }
        }
        then: district(code: "097", asOf: "2021-06-30") {
          name
        }
        lastDay: district(code: "097", asOf: "2025-06-30") {
          name
        }
        after: district(code: "097", asOf: "2025-07-01") {
          name
        }
        unknown: district(code: "999") {
          name
        }
      }
    `),
    );
    expect(body).toEqual({
      data: {
        plain: {
          code: '097',
          fullName: 'Huyện Mường Chà',
          level: 'DISTRICT',
          validTo: '2025-07-01',
          parent: { code: '11' },
        },
        then: { name: 'Mường Chà' },
        lastDay: { name: 'Mường Chà' },
        after: null,
        unknown: null,
      },
    });
  });

  it('lists its communes as children', async () => {
    const { body } = await graphql(
      gql(`
      query NtmCommunesDistrict2 {
        district(code: "100") {
          children {
            code
          }
        }
      }
    `),
    );
    const expected = await codes(
      `SELECT c.code FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
       WHERE d.level = 'district' AND d.code = '100' ORDER BY c.code`,
    );
    expect(expected.length).toBeGreaterThan(10);
    expect(body.data!.district!.children.map((c) => c.code)).toEqual(expected);
  });
});

describe('communes(filter)', () => {
  it('by province, today: the communes formed on 2025-07-01, directly under the province', async () => {
    const page = await communes({ filter: { provinceCode: '11' } });
    const expected = await codes(PROVINCE_11_COMMUNES, [today()]);
    expect(expected.length).toBeGreaterThan(20);
    expect(page.nodes.map((c) => c.code)).toEqual(expected);
    expect(page.totalCount).toBe(expected.length);
    expect(page.pageInfo.hasNextPage).toBe(false);
  });

  it('by province, as of 2021-06-30: the pre-2025 communes, under the districts of the province', async () => {
    const page = await communes({ filter: { provinceCode: '11', asOf: THEN } });
    const expected = await codes(PROVINCE_11_COMMUNES, [THEN]);
    expect(expected.length).toBeGreaterThan(100);
    expect(page.totalCount).toBe(expected.length);
    expect(page.nodes.map((c) => c.code)).toEqual(expected.slice(0, 100));
  });

  it('by district (before the reform); empty after it, when districts no longer exist', async () => {
    const then = await communes({ filter: { districtCode: '100', asOf: THEN } });
    const expected = await codes(
      `SELECT c.code FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
       WHERE c.level = 'commune' AND d.level = 'district' AND d.code = '100' ORDER BY c.code`,
    );
    expect(then.nodes.map((c) => c.code)).toEqual(expected);
    expect(then.nodes.map((c) => c.code)).toContain('03331');
    const today = await communes({ filter: { districtCode: '100' } });
    expect(today.nodes).toEqual([]);
    expect(today.totalCount).toBe(0);
  });

  it('by NTM status as of 2021-06-30: the 21 communes of Điện Biên at standard or higher', async () => {
    const page = await communes({
      filter: { provinceCode: '11', asOf: THEN, ntmStatus: ['STANDARD', 'ADVANCED', 'MODEL'] },
    });
    // The source document: 21 communes at NTM standard in the province.
    expect(page.totalCount).toBe(21);
    const recognised = await codes(
      `SELECT DISTINCT u.code FROM recognition r JOIN admin_unit u ON u.id = r.unit_id
       WHERE u.level = 'commune' AND r.decision_date <= $1 AND (r.revoked_on IS NULL OR r.revoked_on > $1)
       ORDER BY u.code`,
      [THEN],
    );
    expect(page.nodes.map((c) => c.code)).toEqual(recognised);
    // Sín Thầu and Búng Lao, recognised in 2021 "for 2020", are among them.
    expect(page.nodes.map((c) => c.code)).toEqual(expect.arrayContaining(['03154', '03301']));

    const rest = await communes({ filter: { provinceCode: '11', asOf: THEN, ntmStatus: ['NONE'] } });
    const all = await codes(PROVINCE_11_COMMUNES, [THEN]);
    expect(rest.totalCount).toBe(all.length - 21);

    // No commune was advanced yet in mid-2021 (Thanh Hưng met 14 of 16 criteria).
    const advanced = await communes({ filter: { provinceCode: '11', asOf: THEN, ntmStatus: ['ADVANCED'] } });
    expect(advanced.totalCount).toBe(0);
    const advancedLater = await communes({
      filter: { provinceCode: '11', asOf: '2024-12-31', ntmStatus: ['ADVANCED'] },
    });
    expect(advancedLater.nodes.map((c) => c.code)).toEqual(['03331']);
  });

  it('by search, without diacritics and in any case: "thanh hung" finds Thanh Hưng', async () => {
    for (const search of ['thanh hung', 'THANH HƯNG', '  Thanh   hưng ']) {
      const page = await communes({ filter: { provinceCode: '11', asOf: THEN, search } });
      expect(page.nodes).toEqual([{ code: '03331', name: 'Thanh Hưng' }]);
    }
    // Nationally: every commune whose folded name holds both words, and nothing else.
    const page = await communes({ filter: { asOf: THEN, search: 'thanh hung' } });
    const expected = await codes(
      `SELECT c.code FROM admin_unit c
       WHERE c.level = 'commune' AND (c.valid_to IS NULL OR c.valid_to > $1)
         AND (c.valid_from IS NULL OR c.valid_from <= $1)
         AND lower(unaccent(replace(replace(c.name, 'đ', 'd'), 'Đ', 'D'))) LIKE '%thanh%'
         AND lower(unaccent(replace(replace(c.name, 'đ', 'd'), 'Đ', 'D'))) LIKE '%hung%'
       ORDER BY c.code`,
      [THEN],
    );
    expect(expected).toContain('03331');
    expect(page.nodes.map((c) => c.code)).toEqual(expected);
    // đ folds to d.
    const dien = await communes({ filter: { provinceCode: '11', asOf: THEN, search: 'dien bien' } });
    expect(dien.nodes.length).toBeGreaterThan(0);
    expect(dien.nodes.every((c) => c.name.includes('Điện Biên'))).toBe(true);
    // LIKE wildcards are literal.
    expect((await communes({ filter: { asOf: THEN, search: '%' } })).nodes).toEqual([]);
    // As long a search as the catalogue's (one limit for every list); one more is refused below.
    const longest = `Thanh ${'h'.repeat(MAX_SEARCH_LENGTH - 6)}`;
    expect(longest).toHaveLength(MAX_SEARCH_LENGTH);
    expect((await communes({ filter: { asOf: THEN, search: longest } })).nodes).toEqual([]);
  });

  it('by unit type', async () => {
    const page = await communes({ filter: { provinceCode: '11', asOf: THEN, unitType: 'Phường' } });
    const expected = await codes(
      `SELECT c.code FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
       JOIN admin_unit p ON p.id = d.parent_id
       WHERE c.level = 'commune' AND c.unit_type = 'Phường' AND p.code = '11' ORDER BY c.code`,
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(page.nodes.map((c) => c.code)).toEqual(expected);
  });
});

describe('communes: pagination', () => {
  async function walk(variables: Record<string, unknown>): Promise<string[]> {
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const page: NtmCommunesQuery['communes'] = await communes({ ...variables, first: 7, after });
      expect(page.nodes.length).toBeLessThanOrEqual(7);
      seen.push(...page.nodes.map((c) => c.code!));
      if (!page.pageInfo.hasNextPage) return seen;
      expect(page.nodes).toHaveLength(7);
      after = page.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  }

  it('walks every commune of province 11 exactly once, in code order (today and before the reform)', async () => {
    for (const asOf of [today(), THEN]) {
      const expected = await codes(PROVINCE_11_COMMUNES, [asOf]);
      expect(await walk({ filter: { provinceCode: '11', asOf } })).toEqual(expected);
    }
  });

  it('walks by name in Vietnamese alphabetical order, descending too', async () => {
    const { rows } = await db.query<{ code: string }>(
      `SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
       WHERE c.level = 'commune' AND p.code = '11'
         AND (c.valid_from IS NULL OR c.valid_from <= $1) AND (c.valid_to IS NULL OR c.valid_to > $1)
       ORDER BY c.name COLLATE "vi-x-icu", c.id`,
      [today()],
    );
    const ascending = rows.map((row) => row.code);
    expect(
      await walk({ filter: { provinceCode: '11' }, orderBy: { field: 'NAME', direction: 'ASC' } }),
    ).toEqual(ascending);
    expect(
      await walk({ filter: { provinceCode: '11' }, orderBy: { field: 'NAME', direction: 'DESC' } }),
    ).toEqual([...ascending].reverse());
  });

  it('walks by criteria met (latest evaluation against the set in force), unevaluated last', async () => {
    const walked = await walk({
      filter: { provinceCode: '11', asOf: THEN },
      orderBy: { field: 'CRITERIA_MET', direction: 'DESC' },
    });
    // In mid-2021 the 2016–2020 national set was still the one in use (2021–2025 issued in 2022).
    const { rows } = await db.query<{ code: string; met: number | null }>(
      `SELECT c.code, (
         SELECT count(*) FILTER (WHERE cr.met)::int FROM criterion_result cr WHERE cr.evaluation_id = (
           SELECT e.id FROM evaluation e JOIN criteria_set s ON s.id = e.criteria_set_id
           WHERE e.unit_id = c.id AND s.code = 'NTM-COMMUNE-2016-2020' AND e.evaluated_on <= $1
           ORDER BY e.evaluated_on DESC LIMIT 1)) AS met
       FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit p ON p.id = d.parent_id
       WHERE c.level = 'commune' AND p.code = '11'`,
      [THEN],
    );
    const met = new Map(rows.map((row) => [row.code, row.met]));
    expect([...walked].sort()).toEqual([...met.keys()].sort());
    const values = walked.map((code) => met.get(code) ?? null);
    const evaluated = values.filter((value): value is number => value !== null);
    expect(evaluated.length).toBeGreaterThan(50);
    expect(values.slice(0, evaluated.length)).toEqual([...evaluated].sort((a, b) => b - a));
    expect(values.slice(evaluated.length).every((value) => value === null)).toBe(true);
  });

  it('a cursor of one order is refused by another', async () => {
    const first = await communes({ filter: { provinceCode: '11' }, first: 2 });
    const { body } = await graphql(COMMUNES, {
      first: 2,
      after: first.pageInfo.endCursor,
      filter: { provinceCode: '11' },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('a commune’s NTM record: Thanh Hưng 03331', () => {
  interface ThanhHung {
    commune: {
      then: string;
      today: string;
      recognitions: {
        tier: string;
        standardYear: number;
        decisionNumber: string;
        decisionDate: string;
        issuer: string;
        revokedOn: string | null;
        criteriaSet: { code: string } | null;
        inForce: boolean;
      }[];
      latestEvaluations: {
        evaluatedOn: string;
        criteriaMet: number;
        criteriaTotal: number;
        progress: string;
        criteriaSet: { code: string };
        results: {
          met: boolean;
          note: string | null;
          criterion: { number: number; nameVi: string; nameEn: string };
        }[];
      }[];
      successors: {
        unit: {
          code: string | null;
          name: string;
          ntmStatus: string;
          predecessors: { unit: { code: string | null; ntmStatus: string } }[];
        };
      }[];
    };
  }

  let thanhHung: ThanhHung['commune'];
  beforeAll(async () => {
    const { body } = await graphql(
      gql(`
      query NtmCommunesCommune {
        commune(code: "03331", asOf: "2021-06-30") {
          then: ntmStatus(asOf: "2021-06-30")
          today: ntmStatus
          recognitions {
            tier
            standardYear
            decisionNumber
            decisionDate
            issuer
            revokedOn
            criteriaSet {
              code
            }
            inForce(asOf: "2021-06-30")
          }
          latestEvaluations(asOf: "2021-06-30") {
            evaluatedOn
            criteriaMet
            criteriaTotal
            progress
            criteriaSet {
              code
            }
            results {
              met
              note
              criterion {
                number
                nameVi
                nameEn
              }
            }
          }
          successors {
            unit {
              code
              name
              ntmStatus
              predecessors {
                unit {
                  code
                  ntmStatus
                }
              }
            }
          }
        }
      }
    `),
    );
    expect(body.errors).toBeUndefined();
    thanhHung = body.data!.commune!;
  });

  it('was at NTM standard on 2021-06-30 and is advanced today (recognised in 2022)', () => {
    expect(thanhHung.then).toBe('STANDARD');
    expect(thanhHung.today).toBe('ADVANCED');
  });

  it('has its recognitions in order, as recorded', async () => {
    const { rows } = await db.query<{ tier: string; decision_number: string; decision_date: string }>(
      `SELECT r.tier, r.decision_number, r.decision_date::text AS decision_date
       FROM recognition r JOIN admin_unit u ON u.id = r.unit_id
       WHERE u.level = 'commune' AND u.code = '03331' AND u.valid_to = '2025-07-01'
       ORDER BY r.decision_date`,
    );
    expect(
      thanhHung.recognitions.map((r) => ({
        tier: r.tier.toLowerCase(),
        decision_number: r.decisionNumber,
        decision_date: r.decisionDate,
      })),
    ).toEqual(rows);
    expect(thanhHung.recognitions.map((r) => r.inForce)).toEqual(
      rows.map((row) => row.decision_date <= THEN),
    );
    const advanced = thanhHung.recognitions.find((r) => r.tier === 'ADVANCED')!;
    expect(advanced.criteriaSet?.code).toBe('NTM-11-ADVANCED-COMMUNE-2019-2021');
    expect(advanced.decisionDate > THEN).toBe(true);
  });

  it('met 14 of the 16 criteria of the advanced set (the source document), with every result', () => {
    const advanced = thanhHung.latestEvaluations.find(
      (e) => e.criteriaSet.code === 'NTM-11-ADVANCED-COMMUNE-2019-2021',
    )!;
    expect(advanced).toBeDefined();
    expect(advanced.progress).toBe('14/16');
    expect([advanced.criteriaMet, advanced.criteriaTotal]).toEqual([14, 16]);
    expect(advanced.evaluatedOn <= THEN).toBe(true);
    expect(advanced.results.map((r) => r.criterion.number)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(advanced.results.filter((r) => r.met)).toHaveLength(14);
    for (const result of advanced.results) {
      expect(result.criterion.nameVi).not.toBe('');
      expect(result.criterion.nameEn).not.toBe('');
    }
    // One latest evaluation per set.
    const sets = thanhHung.latestEvaluations.map((e) => e.criteriaSet.code);
    expect(new Set(sets).size).toBe(sets.length);
  });

  it('was merged into Thanh Nưa 03328, whose own status starts afresh; its history stays on the predecessor', async () => {
    expect(thanhHung.successors).toHaveLength(1);
    const thanhNua = thanhHung.successors[0]!.unit;
    expect([thanhNua.code, thanhNua.name]).toEqual(['03328', 'Thanh Nưa']);
    // Only the recognitions of the commune formed in 2025 count (none at first; the demo goes on
    // recognising post-reform communes against the 2026–2030 set as years pass).
    const { rows } = await db.query<{ tier: string }>(
      `SELECT r.tier FROM recognition r JOIN admin_unit u ON u.id = r.unit_id
       WHERE u.level = 'commune' AND u.code = '03328' AND u.valid_from IS NOT NULL
         AND r.decision_date <= $1 AND (r.revoked_on IS NULL OR r.revoked_on > $1)`,
      [today()],
    );
    const ranks = ['standard', 'advanced', 'model'];
    const best = rows.map((row) => row.tier).sort((a, b) => ranks.indexOf(b) - ranks.indexOf(a))[0];
    expect(thanhNua.ntmStatus).toBe(best ? best.toUpperCase() : 'NONE');
    expect(thanhNua.predecessors).toContainEqual({ unit: { code: '03331', ntmStatus: 'ADVANCED' } });
  });
});

describe('villages', () => {
  it('of Nậm Nèn 03194 include bản Phiêng Đất B at NTM standard (recognised in the first half of 2021)', async () => {
    const { body } = await graphql(
      gql(`
      query NtmCommunesCommune2 {
        today: commune(code: "03194") {
          validFrom
          villages {
            name
            ntmStatus(asOf: "2021-06-30")
            parent {
              code
            }
          }
        }
        then: commune(code: "03194", asOf: "2021-06-30") {
          villages(asOf: "2021-06-30") {
            name
            ntmStatus(asOf: "2021-06-30")
          }
        }
      }
    `),
    );
    expect(body.errors).toBeUndefined();
    const { rows } = await db.query<{ name: string }>(
      `SELECT v.name FROM admin_unit v JOIN admin_unit c ON c.id = v.parent_id
       WHERE v.level = 'village' AND c.code = '03194' AND c.valid_to = '2025-07-01'`,
    );
    const names = rows.map((row) => row.name).sort();
    expect(names).toContain('Phiêng Đất B');
    // Before the reform: the commune's own villages.
    expect(body.data!.then!.villages.map((v) => v.name).sort()).toEqual(names);
    expect(body.data!.then!.villages).toContainEqual({ name: 'Phiêng Đất B', ntmStatus: 'STANDARD' });
    // Today's Nậm Nèn (formed 2025-07-01) lists the villages of its predecessors, which stay their parent.
    expect(body.data!.today!.validFrom).toBe('2025-07-01');
    expect(body.data!.today!.villages).toContainEqual({
      name: 'Phiêng Đất B',
      ntmStatus: 'STANDARD',
      parent: { code: '03194' },
    });
  });
});

describe('node(id) for NTM records', () => {
  it('returns a recognition and an evaluation again by their IDs', async () => {
    const { body } = await graphql(
      gql(`
      query NtmCommunesCommune3 {
        commune(code: "03331", asOf: "2021-06-30") {
          recognitions {
            id
          }
          latestEvaluations(asOf: "2021-06-30") {
            id
            progress
          }
        }
      }
    `),
    );
    const recognitionId = body.data!.commune!.recognitions[0]!.id;
    const evaluation = body.data!.commune!.latestEvaluations[0]!;
    const nodes = await graphql(
      gql(`
        query NtmCommunesNode($r: ID!, $e: ID!) {
          r: node(id: $r) {
            id
            ... on Recognition {
              tier
              unit {
                code
              }
            }
          }
          e: node(id: $e) {
            id
            ... on Evaluation {
              progress
              unit {
                code
              }
            }
          }
        }
      `),
      { r: recognitionId, e: evaluation.id },
    );
    expect(nodes.body.data).toEqual({
      r: { id: recognitionId, tier: 'STANDARD', unit: { code: '03331' } },
      e: { id: evaluation.id, progress: evaluation.progress, unit: { code: '03331' } },
    });
  });
});

describe('constant SQL per request', () => {
  it('communes(first: 10) and (first: 50) with status, parent and latest evaluations run the same statements', async () => {
    const query = gql(`
      query NtmCommunesCommunes($first: Int) {
        communes(first: $first, filter: { provinceCode: "11", asOf: "2021-06-30" }) {
          nodes {
            code
            ntmStatus(asOf: "2021-06-30")
            parent {
              code
              parent {
                code
              }
            }
            latestEvaluations(asOf: "2021-06-30") {
              progress
              criteriaSet {
                code
              }
            }
          }
        }
      }
    `);
    const counts: number[] = [];
    for (const first of [10, 50]) {
      const { body } = await graphql(query, { first }, SQL_COUNT);
      expect(body.errors).toBeUndefined();
      expect(body.data!.communes.nodes).toHaveLength(first);
      counts.push((body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!);
    }
    expect(counts[0]).toBe(counts[1]);
    // Page, parents, grandparents, recognitions, evaluations, criteria sets.
    expect(counts[0]).toBeLessThanOrEqual(6);
  });
});

describe('input errors are BAD_USER_INPUT', () => {
  it.each([
    ['a malformed district code', `{ district(code: "97") { id } }`, {}],
    ['a malformed province filter', `{ communes(filter: { provinceCode: "011" }) { nodes { id } } }`, {}],
    ['a malformed district filter', `{ communes(filter: { districtCode: "1000" }) { nodes { id } } }`, {}],
    [
      'an impossible date in a variable',
      `query ($f: CommuneFilter) { communes(filter: $f) { nodes { id } } }`,
      { f: { asOf: '2021-02-30' } },
    ],
    [
      'a date that is no date, in a variable',
      `query ($d: Date) { commune(code: "03331") { ntmStatus(asOf: $d) } }`,
      { d: 'yesterday' },
    ],
    ['an empty status list', `{ communes(filter: { ntmStatus: [] }) { nodes { id } } }`, {}],
    ['a forged cursor', `{ communes(after: "bm90LWEtY3Vyc29y") { nodes { id } } }`, {}],
    [
      'a cursor crafted with values of the wrong type',
      `query ($after: String) {
        communes(after: $after, orderBy: { field: CRITERIA_MET, direction: DESC }) { nodes { id } }
      }`,
      {
        after: Buffer.from(JSON.stringify(['communes:criteria_met:desc', ['x', 'y']])).toString('base64url'),
      },
    ],
    [
      'an overlong search',
      `{ communes(filter: { search: "${'a'.repeat(MAX_SEARCH_LENGTH + 1)}" }) { nodes { id } } }`,
      {},
    ],
  ])('%s', async (_what, query, variables) => {
    const { body } = await graphql(query, variables);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.data?.communes ?? body.data?.district ?? body.data?.commune ?? null).toBeNull();
  });

  it('a malformed date written in the query is refused before execution', async () => {
    // A raw string: a literal the platform refuses (the generator does not check scalar literals).
    const { status, body } = await graphql(`
      {
        communes(filter: { asOf: "2021-02-30" }) {
          nodes {
            id
          }
        }
      }
    `);
    expect(status).toBe(400);
    // Validation of a literal: graphql-js reports it while validating the document.
    expect(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED']).toContain(body.errors?.[0]?.extensions?.code);
    expect(body.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});
