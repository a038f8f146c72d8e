import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

let p: DemoPlatform;
let editor: Client;
beforeAll(async () => {
  p = await startDemoPlatform('ocop_abuse_photos');
  editor = await p.logIn(DEMO.producerEditor);
});
afterAll(async () => {
  await p?.stop();
});

/** The platform process's resident memory, in MB. */
function rssMb(): number {
  const status = readFileSync(`/proc/${p.platform.child.pid}/status`, 'utf8');
  return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)![1]) / 1024;
}

/** Runs `work` while sampling the platform's memory: answers its result, seconds and the peak growth. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; seconds: number; growthMb: number }> {
  const before = rssMb();
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb())), 20);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      seconds: (performance.now() - started) / 1000,
      growthMb: Math.max(peak, rssMb()) - before,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** A flat image of `width`×`height`: tiny as PNG, whatever its size decoded. */
function flat(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 90, g: 160, b: 60 } } });
}

/** The reported amplifier: 7000×7000, 16 bits per sample, a few hundred kB as PNG. */
const huge16BitPng = () => flat(7000, 7000).toColourspace('rgb16').png({ compressionLevel: 9 }).toBuffer();

/** A photo as a phone sends it: 4032×3024 JPEG, about 2 MB (fine grain so it does not compress away). */
const phoneJpeg = () =>
  sharp({
    create: {
      width: 4032,
      height: 3024,
      channels: 3,
      background: { r: 0, g: 0, b: 0 },
      noise: { type: 'gaussian', mean: 128, sigma: 20 },
    },
  })
    .blur(0.6)
    .jpeg({ quality: 80 })
    .toBuffer();

const serverTiming = (header: string | null, name: string): number | null => {
  const match = new RegExp(`(?:^|,)\\s*${name};dur=([0-9.]+)`).exec(header ?? '');
  return match ? Number(match[1]) : null;
};

async function upload(bytes: Buffer, type: string) {
  const started = performance.now();
  const response = await fetch(`${p.baseUrl}/uploads/photos`, {
    method: 'POST',
    headers: { 'content-type': type, cookie: editor.cookie! },
    body: new Uint8Array(bytes),
  });
  const body = (await response.json()) as Record<string, unknown>;
  return {
    status: response.status,
    body,
    seconds: (performance.now() - started) / 1000,
    retryAfter: response.headers.get('retry-after'),
    decodeMs: serverTiming(response.headers.get('server-timing'), 'decode'),
  };
}

describe('photo decoding under abuse', () => {
  it('a 7000×7000 16-bit PNG is refused from its header, quickly, with a typed error', async () => {
    const png = await huge16BitPng();
    expect(png.length).toBeLessThan(2_000_000);
    const one = await measured(() => upload(png, 'image/png'));
    console.log(
      `1 huge PNG (${png.length} bytes): ${one.seconds.toFixed(2)} s, +${one.growthMb.toFixed(0)} MB`,
    );
    const eight = await measured(() =>
      Promise.all(Array.from({ length: 8 }, () => upload(png, 'image/png'))),
    );
    console.log(`8 huge PNGs at once: ${eight.seconds.toFixed(2)} s, +${eight.growthMb.toFixed(0)} MB`);
    expect(one.result.status).toBe(413);
    expect(one.result.body).toMatchObject({ errors: [{ extensions: { code: 'IMAGE_TOO_LARGE' } }] });
    expect(one.seconds).toBeLessThan(1);
    expect(eight.result.map((r) => r.status)).toEqual(Array(8).fill(413));
    expect(eight.growthMb).toBeLessThan(100);
  });

  it('an ordinary phone photo is still accepted', async () => {
    const jpeg = await phoneJpeg();
    expect(jpeg.length).toBeGreaterThan(1_000_000);
    const one = await measured(() => upload(jpeg, 'image/jpeg'));
    console.log(
      `1 phone JPEG (${jpeg.length} bytes): ${one.seconds.toFixed(2)} s, +${one.growthMb.toFixed(0)} MB`,
    );
    expect(one.result.status).toBe(201);
    expect(one.result.body).toMatchObject({ width: 1600, height: 1200 });
  });

  it('big but allowed photos are decoded at most two at a time', async () => {
    // 5000×4000 PNGs (20 MP, 8 bits: allowed), distinct so that none is a repeat of another.
    const pngs = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        sharp({
          create: { width: 5000, height: 4000, channels: 3, background: { r: i * 20, g: 100, b: 50 } },
        })
          .png()
          .toBuffer(),
      ),
    );
    const eight = await measured(() => Promise.all(pngs.map((png) => upload(png, 'image/png'))));
    const decodes = eight.result.map((r) => r.decodeMs ?? 0);
    console.log(
      `8 allowed 20 MP PNGs at once: ${eight.seconds.toFixed(2)} s, +${eight.growthMb.toFixed(0)} MB, decodes ${decodes.map((d) => d.toFixed(0)).join(' ')} ms`,
    );
    expect(eight.result.map((r) => r.status)).toEqual(Array(8).fill(201));
    // Each answer says how long its own decode took (Server-Timing). All eight ran within the
    // burst's span; were more than two ever decoding at once, their durations would add up to
    // more than twice that span.
    expect(decodes.every((d) => d > 0)).toBe(true);
    const total = decodes.reduce((sum, d) => sum + d, 0);
    expect(total).toBeLessThanOrEqual(2 * eight.seconds * 1000);
  });

  it('beyond the waiting room, an upload is answered 503 with Retry-After, and the others are decoded', async () => {
    // 60 at once: two decode, sixteen wait, the rest arrive while those are still running.
    const png = await sharp({ create: { width: 5000, height: 4000, channels: 3, background: '#446688' } })
      .png()
      .toBuffer();
    const answers = await Promise.all(Array.from({ length: 60 }, () => upload(png, 'image/png')));
    const busy = answers.filter((a) => a.status === 503);
    expect(answers.filter((a) => a.status === 201).length + busy.length).toBe(60);
    expect(busy.length).toBeGreaterThan(0);
    for (const answer of busy) {
      expect(answer.retryAfter).toBe('5');
      expect(answer.body).toMatchObject({ errors: [{ extensions: { code: 'SERVICE_UNAVAILABLE' } }] });
    }
    // The platform is free again afterwards.
    expect((await upload(await phoneJpeg(), 'image/jpeg')).status).toBe(201);
  });
});
