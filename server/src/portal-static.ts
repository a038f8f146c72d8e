import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type Request, type Response } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { REPO_ROOT } from '@ocop/db';
import { describeError, log } from './common/log';
import { EXPLORER_CONTENT_SECURITY_POLICY, policyHeader } from './common/security-headers';
import { encodeNodeId } from './common/node-id';
import { OCOP_PRODUCT } from './modules/ocop-product/ocop-product.type';
import { PRODUCER } from './modules/producer/producer.type';
import { defaultPageMeta, pageAnswer, type PageMeta } from './portal-pages';

/** The built portal (`pnpm --filter @ocop/portal build`), served from the API's own origin. */
export const DEFAULT_PORTAL_DIR = path.join(REPO_ROOT, 'portal', 'dist');

/** Paths the server answers for the portal besides its pages (rate-limited with the API: main.ts). */
export const SITEMAP_PATH = '/sitemap.xml';
export const ROBOTS_PATH = '/robots.txt';
/** The page paths whose answer reads the database (one statement): under the request budget. */
export const LOOKUP_PAGE_PATHS = ['/products/', '/producers/', '/verify/', '/communes/'];

/** The most URLs one sitemap may list (the sitemaps.org protocol). */
export const SITEMAP_MAX_URLS = 50_000;
const SITEMAP_CHUNK = 1000;
/** Sitemaps built at once, per instance (each reads up to 50 chunks). */
const SITEMAP_SLOTS = 2;

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}

/**
 * The origin links are made absolute with: the request's own (`TRUST_PROXY` decides the
 * protocol), when its Host is a plain host[:port]; otherwise none (relative links).
 */
function originOf(req: Request): string {
  const host = req.get('host') ?? '';
  return /^[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:[0-9]{1,5})?$/.test(host)
    ? `${req.protocol}://${host}`
    : '';
}

/** index.html with the page's title, description and Open Graph tags in its head. */
export function pageHtml(template: string, meta: PageMeta, origin: string, pathname: string): string {
  const absolute = (url: string) => (url.startsWith('/') ? `${origin}${url}` : url);
  const tags = [
    `<meta property="og:type" content="${escapeHtml(meta.type)}" />`,
    `<meta property="og:site_name" content="OCOP · Nông thôn mới" />`,
    `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
    `<meta property="og:image" content="${escapeHtml(absolute(meta.image))}" />`,
    `<meta property="og:url" content="${escapeHtml(absolute(pathname))}" />`,
    `<meta property="og:locale" content="vi_VN" />`,
    `<meta name="twitter:card" content="summary_large_image" />`,
  ].join('\n    ');
  return template
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(meta.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(meta.description)}" />`,
    )
    .replace('</head>', `  ${tags}\n  </head>`);
}

/** index.html, read again only when the file changes (a rebuilt portal). */
function templateReader(file: string): () => string {
  let cached = { mtimeMs: -1, text: '' };
  return () => {
    const { mtimeMs } = statSync(file);
    if (mtimeMs !== cached.mtimeMs) cached = { mtimeMs, text: readFileSync(file, 'utf8') };
    return cached.text;
  };
}

const xml = (text: string) => escapeHtml(text);

/** Writes, then waits while the client has not taken it; false when the client left. */
async function write(res: Response, text: string): Promise<boolean> {
  if (res.destroyed) return false;
  if (res.write(text)) return true;
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      resolve(ok);
    };
    const onDrain = () => done(true);
    const onClose = () => done(false);
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/**
 * `/sitemap.xml`: the home, catalogue, verification and statistics pages, then every product and
 * every producer not withdrawn, by id, read in keyset chunks (`id > last ORDER BY id LIMIT 1000`,
 * the primary key), with the day each last changed; at most SITEMAP_MAX_URLS URLs in all (the
 * protocol's limit: past it a sitemap index would be needed).
 */
async function sendSitemap(db: EntityManager, res: Response, origin: string): Promise<void> {
  res.status(200);
  res.setHeader('content-type', 'application/xml; charset=utf-8');
  res.setHeader('cache-control', 'public, max-age=3600');
  let room = SITEMAP_MAX_URLS;
  const url = (loc: string, lastmod?: string) =>
    `<url><loc>${xml(`${origin}${loc}`)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</url>\n`;
  const statics = ['/', '/products', '/verify', '/statistics'];
  let ok = await write(
    res,
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${statics.map((p) => url(p)).join('')}`,
  );
  room -= statics.length;
  for (const [table, typeName, prefix] of [
    ['ocop_product', OCOP_PRODUCT, '/products/'],
    ['producer', PRODUCER, '/producers/'],
  ] as const) {
    let after = '00000000-0000-0000-0000-000000000000';
    while (ok && room > 0) {
      const rows: { id: string; day: string }[] = await db.query(
        `SELECT t.id, to_char(t.updated_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD') AS day
         FROM ${table} t WHERE t.deleted_at IS NULL AND t.id > $1 ORDER BY t.id LIMIT ${Math.min(SITEMAP_CHUNK, room)}`,
        [after],
      );
      if (rows.length === 0) break;
      ok = await write(
        res,
        rows
          .map((row) => url(`${prefix}${encodeURIComponent(encodeNodeId(typeName, row.id))}`, row.day))
          .join(''),
      );
      room -= rows.length;
      after = rows[rows.length - 1]!.id;
      if (rows.length < SITEMAP_CHUNK) break;
    }
  }
  if (ok) res.end('</urlset>\n');
}

/**
 * `/robots.txt`: everything public may be crawled; the signed-in parts, the API, the exports
 * and the invitation links may not.
 */
function robots(origin: string): string {
  return [
    'User-agent: *',
    'Disallow: /my/',
    'Disallow: /official',
    'Disallow: /admin/',
    'Disallow: /login',
    'Disallow: /invitation/',
    // A buyer's private link, and the form that makes one.
    'Disallow: /inquiry/',
    'Disallow: /inquiries/',
    'Disallow: /export/',
    'Disallow: /graphql',
    'Allow: /',
    ...(origin ? ['', `Sitemap: ${origin}${SITEMAP_PATH}`] : []),
    '',
  ].join('\n');
}

/**
 * Serves the portal at `/`: hashed assets are cached for a year (their names change with their
 * content), `index.html` is revalidated on every load. Any other GET that asks for HTML gets
 * `index.html` with the page's own title, description and Open Graph tags (portal-pages.ts: one
 * statement for a product, producer, certificate or commune page), and HTTP 404 for a path no
 * portal route has or an id that does not exist — the portal then shows its not-found page. Also
 * `/sitemap.xml` and `/robots.txt`. Returns false when the portal has not been built, and then
 * serves nothing.
 */
export function servePortal(
  app: Express,
  dataSource: DataSource,
  portalDir: string = DEFAULT_PORTAL_DIR,
): boolean {
  const index = path.join(portalDir, 'index.html');
  if (!existsSync(index)) return false;
  const template = templateReader(index);
  app.get(ROBOTS_PATH, (req, res) => {
    res.setHeader('content-type', 'text/plain; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=3600');
    res.send(robots(originOf(req)));
  });
  let sitemaps = 0;
  app.get(SITEMAP_PATH, async (req, res) => {
    if (sitemaps >= SITEMAP_SLOTS) {
      res.setHeader('retry-after', '5');
      res.status(503).type('text/plain').send('Busy: try again in a few seconds.');
      return;
    }
    sitemaps += 1;
    try {
      await sendSitemap(dataSource.manager, res, originOf(req));
    } catch (error) {
      log.error(`request ${res.locals.requestId as string}: sitemap failed`, describeError(error));
      if (res.headersSent) res.destroy();
      else res.status(500).type('text/plain').send('The sitemap failed.');
    } finally {
      sitemaps -= 1;
    }
  });
  app.use(
    '/assets',
    express.static(path.join(portalDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  app.use(express.static(portalDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|livez|readyz|assets\/).*/, async (req, res, next) => {
    if (!req.accepts('html')) return next();
    let answer;
    try {
      answer = await pageAnswer(dataSource.manager, req.path);
    } catch (error) {
      // The database away: the page still opens (its own requests will say what is wrong).
      log.error(`request ${res.locals.requestId as string}: page tags failed`, describeError(error));
      answer = { status: 200 as const, meta: defaultPageMeta() };
    }
    res.setHeader('cache-control', 'no-cache');
    res
      .status(answer.status)
      .type('html')
      .send(pageHtml(template(), answer.meta, originOf(req), req.path));
  });
  return true;
}

/**
 * The API explorer: a browser opening /graphql (a GET that prefers HTML and carries no query)
 * gets the portal, whose /graphql route is GraphiQL (portal/src/pages/explorer). Registered before
 * the API: every other request to /graphql — a query by GET or POST, a client asking for JSON
 * or for anything (curl: any type is JSON, the first offered) — goes on to the API as before. Nothing
 * when the portal has not been built.
 */
const EXPLORER_POLICY = policyHeader(EXPLORER_CONTENT_SECURITY_POLICY);
const EXPLORER_TITLE = 'Trình khám phá API GraphQL · OCOP · Nông thôn mới';

export function serveExplorer(
  app: Express,
  graphqlPath: string,
  portalDir: string = DEFAULT_PORTAL_DIR,
): void {
  const index = path.join(portalDir, 'index.html');
  if (!existsSync(index)) return;
  const template = templateReader(index);
  app.get(graphqlPath, (req, res, next) => {
    const asksForPage =
      req.query.query === undefined &&
      req.query.extensions === undefined &&
      req.accepts(['json', 'html']) === 'html';
    if (!asksForPage) return next();
    res.setHeader('cache-control', 'no-cache');
    res.setHeader('vary', 'accept');
    res.setHeader('content-security-policy', EXPLORER_POLICY);
    res
      .status(200)
      .type('html')
      .send(pageHtml(template(), defaultPageMeta(EXPLORER_TITLE), originOf(req), graphqlPath));
  });
}
