import type { EntityManager } from 'typeorm';
import { type AuditOutcome, now } from '@ocop/db';

/** Keys never copied into the audit log, whatever row or input they come from. */
const SECRET_KEYS = new Set([
  'password',
  'newPassword',
  'currentPassword',
  'password_hash',
  'passwordHash',
  'token',
  'token_hash',
  'tokenHash',
  'key_hash',
  'keyHash',
]);

export interface AuditEntry {
  actorUserId: string | null;
  /** The partner's API key the request came with (Authorization: Bearer), if any. */
  actorApiKeyId?: string | null;
  /** The mutation or command, e.g. "productListingUpdate". */
  action: string;
  entityType: string;
  entityId: string | null;
  outcome: AuditOutcome;
  before?: unknown;
  after?: unknown;
  requestId: string | null;
  ipAddress: string | null;
  /** The unit the row is about (an official sees the rows of their units); null when none. */
  unitId?: string | null;
}

/**
 * What jsonb cannot hold, replaced by U+FFFD: the NUL character and lone UTF-16 surrogates. A
 * refused input may carry them (that is often why it was refused), and its audit must not fail.
 */
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** A copy without secrets at any depth (rows, and inputs nested in refusals), storable as jsonb. */
function withoutSecrets(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return value.replace(UNSTORABLE, '\uFFFD');
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !SECRET_KEYS.has(key))
      .map(([key, inner]) => [key, withoutSecrets(inner)]),
  );
}

/**
 * What an attacker can make a refusal keep is bounded: each text to REFUSED_TEXT_CHARS characters
 * (then "… (+n characters)"), each list and object to a few entries, the nesting to a few levels,
 * and the whole to REFUSED_BUDGET_CHARS characters — so a refused row holds at most a few kB of
 * UTF-8, whatever was sent (a 4 kB Origin, a 1 MB description). Applied writes are kept whole:
 * they are authorised changes, and their audit is the history of the data.
 */
export const REFUSED_TEXT_CHARS = 200;
const REFUSED_LIST_ITEMS = 20;
const REFUSED_OBJECT_KEYS = 30;
const REFUSED_DEPTH = 6;
const REFUSED_BUDGET_CHARS = 4_000;
const ADDRESS_CHARS = 64;
const ELLIPSIS = '…';

function boundedText(text: string, budget: { chars: number }): string {
  const kept = Math.max(0, Math.min(REFUSED_TEXT_CHARS, budget.chars));
  budget.chars -= Math.min(text.length, kept);
  return text.length <= kept ? text : `${text.slice(0, kept)}${ELLIPSIS} (+${text.length - kept} characters)`;
}

function bounded(value: unknown, budget: { chars: number }, depth = 0): unknown {
  if (typeof value === 'string') return boundedText(value, budget);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (depth >= REFUSED_DEPTH || budget.chars <= 0) return ELLIPSIS;
  if (Array.isArray(value)) {
    const items = value.slice(0, REFUSED_LIST_ITEMS).map((item) => bounded(item, budget, depth + 1));
    if (value.length > REFUSED_LIST_ITEMS)
      items.push(`${ELLIPSIS} (+${value.length - REFUSED_LIST_ITEMS} items)`);
    return items;
  }
  const entries = Object.entries(value);
  const kept = entries
    .slice(0, REFUSED_OBJECT_KEYS)
    .map(([key, inner]) => [boundedText(key, budget), bounded(inner, budget, depth + 1)] as const);
  const result: Record<string, unknown> = Object.fromEntries(kept);
  if (entries.length > REFUSED_OBJECT_KEYS)
    result[ELLIPSIS] = `+${entries.length - REFUSED_OBJECT_KEYS} keys`;
  return result;
}

/** A refusal's `before`/`after`, bounded, without secrets and storable. */
function refusedJson(value: unknown): string {
  return JSON.stringify(withoutSecrets(bounded(value, { chars: REFUSED_BUDGET_CHARS })));
}

/**
 * Refusals of one kind (action, outcome and reason: "login denied THROTTLED") written in full per
 * source and minute; the rest of the minute's are counted into one summary row per source and
 * kind — so a flood of cheap refusals cannot bury the few of another kind. A source is the account
 * when signed in, else the client's address as express gives it (behind a proxy only when
 * TRUST_PROXY says so), IPv6 by its /64 (one subscriber's allocation: the addresses inside it
 * cost an attacker nothing).
 */
export const REFUSALS_IN_FULL_PER_SOURCE = 50;
/**
 * Refusals written in full per minute from all sources together, summary rows included; beyond
 * it every refusal of the minute, from any source, is counted into one summary row per kind
 * (source "*"). This is what bounds the log against many sources (a /48 holds 65,536 /64s): per
 * minute the log grows by at most this many rows plus one per kind (the kinds are the server's
 * actions and reason codes, a few dozen), and the tally by at most this many rows plus one (past
 * minutes' tallies are deleted by the housekeeping).
 */
export const REFUSALS_IN_FULL_PER_MINUTE = 1_000;
export const REFUSAL_WINDOW_MS = 60_000;
export const ALL_SOURCES = '*';
/** Reason codes are the server's own ("THROTTLED"); the bound is for the tally key's sake. */
const REASON_CHARS = 40;

/** The /64 of an IPv6 address, written "2001:db8:1:2::/64"; null when not one. */
function ipv6Prefix(address: string): string | null {
  const bare = address.split('%')[0]!;
  if (!/^[0-9a-f:]+$/i.test(bare) || !bare.includes(':')) return null;
  const halves = bare.split('::');
  if (halves.length > 2) return null;
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(':') : [];
  const groups =
    halves.length === 2
      ? [...head, ...Array<string>(8 - head.length - tail.length).fill('0'), ...tail]
      : head;
  if (groups.length !== 8) return null;
  return `${groups
    .slice(0, 4)
    .map((group) => parseInt(group || '0', 16).toString(16))
    .join(':')}::/64`;
}

/** Whom a refusal is counted against: "user:<id>", "ip:<IPv4>", "ip:<IPv6 /64>" or "ip:unknown". */
export function refusalSource(actorUserId: string | null, ipAddress: string | null): string {
  if (actorUserId) return `user:${actorUserId}`;
  if (!ipAddress) return 'ip:unknown';
  const address = ipAddress.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');
  return `ip:${(ipv6Prefix(address) ?? address).slice(0, ADDRESS_CHARS)}`;
}

const COLUMNS = `actor_user_id, actor_api_key_id, action, entity_type, entity_id, outcome, before, after, request_id, ip_address, unit_id, occurred_at`;

/** Appends to audit_log (a trigger refuses UPDATE and DELETE there: history cannot be rewritten). */
export async function appendAudit(db: EntityManager, entry: AuditEntry): Promise<void> {
  if (entry.outcome !== 'applied') return appendRefusal(db, entry);
  await db.query(
    `INSERT INTO audit_log (${COLUMNS})
     VALUES ($1, $12, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz)`,
    [
      entry.actorUserId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.outcome,
      JSON.stringify(withoutSecrets(entry.before)),
      JSON.stringify(withoutSecrets(entry.after)),
      entry.requestId,
      entry.ipAddress?.slice(0, ADDRESS_CHARS) ?? null,
      entry.unitId ?? null,
      // By the platform's clock, not the column's default: the log's since/until filters and its
      // order compare these instants with days the clock gave (OCOP_TODAY may pin another day).
      now(),
      entry.actorApiKeyId ?? null,
    ],
  );
}

/**
 * A refusal, in one statement (atomic under any concurrency: the counters are rows upserted under
 * their lock, always the overall one first, so two statements cannot deadlock):
 * 1. the minute's overall tally grows by one; while within REFUSALS_IN_FULL_PER_MINUTE, the
 *    tally of the source and kind grows too;
 * 2. within both limits, the refusal is written in full (its texts bounded);
 * 3. else it is added to the minute's summary row of its kind and source (or of all sources,
 *    "*"): a row like the refusals it counts (same action, type and outcome, its reason), created
 *    by the first one beyond the limit; then only its count and last instant grow.
 * So nothing is lost — rows in full plus the summaries' counts are every refusal — and the log
 * grows by a bounded number of rows per minute.
 */
async function appendRefusal(db: EntityManager, entry: AuditEntry): Promise<void> {
  const at = now();
  const windowStart = new Date(Math.floor(at.getTime() / REFUSAL_WINDOW_MS) * REFUSAL_WINDOW_MS);
  const windowEnd = new Date(windowStart.getTime() + REFUSAL_WINDOW_MS);
  const source = refusalSource(entry.actorUserId, entry.ipAddress);
  const address = entry.ipAddress?.slice(0, ADDRESS_CHARS) ?? null;
  const after = entry.after as { reason?: unknown } | null | undefined;
  const reason = typeof after?.reason === 'string' ? after.reason.slice(0, REASON_CHARS) : null;
  const kind = `${entry.action} ${entry.outcome} ${reason ?? ''}`.trimEnd();
  await db.query(
    `WITH overall AS (
       INSERT INTO audit_refusal_tally (source, window_start, refusals) VALUES ($12::text, $13::timestamptz, 1)
       ON CONFLICT (source, window_start) DO UPDATE SET refusals = audit_refusal_tally.refusals + 1
       RETURNING refusals
     ), own AS (
       INSERT INTO audit_refusal_tally (source, window_start, refusals)
       SELECT $14::text || ' ' || $20::text, $13::timestamptz, 1 FROM overall WHERE overall.refusals <= $15::int
       ON CONFLICT (source, window_start) DO UPDATE SET refusals = audit_refusal_tally.refusals + 1
       RETURNING refusals
     ), verdict AS (
       SELECT CASE WHEN overall.refusals > $15::int THEN 'all' WHEN own.refusals > $16::int THEN 'own' ELSE 'full' END AS kind
       FROM overall LEFT JOIN own ON true
     ), written AS (
       INSERT INTO audit_log (${COLUMNS})
       SELECT $1::uuid, $22::uuid, $2::text, $3::text, $4::text, $5::text, $6::jsonb, $7::jsonb, $8::text, $9::text, $10::uuid,
              $11::timestamptz
       FROM verdict WHERE kind = 'full'
     )
     INSERT INTO audit_log (actor_user_id, action, entity_type, outcome, after, ip_address, occurred_at, summary_key)
     SELECT CASE WHEN kind = 'own' THEN $1::uuid END, $2::text, $3::text, $5::text,
            jsonb_build_object('reason', $21::text, 'summary', jsonb_build_object(
              'source', CASE WHEN kind = 'own' THEN $14::text ELSE $12::text END,
              'refusals', 1,
              'writtenInFull', CASE WHEN kind = 'own' THEN $16::int ELSE $15::int END,
              'windowStart', $17::text, 'windowEnd', $18::text, 'firstAt', $19::text, 'lastAt', $19::text)),
            CASE WHEN kind = 'own' THEN $9::text END, $11::timestamptz,
            (CASE WHEN kind = 'own' THEN $14::text ELSE $12::text END) || ' ' || $20::text || ' @' || $17::text
     FROM verdict WHERE kind <> 'full'
     ON CONFLICT (summary_key) WHERE summary_key IS NOT NULL DO UPDATE SET after = jsonb_set(jsonb_set(
       audit_log.after,
       '{summary,refusals}', to_jsonb((audit_log.after #>> '{summary,refusals}')::bigint + 1)),
       '{summary,lastAt}', CASE WHEN (audit_log.after #>> '{summary,lastAt}')::timestamptz < $11::timestamptz
                                THEN to_jsonb($19::text) ELSE audit_log.after #> '{summary,lastAt}' END)`,
    [
      entry.actorUserId,
      entry.action,
      entry.entityType,
      entry.entityId === null ? null : entry.entityId.slice(0, REFUSED_TEXT_CHARS),
      entry.outcome,
      refusedJson(entry.before),
      refusedJson(entry.after),
      entry.requestId,
      address,
      entry.unitId ?? null,
      at,
      ALL_SOURCES,
      windowStart,
      source,
      REFUSALS_IN_FULL_PER_MINUTE,
      REFUSALS_IN_FULL_PER_SOURCE,
      windowStart.toISOString(),
      windowEnd.toISOString(),
      at.toISOString(),
      kind,
      reason,
      entry.actorApiKeyId ?? null,
    ],
  );
}
