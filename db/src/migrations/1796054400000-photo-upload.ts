import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Photo uploads in two steps: the bytes are received, re-encoded and stored first
 * (`POST /uploads/photos` → a `photo_upload` row owned by the uploader), then attached to a
 * product by a GraphQL mutation that is authorised, audited and idempotent like every write.
 *
 * Files are content-addressed (their SHA-256), so two products may show the same file: the
 * storage key is no longer unique among photos; a product holds a given file once.
 */
export class PhotoUpload1796054400000 implements MigrationInterface {
  name = 'PhotoUpload1796054400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE photo_upload (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        created_at timestamptz NOT NULL DEFAULT now(),
        uploaded_by_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        storage_key text NOT NULL,
        content_type text NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
        byte_size integer NOT NULL CHECK (byte_size > 0),
        width integer NOT NULL CHECK (width > 0),
        height integer NOT NULL CHECK (height > 0),
        sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        -- Set when attached to a product: an upload is attached once.
        attached_at timestamptz
      )`);
    await q.query(`CREATE INDEX photo_upload_uploaded_by_id ON photo_upload (uploaded_by_id)`);
    await q.query(`CREATE INDEX photo_upload_created_at ON photo_upload (created_at)`);
    await q.query(`ALTER TABLE product_photo DROP CONSTRAINT product_photo_storage_key_key`);
    await q.query(`CREATE INDEX product_photo_storage_key ON product_photo (storage_key)`);
    await q.query(`CREATE UNIQUE INDEX product_photo_product_sha256 ON product_photo (product_id, sha256)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX product_photo_product_sha256`);
    await q.query(`DROP INDEX product_photo_storage_key`);
    await q.query(
      `ALTER TABLE product_photo ADD CONSTRAINT product_photo_storage_key_key UNIQUE (storage_key)`,
    );
    await q.query(`DROP TABLE photo_upload`);
  }
}
