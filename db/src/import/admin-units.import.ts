import type { EntityManager } from 'typeorm';
import type { LineageKind, UnitLevel } from '../entities';
import type { AdminUnitFiles, UnitChangeRow, UnitRow } from './admin-units.csv';

/** The day the 2025 reform took effect (Decision 19/2025/QĐ-TTg and the 34 resolutions of the UBTVQH). */
export const REFORM_DATE = '2025-07-01';
export const REFORM_LEGAL_BASIS =
  'Nghị quyết 202/2025/QH15 và các nghị quyết 1654–1687/NQ-UBTVQH15 (2025); Quyết định 19/2025/QĐ-TTg';

/**
 * The day the changes of `post2025/changes_v3.0.2_to_v4.2.0.csv` took effect: Đồng Nai became a
 * centrally-run city (Nghị quyết 30/2026/QH16), 10 of its communes became wards, and Xã Phó Bảng
 * 00745 is written Phố Bảng (Nghị quyết 237/NQ-UBTVQH16).
 */
export const CHANGES_2026_DATE = '2026-04-30';
export const CHANGES_2026_LEGAL_BASIS = 'Nghị quyết 30/2026/QH16; Nghị quyết 237/NQ-UBTVQH16';

/**
 * What the import does with each `change_kind` of the changes file. Applied kinds become dated
 * changes (the 2025 row is closed on 2026-04-30, a new row opens, a rename edge links them);
 * the others are legal non-changes, counted in the report and left alone.
 */
export const CHANGE_KINDS: Record<string, { applied: boolean; reason: string }> = {
  unit_type_changed: {
    applied: true,
    reason: 'a new unit type (Đồng Nai a centrally-run city, Xã → Phường)',
  },
  renamed: { applied: true, reason: 'a new name' },
  tone_mark_placement_only: {
    applied: false,
    reason: 'the same name in another orthography ("Hòa"/"Hoà"), not a legal change; search folds both',
  },
  prefix_case_only: { applied: false, reason: 'a lower-case "xã" in the source: a typo' },
};

type Era = 'pre2025' | 'post2025';

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}
/** The changes of 2026-04-30: which were applied (by level and code) and how many of each kind were not. */
export interface DatedChangesReport {
  effectiveOn: string;
  applied: { level: 'province' | 'commune'; code: string; from: string; to: string; kind: string }[];
  notApplied: Record<string, { rows: number; reason: string }>;
}
export type AdminUnitImportReport = Record<
  'provinces' | 'districts' | 'communes' | 'lineage',
  ImportCounts
> & { skippedStaleCodes: string[]; changes2026: DatedChangesReport };

/** One row to write: a unit of the source in the form it had during [validFrom, validTo). */
interface DatedRow {
  row: UnitRow;
  validFrom: string | null;
  validTo: string | null;
}

function countsOf(rows: { inserted: boolean }[], total: number): ImportCounts {
  const inserted = rows.filter((row) => row.inserted).length;
  const updated = rows.length - inserted;
  return { inserted, updated, unchanged: total - rows.length };
}

/**
 * Inserts the units of one level and era, or corrects the ones whose source data changed.
 * Rows that are already as the source says are not touched (no new row version, same
 * `updated_at`): that is what makes a second import change nothing.
 *
 * Parents: a pre-2025 unit's parent is the pre-2025 row of the parent's code; a post-2025 unit's
 * parent is the **newest** row of its province's code. A change of name or type of the province
 * (Đồng Nai, 2026-04-30) is not a reorganisation: its communes did not change, so they keep one
 * row each, under the province row of today (the older row is reached through its lineage).
 */
async function upsertUnits(
  em: EntityManager,
  level: UnitLevel,
  era: Era,
  rows: DatedRow[],
  parentOf: (row: UnitRow) => { level: UnitLevel; code: string } | null,
): Promise<ImportCounts> {
  const parents = rows.map((r) => parentOf(r.row));
  const result: { inserted: boolean }[] = await em.query(
    `INSERT INTO admin_unit AS u (code, level, unit_type, name, full_name, name_en, parent_id, valid_from, valid_to)
     SELECT r.code, $1, r.unit_type, r.name, r.full_name, r.name_en, p.id, r.valid_from, r.valid_to
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                 $10::date[], $11::date[])
          AS r(code, unit_type, name, full_name, name_en, parent_level, parent_code, valid_from, valid_to)
     LEFT JOIN LATERAL (
       SELECT p.id FROM admin_unit p
       WHERE p.level = r.parent_level AND p.code = r.parent_code
         AND (CASE WHEN $2 = 'pre2025' THEN p.valid_from IS NULL ELSE p.valid_from IS NOT NULL END)
       ORDER BY p.valid_from DESC NULLS LAST
       LIMIT 1
     ) p ON true
     ON CONFLICT (level, code, valid_from) WHERE code IS NOT NULL DO UPDATE
       SET unit_type = excluded.unit_type, name = excluded.name, full_name = excluded.full_name,
           name_en = excluded.name_en, parent_id = excluded.parent_id, valid_to = excluded.valid_to,
           updated_at = now()
       WHERE (u.unit_type, u.name, u.full_name, u.name_en, u.parent_id, u.valid_to)
             IS DISTINCT FROM (excluded.unit_type, excluded.name, excluded.full_name, excluded.name_en,
                               excluded.parent_id, excluded.valid_to)
     RETURNING (xmax = 0) AS inserted`,
    [
      level,
      era,
      rows.map((r) => r.row.code),
      rows.map((r) => r.row.unit_type),
      rows.map((r) => r.row.name),
      rows.map((r) => r.row.full_name),
      rows.map((r) => r.row.name_en || null),
      parents.map((p) => p?.level ?? null),
      parents.map((p) => p?.code ?? null),
      rows.map((r) => r.validFrom),
      rows.map((r) => r.validTo),
    ],
  );
  return countsOf(result, rows.length);
}

/** A unit as it is from 2026-04-30 on: `row` with the name and type of `change`. */
function changedRow(row: UnitRow, change: UnitChangeRow, unitTypes: string[]): UnitRow {
  const fullName = change['full_name_v4.2.0'];
  // The short type is the prefix of the new full name ("Thành phố Đồng Nai"): the changes file
  // gives the long one for provinces ("Thành phố trực thuộc trung ương").
  const unitType = unitTypes
    .filter((type) => fullName.startsWith(`${type} `))
    .sort((a, b) => b.length - a.length)[0];
  if (!unitType) throw new Error(`change of ${change.level} ${change.code}: no unit type in "${fullName}"`);
  return { ...row, unit_type: unitType, name: fullName.slice(unitType.length + 1), full_name: fullName };
}

/**
 * The changes to apply, by "level:code", checked against the 2025 lists: every row of the file
 * names a unit of the list with the full name it had in 2025, and has a known `change_kind`.
 */
function datedChanges(files: AdminUnitFiles): { changed: Map<string, UnitRow>; report: DatedChangesReport } {
  const lists = {
    province: new Map(files.postProvinces.map((r) => [r.code, r])),
    commune: new Map(files.postCommunes.map((r) => [r.code, r])),
  };
  const unitTypes = [...new Set([...files.postProvinces, ...files.postCommunes].map((r) => r.unit_type))];
  const changed = new Map<string, UnitRow>();
  const report: DatedChangesReport = { effectiveOn: CHANGES_2026_DATE, applied: [], notApplied: {} };
  for (const change of files.changes) {
    const row = lists[change.level]?.get(change.code);
    const kind = CHANGE_KINDS[change.change_kind];
    if (!row || row.full_name !== change['full_name_v3.0.2'] || !kind) {
      throw new Error(
        `changes file: ${change.level} ${change.code} (${change.change_kind}, "${change['full_name_v3.0.2']}") ` +
          `does not match the 2025 list`,
      );
    }
    if (!kind.applied) {
      const entry = (report.notApplied[change.change_kind] ??= { rows: 0, reason: kind.reason });
      entry.rows += 1;
      continue;
    }
    const next = changedRow(row, change, unitTypes);
    changed.set(`${change.level}:${change.code}`, next);
    report.applied.push({
      level: change.level,
      code: change.code,
      from: row.full_name,
      to: next.full_name,
      kind: change.change_kind,
    });
  }
  return { changed, report };
}

/**
 * The rows of one level of the post-2025 list: each unit from 2025-07-01, closed on 2026-04-30
 * when it changed then, followed by its row from 2026-04-30.
 */
function postRows(
  level: 'province' | 'commune',
  rows: UnitRow[],
  changed: Map<string, UnitRow>,
): DatedRow[][] {
  const from2025: DatedRow[] = [];
  const from2026: DatedRow[] = [];
  for (const row of rows) {
    const next = changed.get(`${level}:${row.code}`);
    from2025.push({ row, validFrom: REFORM_DATE, validTo: next ? CHANGES_2026_DATE : null });
    if (next) from2026.push({ row: next, validFrom: CHANGES_2026_DATE, validTo: null });
  }
  return [from2025, from2026];
}

interface Edge {
  fromLevel: UnitLevel;
  fromCode: string;
  toLevel: UnitLevel;
  toCode: string;
  share: 'full' | 'partial';
  kind: LineageKind;
}

/**
 * The kind of each edge follows from the shape of the mapping: an old unit with several new
 * ones was split; a new unit with several old ones is a merge; one to one is a rename when
 * the full name changed and a continuation when it did not.
 */
function classifyEdges(
  raw: Omit<Edge, 'kind'>[],
  oldNames: Map<string, string>,
  newNames: Map<string, string>,
): Edge[] {
  const outgoing = new Map<string, number>();
  const incoming = new Map<string, number>();
  for (const e of raw) {
    const from = `${e.fromLevel}:${e.fromCode}`;
    outgoing.set(from, (outgoing.get(from) ?? 0) + 1);
    incoming.set(e.toCode, (incoming.get(e.toCode) ?? 0) + 1);
  }
  const unknown = raw.filter((e) => !oldNames.has(`${e.fromLevel}:${e.fromCode}`) || !newNames.has(e.toCode));
  if (unknown.length > 0) {
    const sample = unknown.slice(0, 5).map((e) => `${e.fromLevel} ${e.fromCode} → ${e.toCode}`);
    throw new Error(
      `${unknown.length} lineage edges name units missing from the unit lists: ${sample.join(', ')}`,
    );
  }
  return raw.map((e) => {
    let kind: LineageKind;
    if ((outgoing.get(`${e.fromLevel}:${e.fromCode}`) ?? 0) > 1) kind = 'split';
    else if ((incoming.get(e.toCode) ?? 0) > 1) kind = 'merge';
    else
      kind = oldNames.get(`${e.fromLevel}:${e.fromCode}`) === newNames.get(e.toCode) ? 'continue' : 'rename';
    return { ...e, kind };
  });
}

/** Edges from the units closed on `day` to the units opened on `day`, by level and code. */
async function upsertLineage(
  em: EntityManager,
  edges: Edge[],
  day: string = REFORM_DATE,
  legalBasis: string = REFORM_LEGAL_BASIS,
): Promise<ImportCounts> {
  const result: { inserted: boolean }[] = await em.query(
    `INSERT INTO unit_lineage AS l (from_unit_id, to_unit_id, kind, share, effective_on, legal_basis)
     SELECT f.id, t.id, e.kind, e.share, $1::date, $2
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
          AS e(from_level, from_code, to_level, to_code, kind, share)
     JOIN admin_unit f ON f.level = e.from_level AND f.code = e.from_code AND f.valid_to = $1::date
     JOIN admin_unit t ON t.level = e.to_level AND t.code = e.to_code AND t.valid_from = $1::date
     ON CONFLICT (from_unit_id, to_unit_id) DO UPDATE
       SET kind = excluded.kind, share = excluded.share, effective_on = excluded.effective_on,
           legal_basis = excluded.legal_basis, updated_at = now()
       WHERE (l.kind, l.share, l.effective_on, l.legal_basis)
             IS DISTINCT FROM (excluded.kind, excluded.share, excluded.effective_on, excluded.legal_basis)
     RETURNING (xmax = 0) AS inserted`,
    [
      day,
      legalBasis,
      edges.map((e) => e.fromLevel),
      edges.map((e) => e.fromCode),
      edges.map((e) => e.toLevel),
      edges.map((e) => e.toCode),
      edges.map((e) => e.kind),
      edges.map((e) => e.share),
    ],
  );
  return countsOf(result, edges.length);
}

/**
 * Imports every administrative unit before and after the 1 July 2025 reform and the lineage
 * between them, then the changes in force since 30 April 2026 as dated changes (see
 * `CHANGE_KINDS`), by natural key (level, code, period), in one transaction. Idempotent.
 */
export async function importAdminUnits(
  em: EntityManager,
  files: AdminUnitFiles,
): Promise<AdminUnitImportReport> {
  return em.transaction(async (tx) => {
    const provinces = {
      inserted: 0,
      updated: 0,
      unchanged: 0,
    };
    const add = (total: ImportCounts, part: ImportCounts): void => {
      total.inserted += part.inserted;
      total.updated += part.updated;
      total.unchanged += part.unchanged;
    };
    const pre = (rows: UnitRow[]): DatedRow[] =>
      rows.map((row) => ({ row, validFrom: null, validTo: REFORM_DATE }));
    const { changed, report: changes2026 } = datedChanges(files);
    add(provinces, await upsertUnits(tx, 'province', 'pre2025', pre(files.preProvinces), () => null));
    // The provinces' rows of 2026 before any commune, whose parent is the newest province row.
    for (const rows of postRows('province', files.postProvinces, changed)) {
      add(provinces, await upsertUnits(tx, 'province', 'post2025', rows, () => null));
    }
    const districts = await upsertUnits(tx, 'district', 'pre2025', pre(files.preDistricts), (r) => ({
      level: 'province',
      code: r.province_code!,
    }));
    const communes = { inserted: 0, updated: 0, unchanged: 0 };
    add(
      communes,
      await upsertUnits(tx, 'commune', 'pre2025', pre(files.preCommunes), (r) => ({
        level: 'district',
        code: r.district_code!,
      })),
    );
    for (const rows of postRows('commune', files.postCommunes, changed)) {
      add(
        communes,
        await upsertUnits(tx, 'commune', 'post2025', rows, (r) => ({
          level: 'province',
          code: r.province_code!,
        })),
      );
    }

    // Lineage. The 12 stale codes of the mapping (already merged away before 2025) are not
    // in the official pre-2025 list, so they have no unit to start an edge from.
    const preNames = new Map<string, string>();
    for (const r of files.preProvinces) preNames.set(`province:${r.code}`, r.full_name);
    for (const r of files.preDistricts) preNames.set(`district:${r.code}`, r.full_name);
    for (const r of files.preCommunes) preNames.set(`commune:${r.code}`, r.full_name);
    const postProvinceNames = new Map(files.postProvinces.map((r) => [r.code, r.full_name]));
    const postCommuneNames = new Map(files.postCommunes.map((r) => [r.code, r.full_name]));

    const skippedStaleCodes = files.communeMapping
      .filter((m) => m.old_in_pre2025_list !== 'true')
      .map((m) => m.old_code);
    const provinceEdges = classifyEdges(
      files.provinceMapping.map((m) => ({
        fromLevel: 'province',
        fromCode: m.old_code,
        toLevel: 'province',
        toCode: m.new_code,
        share: 'full',
      })),
      preNames,
      postProvinceNames,
    );
    const communeEdges = classifyEdges(
      files.communeMapping
        .filter((m) => m.old_in_pre2025_list === 'true')
        .map((m) => ({
          fromLevel: m.old_level,
          fromCode: m.old_code,
          toLevel: 'commune',
          toCode: m.new_code,
          share: m.merge_type,
        })),
      preNames,
      postCommuneNames,
    );
    const lineage = { inserted: 0, updated: 0, unchanged: 0 };
    add(lineage, await upsertLineage(tx, provinceEdges));
    add(lineage, await upsertLineage(tx, communeEdges));
    // 2026-04-30: each changed unit's 2025 row → its row of today, the same unit renamed or re-typed.
    const renames: Edge[] = changes2026.applied.map((c) => ({
      fromLevel: c.level,
      fromCode: c.code,
      toLevel: c.level,
      toCode: c.code,
      share: 'full',
      kind: 'rename',
    }));
    add(lineage, await upsertLineage(tx, renames, CHANGES_2026_DATE, CHANGES_2026_LEGAL_BASIS));
    return { provinces, districts, communes, lineage, skippedStaleCodes, changes2026 };
  });
}
