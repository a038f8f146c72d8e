import type { Context } from '../../context';
import { SqlParams } from './params';
import { communesOfCodeSql, givenUnitCodes, type ScopeLevel, type UnitCodes } from './unit-scope';

/**
 * The communes a place filter covers (unit-scope.ts), as lists of ids, kept in memory.
 *
 * Following the 2025 reform's lineage both ways is a recursive query of ~5 ms for a province —
 * more than the catalogue page it filters, and a page with its `totalCount` ran it twice. The
 * answer depends only on the administrative units, which change only when the reference files
 * are imported (at startup, before the server listens, or by an operator's import), so each
 * (level, code) is read once and kept for TTL_MS: an import while the platform runs shows in
 * every list within that time. Statements then carry the ids as one `uuid[]` parameter, whose
 * size the planner knows.
 */
const TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 5_000;

interface Entry {
  expires: number;
  ids: Promise<string[]>;
}

const cache = new Map<string, Entry>();

/** The ids of the communes covered by the unit(s) with this official code at this level. */
export function communesOfCode(ctx: Context, level: ScopeLevel, code: string): Promise<string[]> {
  const key = `${level}:${code}`;
  // The system's time, not the platform's clock: this is a cache's age (how long a read of the
  // units is reused), no business rule — a day pinned by OCOP_TODAY must not change it, and a
  // pinned clock's instant jumps back at midnight, which would keep entries far past their TTL.
  const now = Date.now();
  const cached = cache.get(key);
  if (cached && cached.expires > now) return cached.ids;
  const params = new SqlParams();
  const ids = (
    ctx.db.query(
      `SELECT coalesce(array_agg(id), '{}') AS ids FROM ${communesOfCodeSql(level, code, params)} c`,
      params.values,
    ) as Promise<{ ids: string[] }[]>
  ).then((rows) => rows[0]?.ids ?? []);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, { expires: now + TTL_MS, ids });
  // A failed read is not kept: the next request tries again.
  ids.catch(() => cache.delete(key));
  return ids;
}

/**
 * For each place given (checked: BAD_USER_INPUT on a malformed code), the communes it covers; a
 * product must lie in every one of them (the filters combine with AND). Empty: no place given.
 */
export async function communesOfUnitCodes(ctx: Context, codes: UnitCodes): Promise<string[][]> {
  return Promise.all(givenUnitCodes(codes).map(([level, code]) => communesOfCode(ctx, level, code)));
}
