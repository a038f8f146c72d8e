import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import { databaseUrl } from '@ocop/db';
import { graphql } from './graphql-client';

/**
 * `ntmProgress` and `ocopSummary` without `provinceCode`: the whole country. Its figures must be
 * the sums of every province's (asked in the same request, one alias per province valid that day),
 * before the 2025 reform (63 provinces) and after it (34), and must not be empty on the demo data.
 */

let db: pg.Client;
beforeAll(async () => {
  db = new pg.Client({ connectionString: databaseUrl(inject('serverUrl'), 'ocop_e2e') });
  await db.connect();
});
afterAll(async () => {
  await db.end();
});

/** The codes of the provinces valid on `day`. */
async function provincesOn(day: string): Promise<string[]> {
  const { rows } = await db.query<{ code: string }>(
    `SELECT code FROM admin_unit WHERE level = 'province'
       AND (valid_from IS NULL OR valid_from <= $1::date) AND (valid_to IS NULL OR valid_to > $1::date)
     ORDER BY code`,
    [day],
  );
  return rows.map((row) => row.code);
}

/**
 * `field(provinceCode: …, asOf: $asOf) { fields }` for every code, by requests of at most 19
 * aliases (the platform refuses more than 20 aliased fields in one operation).
 */
async function perProvince<T>(field: string, fields: string, codes: string[], asOf: string): Promise<T[]> {
  const all: T[] = [];
  for (let start = 0; start < codes.length; start += 19) {
    const aliases = codes
      .slice(start, start + 19)
      .map((code) => `p${code}: ${field}(provinceCode: "${code}", asOf: $asOf) { ${fields} }`)
      .join('\n');
    const { body } = await graphql<Record<string, T>>(`query ($asOf: Date) { ${aliases} }`, { asOf });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    all.push(...Object.values(body.data!));
  }
  return all;
}

const sum = <T>(items: T[], pick: (item: T) => number): number =>
  items.reduce((total, item) => total + pick(item), 0);

interface Ntm {
  province: { code: string } | null;
  communes: number;
  atLeastStandard: number;
  atLeastAdvanced: number;
  atLeastModel: number;
  byHighestTier: { none: number; standard: number; advanced: number; model: number };
  byDistrict: unknown[];
  communesEvaluated: number;
  averageCriteriaMet: number | null;
}

const NTM_FIELDS = `province { code } communes atLeastStandard atLeastAdvanced atLeastModel
  byHighestTier { none standard advanced model } byDistrict { communes } communesEvaluated averageCriteriaMet`;

describe('ntmProgress of the whole country', () => {
  for (const day of ['2021-06-30', '2025-06-30', '2026-11-28']) {
    it(`on ${day}: the sums of every province's figures`, async () => {
      const codes = await provincesOn(day);
      expect(codes.length).toBe(day < '2025-07-01' ? 63 : 34);
      const { body } = await graphql<{ country: Ntm }>(
        `query ($asOf: Date) { country: ntmProgress(asOf: $asOf) { ${NTM_FIELDS} } }`,
        { asOf: day },
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const country = body.data!.country;
      const provinces = await perProvince<Ntm>('ntmProgress', NTM_FIELDS, codes, day);
      expect(provinces).toHaveLength(codes.length);
      expect(country!.province).toBeNull();
      expect(country!.byDistrict).toEqual([]);
      expect(country!.communes).toBe(sum(provinces, (p) => p.communes));
      expect(country!.communes).toBeGreaterThan(2000);
      expect(country!.atLeastStandard).toBe(sum(provinces, (p) => p.atLeastStandard));
      expect(country!.atLeastAdvanced).toBe(sum(provinces, (p) => p.atLeastAdvanced));
      expect(country!.atLeastModel).toBe(sum(provinces, (p) => p.atLeastModel));
      for (const tier of ['none', 'standard', 'advanced', 'model'] as const) {
        expect(country!.byHighestTier[tier]).toBe(sum(provinces, (p) => p.byHighestTier[tier]));
      }
      expect(country!.communesEvaluated).toBe(sum(provinces, (p) => p.communesEvaluated));
      // The country's average is the provinces' averages weighted by their communes evaluated.
      const evaluated = sum(provinces, (p) => p.communesEvaluated);
      if (evaluated === 0) expect(country!.averageCriteriaMet).toBeNull();
      else {
        const weighted = sum(provinces, (p) => (p.averageCriteriaMet ?? 0) * p.communesEvaluated) / evaluated;
        // Each province's average is rounded to two decimals.
        expect(Math.abs(country!.averageCriteriaMet! - weighted)).toBeLessThan(0.01);
      }
    });
  }

  it('on 2021-06-30 the demo data shows in the national figures (Điện Biên: 21 communes at standard)', async () => {
    const { body } = await graphql<{ ntmProgress: Ntm }>(
      `{ ntmProgress(asOf: "2021-06-30") { ${NTM_FIELDS} } }`,
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.ntmProgress.atLeastStandard).toBeGreaterThanOrEqual(21);
  });
});

interface Summary {
  provinceCode: string | null;
  province: { code: string } | null;
  products: number;
  producers: number;
  byStars: { stars: number; products: number }[];
  bySector: { sector: { code: string }; products: number }[];
  byProducerType: { type: string; producers: number; products: number }[];
}

const SUMMARY_FIELDS = `provinceCode province { code } products producers byStars { stars products }
  bySector { sector { code } products } byProducerType { type producers products }`;

describe('ocopSummary of the whole country', () => {
  for (const day of ['2021-06-30', '2026-11-28']) {
    it(`on ${day}: the sums of every province's figures, and the database's count`, async () => {
      const codes = await provincesOn(day);
      const { body } = await graphql<{ country: Summary }>(
        `query ($asOf: Date) { country: ocopSummary(asOf: $asOf) { ${SUMMARY_FIELDS} } }`,
        { asOf: day },
      );
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      const country = body.data!.country;
      const provinces = await perProvince<Summary>('ocopSummary', SUMMARY_FIELDS, codes, day);
      expect(country!.provinceCode).toBeNull();
      expect(country!.province).toBeNull();
      expect(country!.products).toBeGreaterThan(0);
      expect(country!.products).toBe(sum(provinces, (p) => p.products));
      country!.byStars.forEach((entry, i) => {
        expect(entry.products).toBe(sum(provinces, (p) => p.byStars[i]!.products));
      });
      country!.bySector.forEach((entry, i) => {
        expect(entry.products).toBe(sum(provinces, (p) => p.bySector[i]!.products));
      });
      country!.byProducerType.forEach((entry, i) => {
        expect(entry.products).toBe(sum(provinces, (p) => p.byProducerType[i]!.products));
      });

      // The same count from the certificates themselves (the latest decided by the day, valid then).
      const { rows } = await db.query<{ products: number; producers: number }>(
        `SELECT count(*)::int AS products, count(DISTINCT p.producer_id)::int AS producers
         FROM ocop_product p
         CROSS JOIN LATERAL (SELECT c.* FROM ocop_certificate c WHERE c.product_id = p.id AND c.decision_date <= $1::date
                             ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) cur
         WHERE p.deleted_at IS NULL
           AND ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1::date) = 'valid'`,
        [day],
      );
      expect(country!.products).toBe(rows[0]!.products);
      expect(country!.producers).toBe(rows[0]!.producers);
    });
  }
});
