import { now } from '@ocop/db';
import { createHash } from 'node:crypto';
import { InputRejected, userError, UserErrorCode } from './user-error';
import type { WriteScope } from './write';

/** JSON with object keys sorted, so that the same input always hashes the same. */
function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, inner]) => inner !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonicalJson(inner)}`).join(',')}}`;
}

export interface IdempotentResult {
  /** The database id of the object the first request created. */
  id: string;
  /** True when this request is a retry: nothing was created now. */
  replayed: boolean;
}

/**
 * A create mutation with an idempotency key has one effect however often it is retried: the
 * first request inserts (user, key) and the id it created, in its own transaction; a retry finds
 * them and gets the same id back without writing. Two requests racing with one key are
 * serialised by the primary key (the second waits for the first to commit or roll back). The
 * same key with another input is refused: it is a client bug, not a retry.
 */
export async function idempotentCreate(
  scope: WriteScope,
  action: string,
  key: string | null | undefined,
  input: Record<string, unknown>,
  create: () => Promise<string>,
): Promise<IdempotentResult> {
  if (!key) return { id: await create(), replayed: false };
  const { idempotencyKey: _key, ...rest } = input;
  const requestHash = createHash('sha256').update(canonicalJson(rest)).digest('hex');
  const inserted = (await scope.tx.query(
    `INSERT INTO idempotency_key (user_id, key, action, request_hash, created_at)
     VALUES ($1, $2, $3, $4, $5::timestamptz)
     ON CONFLICT (user_id, key) DO NOTHING RETURNING key`,
    [scope.viewer.userId, key, action, requestHash, now()],
  )) as unknown[];
  if (inserted.length === 1) {
    const id = await create();
    await scope.tx.query(`UPDATE idempotency_key SET response = $3 WHERE user_id = $1 AND key = $2`, [
      scope.viewer.userId,
      key,
      JSON.stringify({ id }),
    ]);
    return { id, replayed: false };
  }
  const [earlier] = (await scope.tx.query(
    `SELECT action, request_hash, response FROM idempotency_key WHERE user_id = $1 AND key = $2`,
    [scope.viewer.userId, key],
  )) as { action: string; request_hash: string; response: { id: string } | null }[];
  if (!earlier || earlier.action !== action || earlier.request_hash !== requestHash || !earlier.response) {
    throw new InputRejected([
      userError(['input', 'idempotencyKey'], UserErrorCode.IDEMPOTENCY_KEY_REUSED, {
        vi: 'Khóa chống lặp này đã được dùng cho một yêu cầu khác.',
        en: 'This idempotency key was used with another input.',
      }),
    ]);
  }
  return { id: earlier.response.id, replayed: true };
}
