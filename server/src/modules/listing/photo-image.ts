import sharp from 'sharp';

/** Media types a photo may be sent as; anything else is refused before it is read. */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

/** Largest photo accepted, in bytes (5 MB). */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
/** Longest side of a stored photo, in pixels: enough for a product page, small to serve. */
export const PHOTO_MAX_SIDE = 1600;
/**
 * Largest photo accepted, in pixels: 25 MP, a phone's or a camera's full-size photo (6000×4000 is
 * 24 MP; a 48 MP sensor saves 12 MP unless asked). A small file can claim huge dimensions (a flat
 * 7000×7000 PNG is 0.4 MB), so the header is read first and such a photo refused before decoding.
 */
export const PHOTO_MAX_PIXELS = 25_000_000;
/**
 * Largest photo accepted, decoded, in bytes: 25 MP at 4 bytes a pixel (8-bit RGBA). Samples of 16
 * bits or more channels multiply the memory a decode takes (7000×7000 at 16-bit RGB is 294 MB), so
 * they lower the pixels allowed: a 16-bit RGB photo may have 17 MP.
 */
export const PHOTO_MAX_DECODED_BYTES = PHOTO_MAX_PIXELS * 4;
/** Bytes per sample of each libvips band format (sharp's `metadata().depth`). */
const SAMPLE_BYTES: Record<string, number> = {
  uchar: 1,
  char: 1,
  ushort: 2,
  short: 2,
  uint: 4,
  int: 4,
  float: 4,
  complex: 8,
  double: 8,
  dpcomplex: 16,
};

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

/** The photo's header says it is larger than a photo needs to be: refused without decoding it. */
export class ImageTooLarge extends Error {
  override name = 'ImageTooLarge';
  constructor(
    readonly width: number,
    readonly height: number,
    readonly decodedBytes: number,
  ) {
    super(`${width}×${height} pixels, ${decodedBytes} bytes decoded`);
  }
}

/**
 * Reads the header only (cheap: no pixel is decoded) and refuses a photo whose pixels, or whose
 * decoded size (pixels × channels × bytes per sample), exceed the limits above.
 */
export async function checkPhotoHeader(bytes: Buffer): Promise<{ width: number; height: number }> {
  let meta: sharp.Metadata;
  try {
    meta = await sharp(bytes, { failOn: 'error' }).metadata();
  } catch (error) {
    throw new UndecodableImage(error instanceof Error ? error.message : String(error));
  }
  const { width, height } = meta;
  if (!width || !height) throw new UndecodableImage('the header names no dimensions');
  const decodedBytes = width * height * (meta.channels ?? 4) * (SAMPLE_BYTES[meta.depth ?? ''] ?? 8);
  if (width * height > PHOTO_MAX_PIXELS || decodedBytes > PHOTO_MAX_DECODED_BYTES) {
    throw new ImageTooLarge(width, height, decodedBytes);
  }
  return { width, height };
}

/**
 * Re-encodes a photo as WebP: turned upright by its EXIF orientation, at most PHOTO_MAX_SIDE on
 * its longest side, and without any metadata (sharp writes none unless asked: no GPS position,
 * camera serial or embedded thumbnail survives). Serving only what we encoded ourselves also
 * means no polyglot file or malformed image reaches a browser as it was sent.
 */
export async function reencodePhoto(bytes: Buffer): Promise<EncodedPhoto> {
  try {
    // The limit again, from what libvips decodes: the header was checked, this is the backstop.
    const { data, info } = await sharp(bytes, { limitInputPixels: PHOTO_MAX_PIXELS, failOn: 'error' })
      .rotate()
      .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 82 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, contentType: 'image/webp', width: info.width, height: info.height };
  } catch (error) {
    throw new UndecodableImage(error instanceof Error ? error.message : String(error));
  }
}
