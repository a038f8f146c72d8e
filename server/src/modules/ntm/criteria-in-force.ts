/**
 * Which national commune criteria set applied on a day, and a commune's latest score against it,
 * as SQL fragments shared by `communes(orderBy: CRITERIA_MET)` and `ntmProgress`.
 *
 * The set in force on a day is the newest national set for communes at the standard tier that had
 * been issued (legal document dated) and whose period had begun by that day. A set keeps applying
 * after the end of its period until the next one is issued: in 2021 communes were still assessed
 * and recognised against the 2016–2020 set (Decision 1980/QĐ-TTg), because the 2021–2025 set
 * (Decision 318/QĐ-TTg) was issued only on 2022-03-08.
 */
export function communeSetInForceSql(asOf: string): string {
  return `(SELECT s.id FROM criteria_set s
           WHERE s.issuer_level = 'national' AND s.unit_level = 'commune' AND s.tier = 'standard'
             AND s.period_start <= ${asOf} AND COALESCE(s.legal_document_date, s.period_start) <= ${asOf}
           ORDER BY s.period_start DESC, s.code
           LIMIT 1)`;
}

/**
 * Criteria met in the latest evaluation of `unitId` against the set `setId` on or before `asOf`
 * (the one recorded last when two share a day); NULL when there is none. Uses the index
 * evaluation (unit_id, criteria_set_id, evaluated_on).
 */
export function latestCriteriaMetSql(unitId: string, setId: string, asOf: string): string {
  return `(SELECT (SELECT count(*) FROM criterion_result cr WHERE cr.evaluation_id = e.id AND cr.met)::int
           FROM evaluation e
           WHERE e.unit_id = ${unitId} AND e.criteria_set_id = ${setId} AND e.evaluated_on <= ${asOf}
           ORDER BY e.evaluated_on DESC, e.created_at DESC, e.id DESC
           LIMIT 1)`;
}
