import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import * as db from '../src';
import { migratedDatabase } from './support';

// The facts of the source document (../shared/seed/README.md), Điện Biên as of 30 June 2021.
const AS_OF = '2021-06-30';

/** Pre-2025 communes of Điện Biên with their district, as they were on AS_OF. */
const communesOfDienBien = `
  SELECT c.id, c.code, c.name, c.unit_type, d.code AS district_code, d.name AS district
  FROM admin_unit c
  JOIN admin_unit d ON d.id = c.parent_id AND d.level = 'district'
  JOIN admin_unit p ON p.id = d.parent_id AND p.code = '11'
  WHERE c.level = 'commune' AND c.valid_to = '2025-07-01'`;

/** Recognitions in force on $1 (decided by then, not revoked by then). */
const recognitionsInForce = `
  SELECT r.* FROM recognition r
  WHERE r.decision_date <= $1::date AND (r.revoked_on IS NULL OR r.revoked_on > $1::date)`;

describe('demo data of Điện Biên', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    dataSource.query(sql, params);

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('demo_facts_test'));
    await db.importAdminUnits(dataSource.manager, db.readAdminUnitFiles(db.adminUnitsDir()));
    await db.importCriteriaSets(dataSource.manager);
    await db.importOcopClassification(dataSource.manager);
    const report = await db.seedDemo(dataSource.manager);
    expect(report.skipped).toBe(false);
  });
  afterAll(() => close());

  describe(`as of ${AS_OF}, the source document's facts`, () => {
    it('21 communes at NTM standard, Sín Thầu and Búng Lao recognised in 2021 "for 2020"', async () => {
      const standard = await query<{
        code: string;
        name: string;
        district_code: string;
        decision_date: string;
        standard_year: number;
      }>(
        `SELECT c.code, c.name, c.district_code, r.decision_date::text, r.standard_year
         FROM (${communesOfDienBien}) c JOIN (${recognitionsInForce}) r ON r.unit_id = c.id AND r.tier = 'standard'`,
        [AS_OF],
      );
      expect(new Set(standard.map((s) => s.code)).size).toBe(21);
      expect(standard).toHaveLength(21);
      const in2021 = standard.filter((s) => s.decision_date >= '2021-01-01');
      expect(in2021.map((s) => [s.code, s.name, s.standard_year]).sort()).toEqual([
        ['03154', 'Sín Thầu', 2020],
        ['03301', 'Búng Lao', 2020],
      ]);
      expect(standard.map((s) => s.code)).toContain('03331'); // Thanh Hưng is at standard
    });

    it('no NTM-standard commune in Mường Chà, Điện Biên Đông, Tuần Giáo and Tủa Chùa', async () => {
      const rows = await query<{ district: string }>(
        `SELECT d.name AS district FROM admin_unit d JOIN admin_unit p ON p.id = d.parent_id AND p.code = '11'
         WHERE d.level = 'district' AND NOT EXISTS (
           SELECT 1 FROM (${communesOfDienBien}) c JOIN (${recognitionsInForce}) r ON r.unit_id = c.id AND r.tier = 'standard'
           WHERE c.district_code = d.code)
         ORDER BY d.name`,
        [AS_OF],
      );
      expect(rows.map((r) => r.district).sort()).toEqual(
        ['Điện Biên Đông', 'Mường Chà', 'Tuần Giáo', 'Tủa Chùa'].sort(),
      );
    });

    it('Thanh Hưng meets 14 of the 16 advanced criteria and is not yet advanced', async () => {
      const [latest] = await query<{ met: number; total: number; criteria: number }>(
        `SELECT count(*) FILTER (WHERE cr.met)::int AS met, count(*)::int AS total,
                (SELECT count(*)::int FROM criterion WHERE criteria_set_id = e.criteria_set_id) AS criteria
         FROM evaluation e
         JOIN criteria_set s ON s.id = e.criteria_set_id AND s.code = 'NTM-11-ADVANCED-COMMUNE-2019-2021'
         JOIN admin_unit u ON u.id = e.unit_id AND u.code = '03331'
         JOIN criterion_result cr ON cr.evaluation_id = e.id
         WHERE e.evaluated_on <= $1::date
         GROUP BY e.id ORDER BY e.evaluated_on DESC LIMIT 1`,
        [AS_OF],
      );
      expect(latest).toEqual({ met: 14, total: 16, criteria: 16 });
      const advanced = await query(
        `SELECT 1 FROM (${recognitionsInForce}) r JOIN admin_unit u ON u.id = r.unit_id AND u.code = '03331' WHERE r.tier = 'advanced'`,
        [AS_OF],
      );
      expect(advanced).toEqual([]);
    });

    it('28 villages at NTM standard, bản Phiêng Đất B (Nậm Nèn) and bản Mường Anh 1 (Pa Ham) new in 2021', async () => {
      const villages = await query<{ name: string; commune: string; decision_date: string }>(
        `SELECT v.name, c.code AS commune, r.decision_date::text
         FROM admin_unit v JOIN (${communesOfDienBien}) c ON c.id = v.parent_id
         JOIN (${recognitionsInForce}) r ON r.unit_id = v.id AND r.tier = 'standard'
         WHERE v.level = 'village'`,
        [AS_OF],
      );
      expect(villages).toHaveLength(28);
      const in2021 = villages.filter((v) => v.decision_date >= '2021-01-01').map((v) => [v.name, v.commune]);
      expect(in2021.sort()).toEqual([
        ['Mường Anh 1', '03193'],
        ['Phiêng Đất B', '03194'],
      ]);
    });

    it('35 OCOP products of 19 producers: 2 four-star and 33 three-star', async () => {
      const valid = await query<{ product_id: string; producer_id: string; stars: number }>(
        `SELECT p.id AS product_id, p.producer_id, c.stars FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id
         WHERE ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1::date) = 'valid'`,
        [AS_OF],
      );
      expect(new Set(valid.map((v) => v.product_id)).size).toBe(35);
      expect(valid).toHaveLength(35); // one valid certificate per product
      expect(new Set(valid.map((v) => v.producer_id)).size).toBe(19);
      expect(valid.filter((v) => v.stars === 4)).toHaveLength(2);
      expect(valid.filter((v) => v.stars === 3)).toHaveLength(33);
    });

    it('an evaluation behind every status: 19/19 before each recognition, fewer for the other communes', async () => {
      const rows = await query<{ code: string; unit_type: string; recognised: boolean; best: number | null }>(
        `SELECT c.code, c.unit_type, r.unit_id IS NOT NULL AS recognised,
                (SELECT max(met) FROM (
                   SELECT count(*) FILTER (WHERE cr.met)::int AS met
                   FROM evaluation e JOIN criterion_result cr ON cr.evaluation_id = e.id
                   JOIN criteria_set s ON s.id = e.criteria_set_id AND s.code = 'NTM-COMMUNE-2016-2020'
                   WHERE e.unit_id = c.id AND e.evaluated_on <= coalesce(r.decision_date, $1::date)
                   GROUP BY e.id) m) AS best
         FROM (${communesOfDienBien}) c
         LEFT JOIN (${recognitionsInForce}) r ON r.unit_id = c.id AND r.tier = 'standard'
         WHERE c.unit_type = 'Xã'`,
        [AS_OF],
      );
      const recognised = rows.filter((r) => r.recognised);
      expect(recognised).toHaveLength(21);
      expect(recognised.every((r) => r.best === 19)).toBe(true);
      const others = rows.filter((r) => !r.recognised);
      expect(others.length).toBeGreaterThan(50);
      expect(others.every((r) => r.best !== null && r.best < 19)).toBe(true);
    });
  });

  describe('after 2021', () => {
    it('today most products hold a valid certificate, some expired, exactly one revoked', async () => {
      const rows = await query<{ status: string; products: number }>(
        `
        SELECT status, count(*)::int AS products FROM (
          SELECT DISTINCT ON (p.id) p.id,
                 ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1::date) AS status
          FROM ocop_product p JOIN ocop_certificate c ON c.product_id = p.id
          WHERE c.decision_date <= $1::date
          ORDER BY p.id, c.decision_date DESC) latest
        GROUP BY status`,
        [db.today()],
      );
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, r.products]));
      const total = rows.reduce((sum, r) => sum + r.products, 0);
      expect(total).toBeGreaterThan(35); // new products since 2021
      expect(byStatus.valid).toBeGreaterThan(total / 2);
      expect(byStatus.expired).toBeGreaterThan(0);
      expect(byStatus.revoked).toBe(1);
    });

    it('the TypeScript status rule agrees with the SQL function on every certificate, then and today', async () => {
      const certificates = await query<{
        decision_date: string;
        expires_on: string;
        revoked_on: string | null;
        superseded_on: string | null;
        then: string | null;
        today: string | null;
        current: string;
      }>(
        `
        SELECT decision_date::text, expires_on::text, revoked_on::text, superseded_on::text, $1::date::text AS current,
               ocop_certificate_status(decision_date, expires_on, revoked_on, superseded_on, '${AS_OF}') AS then,
               ocop_certificate_status(decision_date, expires_on, revoked_on, superseded_on, $1::date) AS today
        FROM ocop_certificate`,
        [db.today()],
      );
      for (const c of certificates) {
        const dates = {
          decisionDate: c.decision_date,
          expiresOn: c.expires_on,
          revokedOn: c.revoked_on,
          supersededOn: c.superseded_on,
        };
        expect(db.certificateStatusOn(dates, AS_OF)).toBe(c.then);
        expect(db.certificateStatusOn(dates, c.current)).toBe(c.today);
      }
    });

    it('"Gạo Séng Cù" is found typed without diacritics', async () => {
      const found = await query<{ name: string }>(
        `SELECT name FROM ocop_product WHERE search_text LIKE '%' || ocop_fold($1) || '%'`,
        ['gao seng cu'],
      );
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((p) => p.name.includes('Séng Cù'))).toBe(true);
    });

    it('every origin commune of a product has a successor through the 2025 reform', async () => {
      const [row] = await query<{ without: number; products: number }>(`
        SELECT count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM unit_lineage l WHERE l.from_unit_id = p.origin_commune_id))::int AS without,
               count(*)::int AS products
        FROM ocop_product p WHERE p.origin_commune_id IS NOT NULL`);
      expect(row!.products).toBeGreaterThan(35);
      expect(row!.without).toBe(0);
    });

    it('marks every demo row as demo', async () => {
      const [row] = await query<{
        products: number;
        producers: number;
        certificates: number;
        recognitions: number;
      }>(`
        SELECT (SELECT count(*) FILTER (WHERE NOT demo) FROM ocop_product)::int AS products,
               (SELECT count(*) FILTER (WHERE NOT demo) FROM producer)::int AS producers,
               (SELECT count(*) FILTER (WHERE NOT demo) FROM ocop_certificate)::int AS certificates,
               (SELECT count(*) FILTER (WHERE NOT demo) FROM recognition)::int AS recognitions`);
      expect(row).toEqual({ products: 0, producers: 0, certificates: 0, recognitions: 0 });
    });

    it('a second seed changes nothing', async () => {
      const snapshot = `SELECT (SELECT count(*) FROM ocop_product)::int AS p, (SELECT count(*) FROM ocop_certificate)::int AS c,
                               (SELECT count(*) FROM recognition)::int AS r, (SELECT count(*) FROM evaluation)::int AS e,
                               (SELECT count(*) FROM admin_unit WHERE level = 'village')::int AS v`;
      const before = await query(snapshot);
      const report = await db.seedDemo(dataSource.manager);
      expect(report.skipped).toBe(true);
      expect(await query(snapshot)).toEqual(before);
    });
  });
});
