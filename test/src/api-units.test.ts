import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  adminUnitsDir,
  CHANGE_KINDS,
  CHANGES_2026_DATE,
  CHANGES_2026_LEGAL_BASIS,
  readAdminUnitFiles,
  REFORM_DATE,
  today as platformToday,
} from '@ocop/db';
import { gql } from './gql';
import { graphql } from './graphql-client';

// Expectations from the data the platform imported and the platform's day (OCOP_TODAY, shared with
// the platform under test): a unit changed on 2026-04-30 has a row from that day once it has come.
const files = readAdminUnitFiles(adminUnitsDir());
const appliedChanges = files.changes.filter((c) => CHANGE_KINDS[c.change_kind]?.applied);
const changedSince2026 = (level: string, code: string): boolean =>
  platformToday() >= CHANGES_2026_DATE && appliedChanges.some((c) => c.level === level && c.code === code);
const validFromToday = (level: string, code: string): string =>
  changedSince2026(level, code) ? CHANGES_2026_DATE : REFORM_DATE;

describe('administrative units over HTTP', () => {
  it('province(code: "11") is today\'s Điện Biên, continued from the pre-2025 province', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsProvince {
        province(code: "11") {
          code
          fullName
          level
          validFrom
          validTo
          predecessors {
            kind
            share
            effectiveOn
            unit {
              code
              validTo
            }
          }
        }
      }
    `),
    );
    expect(body).toEqual({
      data: {
        province: {
          code: '11',
          fullName: 'Tỉnh Điện Biên',
          level: 'PROVINCE',
          validFrom: '2025-07-01',
          validTo: null,
          predecessors: [
            {
              kind: 'CONTINUE',
              share: 'FULL',
              effectiveOn: '2025-07-01',
              unit: { code: '11', validTo: '2025-07-01' },
            },
          ],
        },
      },
    });
  });

  it('province(code, asOf) before the reform is the old row', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsProvince2 {
        province(code: "11", asOf: "2021-06-30") {
          validFrom
          validTo
        }
      }
    `),
    );
    expect(body.data).toEqual({ province: { validFrom: null, validTo: '2025-07-01' } });
  });

  it('commune(code: "03331") is Thanh Hưng of district Điện Biên, merged into Thanh Nưa 03328', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCommune {
        commune(code: "03331") {
          name
          fullName
          validTo
          parent {
            code
            fullName
            parent {
              code
            }
          }
          successors {
            kind
            share
            unit {
              code
              fullName
              validFrom
              parent {
                code
              }
            }
          }
        }
      }
    `),
    );
    expect(body.data).toEqual({
      commune: {
        name: 'Thanh Hưng',
        fullName: 'Xã Thanh Hưng',
        validTo: '2025-07-01',
        parent: { code: '100', fullName: 'Huyện Điện Biên', parent: { code: '11' } },
        successors: [
          {
            kind: 'MERGE',
            share: 'FULL',
            unit: {
              code: '03328',
              fullName: 'Xã Thanh Nưa',
              validFrom: '2025-07-01',
              parent: { code: '11' },
            },
          },
        ],
      },
    });
  });

  it('commune 03154 Sín Thầu became 03158; the new one lists it among its predecessors', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCommune2 {
        old: commune(code: "03154") {
          successors {
            unit {
              code
            }
          }
        }
        now: commune(code: "03158") {
          predecessors {
            unit {
              code
              name
            }
          }
        }
      }
    `),
    );
    expect(body.data!.old!.successors).toEqual([{ unit: { code: '03158' } }]);
    expect(body.data!.now!.predecessors.map((p) => p.unit.code)).toContain('03154');
  });

  it('a code that exists in both periods resolves by date', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCommune3 {
        today: commune(code: "03301") {
          validFrom
        }
        then: commune(code: "03301", asOf: "2021-06-30") {
          validTo
        }
      }
    `),
    );
    expect(body.data).toEqual({ today: { validFrom: '2025-07-01' }, then: { validTo: '2025-07-01' } });
  });

  it('otherUnitsWithCode names the units of other periods with the same code, in one statement for a page', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCommune4 {
        ward: commune(code: "03334") {
          fullName
          otherUnitsWithCode {
            fullName
            validFrom
            validTo
          }
        }
        old: commune(code: "03334", asOf: "2021-06-30") {
          fullName
          otherUnitsWithCode {
            fullName
          }
        }
      }
    `),
    );
    expect(body.data).toEqual({
      ward: {
        fullName: 'Phường Mường Thanh',
        otherUnitsWithCode: [{ fullName: 'Xã Thanh Xương', validFrom: null, validTo: '2025-07-01' }],
      },
      old: { fullName: 'Xã Thanh Xương', otherUnitsWithCode: [{ fullName: 'Phường Mường Thanh' }] },
    });
    const query = gql(`query UnitsCommunes($first: Int!) {
      communes(first: $first, filter: { provinceCode: "11" }) { nodes { code otherUnitsWithCode { code } } }
    }`);
    const counts: number[] = [];
    for (const first of [5, 40]) {
      const { body: page } = await graphql(query, { first }, { 'x-ocop-sql-count': '1' });
      expect(page.errors).toBeUndefined();
      counts.push((page as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!);
    }
    // The page, then one statement for every code on it.
    expect(counts).toEqual([2, 2]);
  });

  it('a unit renamed or re-typed on 2026-04-30 answers its row of today, or of asOf, linked by a rename edge', async () => {
    const dongNai = appliedChanges.find((c) => c.level === 'province')!;
    const phoBang = appliedChanges.find((c) => c.change_kind === 'renamed')!;
    const { body } = await graphql(
      gql(`
        query UnitsProvince3($province: String!, $commune: String!) {
          today: province(code: $province) {
            fullName
            validFrom
            predecessors {
              kind
              share
              effectiveOn
              legalBasis
              unit {
                fullName
              }
            }
          }
          then: province(code: $province, asOf: "2025-09-01") {
            fullName
            validTo
            successors {
              kind
              share
              effectiveOn
              legalBasis
              unit {
                fullName
              }
            }
          }
          communeToday: commune(code: $commune) {
            fullName
          }
          communeThen: commune(code: $commune, asOf: "2025-09-01") {
            fullName
          }
        }
      `),
      { province: dongNai.code, commune: phoBang.code },
    );
    expect(body.errors).toBeUndefined();
    const { today, then, communeToday, communeThen } = body.data!;
    expect(then!.fullName).toBe(dongNai['full_name_v3.0.2']);
    expect(communeThen!.fullName).toBe(phoBang['full_name_v3.0.2']);
    if (!changedSince2026('province', dongNai.code)) {
      expect(today!.fullName).toBe(dongNai['full_name_v3.0.2']);
      return;
    }
    const edge = {
      kind: 'RENAME',
      share: 'FULL',
      effectiveOn: CHANGES_2026_DATE,
      legalBasis: CHANGES_2026_LEGAL_BASIS,
    };
    expect(today).toMatchObject({ fullName: dongNai['full_name_v4.2.0'], validFrom: CHANGES_2026_DATE });
    expect(today!.predecessors).toContainEqual({ ...edge, unit: { fullName: dongNai['full_name_v3.0.2'] } });
    expect(then!.validTo).toBe(CHANGES_2026_DATE);
    expect(then!.successors).toEqual([{ ...edge, unit: { fullName: dongNai['full_name_v4.2.0'] } }]);
    expect(communeToday!.fullName).toBe(phoBang['full_name_v4.2.0']);
  });

  it('an unknown code is null; a malformed one is BAD_USER_INPUT', async () => {
    expect(
      (
        await graphql(
          gql(`
          query UnitsCommune5 {
            commune(code: "99999") {
              id
            }
          }
        `),
        )
      ).body.data,
    ).toEqual({ commune: null });
    const bad = await graphql(
      gql(`
      query UnitsCommune6 {
        commune(code: "3331") {
          id
        }
      }
    `),
    );
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.body.errors?.[0]?.message).toMatch(/5 digits|commune code/i);
  });

  it('node(id) returns the same unit', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCommune7 {
        commune(code: "03331") {
          id
        }
      }
    `),
    );
    const id = body.data!.commune!.id;
    const node = await graphql(
      gql(`
        query UnitsNode($id: ID!) {
          node(id: $id) {
            id
            ... on AdministrativeUnit {
              code
            }
          }
        }
      `),
      { id },
    );
    expect(node.body.data).toEqual({ node: { id, code: '03331' } });
  });
});

describe('criteria sets over HTTP', () => {
  it('lists the five sets with their criteria in order', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCriteriaSets {
        criteriaSets {
          code
          criteriaCount
          criteria {
            number
          }
        }
      }
    `),
    );
    const sets = body.data!.criteriaSets;
    expect(Object.fromEntries(sets.map((s) => [s.code, s.criteriaCount]))).toEqual({
      'NTM-COMMUNE-2016-2020': 19,
      'NTM-COMMUNE-2021-2025': 19,
      'NTM-COMMUNE-2026-2030': 10,
      'NTM-11-ADVANCED-COMMUNE-2019-2021': 16,
      'NTM-11-VILLAGE-2019-2020': 10,
    });
    for (const set of sets) {
      expect(set.criteria.map((c) => c.number)).toEqual(
        Array.from({ length: set.criteriaCount }, (_, i) => i + 1),
      );
    }
  });

  it('criteriaSet(code) gives names in both languages', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsCriteriaSet {
        criteriaSet(code: "NTM-COMMUNE-2021-2025") {
          legalDocument
          tier
          unitLevel
          criteria {
            number
            nameVi
            nameEn
          }
        }
      }
    `),
    );
    const set = (
      body.data as {
        criteriaSet: {
          legalDocument: string;
          tier: string;
          criteria: { number: number; nameVi: string; nameEn: string }[];
        };
      }
    ).criteriaSet;
    expect(set.legalDocument).toMatch(/318\/QĐ-TTg/);
    expect(set.tier).toBe('STANDARD');
    expect(set.criteria[10]).toEqual({
      number: 11,
      nameVi: 'Nghèo đa chiều',
      nameEn: 'Multidimensional poverty',
    });
  });
});

describe('HTTP behaviour', () => {
  it('liveness and readiness answer 200', async () => {
    const base = inject('baseUrl');
    expect((await fetch(`${base}/livez`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('echoes a request id and masks nothing a client caused', async () => {
    const { headers, body } = await graphql(
      `
        {
          nope
        }
      `,
      undefined,
      { 'x-request-id': 'test-req-1' },
    );
    expect(headers.get('x-request-id')).toBe('test-req-1');
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a body over the size cap with 413', async () => {
    const response = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ criteriaSets { code } }`, padding: 'x'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
  });
});

describe('provinces', () => {
  it('lists the 34 provinces of today and the 63 before the reform, by code', async () => {
    const { body } = await graphql(
      gql(`
      query UnitsProvinces {
        today: provinces {
          code
          fullName
          validFrom
        }
        then: provinces(asOf: "2021-06-30") {
          code
          validTo
        }
      }
    `),
    );
    const { today, then } = body.data!;
    expect(today).toHaveLength(34);
    expect(then).toHaveLength(63);
    expect(today.map((p) => [p.code, p.validFrom])).toEqual(
      files.postProvinces.map((p) => [p.code, validFromToday('province', p.code)]),
    );
    expect(then.every((p) => p.validTo === '2025-07-01')).toBe(true);
    expect(today.map((p) => p.code)).toEqual([...today.map((p) => p.code)].sort());
    expect(today.find((p) => p.code === '11')?.fullName).toBe('Tỉnh Điện Biên');
  });
});
