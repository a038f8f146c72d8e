import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `ocop_certificate_status` answered 'valid' when called with NULL dates — what a LEFT JOIN gives
 * for a product that has no certificate at all. A missing certificate now gives NULL, like a
 * certificate not yet issued on the day asked.
 */
export class CertificateStatusWithoutCertificate1795968000000 implements MigrationInterface {
  name = 'CertificateStatusWithoutCertificate1795968000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ocop_certificate_status(decision_date date, expires_on date,
                                                         revoked_on date, superseded_on date, as_of date)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE
        WHEN decision_date IS NULL OR expires_on IS NULL OR as_of IS NULL OR decision_date > as_of THEN NULL
        WHEN revoked_on IS NOT NULL AND revoked_on <= as_of THEN 'revoked'
        WHEN superseded_on IS NOT NULL AND superseded_on <= as_of THEN 'superseded'
        WHEN expires_on <= as_of THEN 'expired'
        ELSE 'valid'
      END`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION ocop_certificate_status(decision_date date, expires_on date,
                                                         revoked_on date, superseded_on date, as_of date)
      RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN CASE
        WHEN decision_date > as_of THEN NULL
        WHEN revoked_on IS NOT NULL AND revoked_on <= as_of THEN 'revoked'
        WHEN superseded_on IS NOT NULL AND superseded_on <= as_of THEN 'superseded'
        WHEN expires_on <= as_of THEN 'expired'
        ELSE 'valid'
      END`);
  }
}
