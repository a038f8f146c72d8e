import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * The portal's pages as a crawler or a chat app sees them (server/src/portal-static.ts,
 * portal-pages.ts): each product, producer and certificate page answers its own title,
 * description and Open Graph tags, escaped; an unknown path or id is a 404 with the portal's page;
 * every known route stays 200; /sitemap.xml and /robots.txt. Over HTTP, on a platform of its own
 * (a test product with an awkward name is added); the portal must be built (portal/dist).
 */

let demo: DemoPlatform;

const globalId = (type: string, uuid: string) => Buffer.from(`${type}:${uuid}`).toString('base64');

beforeAll(async () => {
  demo = await startDemoPlatform('ocop_pages');
});

afterAll(async () => {
  await demo?.stop();
});

async function page(path: string): Promise<{ status: number; html: string; headers: Headers }> {
  const response = await fetch(`${demo.baseUrl}${path}`, { headers: { accept: 'text/html' } });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

/** The content of `<meta property|name="key" content="…">`, HTML entities decoded. */
function meta(html: string, key: string): string | null {
  const found = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
  return found === undefined ? null : decode(found);
}

const decode = (text: string) =>
  text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

const title = (html: string) => decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');

describe('portal pages: tags of their own', () => {
  it('a product page: its name, description and the platform picture, absolute', async () => {
    const { rows } = await demo.db.query<{ id: string; name: string; description: string | null }>(
      `SELECT p.id, p.name, p.description FROM ocop_product p
       WHERE p.deleted_at IS NULL AND p.description IS NOT NULL AND length(p.description) BETWEEN 20 AND 190
       ORDER BY p.name LIMIT 1`,
    );
    const product = rows[0]!;
    const answer = await page(`/products/${encodeURIComponent(globalId('OcopProduct', product.id))}`);
    expect(answer.status).toBe(200);
    expect(answer.html).toContain('<div id="root">');
    expect(title(answer.html).startsWith(`${product.name} · Sản phẩm OCOP`)).toBe(true);
    expect(meta(answer.html, 'og:title')).toBe(title(answer.html));
    expect(meta(answer.html, 'description')).toBe(product.description!.replace(/\s+/g, ' ').trim());
    expect(meta(answer.html, 'og:description')).toBe(meta(answer.html, 'description'));
    expect(meta(answer.html, 'og:image')).toBe(`${demo.baseUrl}/og-image.png`);
    expect(meta(answer.html, 'og:type')).toBe('product');
    // One description only: the portal's default one was replaced, not repeated.
    expect(answer.html.match(/name="description"/g)).toHaveLength(1);
    const image = await fetch(`${demo.baseUrl}/og-image.png`);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/png');
  });

  it('a producer page and a certificate page (the number as typed in lower case too)', async () => {
    const { rows } = await demo.db.query<{
      producer_id: string;
      producer: string;
      number: string;
      product: string;
    }>(
      `SELECT pr.id AS producer_id, pr.name AS producer, c.certificate_number AS number, p.name AS product
       FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
       ORDER BY c.certificate_number LIMIT 1`,
    );
    const row = rows[0]!;
    const producer = await page(`/producers/${encodeURIComponent(globalId('Producer', row.producer_id))}`);
    expect(producer.status).toBe(200);
    expect(title(producer.html)).toBe(`${row.producer} · Chủ thể OCOP`);
    expect(meta(producer.html, 'og:title')).toBe(title(producer.html));

    for (const typed of [row.number, row.number.toLowerCase()]) {
      const certificate = await page(`/verify/${encodeURIComponent(typed)}`);
      expect(certificate.status, typed).toBe(200);
      expect(title(certificate.html)).toContain(row.number);
      expect(meta(certificate.html, 'og:description')).toContain(row.product);
    }
  });

  it('escapes what a producer editor typed, and shows the first photo', async () => {
    const producerId = randomUUID();
    const productId = randomUUID();
    const name = `Trà "Shan" <script>alert(1)</script> & 'co'`;
    await demo.db.query(
      `INSERT INTO producer (id, name, type) VALUES ($1, 'HTX <b>thử</b>', 'cooperative')`,
      [producerId],
    );
    await demo.db.query(
      `INSERT INTO ocop_product (id, name, producer_id, description) VALUES ($1, $2, $3, $4)`,
      [productId, name, producerId, `"><img src=x onerror=alert(1)> ${'dài '.repeat(80)}`],
    );
    const sha = 'a'.repeat(64);
    await demo.db.query(
      `INSERT INTO product_photo (product_id, storage_key, content_type, byte_size, sha256, position)
       VALUES ($1, $2, 'image/webp', 100, $3, 0)`,
      [productId, `photos/${sha}.webp`, sha],
    );
    const answer = await page(`/products/${encodeURIComponent(globalId('OcopProduct', productId))}`);
    expect(answer.status).toBe(200);
    expect(answer.html).not.toContain('<script>alert');
    expect(answer.html).not.toContain('<img src=x');
    expect(answer.html).not.toContain('<b>thử');
    expect(title(answer.html)).toBe(`${name} · Sản phẩm OCOP`);
    expect(meta(answer.html, 'og:title')).toBe(`${name} · Sản phẩm OCOP`);
    const description = meta(answer.html, 'og:description')!;
    expect(description.startsWith('"><img src=x onerror=alert(1)> dài')).toBe(true);
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description.endsWith('…')).toBe(true);
    expect(meta(answer.html, 'og:image')).toBe(`${demo.baseUrl}/media/photos/${sha}.webp`);
    // The producer page: its name escaped too, and the photo of its product.
    const producer = await page(`/producers/${encodeURIComponent(globalId('Producer', producerId))}`);
    expect(producer.html).not.toContain('<b>thử');
    expect(title(producer.html)).toBe('HTX <b>thử</b> · Chủ thể OCOP');
    expect(meta(producer.html, 'og:image')).toBe(`${demo.baseUrl}/media/photos/${sha}.webp`);
  });
});

describe('portal pages: 404 for what does not exist', () => {
  it('answers 404, with the portal and its security headers, for unknown paths and ids', async () => {
    const { rows } = await demo.db.query<{ id: string }>(`SELECT id FROM ocop_product LIMIT 1`);
    const unknown = [
      '/no-such-page',
      '/products/extra/segments',
      `/products/${encodeURIComponent(globalId('OcopProduct', randomUUID()))}`,
      // A producer's ID where a product's is expected, and the other way round.
      `/products/${encodeURIComponent(globalId('Producer', rows[0]!.id))}`,
      `/producers/${encodeURIComponent(globalId('OcopProduct', rows[0]!.id))}`,
      '/products/abc',
      '/products/%E0%A4%A',
      `/products/${'A'.repeat(5000)}`,
      "/products/'%3B%20DROP%20TABLE%20ocop_product%3B--",
      `/producers/${encodeURIComponent(globalId('Producer', randomUUID()))}`,
      '/verify/NO-SUCH-CERTIFICATE-123',
      '/communes/abc',
      '/communes/99999',
    ];
    for (const path of unknown) {
      const answer = await page(path);
      expect(answer.status, path).toBe(404);
      expect(answer.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(answer.html, path).toContain('<div id="root">');
      expect(answer.headers.get('content-security-policy'), path).toContain("default-src 'none'");
    }
    // The table is still there.
    expect((await demo.db.query(`SELECT count(*)::int AS n FROM ocop_product`)).rows[0].n).toBeGreaterThan(0);
    // Not asking for HTML: the API's JSON 404, as before.
    const json = await fetch(`${demo.baseUrl}/no-such-page`, { headers: { accept: 'application/json' } });
    expect(json.status).toBe(404);
    expect(
      ((await json.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('NOT_FOUND');
  });

  it('keeps every known route 200', async () => {
    const { rows } = await demo.db.query<{ code: string }>(
      `SELECT code FROM admin_unit WHERE level = 'commune' AND code IS NOT NULL ORDER BY code LIMIT 1`,
    );
    for (const path of [
      '/',
      '/products',
      '/products/',
      '/products?q=gao',
      '/verify',
      '/statistics',
      '/login',
      `/communes/${rows[0]!.code}`,
      '/invitation/some-token',
      '/my/products',
      '/my/products/new',
      '/official',
      '/official/audit',
      '/admin/users',
    ]) {
      const answer = await page(path);
      expect(answer.status, path).toBe(200);
      expect(title(answer.html), path).toBeTruthy();
    }
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists every product and producer not withdrawn, once, with absolute URLs', async () => {
    const response = await fetch(`${demo.baseUrl}/sitemap.xml`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    const text = await response.text();
    expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(text.trimEnd().endsWith('</urlset>')).toBe(true);
    const locs = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => decode(m[1]!));
    expect(new Set(locs).size).toBe(locs.length);
    const { rows: products } = await demo.db.query<{ id: string }>(
      `SELECT id FROM ocop_product WHERE deleted_at IS NULL`,
    );
    const { rows: producers } = await demo.db.query<{ id: string }>(
      `SELECT id FROM producer WHERE deleted_at IS NULL`,
    );
    const expected = [
      ...products.map((r) => `${demo.baseUrl}/products/${encodeURIComponent(globalId('OcopProduct', r.id))}`),
      ...producers.map((r) => `${demo.baseUrl}/producers/${encodeURIComponent(globalId('Producer', r.id))}`),
    ];
    expect(locs.filter((loc) => /\/(products|producers)\/./.test(loc)).sort()).toEqual(expected.sort());
    expect(locs).toContain(`${demo.baseUrl}/`);
    // Every listed page answers 200.
    for (const loc of locs.slice(0, 10)) {
      const answer = await fetch(loc, { headers: { accept: 'text/html' } });
      await answer.arrayBuffer();
      expect(answer.status, loc).toBe(200);
    }
  });

  it('robots.txt keeps crawlers out of the signed-in parts and names the sitemap', async () => {
    const response = await fetch(`${demo.baseUrl}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const lines = (await response.text()).split('\n');
    for (const line of [
      'User-agent: *',
      'Disallow: /my/',
      'Disallow: /official',
      'Disallow: /export/',
      'Disallow: /inquiry/',
    ])
      expect(lines).toContain(line);
    expect(lines).toContain(`Sitemap: ${demo.baseUrl}/sitemap.xml`);
  });
});
