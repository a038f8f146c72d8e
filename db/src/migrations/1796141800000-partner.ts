import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partner organisations (issue 14): the owners of API keys and webhook endpoints. A name is
 * unique regardless of case, so that an administrator does not register one organisation twice.
 */
export class Partner1796141800000 implements MigrationInterface {
  name = 'Partner1796141800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE partner (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        name text NOT NULL,
        contact_name text,
        contact_email text,
        contact_phone text,
        created_by_id uuid REFERENCES app_user (id),
        disabled_at timestamptz
      )`);
    await q.query(`CREATE UNIQUE INDEX partner_name_unique ON partner (lower(name))`);
    await q.query(`CREATE INDEX partner_created_by_id ON partner (created_by_id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE partner`);
  }
}
