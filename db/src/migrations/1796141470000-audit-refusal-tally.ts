import type { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = `
  CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$`;

/**
 * Refusals are written in full only up to a rate per source and kind (audit.service.ts): the rest
 * of a minute's are counted into one summary row of the audit log.
 *
 * - audit_refusal_tally: how many refusals each source and kind (and all sources together, '*')
 *   made in each minute; small and short-lived (housekeeping deletes past minutes).
 * - audit_log.summary_key: set on summary rows only (source, kind and minute), unique, so that
 *   one INSERT … ON CONFLICT adds a refusal to its summary atomically.
 * - The append-only trigger lets exactly one change through: a summary row's count growing (with
 *   its last instant). Every other column, every other key of `after`, and every ordinary row stay
 *   as written; DELETE and TRUNCATE are refused as before.
 */
export class AuditRefusalTally1796141470000 implements MigrationInterface {
  name = 'AuditRefusalTally1796141470000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE audit_refusal_tally (
        source text NOT NULL,
        window_start timestamptz NOT NULL,
        refusals integer NOT NULL,
        PRIMARY KEY (source, window_start)
      )`);
    await q.query(`CREATE INDEX audit_refusal_tally_window_start ON audit_refusal_tally (window_start)`);
    await q.query(`ALTER TABLE audit_log ADD COLUMN summary_key text`);
    await q.query(
      `CREATE UNIQUE INDEX audit_log_summary_key ON audit_log (summary_key) WHERE summary_key IS NOT NULL`,
    );
    await q.query(`
      CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.summary_key IS NOT NULL
             AND to_jsonb(NEW) - 'after' = to_jsonb(OLD) - 'after'
             AND NEW.after - 'summary' = OLD.after - 'summary'
             AND (NEW.after -> 'summary') - 'refusals' - 'lastAt' = (OLD.after -> 'summary') - 'refusals' - 'lastAt'
             AND (NEW.after #>> '{summary,refusals}')::bigint > (OLD.after #>> '{summary,refusals}')::bigint
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(APPEND_ONLY);
    await q.query(`DROP INDEX audit_log_summary_key`);
    await q.query(`ALTER TABLE audit_log DROP COLUMN summary_key`);
    await q.query(`DROP TABLE audit_refusal_tally`);
  }
}
