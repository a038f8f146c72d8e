import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monitoring after certification (issue 16): the certificates expiring in the next 30 / 60 / 90
 * days are read by the current certificate's expiry copied on the product, live products only.
 */
export class CertificateExpiryIndex1796142200000 implements MigrationInterface {
  name = 'CertificateExpiryIndex1796142200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX ocop_product_current_expires_on ON ocop_product (current_expires_on, id) WHERE deleted_at IS NULL`,
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ocop_product_current_expires_on`);
  }
}
