import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The unit an audit row is about (the commune of a product, the unit of an evaluation…), so that
 * an official can browse the history of their own unit and nobody else's. Nullable: rows written
 * before this migration, and rows about objects without a unit (accounts), have none. The index
 * serves the officials' audit view, which reads a unit's rows newest first.
 */
export class AuditLogUnit1796141000000 implements MigrationInterface {
  name = 'AuditLogUnit1796141000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE audit_log ADD COLUMN unit_id uuid REFERENCES admin_unit (id)`);
    await q.query(`CREATE INDEX audit_log_unit_id ON audit_log (unit_id, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_log_unit_id`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN unit_id`);
  }
}
