/** Where a download stands, for its progress bar. */
export type DownloadPhase =
  | { kind: 'idle' }
  /** The request is sent; the platform makes the whole file before it answers (seconds for 10,000 labels). */
  | { kind: 'preparing' }
  /** The answer arrives: bytes so far of `total` (null without a Content-Length). */
  | { kind: 'receiving'; received: number; total: number | null }
  | { kind: 'done'; href: string; filename: string }
  | { kind: 'failed' };

/** The file name of a Content-Disposition header (`attachment; filename="nhan-L1.pdf"`), else `fallback`. */
export function filenameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1]!.trim() : fallback;
}

/**
 * Downloads `url` with the session cookie, reporting each phase: preparing until the answer's
 * headers arrive, then the bytes received out of its Content-Length. Answers the file as a blob
 * and its name. Throws on a refusal (not 2xx) or a broken connection.
 */
export async function downloadFile(
  url: string,
  fallbackName: string,
  onPhase: (phase: DownloadPhase) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; filename: string }> {
  onPhase({ kind: 'preparing' });
  const response = await fetch(url, { credentials: 'same-origin', signal });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const filename = filenameOf(response.headers.get('content-disposition'), fallbackName);
  onPhase({ kind: 'receiving', received: 0, total });
  const chunks: Uint8Array[] = [];
  if (response.body) {
    const reader = response.body.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onPhase({ kind: 'receiving', received, total });
    }
  } else {
    chunks.push(new Uint8Array(await response.arrayBuffer()));
  }
  return { blob: new Blob(chunks as BlobPart[], { type }), filename };
}
