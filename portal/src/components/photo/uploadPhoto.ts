import { portalLanguage } from '../../app/apollo';
/** What the platform answers to an upload: the id to attach it with, and what it stored. */
export interface UploadedPhoto {
  uploadId: string;
  width: number;
  height: number;
  bytes: number;
}

/** The types the platform accepts, as the file input's `accept` and for the client-side check. */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
/** The platform's limit (5 MB); checked before sending so that nobody waits for a refusal. */
export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;

/** The first bytes that tell what an image file really is, whatever its name or declared type. */
const SIGNATURES: { type: (typeof PHOTO_TYPES)[number]; test: (b: Uint8Array) => boolean }[] = [
  { type: 'image/jpeg', test: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  {
    type: 'image/png',
    test: (b) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => b[i] === byte),
  },
  {
    type: 'image/webp',
    test: (b) => ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP',
  },
];

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, to));
}

/** The image type of a file by its first bytes (not its name), or null if it is none of ours. */
export async function sniffPhotoType(file: Blob): Promise<(typeof PHOTO_TYPES)[number] | null> {
  const head = new Uint8Array(await file.slice(0, 12).arrayBuffer());
  return SIGNATURES.find((s) => s.test(head))?.type ?? null;
}

/**
 * Whether the browser can decode the file as an image (a truncated or corrupt file cannot): with
 * createImageBitmap where there is one, else an Image from a blob: URL (allowed by the
 * Content-Security-Policy's img-src for this preview).
 */
export async function decodesAsImage(file: Blob): Promise<boolean> {
  if (typeof createImageBitmap === 'function') {
    try {
      const bitmap = await createImageBitmap(file);
      const ok = bitmap.width > 0 && bitmap.height > 0;
      bitmap.close();
      return ok;
    } catch {
      return false;
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image.naturalWidth > 0;
  } catch {
    return false;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * A chosen file checked before it is shown or sent: its bytes must be a JPEG, PNG or WebP image
 * the browser can decode (a text file named .png is refused here, with no broken preview). A real
 * image whose name says another type is sent as what it is.
 */
export async function checkPhoto(file: File): Promise<File | null> {
  const type = await sniffPhotoType(file);
  if (!type || !(await decodesAsImage(file))) return null;
  return type === file.type ? file : new File([file], file.name, { type, lastModified: file.lastModified });
}

/** An upload the platform refused, with its HTTP status and its error code and message. */
export class UploadRefused extends Error {
  constructor(
    readonly status: number,
    readonly code: string | null,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Sends a photo as the raw body of `POST /uploads/photos` (its content type the file's), with the
 * session cookie of this origin. XMLHttpRequest rather than fetch: only it reports upload
 * progress. Resolves with the platform's answer; rejects with UploadRefused (an answer other than
 * 201) or an Error (the network).
 */
export function uploadPhoto(
  file: Blob,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<UploadedPhoto> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/uploads/photos');
    xhr.withCredentials = false; // same origin: the cookie goes anyway, and only to us
    xhr.setRequestHeader('content-type', file.type);
    // The refusals' messages in the portal's language (app/apollo.ts).
    xhr.setRequestHeader('accept-language', portalLanguage());
    xhr.responseType = 'json';
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      const body = xhr.response as
        (UploadedPhoto & { errors?: { message: string; extensions?: { code?: string } }[] }) | null;
      if (xhr.status === 201 && body?.uploadId) {
        onProgress(1);
        resolve(body);
      } else {
        const error = body?.errors?.[0];
        reject(
          new UploadRefused(xhr.status, error?.extensions?.code ?? null, error?.message ?? xhr.statusText),
        );
      }
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}

/** A byte count as people read it: 812 kB, 4,3 MB. */
export function formatBytes(bytes: number, locale: 'vi' | 'en'): string {
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  if (bytes < 1024 * 1024)
    return `${new Intl.NumberFormat(tag).format(Math.max(1, Math.round(bytes / 1024)))} kB`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))} MB`;
}
