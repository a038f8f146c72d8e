import type { EntityManager } from 'typeorm';
import type { LineageKind, UnitLevel } from '../entities';
import type { AdminUnitFiles, UnitRow } from './admin-units.csv';

/** The day the 2025 reform took effect (Decision 19/2025/QĐ-TTg and the 34 resolutions of the UBTVQH). */
export const REFORM_DATE = '2025-07-01';
export const REFORM_LEGAL_BASIS =
  'Nghị quyết 202/2025/QH15 và các nghị quyết 1654–1687/NQ-UBTVQH15 (2025); Quyết định 19/2025/QĐ-TTg';

type Era = 'pre2025' | 'post2025';

export interface ImportCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}
export type AdminUnitImportReport = Record<
  'provinces' | 'districts' | 'communes' | 'lineage',
  ImportCounts
> & { skippedStaleCodes: string[] };

const validity: Record<Era, { from: string | null; to: string | null }> = {
  pre2025: { from: null, to: REFORM_DATE },
  post2025: { from: REFORM_DATE, to: null },
};

function countsOf(rows: { inserted: boolean }[], total: number): ImportCounts {
  const inserted = rows.filter((row) => row.inserted).length;
  const updated = rows.length - inserted;
  return { inserted, updated, unchanged: total - rows.length };
}

/**
 * Inserts the units of one level and era, or corrects the ones whose source data changed.
 * Rows that are already as the source says are not touched (no new row version, same
 * `updated_at`): that is what makes a second import change nothing.
 */
async function upsertUnits(
  em: EntityManager,
  level: UnitLevel,
  era: Era,
  rows: UnitRow[],
  parentOf: (row: UnitRow) => { level: UnitLevel; code: string } | null,
): Promise<ImportCounts> {
  const { from, to } = validity[era];
  const parents = rows.map(parentOf);
  const result: { inserted: boolean }[] = await em.query(
    `INSERT INTO admin_unit AS u (code, level, unit_type, name, full_name, name_en, parent_id, valid_from, valid_to)
     SELECT r.code, $1, r.unit_type, r.name, r.full_name, r.name_en, p.id, $2::date, $3::date
     FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
          AS r(code, unit_type, name, full_name, name_en, parent_level, parent_code)
     LEFT JOIN admin_unit p
       ON p.level = r.parent_level AND p.code = r.parent_code AND p.valid_from IS NOT DISTINCT FROM $2::date
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
      from,
      to,
      rows.map((r) => r.code),
      rows.map((r) => r.unit_type),
      rows.map((r) => r.name),
      rows.map((r) => r.full_name),
      rows.map((r) => r.name_en || null),
      parents.map((p) => p?.level ?? null),
      parents.map((p) => p?.code ?? null),
    ],
  );
  return countsOf(result, rows.length);
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

async function upsertLineage(em: EntityManager, edges: Edge[]): Promise<ImportCounts> {
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
      REFORM_DATE,
      REFORM_LEGAL_BASIS,
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
 * between them, by natural key (level, code, period), in one transaction. Idempotent.
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
    add(provinces, await upsertUnits(tx, 'province', 'pre2025', files.preProvinces, () => null));
    add(provinces, await upsertUnits(tx, 'province', 'post2025', files.postProvinces, () => null));
    const districts = await upsertUnits(tx, 'district', 'pre2025', files.preDistricts, (r) => ({
      level: 'province',
      code: r.province_code!,
    }));
    const communes = { inserted: 0, updated: 0, unchanged: 0 };
    add(
      communes,
      await upsertUnits(tx, 'commune', 'pre2025', files.preCommunes, (r) => ({
        level: 'district',
        code: r.district_code!,
      })),
    );
    add(
      communes,
      await upsertUnits(tx, 'commune', 'post2025', files.postCommunes, (r) => ({
        level: 'province',
        code: r.province_code!,
      })),
    );

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
    return { provinces, districts, communes, lineage, skippedStaleCodes };
  });
}
