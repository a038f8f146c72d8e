import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A product's current certificate, kept on the product by a trigger on `ocop_certificate`.
 *
 * The catalogue filters and orders by the current certificate (its stars, its status). Computed
 * per product with a LATERAL subquery, every product of the filter had to be given its current
 * certificate before the rows could be ordered: page 200 of the national catalogue cost as much
 * as a scan of every product (~170 ms) and a province's count did the same for its products.
 *
 * The pointer is the product's latest certificate (decision date, then id: the same order the
 * LATERAL used). It is the current one on every day from its decision on; the API refuses
 * decision dates in the future, so it is the current one today. Copied beside it: the columns the
 * catalogue filters and orders by (stars, decision date, expiry, revocation, supersession).
 * The STATUS is not stored: a certificate expires with the calendar, not with a write, so queries
 * still derive it on the day asked with `ocop_certificate_status` from these copied dates.
 *
 * One statement-level trigger per event (INSERT, UPDATE, DELETE) recomputes the products the
 * statement touched, once each, whatever the number of rows (the national generator inserts
 * 29,000 certificates in one statement). The products are locked first, in a statement of their
 * own: under READ COMMITTED the recomputing UPDATE then takes a snapshot after any concurrent
 * certificate write on the same product has committed, so two concurrent certifications of one
 * product cannot leave the pointer on the older certificate.
 */
export class ProductCurrentCertificate1796141200000 implements MigrationInterface {
  name = 'ProductCurrentCertificate1796141200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE ocop_product
        ADD COLUMN current_certificate_id uuid,
        ADD COLUMN current_stars smallint,
        ADD COLUMN current_decision_date date,
        ADD COLUMN current_expires_on date,
        ADD COLUMN current_revoked_on date,
        ADD COLUMN current_superseded_on date`);

    // "Is the status one of these?" — `ocop_certificate_status(...) = ANY(statuses)` spelled as
    // date ranges. The planner sees through neither the CASE of the status rule (it guesses 0.5% of
    // the rows for any status, so it read and sorted every product instead of walking the
    // catalogue's index) nor a function it cannot inline; these ranges it estimates from the
    // columns' statistics. The status names are constants in each statement's plan (parameters
    // of an unnamed statement), so the branches not asked for fold away. Same rule, tested equal
    // to `ocop_certificate_status` over every combination of dates (db/test).
    await q.query(`
      CREATE FUNCTION ocop_certificate_status_in(decision_date date, expires_on date, revoked_on date,
                                                 superseded_on date, as_of date, statuses text[])
      RETURNS boolean LANGUAGE sql IMMUTABLE PARALLEL SAFE
      RETURN decision_date <= as_of AND expires_on IS NOT NULL AND (
           ('revoked' = ANY(statuses) AND revoked_on <= as_of)
        OR ('superseded' = ANY(statuses) AND (revoked_on IS NULL OR revoked_on > as_of)
            AND superseded_on <= as_of)
        OR ('expired' = ANY(statuses) AND (revoked_on IS NULL OR revoked_on > as_of)
            AND (superseded_on IS NULL OR superseded_on > as_of) AND expires_on <= as_of)
        OR ('valid' = ANY(statuses) AND (revoked_on IS NULL OR revoked_on > as_of)
            AND (superseded_on IS NULL OR superseded_on > as_of) AND expires_on > as_of))`);

    await q.query(`
      CREATE FUNCTION ocop_product_refresh_current_certificate(product_ids uuid[]) RETURNS void
      LANGUAGE plpgsql AS $$
      BEGIN
        IF cardinality(product_ids) = 0 THEN
          RETURN;
        END IF;
        PERFORM 1 FROM ocop_product WHERE id = ANY(product_ids) ORDER BY id FOR UPDATE;
        UPDATE ocop_product p
        SET (current_certificate_id, current_stars, current_decision_date, current_expires_on,
             current_revoked_on, current_superseded_on) =
            (SELECT c.id, c.stars, c.decision_date, c.expires_on, c.revoked_on, c.superseded_on
             FROM ocop_certificate c WHERE c.product_id = p.id
             ORDER BY c.decision_date DESC, c.id DESC LIMIT 1)
        WHERE p.id = ANY(product_ids);
      END $$`);

    await q.query(`
      CREATE FUNCTION ocop_certificate_refresh_products() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM ocop_product_refresh_current_certificate(
            ARRAY(SELECT DISTINCT n.product_id FROM new_rows n));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM ocop_product_refresh_current_certificate(
            ARRAY(SELECT DISTINCT o.product_id FROM old_rows o));
        ELSE
          -- Only the rows whose copied columns (or product) changed: a certificate's version bump
          -- or a corrected issuer name leaves the products alone.
          PERFORM ocop_product_refresh_current_certificate(ARRAY(
            SELECT o.product_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.product_id, o.stars, o.decision_date, o.revoked_on, o.superseded_on)
                  IS DISTINCT FROM (n.product_id, n.stars, n.decision_date, n.revoked_on, n.superseded_on)
            UNION
            SELECT n.product_id FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE (o.product_id, o.stars, o.decision_date, o.revoked_on, o.superseded_on)
                  IS DISTINCT FROM (n.product_id, n.stars, n.decision_date, n.revoked_on, n.superseded_on)));
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`CREATE TRIGGER ocop_certificate_refresh_products_insert AFTER INSERT ON ocop_certificate
                   REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_certificate_refresh_products()`);
    await q.query(`CREATE TRIGGER ocop_certificate_refresh_products_update AFTER UPDATE ON ocop_certificate
                   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_certificate_refresh_products()`);
    await q.query(`CREATE TRIGGER ocop_certificate_refresh_products_delete AFTER DELETE ON ocop_certificate
                   REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_certificate_refresh_products()`);

    // Backfill every product that already has certificates.
    await q.query(
      `SELECT ocop_product_refresh_current_certificate(ARRAY(SELECT DISTINCT product_id FROM ocop_certificate))`,
    );

    // The catalogue's orders (keyset: the sort key, then id; scanned either way), live products
    // only. The copied dates are included so the status can be checked from the index.
    await q.query(`
      CREATE INDEX ocop_product_current_stars ON ocop_product ((coalesce(current_stars, 0)), id)
      INCLUDE (current_decision_date, current_expires_on, current_revoked_on, current_superseded_on)
      WHERE deleted_at IS NULL`);
    await q.query(`
      CREATE INDEX ocop_product_current_decision_date
      ON ocop_product ((coalesce(current_decision_date, DATE '0001-01-01')), id)
      WHERE deleted_at IS NULL`);
    // A place's products (the commune arrays of a province, a district…) with their stars and
    // status dates: a count of a place is an index-only scan.
    await q.query(`
      CREATE INDEX ocop_product_commune_current ON ocop_product (origin_commune_id, current_stars)
      INCLUDE (current_decision_date, current_expires_on, current_revoked_on, current_superseded_on)
      WHERE deleted_at IS NULL`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ocop_product_commune_current`);
    await q.query(`DROP INDEX ocop_product_current_decision_date`);
    await q.query(`DROP INDEX ocop_product_current_stars`);
    await q.query(`DROP TRIGGER ocop_certificate_refresh_products_delete ON ocop_certificate`);
    await q.query(`DROP TRIGGER ocop_certificate_refresh_products_update ON ocop_certificate`);
    await q.query(`DROP TRIGGER ocop_certificate_refresh_products_insert ON ocop_certificate`);
    await q.query(`DROP FUNCTION ocop_certificate_refresh_products()`);
    await q.query(`DROP FUNCTION ocop_product_refresh_current_certificate(uuid[])`);
    await q.query(`DROP FUNCTION ocop_certificate_status_in(date, date, date, date, date, text[])`);
    await q.query(`
      ALTER TABLE ocop_product
        DROP COLUMN current_certificate_id,
        DROP COLUMN current_stars,
        DROP COLUMN current_decision_date,
        DROP COLUMN current_expires_on,
        DROP COLUMN current_revoked_on,
        DROP COLUMN current_superseded_on`);
  }
}
