import type { EntityManager } from 'typeorm';
import { CRITERIA_SETS } from '../reference/criteria-sets.data';
import { OCOP_CLASSIFICATION } from '../reference/ocop-classification.data';

/**
 * Criteria sets with their criteria and indicators, and the OCOP classification, upserted by
 * natural key (codes). Like the unit import, a second run changes nothing.
 */
export async function importCriteriaSets(em: EntityManager): Promise<number> {
  let changed = 0;
  for (const set of CRITERIA_SETS) {
    const [row] = await em.query<{ id: string; changed: boolean }[]>(
      `INSERT INTO criteria_set AS s (code, name_vi, name_en, issuer_level, issuer_unit_id, issuer, legal_document,
                                legal_document_date, period_start, period_end, unit_level, tier, illustrative, note)
       VALUES ($1, $2, $3, $4,
               (SELECT id FROM admin_unit WHERE level = 'province' AND code = $5 ORDER BY valid_from NULLS FIRST LIMIT 1),
               $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (code) DO UPDATE SET
         name_vi = excluded.name_vi, name_en = excluded.name_en, issuer_level = excluded.issuer_level,
         issuer_unit_id = excluded.issuer_unit_id, issuer = excluded.issuer, legal_document = excluded.legal_document,
         legal_document_date = excluded.legal_document_date, period_start = excluded.period_start,
         period_end = excluded.period_end, unit_level = excluded.unit_level, tier = excluded.tier,
         illustrative = excluded.illustrative, note = excluded.note, updated_at = now()
       WHERE (s.name_vi, s.name_en, s.issuer_level, s.issuer_unit_id, s.issuer, s.legal_document, s.legal_document_date,
              s.period_start, s.period_end, s.unit_level, s.tier, s.illustrative, s.note)
         IS DISTINCT FROM (excluded.name_vi, excluded.name_en, excluded.issuer_level, excluded.issuer_unit_id,
              excluded.issuer, excluded.legal_document, excluded.legal_document_date, excluded.period_start,
              excluded.period_end, excluded.unit_level, excluded.tier, excluded.illustrative, excluded.note)
       RETURNING id, true AS changed`,
      [
        set.code,
        set.nameVi,
        set.nameEn,
        set.issuerLevel,
        set.issuerProvinceCode,
        set.issuer,
        set.legalDocument,
        set.legalDocumentDate,
        set.periodStart,
        set.periodEnd,
        set.unitLevel,
        set.tier,
        set.illustrative,
        set.note,
      ],
    );
    if (row) changed += 1;
    const [{ id: setId }] = (await em.query(`SELECT id FROM criteria_set WHERE code = $1`, [set.code])) as [
      { id: string },
    ];
    const criteria: { id: string; number: number }[] = await em.query(
      `INSERT INTO criterion AS c (criteria_set_id, number, group_vi, group_en, name_vi, name_en)
       SELECT $1, r.number, r.group_vi, r.group_en, r.name_vi, r.name_en
       FROM unnest($2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[])
            AS r(number, group_vi, group_en, name_vi, name_en)
       ON CONFLICT (criteria_set_id, number) DO UPDATE SET
         group_vi = excluded.group_vi, group_en = excluded.group_en, name_vi = excluded.name_vi,
         name_en = excluded.name_en, updated_at = now()
       WHERE (c.group_vi, c.group_en, c.name_vi, c.name_en)
         IS DISTINCT FROM (excluded.group_vi, excluded.group_en, excluded.name_vi, excluded.name_en)
       RETURNING id, number`,
      [
        setId,
        set.criteria.map((c) => c.number),
        set.criteria.map((c) => c.groupVi),
        set.criteria.map((c) => c.groupEn),
        set.criteria.map((c) => c.nameVi),
        set.criteria.map((c) => c.nameEn),
      ],
    );
    changed += criteria.length;
    const indicators = set.criteria.flatMap((c) => c.indicators.map((i) => ({ number: c.number, ...i })));
    if (indicators.length > 0) {
      const rows: unknown[] = await em.query(
        `INSERT INTO indicator AS i (criterion_id, code, name_vi, name_en, target)
         SELECT c.id, r.code, r.name_vi, r.name_en, r.target
         FROM unnest($2::smallint[], $3::text[], $4::text[], $5::text[], $6::text[])
              AS r(number, code, name_vi, name_en, target)
         JOIN criterion c ON c.criteria_set_id = $1 AND c.number = r.number
         ON CONFLICT (criterion_id, code) DO UPDATE SET
           name_vi = excluded.name_vi, name_en = excluded.name_en, target = excluded.target, updated_at = now()
         WHERE (i.name_vi, i.name_en, i.target) IS DISTINCT FROM (excluded.name_vi, excluded.name_en, excluded.target)
         RETURNING i.id`,
        [
          setId,
          indicators.map((i) => i.number),
          indicators.map((i) => i.code),
          indicators.map((i) => i.nameVi),
          indicators.map((i) => i.nameEn),
          indicators.map((i) => i.target ?? null),
        ],
      );
      changed += rows.length;
    }
  }
  return changed;
}

export async function importOcopClassification(em: EntityManager): Promise<number> {
  let changed = 0;
  const upsert = async (
    table: string,
    parentColumn: string | null,
    parentId: string | null,
    code: string,
    nameVi: string,
    nameEn: string,
  ): Promise<string> => {
    const columns = parentColumn ? `code, ${parentColumn}, name_vi, name_en` : 'code, name_vi, name_en';
    const values = parentColumn ? '$1, $4, $2, $3' : '$1, $2, $3';
    const parentSet = parentColumn ? `, ${parentColumn} = excluded.${parentColumn}` : '';
    const parentCompare = parentColumn ? `, t.${parentColumn}` : '';
    const parentExcluded = parentColumn ? `, excluded.${parentColumn}` : '';
    const params = parentColumn ? [code, nameVi, nameEn, parentId] : [code, nameVi, nameEn];
    const written: { id: string }[] = await em.query(
      `INSERT INTO ${table} AS t (${columns}) VALUES (${values})
       ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en${parentSet}, updated_at = now()
       WHERE (t.name_vi, t.name_en${parentCompare}) IS DISTINCT FROM (excluded.name_vi, excluded.name_en${parentExcluded})
       RETURNING id`,
      params,
    );
    changed += written.length;
    const [row] = await em.query<{ id: string }[]>(`SELECT id FROM ${table} WHERE code = $1`, [code]);
    return row!.id;
  };
  for (const sector of OCOP_CLASSIFICATION) {
    const sectorId = await upsert('ocop_sector', null, null, sector.code, sector.nameVi, sector.nameEn);
    for (const group of sector.groups) {
      const groupId = await upsert(
        'ocop_group',
        'sector_id',
        sectorId,
        group.code,
        group.nameVi,
        group.nameEn,
      );
      for (const set of group.productSets) {
        await upsert('ocop_product_set', 'group_id', groupId, set.code, set.nameVi, set.nameEn);
      }
    }
  }
  return changed;
}
