import { createHash } from 'node:crypto';
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '@ocop/db';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

// Issue 14, "Open data you can download": files per province and for the country, described by
// a manifest with a data dictionary and the licence, served as static files with ETag,
// Last-Modified, 304 and ranges, and regenerated when the data changes (checked every 500 ms here).

interface ManifestFile {
  name: string;
  dataset: string;
  format: 'csv' | 'jsonl' | string;
  gzip: boolean;
  bytes: number;
  rows: number;
  sha256: string;
  generatedAt: string;
  provinceCode: string | null;
}
interface Manifest {
  files: ManifestFile[];
  datasets: { id: string; columns: { name: string }[] }[];
  licence: { name: string };
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A conditional GET's status, as a partner's HTTP client or a CDN sends it. Not with fetch: by the
 * Fetch standard, a request with If-None-Match also gets `Cache-Control: no-cache`, which tells the
 * server not to answer 304.
 */
function conditionalStatus(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (response) => {
        response.resume();
        resolve(response.statusCode!);
      })
      .on('error', reject);
  });
}

describe('open-data downloads', () => {
  let p: DemoPlatform;
  const get = (name: string, headers: Record<string, string> = {}) =>
    fetch(`${p.baseUrl}/open-data/${name}`, { headers });
  const manifest = async (): Promise<Manifest> => (await (await get('index.json')).json()) as Manifest;
  const file = (m: Manifest, name: string) => {
    const found = m.files.find((f) => f.name === name);
    expect(found, name).toBeDefined();
    return found!;
  };

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_open_data', { OPEN_DATA_CHECK_MS: '500' });
    // Generated in the background once the platform serves.
    for (let i = 0; i < 600 && (await get('index.json')).status !== 200; i += 1) await sleep(100);
  }, 120_000);
  afterAll(async () => {
    await p?.stop();
  });

  it('a manifest of every dataset for the country and each province, with its dictionary and licence', async () => {
    const m = await manifest();
    expect(m.licence.name).toBe('CC BY 4.0');
    const datasets = m.datasets.map((d) => d.id).sort();
    expect(datasets).toEqual(['certificates', 'communes', 'criterion-results', 'producers', 'products']);
    for (const dataset of datasets) {
      const national = m.files.filter((f) => f.dataset === dataset && f.provinceCode === null);
      // CSV and JSON Lines, each also gzip for the country.
      expect(national.map((f) => `${f.format}${f.gzip ? '.gz' : ''}`).sort(), dataset).toHaveLength(4);
    }
    // The national products file has a row per product certified by the platform's day, not withdrawn.
    const { rows } = await p.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM ocop_product p
       JOIN ocop_certificate c ON c.id = p.current_certificate_id AND c.decision_date <= $1::date
       WHERE p.deleted_at IS NULL`,
      [today()],
    );
    const nationalProducts = m.files.find(
      (f) => f.dataset === 'products' && f.provinceCode === null && !f.gzip,
    )!;
    expect(nationalProducts.rows).toBe(Number(rows[0]!.n));
  });

  it('each file is what the manifest says: size, rows, SHA-256, the dictionary as its header', async () => {
    const m = await manifest();
    const csv = m.files.find(
      (f) => f.dataset === 'products' && f.provinceCode !== null && f.name.endsWith('.csv'),
    )!;
    const answer = await get(csv.name);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/csv');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    const body = Buffer.from(await answer.arrayBuffer());
    expect(body.length).toBe(csv.bytes);
    expect(sha256(body)).toBe(csv.sha256);
    const text = body.toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true); // a BOM, so that spreadsheet programs read UTF-8
    const lines = text
      .slice(1)
      .split('\r\n')
      .filter((line) => line !== '');
    const columns = m.datasets.find((d) => d.id === 'products')!.columns.map((c) => c.name);
    expect(lines[0]).toBe(columns.join(','));
    expect(lines.length - 1).toBe(csv.rows);

    const jsonl = file(m, csv.name.replace(/\.csv$/, '.jsonl'));
    const records = (await (await get(jsonl.name)).text())
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(jsonl.rows);
    expect(Object.keys(records[0]!)).toEqual(columns);

    // The gzip variant of a national file is the same content.
    const national = m.files.find((f) => f.dataset === 'certificates' && f.provinceCode === null && !f.gzip)!;
    const gz = file(m, `${national.name}.gz`);
    const unzipped = gunzipSync(Buffer.from(await (await get(gz.name)).arrayBuffer()));
    expect(sha256(unzipped)).toBe(national.sha256);
  });

  it('serves ETag and Last-Modified (304 when unchanged) and byte ranges', async () => {
    const m = await manifest();
    const csv = m.files.find((f) => f.dataset === 'communes' && f.provinceCode === null && !f.gzip)!;
    const first = await get(csv.name);
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;
    const whole = Buffer.from(await first.arrayBuffer());
    expect(etag).toBeTruthy();
    expect(lastModified).toBeTruthy();
    const url = `${p.baseUrl}/open-data/${csv.name}`;
    expect(await conditionalStatus(url, { 'if-none-match': etag })).toBe(304);
    expect(await conditionalStatus(url, { 'if-modified-since': lastModified })).toBe(304);
    expect(await conditionalStatus(url, { 'if-none-match': '"another"' })).toBe(200);
    const part = await get(csv.name, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${whole.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 200))).toBe(true);
    expect((await get(csv.name, { range: `bytes=${whole.length + 10}-` })).status).toBe(416);
    // Nothing outside the folder, however the name is spelt.
    for (const odd of ['..%2Fpackage.json', '%2e%2e/%2e%2e/etc/passwd', '.hidden', 'index.json%00.csv']) {
      expect([400, 404], odd).toContain((await get(odd)).status);
    }
  });

  it('is regenerated when the data changes: the changed files get new content, the others keep their ETag', async () => {
    const before = await manifest();
    const { rows } = await p.db.query<{ id: string; name: string; province: string }>(
      `SELECT p.id, p.name, left(u.code, 2) AS province FROM ocop_product p
       JOIN admin_unit u ON u.id = p.origin_commune_id
       JOIN ocop_certificate c ON c.id = p.current_certificate_id
       WHERE p.deleted_at IS NULL ORDER BY p.id LIMIT 1`,
    );
    const product = rows[0]!;
    const renamed = `${product.name} (đổi tên ${Date.now()})`;
    const untouched = before.files.find(
      (f) => f.dataset === 'communes' && f.provinceCode === null && !f.gzip,
    )!;
    const etagBefore = (await get(untouched.name)).headers.get('etag');
    await p.db.query(`UPDATE ocop_product SET name = $2 WHERE id = $1`, [product.id, renamed]);

    const national = (m: Manifest) =>
      m.files.find((f) => f.dataset === 'products' && f.provinceCode === null && !f.gzip)!;
    let after = before;
    for (let i = 0; i < 300 && national(after).sha256 === national(before).sha256; i += 1) {
      await sleep(100);
      after = await manifest();
    }
    expect(national(after).sha256).not.toBe(national(before).sha256);
    expect(await (await get(national(after).name)).text()).toContain(renamed);
    // An unchanged file keeps its content, its date and its ETag.
    expect(file(after, untouched.name).sha256).toBe(untouched.sha256);
    expect(file(after, untouched.name).generatedAt).toBe(untouched.generatedAt);
    expect((await get(untouched.name)).headers.get('etag')).toBe(etagBefore);
  }, 60_000);
});
