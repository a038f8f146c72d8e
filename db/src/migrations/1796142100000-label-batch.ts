import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Labels that cannot be copied (issue 15): a producer's production batch of a certified product,
 * one row per item's code, and the coarse places each code was checked from.
 *
 * A code itself is never stored: the server derives it from its label secret, the batch and the
 * serial (server/src/modules/label/label-code.ts) and keeps only its SHA-256, which is all a check
 * needs. The counters a check updates sit on the code's row, so that a check is one statement
 * touching one row; the batch's figures are sums over its checked codes (a partial index).
 * A place is a keyed hash of the client's network prefix (/24, /48), never an address, deleted
 * after 30 days by the housekeeping.
 */
export class LabelBatch1796142100000 implements MigrationInterface {
  name = 'LabelBatch1796142100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE label_batch (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        product_id uuid NOT NULL REFERENCES ocop_product (id),
        listing_id uuid REFERENCES product_listing (id) ON DELETE SET NULL,
        lot_number text NOT NULL,
        produced_on date NOT NULL,
        best_before date,
        item_count integer NOT NULL,
        created_by_id uuid REFERENCES app_user (id),
        recalled_at timestamptz,
        recall_reason text,
        recalled_by_id uuid REFERENCES app_user (id),
        CONSTRAINT label_batch_item_count CHECK (item_count >= 1 AND item_count <= 10000),
        CONSTRAINT label_batch_dates CHECK (best_before IS NULL OR best_before >= produced_on)
      )`);
    await q.query(`CREATE UNIQUE INDEX label_batch_product_lot ON label_batch (product_id, lot_number)`);
    await q.query(`CREATE INDEX label_batch_newest ON label_batch (created_at, id)`);
    await q.query(`CREATE INDEX label_batch_listing_id ON label_batch (listing_id)`);
    await q.query(`CREATE INDEX label_batch_created_by_id ON label_batch (created_by_id)`);
    await q.query(`CREATE INDEX label_batch_recalled_by_id ON label_batch (recalled_by_id)`);
    await q.query(`
      CREATE TABLE label_code (
        batch_id uuid NOT NULL REFERENCES label_batch (id),
        serial integer NOT NULL,
        code_hash bytea NOT NULL,
        check_count integer NOT NULL DEFAULT 0,
        place_count integer NOT NULL DEFAULT 0,
        invalid_certificate_checks integer NOT NULL DEFAULT 0,
        first_checked_at timestamptz,
        last_checked_at timestamptz,
        flagged_at timestamptz,
        PRIMARY KEY (batch_id, serial)
      )`);
    await q.query(`CREATE UNIQUE INDEX label_code_hash ON label_code (code_hash)`);
    // The batch's figures read only the codes checked at least once.
    await q.query(`CREATE INDEX label_code_checked ON label_code (batch_id) WHERE check_count > 0`);
    await q.query(`
      CREATE TABLE label_check_place (
        batch_id uuid NOT NULL,
        serial integer NOT NULL,
        place bytea NOT NULL,
        seen_at timestamptz NOT NULL,
        PRIMARY KEY (batch_id, serial, place),
        FOREIGN KEY (batch_id, serial) REFERENCES label_code (batch_id, serial) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX label_check_place_seen_at ON label_check_place (seen_at)`);

    // Partners follow batches in the change feed (a recall is an update), like the other objects
    // (1796142000000-change-feed.ts: the same stamp and log functions).
    await q.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_object_type_check`);
    await q.query(`ALTER TABLE change_log ADD CONSTRAINT change_log_object_type_check
                   CHECK (object_type IN ('product', 'producer', 'certificate', 'listing', 'unit', 'batch'))`);
    await q.query(`CREATE TRIGGER label_batch_touch BEFORE UPDATE ON label_batch
                   FOR EACH ROW EXECUTE FUNCTION ocop_touch_updated_at()`);
    await q.query(`CREATE TRIGGER label_batch_log_insert AFTER INSERT ON label_batch
                   REFERENCING NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('batch')`);
    await q.query(`CREATE TRIGGER label_batch_log_update AFTER UPDATE ON label_batch
                   REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('batch')`);
    await q.query(`CREATE TRIGGER label_batch_log_delete AFTER DELETE ON label_batch
                   REFERENCING OLD TABLE AS old_rows
                   FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('batch')`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM change_log WHERE object_type = 'batch'`);
    await q.query(`ALTER TABLE change_log DROP CONSTRAINT change_log_object_type_check`);
    await q.query(`ALTER TABLE change_log ADD CONSTRAINT change_log_object_type_check
                   CHECK (object_type IN ('product', 'producer', 'certificate', 'listing', 'unit'))`);
    await q.query(`DROP TABLE label_check_place`);
    await q.query(`DROP TABLE label_code`);
    await q.query(`DROP TABLE label_batch`);
  }
}
