import { now } from '@ocop/db';
import { unlink } from 'node:fs/promises';
import type { DataSource, EntityManager } from 'typeorm';
import { photoNameOfKey, type PhotoStore } from './photo-store';

/** How long an upload waits to be attached; productPhotoAdd refuses older ones (same interval). */
export const UPLOAD_LIFETIME = '1 day';
/** Stale uploads removed per run, so that one run stays short. */
const BATCH = 500;

/**
 * One lock per file (by its SHA-256), taken by an upload between writing the file and committing
 * its row, and by the cleanup between checking that nothing uses a file and deleting it: the
 * cleanup can never delete a file that a concurrent upload of the same bytes has just stored.
 */
export async function lockPhotoFile(tx: EntityManager, sha256: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended($1, 0))`, [`photo:${sha256}`]);
}

export interface CleanupReport {
  uploads: number;
  files: number;
}

/**
 * Removes uploads never attached within UPLOAD_LIFETIME, and their files when no photo and no
 * other upload uses them. Attached photos are never touched.
 */
export async function removeStaleUploads(dataSource: DataSource, store: PhotoStore): Promise<CleanupReport> {
  const stale = (await dataSource.query(
    `SELECT id, sha256, storage_key FROM photo_upload
     WHERE attached_at IS NULL AND created_at < $2::timestamptz - $1::interval
     ORDER BY created_at LIMIT ${BATCH}`,
    [UPLOAD_LIFETIME, now()],
  )) as { id: string; sha256: string; storage_key: string }[];
  const report: CleanupReport = { uploads: 0, files: 0 };
  for (const upload of stale) {
    await dataSource.transaction(async (tx) => {
      await lockPhotoFile(tx, upload.sha256);
      const deleted = (await tx.query(
        `DELETE FROM photo_upload WHERE id = $1 AND attached_at IS NULL RETURNING id`,
        [upload.id],
      )) as [unknown[], number];
      if (deleted[1] === 0) return;
      report.uploads += 1;
      const [use] = (await tx.query(
        `SELECT EXISTS (SELECT 1 FROM product_photo WHERE storage_key = $1)
             OR EXISTS (SELECT 1 FROM photo_upload WHERE storage_key = $1) AS used`,
        [upload.storage_key],
      )) as { used: boolean }[];
      const name = photoNameOfKey(upload.storage_key);
      if (use?.used || !name) return;
      const removed = await unlink(store.pathOf(name)).then(
        () => true,
        (error: NodeJS.ErrnoException) => {
          if (error.code === 'ENOENT') return false;
          throw error;
        },
      );
      if (removed) report.files += 1;
    });
  }
  return report;
}
