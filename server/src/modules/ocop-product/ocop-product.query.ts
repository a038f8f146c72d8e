import { OrderDirection, type CursorValue } from '../../common/connection';
import { isIsoDate } from '../../common/date.scalar';
import { isUuid as isUuidText } from '../../common/node-id';
import {
  currentCertificatePointerJoin,
  productCertificateStatusInSql,
} from '../../common/sql/current-certificate';
import { orderByClause, rowKeysetCondition, type SortKey } from '../../common/sql/keyset';
import type { SqlParams } from '../../common/sql/params';
import {
  CERTIFICATE_SELECT,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
  type ProductRow,
} from '../../common/sql/rows';
import { forgivingNameMatch, relevanceSql } from '../../common/sql/search';
import { unitCodeConditions, type UnitCodes } from '../../common/sql/unit-scope';
import type { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';
import type { ProducerType } from '../producer/producer.type';
import { OcopProductOrderField } from './ocop-product.inputs';

/**
 * The SQL of a page of OCOP products: ONE statement selects the products, each with its current
 * certificate and its sort keys, filtered, continued after the cursor (keyset: never OFFSET) and
 * limited to `first + 1` rows.
 *
 * The current certificate is the one the product points to (`current_certificate_id`, kept by a
 * trigger on `ocop_certificate`: migration ProductCurrentCertificate1796141200000), with copies of
 * the columns the catalogue filters and orders on. Filters, orders and counts read those copies on
 * the product row, through indexes, so page 200 costs what page 1 costs and a count of a place is
 * an index scan; the status is still derived on the day asked (`ocop_certificate_status`).
 */

/** Everything a list of products can be narrowed by, already checked. */
export interface ProductCriteria {
  /** The day "current certificate" and its status are computed for ('YYYY-MM-DD', Vietnam). */
  today: string;
  /** Words of the name search; null: no search. */
  words: string[] | null;
  stars: number[] | null;
  sector: string | null;
  group: string | null;
  productSet: string | null;
  units: UnitCodes;
  /**
   * The communes of each place of `units`, when already resolved (common/sql/unit-communes.ts): the
   * statements then take them as parameters instead of following the lineage themselves.
   */
  communes?: string[][] | null;
  producerType: ProducerType | null;
  /** Statuses of the current certificate; null: any, products never certified included. */
  statuses: CertificateStatus[] | null;
  /** Only products changed at or after this instant (index ocop_product_updated_at). */
  updatedSince?: Date | null;
}

export interface ProductOrdering {
  field: OcopProductOrderField;
  direction: OrderDirection;
}

/** A sort key with what the cursor carries for it. */
interface ProductSortKey extends SortKey {
  /** The value selected for the cursor (dates as text). */
  select: string;
}

const isInt = (value: CursorValue) => typeof value === 'number' && Number.isSafeInteger(value);
const isText = (value: CursorValue) => typeof value === 'string' && value.length <= 1000;
const isDate = (value: CursorValue) => typeof value === 'string' && isIsoDate(value);
const isUuid = (value: CursorValue) => typeof value === 'string' && isUuidText(value);

/** What each value of a cursor must be, by order field (the keys of `sortKeys`, in order). */
const CURSOR_SHAPES: Record<OcopProductOrderField, ((value: CursorValue) => boolean)[]> = {
  [OcopProductOrderField.RELEVANCE]: [isInt, isUuid],
  [OcopProductOrderField.STARS]: [isInt, isUuid],
  [OcopProductOrderField.NAME]: [isText, isText, isUuid],
  [OcopProductOrderField.CERTIFIED_ON]: [isDate, isUuid],
};

/** How many values a cursor of this order holds. */
export const cursorArity = (order: ProductOrdering): number => CURSOR_SHAPES[order.field].length;

/** Whether decoded cursor values fit the keys of this order (numbers, UUIDs, dates). */
export function cursorValuesFit(order: ProductOrdering, values: CursorValue[]): boolean {
  const shape = CURSOR_SHAPES[order.field];
  return shape.length === values.length && shape.every((accepts, i) => accepts(values[i]!));
}

/** The tag inside a cursor: a cursor of one order cannot be used with another. */
export const productOrderTag = (order: ProductOrdering): string =>
  `OcopProduct:${order.field}:${order.direction}`;

function sortKeys(order: ProductOrdering, words: string[] | null, params: SqlParams): ProductSortKey[] {
  const direction = order.direction;
  const id: ProductSortKey = { sql: 'p.id', select: 'p.id', cast: '::uuid', direction };
  switch (order.field) {
    case OcopProductOrderField.RELEVANCE: {
      // p.search_tier: the tier of the forgiving match, a column of productSource's union.
      const score = relevanceSql('p.search_text', words ?? [], params, words ? 'p.search_tier' : undefined);
      return [{ sql: score, select: score, cast: '::int', direction }, id];
    }
    case OcopProductOrderField.STARS:
      return [
        {
          sql: 'coalesce(p.current_stars, 0)',
          select: 'coalesce(p.current_stars, 0)',
          cast: '::int',
          direction,
        },
        id,
      ];
    case OcopProductOrderField.NAME:
      return [
        { sql: 'p.search_text', select: 'p.search_text', cast: '::text', direction },
        { sql: 'p.name', select: 'p.name', cast: '::text', direction },
        id,
      ];
    case OcopProductOrderField.CERTIFIED_ON: {
      const day = `coalesce(p.current_decision_date, DATE '0001-01-01')`;
      return [{ sql: day, select: `${day}::text`, cast: '::date', direction }, id];
    }
  }
}

/**
 * The WHERE conditions of the criteria but the search (ANDed), on the product's copies of its
 * current certificate.
 */
function conditions(criteria: ProductCriteria, params: SqlParams): string[] {
  const where = ['p.deleted_at IS NULL'];
  if (criteria.statuses !== null) {
    const today = params.add(criteria.today, '::date');
    where.push(productCertificateStatusInSql('p', today, params.add(criteria.statuses, '::text[]')));
  }
  if (criteria.updatedSince)
    where.push(`p.updated_at >= ${params.add(criteria.updatedSince, '::timestamptz')}`);
  if (criteria.stars !== null) where.push(`p.current_stars = ANY(${params.add(criteria.stars, '::int[]')})`);
  if (criteria.productSet !== null) {
    where.push(
      `p.product_set_id IN (SELECT ps.id FROM ocop_product_set ps WHERE ps.code = ${params.add(criteria.productSet)})`,
    );
  }
  if (criteria.group !== null) {
    where.push(`p.product_set_id IN (SELECT ps.id FROM ocop_product_set ps JOIN ocop_group g ON g.id = ps.group_id
                                     WHERE g.code = ${params.add(criteria.group)})`);
  }
  if (criteria.sector !== null) {
    where.push(`p.product_set_id IN (SELECT ps.id FROM ocop_product_set ps JOIN ocop_group g ON g.id = ps.group_id
                                     JOIN ocop_sector s ON s.id = g.sector_id
                                     WHERE s.code = ${params.add(criteria.sector)})`);
  }
  if (criteria.producerType !== null) {
    where.push(
      `p.producer_id IN (SELECT pr.id FROM producer pr WHERE pr.type = ${params.add(criteria.producerType)})`,
    );
  }
  if (criteria.communes) {
    for (const ids of criteria.communes)
      where.push(`p.origin_commune_id = ANY(${params.add(ids, '::uuid[]')})`);
  } else where.push(...unitCodeConditions('p.origin_commune_id', criteria.units, params));
  return where;
}

/**
 * The products the criteria (and `scope`) select, as a FROM item named `p` with the WHERE
 * conditions still to apply to it. Without a search, the table itself. With a search
 * (forgivingNameMatch, common/sql/search.ts), a UNION ALL of two branches, each row with its
 * `search_tier`: the products the words find as typed or as regional words (a CTE), then — only
 * when that CTE has no row — those one typo away. The second branch's NOT EXISTS refers to no row
 * of its own scan: PostgreSQL runs it once as a one-time filter, so a search that finds something
 * as typed never scans for the typo; the typo branch is kept simple to plan (search.ts).
 */
function productSource(
  criteria: ProductCriteria,
  params: SqlParams,
  scope: string | undefined,
): { from: string; where: string[] } {
  const where = conditions(criteria, params);
  if (scope) where.push(scope);
  if (criteria.words === null) return { from: 'ocop_product p', where };
  const match = forgivingNameMatch('p.search_text', 'p.name', criteria.words, params);
  const found = `SELECT p.*, ${match.tier} AS search_tier FROM ocop_product p
         WHERE ${[...where, match.found].join('\n           AND ')}`;
  if (!match.typo) return { from: `(${found}) p`, where: [] };
  // The typo branch reads the found rows once more (NOT EXISTS on the CTE, not a second scan).
  const typo = `SELECT p.*, 0 AS search_tier FROM ocop_product p
         WHERE ${[...where, match.typo].join('\n           AND ')}
           AND NOT EXISTS (SELECT 1 FROM found)`;
  return {
    from: `(WITH found AS MATERIALIZED (${found})
         SELECT * FROM found UNION ALL ${typo}) p`,
    where: [],
  };
}

export interface ProductPageSql {
  sql: string;
  /** How many values the cursor of this order holds. */
  arity: number;
}

/**
 * The page statement. `scope` is an extra condition (e.g. `p.producer_id = k.key` inside a
 * batched LATERAL); `after` the decoded cursor values, already checked with `checkCursorValues`.
 */
export function productPageSql(
  criteria: ProductCriteria,
  order: ProductOrdering,
  params: SqlParams,
  options: { limit: number; after: CursorValue[] | null; scope?: string; withProducer?: boolean },
): ProductPageSql {
  const today = params.add(criteria.today, '::date');
  const keys = sortKeys(order, criteria.words, params);
  const source = productSource(criteria, params, options.scope);
  let { from, where } = source;
  // Every product order runs all its keys the same way and no key is NULL (the cursor's values
  // are checked): the row comparison, where the scan starts at the cursor.
  if (options.after) where.push(rowKeysetCondition(keys, options.after, params));
  if (criteria.words !== null) {
    // A search's rows come from a subquery whose row count the planner cannot guess: order and
    // limit them there, so that only the page's rows are joined to their certificate.
    from = `(SELECT p.* FROM ${from} WHERE ${where.length ? where.join(' AND ') : 'true'}
         ORDER BY ${orderByClause(keys)} LIMIT ${options.limit}) p`;
    where = [];
  }
  // The producer of each product, when the query shows it: one statement less a page.
  const producer = options.withProducer
    ? `(SELECT row_to_json(x) FROM (SELECT ${PRODUCER_COLUMNS} FROM producer pr WHERE pr.id = p.producer_id) x)
         AS producer_row,`
    : '';
  const sql = `SELECT ${PRODUCT_COLUMNS}, ${CERTIFICATE_SELECT.sql('cc', 'c_')}, ${producer}
         ${keys.map((key, i) => `${key.select} AS k${i}`).join(', ')}
       FROM ${from}
       ${currentCertificatePointerJoin('p', today)}
       WHERE ${where.length ? where.join('\n         AND ') : 'true'}
       ORDER BY ${orderByClause(keys)}
       LIMIT ${options.limit}`;
  return { sql, arity: keys.length };
}

/** How many products match the criteria (and `scope`): what `totalCount` runs when asked. */
export function productCountSql(criteria: ProductCriteria, params: SqlParams, scope?: string): string {
  const { from, where } = productSource(criteria, params, scope);
  return `SELECT count(*)::int FROM ${from}${where.length ? ` WHERE ${where.join(' AND ')}` : ''}`;
}

/** The cursor values of a row (its `k0`, `k1`… columns). */
export function rowCursorValues(row: ProductRow, arity: number): CursorValue[] {
  return Array.from({ length: arity }, (_, i) => row[`k${i}`] as CursorValue);
}

/** The direction-aware ORDER BY over a batched query's output columns `x.k0`, `x.k1`…. */
export function outputOrder(arity: number, direction: OrderDirection): string {
  const dir = direction === OrderDirection.ASC ? 'ASC' : 'DESC';
  return Array.from({ length: arity }, (_, i) => `x.k${i} ${dir}`).join(', ');
}
