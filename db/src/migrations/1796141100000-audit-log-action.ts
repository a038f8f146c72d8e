import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit view filters by action ("every producerUpdate") newest first; without an index a filter
 * matching few rows read the whole log (0.3 s over a million rows; 15 ms with it).
 */
export class AuditLogAction1796141100000 implements MigrationInterface {
  name = 'AuditLogAction1796141100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_log_action ON audit_log (action, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_action`);
  }
}
