import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring after certification (issue 16): the certificates expiring in the next 30 / 60 / 90
 * days are read by the current certificate's expiry copied on the product, live products only;
 * and each reminder of a renewal mailed to a producer is noted once per certificate and threshold
 * (90 and 30 days before), so that every instance may run the daily step and none mails twice.
 */
export class Monitoring1796142200000 implements MigrationInterface {
  name = 'Monitoring1796142200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ocop_product_current_expires_on ON ocop_product (current_expires_on, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`
      CREATE TABLE certificate_renewal_reminder (
        certificate_id uuid NOT NULL REFERENCES ocop_certificate (id) ON DELETE CASCADE,
        days_before integer NOT NULL,
        noted_at timestamptz NOT NULL,
        PRIMARY KEY (certificate_id, days_before)
      )`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_renewal_reminder`);
    await q.query(`DROP INDEX ocop_product_current_expires_on`);
  }
}
