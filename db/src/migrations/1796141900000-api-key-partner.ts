import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API keys belong to a partner organisation (issue 14): `partner_name` gives way to a reference,
 * and a key may have its own points budget. The table has never been written to (no API issued
 * keys before this), so the NOT NULL column needs no backfill.
 * `points_budget`: the points spent per subject (a key, or a client address) and hourly window,
 * shared by every server instance (server/src/common/points-budget.ts).
 */
export class ApiKeyPartner1796141900000 implements MigrationInterface {
  name = 'ApiKeyPartner1796141900000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE api_key DROP COLUMN partner_name`);
    await q.query(`ALTER TABLE api_key ADD COLUMN partner_id uuid NOT NULL REFERENCES partner (id)`);
    await q.query(`ALTER TABLE api_key ADD COLUMN points_per_hour integer`);
    await q.query(`CREATE INDEX api_key_partner_id ON api_key (partner_id)`);
    await q.query(`
      CREATE TABLE points_budget (
        subject text NOT NULL,
        window_start timestamptz NOT NULL,
        spent integer NOT NULL,
        PRIMARY KEY (subject, window_start)
      )`);
    await q.query(`CREATE INDEX points_budget_window_start ON points_budget (window_start)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE points_budget`);
    await q.query(`DROP INDEX api_key_partner_id`);
    await q.query(`ALTER TABLE api_key DROP COLUMN points_per_hour`);
    await q.query(`ALTER TABLE api_key DROP COLUMN partner_id`);
    await q.query(`ALTER TABLE api_key ADD COLUMN partner_name text NOT NULL DEFAULT ''`);
    await q.query(`ALTER TABLE api_key ALTER COLUMN partner_name DROP DEFAULT`);
  }
}
