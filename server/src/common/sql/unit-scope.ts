import { badUserInput } from '../errors';
import type { SqlParams } from './params';

/**
 * Places in SQL across the 2025 reform: the communes a place filter covers, and the units an
 * official acts on (`scopeRootsCte`).
 *
 * "Made in this place": a product (or a producer) records the commune as it existed when it was
 * recorded; a filter may name any unit of either era. The communes a place covers are:
 * 1. the commune-level units of that place: the commune itself, the communes of a district, the
 *    communes of a province (directly since 2025, through its districts before);
 * 2. through `unit_lineage`, every commune they were formed from (so a post-2025 code finds the
 *    products recorded on the pre-2025 communes merged into it) and every commune they became
 *    (so a pre-2025 code finds the products recorded on the commune it was merged into), each
 *    followed over any number of reorganisations.
 * Siblings are not followed: an old commune does not pull in the other old communes merged with it.
 */

export type ScopeLevel = 'province' | 'district' | 'commune';

const CODE_FORMATS: Record<ScopeLevel, { pattern: RegExp; text: string; vi: string }> = {
  province: {
    pattern: /^[0-9]{2}$/,
    text: 'a province code is 2 digits (GSO code, e.g. "11")',
    vi: 'mã tỉnh gồm 2 chữ số theo mã thống kê, ví dụ "11"',
  },
  district: {
    pattern: /^[0-9]{3}$/,
    text: 'a district code is 3 digits (GSO code, e.g. "100")',
    vi: 'mã huyện gồm 3 chữ số theo mã thống kê, ví dụ "100"',
  },
  commune: {
    pattern: /^[0-9]{5}$/,
    text: 'a commune code is 5 digits (GSO code, e.g. "03328")',
    vi: 'mã xã gồm 5 chữ số theo mã thống kê, ví dụ "03328"',
  },
};

/**
 * Checks the format of an official code given as an argument (or as the `field` of an input
 * argument); BAD_USER_INPUT otherwise.
 */
export function checkUnitCode(
  level: ScopeLevel,
  code: string,
  argumentName: string,
  field = argumentName,
): string {
  const format = CODE_FORMATS[level];
  if (!format.pattern.test(code)) {
    throw badUserInput(
      {
        vi: `"${field}": ${format.vi}; đã nhận ${JSON.stringify(code)}.`,
        en: `"${field}": ${format.text}; got ${JSON.stringify(code)}.`,
      },
      argumentName,
    );
  }
  return code;
}

/** A subquery of the ids of every commune the units selected by `rootsSql` cover (see above). */
export function communesCoveredSql(rootsSql: string): string {
  return `(WITH RECURSIVE
      roots(id) AS (${rootsSql}),
      base(id) AS (
        SELECT c.id FROM admin_unit c WHERE c.level = 'commune' AND c.id IN (SELECT id FROM roots)
        UNION
        SELECT c.id FROM admin_unit c WHERE c.level = 'commune' AND c.parent_id IN (SELECT id FROM roots)
        UNION
        SELECT c.id FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
        WHERE c.level = 'commune' AND d.parent_id IN (SELECT id FROM roots)),
      earlier(id) AS (
        SELECT id FROM base
        UNION
        SELECT l.from_unit_id FROM unit_lineage l JOIN earlier e ON l.to_unit_id = e.id),
      later(id) AS (
        SELECT id FROM base
        UNION
        SELECT l.to_unit_id FROM unit_lineage l JOIN later e ON l.from_unit_id = e.id)
    SELECT id FROM earlier UNION SELECT id FROM later)`;
}

/** The communes covered by every unit (of any era) with this official code at this level. */
export function communesOfCodeSql(level: ScopeLevel, code: string, params: SqlParams): string {
  return communesCoveredSql(
    `SELECT u.id FROM admin_unit u WHERE u.level = ${params.add(level)} AND u.code = ${params.add(code)}`,
  );
}

/**
 * The communes of `communesSql` (a parenthesised query, e.g. `communesOfCodeSql`) as an array,
 * computed once before the products are read. As `IN (subquery)` the planner cannot estimate
 * the recursive query's size: it computed the current certificate of every product in the
 * country and then joined (86 ms for one province's count); with `= ANY(ARRAY(...))` it reads only
 * the products of those communes through the index on `origin_commune_id` (26 ms).
 */
export const communesArraySql = (communesSql: string): string => `ARRAY${communesSql}`;

/** The location filters of a list: each given code narrows the list (they combine with AND). */
export interface UnitCodes {
  provinceCode?: string | null;
  districtCode?: string | null;
  communeCode?: string | null;
}

/** The places given, each code's format checked (BAD_USER_INPUT on the argument that holds it). */
export function givenUnitCodes(codes: UnitCodes): [ScopeLevel, string][] {
  const given: [ScopeLevel, string | null | undefined, string][] = [
    ['province', codes.provinceCode, 'provinceCode'],
    ['district', codes.districtCode, 'districtCode'],
    ['commune', codes.communeCode, 'communeCode'],
  ];
  return given
    .filter((entry): entry is [ScopeLevel, string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([level, code, argumentName]) => [level, checkUnitCode(level, code, argumentName)]);
}

/** Conditions "`columnSql` lies in each place given", after checking the codes' formats. */
export function unitCodeConditions(columnSql: string, codes: UnitCodes, params: SqlParams): string[] {
  return givenUnitCodes(codes).map(
    ([level, code]) => `${columnSql} = ANY(${communesArraySql(communesOfCodeSql(level, code, params))})`,
  );
}

/**
 * A recursive CTE `scope_roots(id)`: the units of `unitIdsSql` (a uuid[] parameter, e.g. an
 * official's units) and their history, over any number of steps of the lineage: every unit they
 * were formed from (merge, split, rename, continue), and every unit they were renamed or re-typed
 * into (a `rename` edge of share full is the same unit under another name: Tỉnh Đồng Nai → Thành
 * phố Đồng Nai on 2026-04-30). Siblings are not followed. Use it after `WITH RECURSIVE`.
 */
export function scopeRootsCte(unitIdsSql: string): string {
  return `scope_roots(id) AS (
       SELECT unnest(${unitIdsSql}::uuid[])
       UNION
       SELECT CASE WHEN l.to_unit_id = r.id THEN l.from_unit_id ELSE l.to_unit_id END
       FROM scope_roots r JOIN unit_lineage l
         ON l.to_unit_id = r.id OR (l.from_unit_id = r.id AND l.kind = 'rename' AND l.share = 'full')
     )`;
}
