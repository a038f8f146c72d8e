/** One changed field of an audited object: its name and its values before and after. */
export interface DiffRow {
  field: string;
  before: string;
  after: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored value as a person reads it: text as is, null as a dash, anything else as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Bookkeeping columns every change moves; they say nothing to a reader of the log. */
const NOISE = new Set(['updated_at', 'updatedAt', 'version']);

/**
 * What changed between `before` and `after`, field by field (only the fields whose values
 * differ, in the order they appear); for a creation (no `before`) every field of `after`.
 */
export function auditDiff(before: unknown, after: unknown): DiffRow[] {
  if (!isObject(after) && !isObject(before)) {
    return showValue(before) === showValue(after)
      ? []
      : [{ field: '', before: showValue(before), after: showValue(after) }];
  }
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => !(NOISE.has(f) && isObject(before)))
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({
      field: f,
      before: f in b ? showValue(b[f]) : '—',
      after: f in a ? showValue(a[f]) : '—',
    }));
}

/** The reason and user errors of a refused attempt, as recorded in its `after`. */
export function refusal(after: unknown): { reason: string | null; messages: string[]; input: unknown } {
  if (!isObject(after)) return { reason: null, messages: [], input: null };
  const errors = Array.isArray(after.userErrors) ? after.userErrors : [];
  return {
    reason:
      typeof after.reason === 'string' ? after.reason : typeof after.code === 'string' ? after.code : null,
    messages: errors.flatMap((e) => (isObject(e) && typeof e.message === 'string' ? [e.message] : [])),
    input: after.input ?? null,
  };
}

/**
 * A summary of refusals beyond the rate written in full, as recorded in its `after`: the entry
 * stands for `refusals` more refused attempts of its action and reason from one source in a minute.
 */
export interface RefusalSummary {
  /** How many refusals it counts. */
  refusals: number;
  /** "ip:<address>", "ip:<IPv6 /64>", "user:<id>" (the entry's actor) or "*" (every source). */
  source: string;
  /** How many of the minute's refusals of the kind from the source were written in full before it. */
  writtenInFull: number;
  firstAt: string;
  lastAt: string;
}

export function refusalSummary(after: unknown): RefusalSummary | null {
  const summary = isObject(after) ? after.summary : null;
  if (!isObject(summary) || typeof summary.refusals !== 'number' || typeof summary.source !== 'string')
    return null;
  return {
    refusals: summary.refusals,
    source: summary.source,
    writtenInFull: typeof summary.writtenInFull === 'number' ? summary.writtenInFull : 0,
    firstAt: typeof summary.firstAt === 'string' ? summary.firstAt : '',
    lastAt: typeof summary.lastAt === 'string' ? summary.lastAt : '',
  };
}
