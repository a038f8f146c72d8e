import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { adminUnitsDir, importAdminUnits, readAdminUnitFiles, REPO_ROOT, type AdminUnitFiles } from '../src';
import { migratedDatabase } from './support';

interface Counts {
  level: string;
  pre: number;
  post: number;
}

async function countsByEra(dataSource: DataSource): Promise<Record<string, { pre: number; post: number }>> {
  const rows: Counts[] = await dataSource.query(`
    SELECT level,
           count(*) FILTER (WHERE valid_to = '2025-07-01')::int AS pre,
           count(*) FILTER (WHERE valid_from = '2025-07-01')::int AS post
    FROM admin_unit GROUP BY level`);
  return Object.fromEntries(rows.map((r) => [r.level, { pre: r.pre, post: r.post }]));
}

/** Every row's physical version: an UPDATE, even to the same values, changes xmin. */
async function rowVersions(dataSource: DataSource): Promise<string> {
  const [row] = await dataSource.query(`
    SELECT md5(string_agg(id::text || xmin::text || updated_at::text, ',' ORDER BY id)) AS units,
           (SELECT md5(string_agg(id::text || xmin::text, ',' ORDER BY id)) FROM unit_lineage) AS lineage
    FROM admin_unit`);
  return JSON.stringify(row);
}

async function successors(
  dataSource: DataSource,
  code: string,
): Promise<{ code: string; name: string; kind: string }[]> {
  return dataSource.query(
    `SELECT t.code, t.name, l.kind FROM unit_lineage l
     JOIN admin_unit f ON f.id = l.from_unit_id JOIN admin_unit t ON t.id = l.to_unit_id
     WHERE f.code = $1 AND f.valid_to = '2025-07-01' ORDER BY t.code`,
    [code],
  );
}

describe('national import of administrative units', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let files: AdminUnitFiles;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('admin_units_import_test'));
    files = readAdminUnitFiles(adminUnitsDir());
  });
  afterAll(() => close());

  it('imports 63 / 696 / 10,035 units before the reform and 34 / 3,321 after it', async () => {
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.provinces).toEqual({ inserted: 63 + 34, updated: 0, unchanged: 0 });
    expect(report.districts).toEqual({ inserted: 696, updated: 0, unchanged: 0 });
    expect(report.communes).toEqual({ inserted: 10_035 + 3_321, updated: 0, unchanged: 0 });
    expect(await countsByEra(dataSource)).toEqual({
      province: { pre: 63, post: 34 },
      district: { pre: 696, post: 0 },
      commune: { pre: 10_035, post: 3_321 },
    });
    // Every mapping row whose old unit is in the official list became an edge, plus 63 province edges.
    const mappedRows = files.communeMapping.filter((m) => m.old_in_pre2025_list === 'true').length;
    expect(report.lineage.inserted).toBe(mappedRows + 63);
    expect(report.skippedStaleCodes).toHaveLength(12);
  });

  it('changes nothing when run a second time', async () => {
    const before = await rowVersions(dataSource);
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.provinces).toEqual({ inserted: 0, updated: 0, unchanged: 97 });
    expect(report.districts).toEqual({ inserted: 0, updated: 0, unchanged: 696 });
    expect(report.communes).toEqual({ inserted: 0, updated: 0, unchanged: 13_356 });
    expect(report.lineage.inserted + report.lineage.updated).toBe(0);
    expect(await rowVersions(dataSource)).toBe(before);
    expect((await countsByEra(dataSource)).commune).toEqual({ pre: 10_035, post: 3_321 });
  });

  it('corrects a unit whose source data changed, and only that one', async () => {
    await dataSource.query(`UPDATE admin_unit SET name = 'Tên sai' WHERE code = '03331'`);
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.communes).toEqual({ inserted: 0, updated: 1, unchanged: 13_355 });
    const [unit] = await dataSource.query(`SELECT name FROM admin_unit WHERE code = '03331'`);
    expect(unit.name).toBe('Thanh Hưng');
  });

  it('links Thanh Hưng 03331 to Thanh Nưa 03328 and Sín Thầu 03154 to 03158', async () => {
    expect(await successors(dataSource, '03331')).toEqual([
      { code: '03328', name: 'Thanh Nưa', kind: 'merge' },
    ]);
    expect(await successors(dataSource, '03154')).toEqual([
      { code: '03158', name: 'Sín Thầu', kind: 'merge' },
    ]);
    // Province 11 was not merged: one edge to itself in the new era.
    const [edge] = await dataSource.query(`
      SELECT t.code, l.kind, l.share FROM unit_lineage l
      JOIN admin_unit f ON f.id = l.from_unit_id JOIN admin_unit t ON t.id = l.to_unit_id
      WHERE f.level = 'province' AND f.code = '11'`);
    expect(edge).toEqual({ code: '11', kind: 'continue', share: 'full' });
  });

  it('records splits as partial edges to every new unit', async () => {
    const [row] = await dataSource.query(`
      SELECT count(*)::int AS split_units, min(n)::int AS min_parts, max(n)::int AS max_parts
      FROM (SELECT from_unit_id, count(*) AS n FROM unit_lineage WHERE kind = 'split' GROUP BY from_unit_id) s`);
    expect(row.split_units).toBeGreaterThan(400);
    expect(row.min_parts).toBe(2);
    expect(row.max_parts).toBeLessThanOrEqual(5);
    const [bad] = await dataSource.query(
      `SELECT count(*)::int AS n FROM unit_lineage WHERE kind = 'split' AND share <> 'partial'`,
    );
    expect(bad.n).toBe(0);
  });

  it('keeps the parents of each era: pre-2025 communes under districts, post-2025 ones under provinces', async () => {
    const rows = await dataSource.query(`
      SELECT c.valid_from IS NULL AS pre, p.level AS parent_level, count(*)::int AS n
      FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'commune' GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(rows).toEqual([
      { pre: false, parent_level: 'province', n: 3_321 },
      { pre: true, parent_level: 'district', n: 10_035 },
    ]);
  });
});

describe('built-in Điện Biên subset', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;

  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('admin_units_builtin_test'));
  });
  afterAll(() => close());

  it('imports the province, its 10 districts, 129 + 45 communes and their lineage', async () => {
    const folder = path.join(REPO_ROOT, 'db', 'reference', 'admin-units-dien-bien');
    const report = await importAdminUnits(dataSource.manager, readAdminUnitFiles(folder));
    expect(report.lineage.inserted).toBe(130);
    expect(await countsByEra(dataSource)).toEqual({
      province: { pre: 1, post: 1 },
      district: { pre: 10, post: 0 },
      commune: { pre: 129, post: 45 },
    });
    expect(await successors(dataSource, '03331')).toEqual([
      { code: '03328', name: 'Thanh Nưa', kind: 'merge' },
    ]);
  });
});
