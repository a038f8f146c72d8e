import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change log's horizon: the newest (xid, seq) its pruning removed, so that the feed can tell a
 * partner whose cursor is older than the history kept (CURSOR_EXPIRED) instead of silently
 * skipping what was pruned.
 */
export class ChangeLogHorizon1796142000002 implements MigrationInterface {
  name = 'ChangeLogHorizon1796142000002';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE change_log_horizon (
        id smallint PRIMARY KEY CONSTRAINT change_log_horizon_id_check CHECK (id = 1),
        xid bigint NOT NULL,
        seq bigint NOT NULL
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE change_log_horizon`);
  }
}
