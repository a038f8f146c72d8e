import { OrderDirection, type CursorValue } from '../connection';
import type { SqlParams } from './params';

/**
 * Keyset pagination in SQL (the cursors themselves are common/connection.ts): a page continues
 * after the cursor's values with a WHERE condition over the sort keys, never with OFFSET.
 */

/** One sort key of a keyset ordering: the SQL expression and its direction. */
export interface SortKey {
  sql: string;
  direction: OrderDirection;
  /** Cast for the cursor parameter, e.g. '::numeric', '::date', '::uuid'. */
  cast?: string;
}

/**
 * The WHERE condition that continues after a cursor for an ORDER BY over `keys`, written as an
 * expanded OR-chain so that keys may mix directions and may be NULL-free expressions:
 * (k1 > v1) OR (k1 = v1 AND k2 > v2) OR …
 */
export function keysetCondition(keys: SortKey[], values: CursorValue[], params: SqlParams): string {
  const placeholders = values.map((value, i) => params.add(value, keys[i]!.cast ?? ''));
  const branches = keys.map((key, i) => {
    const equal = keys.slice(0, i).map((k, j) => `${k.sql} = ${placeholders[j]}`);
    const op = key.direction === OrderDirection.ASC ? '>' : '<';
    return `(${[...equal, `${key.sql} ${op} ${placeholders[i]}`].join(' AND ')})`;
  });
  return `(${branches.join(' OR ')})`;
}

/**
 * "After the cursor", as an index condition where it can be one. When every key runs the same way
 * and no value is NULL, a row comparison `(k0, k1) < (v0, v1)` says the same as the OR-chain of
 * `keysetCondition`, and unlike it lets the scan start at the cursor instead of reading (and
 * discarding) every earlier row; otherwise the OR-chain.
 */
export function rowKeysetCondition(keys: SortKey[], values: CursorValue[], params: SqlParams): string {
  const direction = keys[0]!.direction;
  if (keys.some((key) => key.direction !== direction) || values.some((value) => value === null)) {
    return keysetCondition(keys, values, params);
  }
  const placeholders = keys.map((key, i) => params.add(values[i], key.cast ?? ''));
  return `(${keys.map((key) => key.sql).join(', ')}) ${direction === OrderDirection.ASC ? '>' : '<'} (${placeholders.join(', ')})`;
}

export function orderByClause(keys: SortKey[]): string {
  return keys.map((k) => `${k.sql} ${k.direction === OrderDirection.ASC ? 'ASC' : 'DESC'}`).join(', ');
}
