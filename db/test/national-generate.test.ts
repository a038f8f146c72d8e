import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  AdministrativeUnit,
  generateNationalData,
  importCriteriaSets,
  importOcopClassification,
  insertRows,
} from '../src';
import { migratedDatabase } from './support';

/**
 * The benchmark's generator writes through the entities' descriptions (`insertRows`): on a small
 * country of its own (one province, one district, three communes before the reform), what it writes
 * is every row it drew, with the types the entities give (scores, prices, days) and the demo flag.
 */
describe('the national generator on a small country', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('national_generate_test'));
    const em = dataSource.manager;
    const unit = (id: number) => `00000000-0000-4000-8000-${String(id).padStart(12, '0')}`;
    const before = { valid_to: '2025-07-01' };
    await insertRows(em, AdministrativeUnit, [
      {
        id: unit(1),
        code: '98',
        level: 'province',
        unit_type: 'Tỉnh',
        name: 'Thử',
        full_name: 'Tỉnh Thử',
        ...before,
      },
      {
        id: unit(2),
        code: '981',
        level: 'district',
        unit_type: 'Huyện',
        name: 'Một',
        full_name: 'Huyện Một',
        parent_id: unit(1),
        ...before,
      },
      ...[3, 4, 5].map((n) => ({
        id: unit(n),
        code: `9810${n}`,
        level: 'commune',
        unit_type: 'Xã',
        name: `Xã số ${n}`,
        full_name: `Xã Xã số ${n}`,
        parent_id: unit(2),
        ...before,
      })),
    ]);
    await importCriteriaSets(em);
    await importOcopClassification(em);
  });
  afterAll(async () => {
    await close();
  });

  it('writes every producer, product, certificate and listing it draws, as demo data', async () => {
    const report = await dataSource.transaction((em) =>
      generateNationalData(em, { producers: 30, products: 60, today: '2026-11-28' }),
    );
    expect(report.counts.producer).toBe(30);
    expect(report.counts.ocop_product).toBe(60);
    expect(report.counts.ocop_certificate).toBeGreaterThanOrEqual(60);
    expect(report.counts.product_listing).toBeGreaterThanOrEqual(60);
    expect(report.counts.evaluation).toBe(15);

    const [check] = (await dataSource.query(`
      SELECT (SELECT count(*)::int FROM producer WHERE NOT demo) AS producers_not_demo,
             (SELECT count(*)::int FROM ocop_product WHERE NOT demo) AS products_not_demo,
             (SELECT count(*)::int FROM ocop_certificate WHERE NOT demo) AS certificates_not_demo,
             (SELECT count(*)::int FROM product_listing WHERE NOT demo) AS listings_not_demo,
             (SELECT count(*)::int FROM ocop_product p
              WHERE NOT EXISTS (SELECT 1 FROM ocop_certificate c WHERE c.product_id = p.id)) AS uncertified,
             (SELECT count(*)::int FROM ocop_certificate WHERE score <> round(score, 2) OR score < 50) AS odd_scores,
             (SELECT count(*)::int FROM product_listing WHERE price_vnd % 5000 <> 0) AS odd_prices,
             (SELECT count(*)::int FROM ocop_certificate c JOIN ocop_certificate n ON n.id = c.superseded_by_id
              WHERE c.superseded_on <> n.decision_date) AS broken_chains,
             (SELECT count(*)::int FROM producer WHERE commune_id IS NULL OR established_year IS NULL) AS incomplete
    `)) as Record<string, number>[];
    expect(check).toEqual({
      producers_not_demo: 0,
      products_not_demo: 0,
      certificates_not_demo: 0,
      listings_not_demo: 0,
      uncertified: 0,
      odd_scores: 0,
      odd_prices: 0,
      broken_chains: 0,
      incomplete: 0,
    });
  });
});
