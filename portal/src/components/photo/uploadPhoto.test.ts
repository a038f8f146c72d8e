import { describe, expect, it } from 'vitest';
import { sniffPhotoType } from './uploadPhoto';

const bytes = (...b: (number | string)[]) =>
  new Blob([
    new Uint8Array(b.flatMap((x) => (typeof x === 'string' ? [...x].map((c) => c.charCodeAt(0)) : [x]))),
  ]);

describe('sniffPhotoType', () => {
  it('names a file by its first bytes, not by its name', async () => {
    await expect(sniffPhotoType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).resolves.toBe('image/jpeg');
    await expect(sniffPhotoType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0))).resolves.toBe('image/png');
    await expect(sniffPhotoType(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).resolves.toBe('image/webp');
  });

  it('is null for anything else: text, a GIF, a RIFF that is not WebP, an empty file', async () => {
    await expect(sniffPhotoType(bytes('not a picture'))).resolves.toBeNull();
    await expect(sniffPhotoType(bytes('GIF89a'))).resolves.toBeNull();
    await expect(sniffPhotoType(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).resolves.toBeNull();
    await expect(sniffPhotoType(new Blob([]))).resolves.toBeNull();
  });
});
