import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file store of product photos: one folder (`MEDIA_DIR/photos`), files named by the SHA-256
 * of their bytes. A name never comes from a user, and the same bytes are stored once whoever
 * sends them; a stored file never changes, so it can be cached for a year.
 */
export const PHOTO_URL_PREFIX = '/media/photos/';

/** The only names the store writes and serves: a lowercase SHA-256 and the extension of WebP. */
const PHOTO_NAME = /^[0-9a-f]{64}\.webp$/;

export function isPhotoName(name: string): boolean {
  return PHOTO_NAME.test(name);
}

/** "photos/<sha256>.webp" → "<sha256>.webp", or null for a key of another store. */
export function photoNameOfKey(storageKey: string): string | null {
  const name = storageKey.startsWith('photos/') ? storageKey.slice('photos/'.length) : null;
  return name !== null && isPhotoName(name) ? name : null;
}

/** The address a photo is served at (relative to the platform's origin), or null when it has no file here. */
export function photoUrl(storageKey: string): string | null {
  const name = photoNameOfKey(storageKey);
  return name ? `${PHOTO_URL_PREFIX}${name}` : null;
}

/** The SHA-256 of a file's bytes, in hex: its name in the store. */
export function photoSha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface StoredPhoto {
  storageKey: string;
  sha256: string;
}

export class PhotoStore {
  constructor(readonly folder: string) {}

  /** Absolute path of a stored file, for a name already checked by `isPhotoName`. */
  pathOf(name: string): string {
    return path.join(this.folder, name);
  }

  /**
   * Writes the bytes under their hash: to a temporary file first, then renamed, so that a reader
   * never sees half a file and two uploads of the same bytes cannot interleave.
   */
  async save(bytes: Buffer): Promise<StoredPhoto> {
    const sha256 = photoSha256(bytes);
    const name = `${sha256}.webp`;
    const target = this.pathOf(name);
    await mkdir(this.folder, { recursive: true });
    const exists = await stat(target).then(
      (s) => s.size === bytes.length,
      () => false,
    );
    if (!exists) {
      const temporary = path.join(this.folder, `.${randomUUID()}.tmp`);
      await writeFile(temporary, bytes, { mode: 0o644 });
      await rename(temporary, target);
    }
    return { storageKey: `photos/${name}`, sha256 };
  }
}
