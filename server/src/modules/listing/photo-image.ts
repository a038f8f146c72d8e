import sharp from 'sharp';

/** Media types a photo may be sent as; anything else is refused before it is read. */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** Largest photo accepted, in bytes (5 MB). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Longest side of a stored photo, in pixels: enough for a product page, small to serve. */
export const PHOTO_MAX_SIDE = 1600;
/** Decoding more pixels than this is refused (a small file can claim huge dimensions). */
const MAX_INPUT_PIXELS = 50_000_000;

/**
 * What the bytes really are, from their signature — the declared content type is the sender's
 * claim and is only believed when the bytes agree.
 */
export function sniffImageType(bytes: Buffer): PhotoContentType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (
    bytes.length >= 8 &&
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'image/png';
  if (
    bytes.length >= 12 &&
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' &&
    bytes.subarray(8, 12).toString('latin1') === 'WEBP'
  )
    return 'image/webp';
  return null;
}

export interface EncodedPhoto {
  bytes: Buffer;
  contentType: 'image/webp';
  width: number;
  height: number;
}

/** The image cannot be decoded (truncated, corrupt, or not what its signature says). */
export class UndecodableImage extends Error {
  override name = 'UndecodableImage';
}

/**
 * Re-encodes a photo as WebP: turned upright by its EXIF orientation, at most PHOTO_MAX_SIDE on
 * its longest side, and without any metadata (sharp writes none unless asked: no GPS position,
 * camera serial or embedded thumbnail survives). Serving only what we encoded ourselves also
 * means no polyglot file or malformed image reaches a browser as it was sent.
 */
export async function reencodePhoto(bytes: Buffer): Promise<EncodedPhoto> {
  try {
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch (error) {
    throw new UndecodableImage(error instanceof Error ? error.message : String(error));
  }
}
