import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  importAdminUnits,
  importCriteriaSets,
  importOcopClassification,
  readAdminUnitFiles,
  REFERENCE_ADMIN_UNITS_DIR,
} from '../src';
import { migratedDatabase } from './support';

describe('criteria sets and OCOP classification', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('reference_import_test'));
    // The provincial sets name their issuing province: the national units in the repository.
    await importAdminUnits(dataSource.manager, readAdminUnitFiles(REFERENCE_ADMIN_UNITS_DIR));
  });
  afterAll(() => close());

  it('imports the national and Điện Biên sets with their criteria', async () => {
    expect(await importCriteriaSets(dataSource.manager)).toBeGreaterThan(0);
    const sets = await dataSource.query(`
      SELECT s.code, s.unit_level, s.tier, s.issuer_level, p.code AS province, s.illustrative,
             count(c.id)::int AS criteria, min(c.number)::int AS first, max(c.number)::int AS last
      FROM criteria_set s LEFT JOIN admin_unit p ON p.id = s.issuer_unit_id
      LEFT JOIN criterion c ON c.criteria_set_id = s.id
      GROUP BY s.id, p.code ORDER BY s.code`);
    expect(sets).toEqual([
      expect.objectContaining({
        code: 'NTM-11-ADVANCED-COMMUNE-2019-2021',
        tier: 'advanced',
        criteria: 16,
        first: 1,
        last: 16,
        province: '11',
        illustrative: true,
      }),
      expect.objectContaining({
        code: 'NTM-11-VILLAGE-2019-2020',
        unit_level: 'village',
        criteria: 10,
        province: '11',
        illustrative: true,
      }),
      expect.objectContaining({
        code: 'NTM-COMMUNE-2016-2020',
        criteria: 19,
        first: 1,
        last: 19,
        province: null,
        illustrative: false,
      }),
      expect.objectContaining({
        code: 'NTM-COMMUNE-2021-2025',
        criteria: 19,
        first: 1,
        last: 19,
        illustrative: false,
      }),
      expect.objectContaining({ code: 'NTM-COMMUNE-2026-2030', criteria: 10, first: 1, last: 10 }),
    ]);
    const [c11] = await dataSource.query(`
      SELECT c.name_vi, c.name_en FROM criterion c JOIN criteria_set s ON s.id = c.criteria_set_id
      WHERE s.code = 'NTM-COMMUNE-2021-2025' AND c.number = 11`);
    expect(c11).toEqual({ name_vi: 'Nghèo đa chiều', name_en: 'Multidimensional poverty' });
  });

  it('imports 6 sectors, 17 groups and 26 product sets', async () => {
    expect(await importOcopClassification(dataSource.manager)).toBe(6 + 17 + 26);
    const [counts] = await dataSource.query(`
      SELECT (SELECT count(*) FROM ocop_sector)::int AS sectors, (SELECT count(*) FROM ocop_group)::int AS groups,
             (SELECT count(*) FROM ocop_product_set)::int AS sets`);
    expect(counts).toEqual({ sectors: 6, groups: 17, sets: 26 });
  });

  it('changes nothing when run a second time', async () => {
    expect(await importCriteriaSets(dataSource.manager)).toBe(0);
    expect(await importOcopClassification(dataSource.manager)).toBe(0);
  });
});
