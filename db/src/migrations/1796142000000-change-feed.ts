import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables partners follow, with the object type the change feed names them by. */
export const FOLLOWED_TABLES = [
  ['ocop_product', 'product'],
  ['producer', 'producer'],
  ['ocop_certificate', 'certificate'],
  ['product_listing', 'listing'],
  ['admin_unit', 'unit'],
] as const;

/**
 * Sync for partners (issue 14): `updated_at` kept on every write path, and a change log that a
 * poller can follow without missing or repeating an entry while writes commit concurrently.
 *
 * - `ocop_now()`: the platform's clock in SQL. `OCOP_TODAY` reaches each connection as the setting
 *   `ocop.today` (db/src/data-source.ts), so that triggers stamp the pinned day like the services
 *   do (db/src/clock.ts: the pinned day, the time of day the real one, in Vietnam).
 * - `ocop_touch_updated_at`: a write that did not set `updated_at` itself (raw SQL, the product's
 *   current-certificate trigger) gets it set to `ocop_now()`.
 * - `change_log`: one row per object created, updated or withdrawn, written by statement triggers
 *   with the writing transaction's id (`pg_current_xact_id()`). The feed only shows entries of
 *   transactions that are no longer in progress (`xid < pg_snapshot_xmin(pg_current_snapshot())`)
 *   in (xid, seq) order: an entry that becomes visible later always sorts after every entry shown
 *   before, which a sequence or a timestamp taken before commit cannot promise.
 * - `certificate_expiry_noted`: a certificate's expiry by the calendar, recorded once by a
 *   scheduled step (server: modules/sync) so that it reaches the feed too.
 */
export class ChangeFeed1796142000000 implements MigrationInterface {
  name = 'ChangeFeed1796142000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION ocop_now() RETURNS timestamptz LANGUAGE sql STABLE
      RETURN CASE WHEN coalesce(current_setting('ocop.today', true), '') = '' THEN now()
                  ELSE (current_setting('ocop.today')::date
                        + (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::time) AT TIME ZONE 'Asia/Ho_Chi_Minh' END`);

    await q.query(`
      CREATE FUNCTION ocop_touch_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
          NEW.updated_at := ocop_now();
        END IF;
        RETURN NEW;
      END $$`);

    await q.query(`
      CREATE TABLE change_log (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        xid bigint NOT NULL,
        kind text NOT NULL CHECK (kind IN ('created', 'updated', 'withdrawn')),
        object_type text NOT NULL
          CHECK (object_type IN ('product', 'producer', 'certificate', 'listing', 'unit')),
        object_id uuid NOT NULL,
        event text CHECK (event IN ('revoked', 'expired', 'superseded')),
        occurred_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX change_log_xid_seq ON change_log (xid, seq)`);
    await q.query(`CREATE INDEX change_log_type_xid_seq ON change_log (object_type, xid, seq)`);
    await q.query(`CREATE INDEX change_log_occurred_at ON change_log (occurred_at)`);

    // One function for every followed table and event; the object type is the trigger's argument.
    // Updates that change nothing but the version or the stamp are not changes.
    await q.query(`
      CREATE FUNCTION ocop_log_changes() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tx bigint := pg_current_xact_id()::text::bigint;
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO change_log (xid, kind, object_type, object_id, occurred_at)
          SELECT tx, 'created', TG_ARGV[0], n.id, n.updated_at FROM new_rows n;
        ELSIF TG_OP = 'DELETE' THEN
          INSERT INTO change_log (xid, kind, object_type, object_id, occurred_at)
          SELECT tx, 'withdrawn', TG_ARGV[0], o.id, ocop_now() FROM old_rows o;
        ELSE
          INSERT INTO change_log (xid, kind, object_type, object_id, event, occurred_at)
          SELECT tx,
                 CASE WHEN (to_jsonb(o) ->> 'deleted_at') IS NULL AND (to_jsonb(n) ->> 'deleted_at') IS NOT NULL
                      THEN 'withdrawn' ELSE 'updated' END,
                 TG_ARGV[0], n.id,
                 CASE WHEN TG_ARGV[0] <> 'certificate' THEN NULL
                      WHEN (to_jsonb(o) ->> 'revoked_on') IS NULL AND (to_jsonb(n) ->> 'revoked_on') IS NOT NULL
                      THEN 'revoked'
                      WHEN (to_jsonb(o) ->> 'superseded_on') IS NULL AND (to_jsonb(n) ->> 'superseded_on') IS NOT NULL
                      THEN 'superseded' END,
                 n.updated_at
          FROM old_rows o JOIN new_rows n ON n.id = o.id
          WHERE to_jsonb(o) - 'version' - 'updated_at' IS DISTINCT FROM to_jsonb(n) - 'version' - 'updated_at';
        END IF;
        RETURN NULL;
      END $$`);

    for (const [table, type] of FOLLOWED_TABLES) {
      await q.query(`CREATE TRIGGER ${table}_touch BEFORE UPDATE ON ${table}
                     FOR EACH ROW EXECUTE FUNCTION ocop_touch_updated_at()`);
      await q.query(`CREATE TRIGGER ${table}_log_insert AFTER INSERT ON ${table}
                     REFERENCING NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('${type}')`);
      await q.query(`CREATE TRIGGER ${table}_log_update AFTER UPDATE ON ${table}
                     REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('${type}')`);
      await q.query(`CREATE TRIGGER ${table}_log_delete AFTER DELETE ON ${table}
                     REFERENCING OLD TABLE AS old_rows
                     FOR EACH STATEMENT EXECUTE FUNCTION ocop_log_changes('${type}')`);
    }

    // updatedSince on the lists: (updated_at, id), the live rows where the list shows only those.
    await q.query(
      `CREATE INDEX ocop_product_updated_at ON ocop_product (updated_at, id) WHERE deleted_at IS NULL`,
    );
    await q.query(`CREATE INDEX producer_updated_at ON producer (updated_at, id) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX ocop_certificate_updated_at ON ocop_certificate (updated_at, id)`);
    await q.query(`CREATE INDEX product_listing_updated_at ON product_listing (updated_at, id)`);
    await q.query(`CREATE INDEX admin_unit_updated_at ON admin_unit (updated_at, id)`);

    await q.query(`
      CREATE TABLE certificate_expiry_noted (
        certificate_id uuid PRIMARY KEY REFERENCES ocop_certificate (id) ON DELETE CASCADE,
        expires_on date NOT NULL,
        noted_at timestamptz NOT NULL
      )`);
    // Certificates expired before the feed existed are not news: noted now, without an entry.
    await q.query(`
      INSERT INTO certificate_expiry_noted (certificate_id, expires_on, noted_at)
      SELECT id, expires_on, ocop_now() FROM ocop_certificate
      WHERE expires_on <= (ocop_now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE certificate_expiry_noted`);
    for (const [table] of FOLLOWED_TABLES) {
      await q.query(`DROP INDEX ${table}_updated_at`);
      for (const suffix of ['touch', 'log_insert', 'log_update', 'log_delete'])
        await q.query(`DROP TRIGGER ${table}_${suffix} ON ${table}`);
    }
    await q.query(`DROP FUNCTION ocop_log_changes()`);
    await q.query(`DROP TABLE change_log`);
    await q.query(`DROP FUNCTION ocop_touch_updated_at()`);
    await q.query(`DROP FUNCTION ocop_now()`);
  }
}
