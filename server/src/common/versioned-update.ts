import type { EntityManager } from 'typeorm';
import { InputRejected, userError, UserErrorCode } from './user-error';

/**
 * The CONFLICT user error of a stale `version`: `what` names the object for people
 * ("Tin bán", "Chủ thể"…), `currentVersion` is what the client reloads to.
 */
export function staleVersion(what: string, currentVersion: number): InputRejected {
  return new InputRejected([
    userError(
      ['input', 'version'],
      UserErrorCode.CONFLICT,
      {
        vi: `${what} đã được người khác sửa từ khi bạn mở.`,
        en: `It was changed by someone else since you opened it.`,
      },
      { currentVersion },
    ),
  ]);
}

/**
 * Runs an `UPDATE … WHERE id = $1 AND version = $2 … RETURNING …` and returns the row written.
 * The conditional write is the concurrency check (server/README.md, pitfall 8): when it matches no row,
 * someone was first, and the caller gets `staleVersion` with the version the row has now.
 * `table` is the one the statement updates (read again for that version).
 */
export async function updateAtVersion<Row>(
  tx: EntityManager,
  what: string,
  table: string,
  sql: string,
  params: [id: string, version: number, ...rest: unknown[]],
): Promise<Row> {
  const [rows] = (await tx.query(sql, params)) as [Row[], number];
  if (rows[0]) return rows[0];
  const [current] = (await tx.query(`SELECT version FROM ${table} WHERE id = $1`, [params[0]])) as {
    version: number;
  }[];
  throw staleVersion(what, current?.version ?? params[1]);
}
