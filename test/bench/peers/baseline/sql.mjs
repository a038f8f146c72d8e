// Hand-written SQL of the baseline's catalogue (from the product's copy of its current certificate,
// ocop_product.current_*): one statement a page (keyset on stars, id; by
// relevance when searching), one for the count. Same rules as the platform (see functions.sql).

/** Words of a search (as the platform splits them), or null. */
export function searchWords(search) {
  if (!search) return null;
  const words = search
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return words.length ? words : null;
}

const foldedLength = (word) => word.normalize('NFD').replace(/\p{M}/gu, '').length;

function where(criteria, values) {
  const add = (value) => `$${values.push(value)}`;
  const conditions = [
    'p.deleted_at IS NULL',
    `ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
       p.current_superseded_on, $1::date, '{valid}')`,
  ];
  if (criteria.provinceCode) {
    conditions.push(`p.origin_commune_id IN (
      SELECT c.id FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit pr ON pr.id = d.parent_id
      WHERE pr.level = 'province' AND pr.code = ${add(criteria.provinceCode)} AND c.level = 'commune')`);
  }
  if (criteria.stars) conditions.push(`p.current_stars = ANY(${add(criteria.stars)}::int[])`);
  for (const word of criteria.words ?? []) {
    const folded = `ocop_fold(${add(word)}::text)`;
    conditions.push(
      foldedLength(word) <= 2
        ? `to_tsvector('simple', p.search_text) @@ plainto_tsquery('simple', ${folded})`
        : `p.search_text LIKE '%' || ${folded} || '%'`,
    );
  }
  return conditions;
}

// The current certificate through the product's pointer (kept by the platform's trigger).
const CURRENT = `LEFT JOIN ocop_certificate cc ON cc.id = p.current_certificate_id AND cc.decision_date <= $1::date`;

export function catalogueSql(criteria, today, first, after) {
  const values = [today];
  const conditions = where(criteria, values);
  let order = 'coalesce(p.current_stars, 0) DESC, p.id DESC';
  let key = 'coalesce(p.current_stars, 0)';
  if (criteria.words) {
    const query = `ocop_fold($${values.push(criteria.words.join(' '))}::text)`;
    key = `(CASE WHEN p.search_text = ${query} THEN 1000 ELSE 0 END
      + CASE WHEN p.search_text LIKE ${query} || '%' THEN 100 ELSE 0 END
      + round(word_similarity(${query}, p.search_text) * 100)::int
      + round(similarity(p.search_text, ${query}) * 100)::int)`;
    order = `${key} DESC, p.id DESC`;
  }
  if (after)
    conditions.push(`(${key}, p.id) < ($${values.push(after[0])}::int, $${values.push(after[1])}::uuid)`);
  const sql = `SELECT p.id, p.name, p.description, p.producer_id, p.origin_commune_id, ${key} AS k_stars,
      cc.certificate_number AS c_certificate_number, cc.stars AS c_stars, cc.score AS c_score,
      cc.decision_date AS c_decision_date, cc.expires_on AS c_expires_on, cc.revoked_on AS c_revoked_on,
      cc.superseded_on AS c_superseded_on,
      ocop_certificate_status(cc.decision_date, cc.expires_on, cc.revoked_on, cc.superseded_on, $1::date) AS c_status
    FROM ocop_product p ${CURRENT}
    WHERE ${conditions.join(' AND ')}
    ORDER BY ${order} LIMIT ${first + 1}`;
  return { sql, values };
}

export function countSql(criteria, today) {
  const values = [today];
  const conditions = where(criteria, values);
  return {
    sql: `SELECT count(*)::int AS count FROM ocop_product p WHERE ${conditions.join(' AND ')}`,
    values,
  };
}
