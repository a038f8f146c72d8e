import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import {
  adminUnitsDir,
  hasAdminUnitFiles,
  importAdminUnits,
  readAdminUnitFiles,
  REPO_ROOT,
  type AdminUnitFiles,
} from '../src';
import { migratedDatabase } from './support';

interface Counts {
  level: string;
  pre: number;
  post: number;
  post2026: number;
}

/** Rows by level: before the reform, from the reform (2025-07-01) and from the changes of 2026-04-30. */
async function countsByEra(
  dataSource: DataSource,
): Promise<Record<string, { pre: number; post: number; post2026: number }>> {
  const rows: Counts[] = await dataSource.query(`
    SELECT level,
           count(*) FILTER (WHERE valid_to = '2025-07-01')::int AS pre,
           count(*) FILTER (WHERE valid_from = '2025-07-01')::int AS post,
           count(*) FILTER (WHERE valid_from = '2026-04-30')::int AS post2026
    FROM admin_unit GROUP BY level`);
  return Object.fromEntries(rows.map((r) => [r.level, { pre: r.pre, post: r.post, post2026: r.post2026 }]));
}

interface Version {
  id: string;
  unit_type: string;
  full_name: string;
  parent_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
}

/** The rows of one level and code from the reform on (2025-07-01), oldest first. */
async function versions(dataSource: DataSource, level: string, code: string): Promise<Version[]> {
  return dataSource.query(
    `SELECT id, unit_type, full_name, parent_id, valid_from::text AS valid_from, valid_to::text AS valid_to
     FROM admin_unit WHERE level = $1 AND code = $2 AND valid_from IS NOT NULL ORDER BY valid_from`,
    [level, code],
  );
}

/** The lineage edges from one row to another. */
async function edgesBetween(dataSource: DataSource, fromId: string, toId: string): Promise<unknown[]> {
  return dataSource.query(
    `SELECT kind, share, effective_on::text AS effective_on, legal_basis FROM unit_lineage
     WHERE from_unit_id = $1 AND to_unit_id = $2`,
    [fromId, toId],
  );
}

const RENAME_2026 = {
  kind: 'rename',
  share: 'full',
  effective_on: '2026-04-30',
  legal_basis: 'Nghị quyết 30/2026/QH16; Nghị quyết 237/NQ-UBTVQH16',
};

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

  it('reads the files in the repository by default, not a folder beside it', () => {
    expect(adminUnitsDir({})).toBe(path.join(REPO_ROOT, 'db', 'reference', 'admin-units'));
    expect(hasAdminUnitFiles(adminUnitsDir({}))).toBe(true);
    expect(adminUnitsDir({ ADMIN_UNITS_DIR: '/elsewhere/units' })).toBe('/elsewhere/units');
  });

  it('imports 63 / 696 / 10,035 units before the reform and 34 / 3,321 after it, and the 12 changes of 2026', async () => {
    const report = await importAdminUnits(dataSource.manager, files);
    // 2026-04-30: Đồng Nai (1 province) and 10 of its communes re-typed, 00745 renamed.
    expect(report.provinces).toEqual({ inserted: 63 + 34 + 1, updated: 0, unchanged: 0 });
    expect(report.districts).toEqual({ inserted: 696, updated: 0, unchanged: 0 });
    expect(report.communes).toEqual({ inserted: 10_035 + 3_321 + 11, updated: 0, unchanged: 0 });
    expect(await countsByEra(dataSource)).toEqual({
      province: { pre: 63, post: 34, post2026: 1 },
      district: { pre: 696, post: 0, post2026: 0 },
      commune: { pre: 10_035, post: 3_321, post2026: 11 },
    });
    // Every mapping row whose old unit is in the official list became an edge, plus 63 province
    // edges and the 12 rename edges of 2026.
    const mappedRows = files.communeMapping.filter((m) => m.old_in_pre2025_list === 'true').length;
    expect(report.lineage.inserted).toBe(mappedRows + 63 + 12);
    expect(report.skippedStaleCodes).toHaveLength(12);
    expect(report.changes2026.applied).toHaveLength(12);
    expect(report.changes2026.applied).toContainEqual({
      level: 'province',
      code: '75',
      from: 'Tỉnh Đồng Nai',
      to: 'Thành phố Đồng Nai',
      kind: 'unit_type_changed',
    });
    expect(
      Object.fromEntries(
        Object.entries(report.changes2026.notApplied).map(([kind, { rows }]) => [kind, rows]),
      ),
    ).toEqual({ tone_mark_placement_only: 192, prefix_case_only: 1 });
  });

  it('has 34 provinces and 3,321 communes on any day from 2025-07-01, and on today', async () => {
    for (const day of ['2025-07-01', '2026-04-29', '2026-04-30', '2026-12-01']) {
      const [row] = await dataSource.query(
        `SELECT count(*) FILTER (WHERE level = 'province')::int AS provinces,
                count(*) FILTER (WHERE level = 'commune')::int AS communes
         FROM admin_unit WHERE (valid_from IS NULL OR valid_from <= $1) AND (valid_to IS NULL OR valid_to > $1)`,
        [day],
      );
      expect(row, day).toEqual({ provinces: 34, communes: 3_321 });
    }
  });

  it('closes Tỉnh Đồng Nai on 2026-04-30 and opens Thành phố Đồng Nai, linked by a rename edge', async () => {
    const [tinh, city, ...more] = await versions(dataSource, 'province', '75');
    expect(more).toEqual([]);
    expect(tinh).toMatchObject({
      unit_type: 'Tỉnh',
      full_name: 'Tỉnh Đồng Nai',
      valid_from: '2025-07-01',
      valid_to: '2026-04-30',
    });
    expect(city).toMatchObject({
      unit_type: 'Thành phố',
      full_name: 'Thành phố Đồng Nai',
      valid_from: '2026-04-30',
      valid_to: null,
    });
    expect(await edgesBetween(dataSource, tinh!.id, city!.id)).toEqual([RENAME_2026]);
    // Its 2025 row still has the two pre-2025 provinces merged into it.
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM unit_lineage WHERE to_unit_id = $1 AND effective_on = '2025-07-01'`,
      [tinh!.id],
    );
    expect(n).toBe(2);
  });

  it('re-types a commune of Đồng Nai (Xã → Phường) the same way, under the province row of today', async () => {
    const [city] = (await versions(dataSource, 'province', '75')).slice(-1);
    const [xa, phuong, ...more] = await versions(dataSource, 'commune', '26248');
    expect(more).toEqual([]);
    expect(xa).toMatchObject({ unit_type: 'Xã', full_name: 'Xã Trảng Bom', valid_to: '2026-04-30' });
    expect(phuong).toMatchObject({
      unit_type: 'Phường',
      full_name: 'Phường Trảng Bom',
      valid_from: '2026-04-30',
      valid_to: null,
    });
    expect(await edgesBetween(dataSource, xa!.id, phuong!.id)).toEqual([RENAME_2026]);
    // A commune that did not change keeps one row, whose parent is the newest province row.
    const communes = await dataSource.query(
      `SELECT c.code FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
       WHERE c.level = 'commune' AND p.level = 'province' AND p.code = '75' AND p.id <> $1`,
      [city!.id],
    );
    expect(communes).toEqual([]);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM admin_unit WHERE parent_id = $1 AND valid_to IS NULL`,
      [city!.id],
    );
    const inList = files.postCommunes.filter((c) => c.province_code === '75').length;
    expect(n).toBe(inList);
    const retyped = new Set(
      files.changes.filter((c) => c.change_kind === 'unit_type_changed').map((c) => c.code),
    );
    const steady = files.postCommunes.find((c) => c.province_code === '75' && !retyped.has(c.code))!;
    const [unchanged, ...others] = await versions(dataSource, 'commune', steady.code);
    expect(others).toEqual([]);
    expect(unchanged).toMatchObject({ parent_id: city!.id, valid_from: '2025-07-01', valid_to: null });
  });

  it('renames 00745 Phó Bảng → Phố Bảng and leaves the tone-mark and case-only rows alone', async () => {
    const [old, renamed] = await versions(dataSource, 'commune', '00745');
    expect(old).toMatchObject({ full_name: 'Xã Phó Bảng', valid_to: '2026-04-30' });
    expect(renamed).toMatchObject({ full_name: 'Xã Phố Bảng', unit_type: 'Xã', valid_from: '2026-04-30' });
    expect(await edgesBetween(dataSource, old!.id, renamed!.id)).toEqual([RENAME_2026]);
    // Tone mark only (Thanh Hóa / Thanh Hoá) and a source typo (06325): one row each, as in 2025.
    for (const [level, code, name] of [
      ['province', '38', 'Tỉnh Thanh Hóa'],
      ['province', '56', 'Tỉnh Khánh Hòa'],
      ['commune', '06325', 'Xã Bắc Sơn'],
    ] as const) {
      expect(await versions(dataSource, level, code)).toEqual([
        expect.objectContaining({ full_name: name, valid_from: '2025-07-01', valid_to: null }),
      ]);
    }
    const toneOnly = files.changes
      .filter((c) => c.change_kind === 'tone_mark_placement_only')
      .map((c) => c.code);
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM admin_unit WHERE code = ANY($1) AND valid_from = '2026-04-30'`,
      [toneOnly],
    );
    expect(n).toBe(0);
  });

  it('changes nothing when run a second time', async () => {
    const before = await rowVersions(dataSource);
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.provinces).toEqual({ inserted: 0, updated: 0, unchanged: 98 });
    expect(report.districts).toEqual({ inserted: 0, updated: 0, unchanged: 696 });
    expect(report.communes).toEqual({ inserted: 0, updated: 0, unchanged: 13_367 });
    expect(report.lineage.inserted + report.lineage.updated).toBe(0);
    expect(await rowVersions(dataSource)).toBe(before);
    expect((await countsByEra(dataSource)).commune).toEqual({ pre: 10_035, post: 3_321, post2026: 11 });
  });

  it('corrects a unit whose source data changed, and only that one', async () => {
    await dataSource.query(`UPDATE admin_unit SET name = 'Tên sai' WHERE code = '03331'`);
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.communes).toEqual({ inserted: 0, updated: 1, unchanged: 13_366 });
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

  it('upgrades a database imported before the changes of 2026: closes the 2025 rows, adds the new ones, re-parents', async () => {
    // The state the previous import left: no 2026 rows or edges, the 2025 rows open, Đồng Nai's
    // communes under its 2025 row.
    await dataSource.transaction(async (tx) => {
      const [tinh] = await versions(dataSource, 'province', '75');
      await tx.query(`DELETE FROM unit_lineage WHERE effective_on = '2026-04-30'`);
      await tx.query(
        `UPDATE admin_unit SET parent_id = $1 WHERE level = 'commune' AND valid_from IS NOT NULL
           AND parent_id IN (SELECT id FROM admin_unit WHERE level = 'province' AND code = '75')`,
        [tinh!.id],
      );
      await tx.query(`DELETE FROM admin_unit WHERE valid_from = '2026-04-30'`);
      await tx.query(`UPDATE admin_unit SET valid_to = NULL WHERE valid_to = '2026-04-30'`);
    });
    const communesOf75 = files.postCommunes.filter((c) => c.province_code === '75').length;
    const report = await importAdminUnits(dataSource.manager, files);
    expect(report.provinces).toEqual({ inserted: 1, updated: 1, unchanged: 96 });
    // The 10 re-typed communes are closed (and re-parented), 00745 closed, every other commune of
    // Đồng Nai re-parented; 11 new rows.
    expect(report.communes).toEqual({
      inserted: 11,
      updated: communesOf75 + 1,
      unchanged: 13_367 - 11 - communesOf75 - 1,
    });
    expect(report.lineage).toEqual({ inserted: 12, updated: 0, unchanged: 10_654 });
    expect(await countsByEra(dataSource)).toEqual({
      province: { pre: 63, post: 34, post2026: 1 },
      district: { pre: 696, post: 0, post2026: 0 },
      commune: { pre: 10_035, post: 3_321, post2026: 11 },
    });
    const before = await rowVersions(dataSource);
    await importAdminUnits(dataSource.manager, files);
    expect(await rowVersions(dataSource)).toBe(before);
  });

  it('keeps the parents of each era: pre-2025 communes under districts, post-2025 ones under provinces', async () => {
    const rows = await dataSource.query(`
      SELECT c.valid_from IS NULL AS pre, p.level AS parent_level, count(*)::int AS n
      FROM admin_unit c JOIN admin_unit p ON p.id = c.parent_id
      WHERE c.level = 'commune' GROUP BY 1, 2 ORDER BY 1, 2`);
    expect(rows).toEqual([
      { pre: false, parent_level: 'province', n: 3_321 + 11 },
      { pre: true, parent_level: 'district', n: 10_035 },
    ]);
  });
});
