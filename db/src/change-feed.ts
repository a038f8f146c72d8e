/**
 * The SQL of the change feed (migration 1796142000000), shared by the server and the tests.
 *
 * Order and visibility: an entry carries the id of the transaction that wrote it (`xid`) and a
 * sequence number (`seq`). A page shows only entries whose transaction was finished when the
 * statement's snapshot was taken (`xid < xmin` of that snapshot: every transaction below xmin has
 * committed or aborted, and the committed ones are visible to the same snapshot), in (xid, seq)
 * order after the cursor. An entry not shown yet belongs to a transaction at or above xmin, so
 * above the last xid shown: it sorts after the cursor and is shown later, exactly once. A
 * timestamp or a plain sequence would not do: both are taken before commit, so a transaction
 * that commits later can carry a smaller value than one a poller has already passed.
 */

/** Anything that runs a parameterised query and returns rows (a pg client or pool, a TypeORM manager). */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/** The last xid every poller may read up to: transactions below it are finished. */
export const FINISHED_XID_BOUND = `pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * Records, once, the expiry by the calendar of each certificate whose 36 months end on or before
 * `day` (the platform's day) and that is neither revoked nor superseded by then: a row in
 * certificate_expiry_noted and an `updated` entry with event `expired` in the change log, in one
 * statement. Idempotent (the primary key and ON CONFLICT DO NOTHING): concurrent runs on several
 * instances record each expiry once. Returns the certificates noted.
 */
export async function noteCertificateExpiries(db: Queryable, day: string, at: Date): Promise<string[]> {
  const rows = (await db.query(
    `WITH noted AS (
       INSERT INTO certificate_expiry_noted (certificate_id, expires_on, noted_at)
       SELECT c.id, c.expires_on, $2::timestamptz FROM ocop_certificate c
       WHERE c.expires_on <= $1::date
         AND (c.revoked_on IS NULL OR c.revoked_on > c.expires_on)
         AND (c.superseded_on IS NULL OR c.superseded_on > c.expires_on)
       ON CONFLICT (certificate_id) DO NOTHING
       RETURNING certificate_id)
     INSERT INTO change_log (xid, kind, object_type, object_id, event, occurred_at)
     SELECT pg_current_xact_id()::text::bigint, 'updated', 'certificate', n.certificate_id, 'expired',
            $2::timestamptz
     FROM noted n
     RETURNING object_id`,
    [day, at],
  )) as { object_id: string }[] | { rows: { object_id: string }[] };
  const list = Array.isArray(rows) ? rows : rows.rows;
  return list.map((row) => row.object_id);
}

/**
 * Deletes change-log entries older than `keepDays` before `at` (the feed's history), and moves the
 * horizon (change_log_horizon) to the newest position deleted, in the same statement: a cursor
 * before it is answered CURSOR_EXPIRED by the feed.
 */
export async function pruneChangeLog(db: Queryable, at: Date, keepDays: number): Promise<void> {
  await db.query(
    `WITH gone AS (
       DELETE FROM change_log WHERE occurred_at < $1::timestamptz - make_interval(days => $2) RETURNING xid, seq),
     newest AS (SELECT xid, seq FROM gone ORDER BY xid DESC, seq DESC LIMIT 1)
     INSERT INTO change_log_horizon (id, xid, seq) SELECT 1, xid, seq FROM newest
     ON CONFLICT (id) DO UPDATE SET xid = EXCLUDED.xid, seq = EXCLUDED.seq
     WHERE (change_log_horizon.xid, change_log_horizon.seq) < (EXCLUDED.xid, EXCLUDED.seq)`,
    [at, keepDays],
  );
}
