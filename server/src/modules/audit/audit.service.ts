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

/** Appends to audit_log (a trigger refuses UPDATE and DELETE there: history cannot be rewritten). */
export async function appendAudit(db: EntityManager, entry: AuditEntry): Promise<void> {
  await db.query(
    `INSERT INTO audit_log (actor_user_id, action, entity_type, entity_id, outcome, before, after, request_id, ip_address,
                            unit_id, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::timestamptz)`,
    [
      entry.actorUserId,
      entry.action,
      entry.entityType,
      entry.entityId,
      entry.outcome,
      JSON.stringify(withoutSecrets(entry.before)),
      JSON.stringify(withoutSecrets(entry.after)),
      entry.requestId,
      entry.ipAddress,
      entry.unitId ?? null,
      // By the platform's clock, not the column's default: the log's since/until filters and its
      // order compare these instants with days the clock gave (OCOP_TODAY may pin another day).
      now(),
    ],
  );
}
