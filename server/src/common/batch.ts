/**
 * Groups rows by a key, in the order of `keys`, with an empty list for a key without rows: what a
 * DataLoader batch function of a one-to-many read returns.
 */
export function groupByKeys<R, T>(
  keys: readonly string[],
  rows: R[],
  keyOf: (row: R) => string,
  map: (row: R) => T,
): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(map(row));
  return keys.map((key) => groups.get(key) ?? []);
}

/** The item for each key, in the order of `keys`, or null: a DataLoader batch function of a lookup by id. */
export function orderByKeys<T>(
  keys: readonly string[],
  items: T[],
  keyOf: (item: T) => string,
): (T | null)[] {
  const byKey = new Map(items.map((item) => [keyOf(item), item]));
  return keys.map((key) => byKey.get(key) ?? null);
}
