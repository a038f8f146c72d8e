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
