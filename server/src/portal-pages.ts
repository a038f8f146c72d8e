import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import { decodeNodeId } from './common/node-id';
import {
  certificateNumberKeySql,
  parseCertificateNumber,
} from './modules/ocop-certificate/certificate-number';
import { photoUrl } from './modules/listing/photo-store';
import { OCOP_PRODUCT } from './modules/ocop-product/ocop-product.type';
import { PRODUCER } from './modules/producer/producer.type';

/**
 * What the server knows of the portal's pages, to answer each with the right status and the tags
 * a shared link shows (portal-static.ts puts them into index.html):
 *
 * - PORTAL_ROUTES: the paths of portal/src/app/routes.tsx (server/test/portal-pages.test.ts fails
 *   when the two differ). A path none of them matches is answered 404 (the portal then shows its
 *   not-found page).
 * - A product, producer, certificate or commune page: one statement by primary key or unique
 *   index, after the id's shape is checked (a global ID of the right type, a certificate number
 *   the verification accepts, a commune code of 5 digits): an odd id never reaches SQL, an unknown
 *   one is a 404. The tags are the object's own: its name in the title, a description, its first
 *   photo (else the platform's picture).
 */

export const PORTAL_ROUTES = [
  '/',
  '/products',
  '/products/:id',
  '/compare',
  '/verify',
  '/verify/:number',
  '/c/:code',
  '/producers/:id',
  '/communes/:code',
  '/statistics',
  '/login',
  '/invitation/:token',
  '/my/products',
  '/my/listings/:id',
  '/my/products/new',
  '/my/products/:id/photos',
  '/my/products/:id/details',
  '/my/products/:id/listings/new',
  '/official',
  '/official/evaluations/new',
  '/official/certifications/new',
  '/official/recognitions/new',
  '/official/audit',
  '/official/labels',
  '/official/trade',
  '/official/monitoring',
  '/inquiries/new',
  '/inquiry/:token',
  '/my/labels',
  '/my/inquiries',
  '/my/inquiries/:id',
  '/admin/users',
  '/admin/partners',
  '/developers',
  '/open-data',
  '/graphql',
] as const;

const SITE_NAME = 'OCOP · Nông thôn mới';
export const DEFAULT_DESCRIPTION =
  'Sản phẩm OCOP và nông thôn mới: tìm sản phẩm, kiểm tra chứng nhận, xem tiến độ.';
/** The platform's picture for a shared link (portal/public/og-image.png, 1200 × 630). */
export const DEFAULT_IMAGE = '/og-image.png';
/** The longest description a shared link shows (platforms cut at ~200 characters). */
const DESCRIPTION_LENGTH = 200;

/** The tags of one page. Paths are relative to the origin; portal-static.ts makes them absolute. */
export interface PageMeta {
  title: string;
  description: string;
  image: string;
  /** 'product', 'website'… (og:type). */
  type: string;
}

export type PageAnswer = { status: 200; meta: PageMeta } | { status: 404; meta: PageMeta };

const MATCHERS = PORTAL_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.replace(/:[a-z]+/g, '([^/]+)')}$`),
}));

/** The portal route a path is ("/products/:id"…) and its parameters, or null. */
export function matchRoute(pathname: string): { route: string; params: string[] } | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  for (const { route, pattern } of MATCHERS) {
    const found = pattern.exec(path);
    if (found) return { route, params: found.slice(1) };
  }
  return null;
}

export const defaultPageMeta = (title = SITE_NAME): PageMeta => ({
  title,
  description: DEFAULT_DESCRIPTION,
  image: DEFAULT_IMAGE,
  type: 'website',
});

const NOT_FOUND: PageAnswer = { status: 404, meta: defaultPageMeta(`Không tìm thấy trang · ${SITE_NAME}`) };

/** A text cut to a shared link's length, at a word when it can be. */
function clip(text: string | null | undefined, fallback: string): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!flat) return fallback;
  if (flat.length <= DESCRIPTION_LENGTH) return flat;
  const cut = flat.slice(0, DESCRIPTION_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const stars = (n: number | null | undefined) => (n ? ` ${n} sao` : '');

function safeDecode(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/** The first photo of a product, as a URL (its storage key checked by photoUrl). */
const FIRST_PHOTO = (productSql: string) =>
  `(SELECT ph.storage_key FROM product_photo ph WHERE ph.product_id = ${productSql}
    ORDER BY ph.position, ph.id LIMIT 1)`;

/** The stars of a product's current certificate when it is valid today, else null. */
const VALID_STARS = (p: string, day: string) =>
  `CASE WHEN ocop_certificate_status(${p}.current_decision_date, ${p}.current_expires_on, ${p}.current_revoked_on,
                                   ${p}.current_superseded_on, ${day}) = 'valid' THEN ${p}.current_stars END`;

interface Found {
  name: string;
  description: string | null;
  stars: number | null;
  producer: string | null;
  place: string | null;
  photo: string | null;
}

const image = (photo: string | null) => (photo ? (photoUrl(photo) ?? DEFAULT_IMAGE) : DEFAULT_IMAGE);

/** The status and tags of the page at `pathname` (one statement at most). */
export async function pageAnswer(db: EntityManager, pathname: string): Promise<PageAnswer> {
  const matched = matchRoute(pathname);
  if (!matched) return NOT_FOUND;
  const [raw] = matched.params;
  const param = raw === undefined ? null : safeDecode(raw);
  switch (matched.route) {
    case '/products/:id': {
      const uuid = param ? decodeNodeId(param) : null;
      if (!uuid || uuid.typeName !== OCOP_PRODUCT) return NOT_FOUND;
      const [row] = (await db.query(
        `SELECT p.name, p.description, ${VALID_STARS('p', '$2::date')} AS stars, pr.name AS producer,
                concat_ws(', ', c.name, d.name, v.name) AS place, ${FIRST_PHOTO('p.id')} AS photo
         FROM ocop_product p JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN admin_unit c ON c.id = p.origin_commune_id
         LEFT JOIN admin_unit d ON d.id = c.parent_id
         LEFT JOIN admin_unit v ON v.id = d.parent_id
         WHERE p.id = $1`,
        [uuid.uuid, today()],
      )) as Found[];
      if (!row) return NOT_FOUND;
      return {
        status: 200,
        meta: {
          title: `${row.name} · Sản phẩm OCOP${stars(row.stars)}`,
          description: clip(
            row.description,
            `Sản phẩm OCOP${stars(row.stars)} của ${row.producer ?? ''}${row.place ? `, ${row.place}` : ''}.`,
          ),
          image: image(row.photo),
          type: 'product',
        },
      };
    }
    case '/producers/:id': {
      const uuid = param ? decodeNodeId(param) : null;
      if (!uuid || uuid.typeName !== PRODUCER) return NOT_FOUND;
      const [row] = (await db.query(
        `SELECT pr.name, pr.description, concat_ws(', ', c.name, d.name, v.name) AS place,
                (SELECT ${FIRST_PHOTO('p.id')} FROM ocop_product p
                 WHERE p.producer_id = pr.id AND p.deleted_at IS NULL
                   AND EXISTS (SELECT 1 FROM product_photo ph WHERE ph.product_id = p.id)
                 ORDER BY p.id LIMIT 1) AS photo
         FROM producer pr
         LEFT JOIN admin_unit c ON c.id = pr.commune_id
         LEFT JOIN admin_unit d ON d.id = c.parent_id
         LEFT JOIN admin_unit v ON v.id = d.parent_id
         WHERE pr.id = $1`,
        [uuid.uuid],
      )) as Found[];
      if (!row) return NOT_FOUND;
      return {
        status: 200,
        meta: {
          title: `${row.name} · Chủ thể OCOP`,
          description: clip(
            row.description,
            `Chủ thể OCOP${row.place ? ` ở ${row.place}` : ''}: sản phẩm và chứng nhận.`,
          ),
          image: image(row.photo),
          type: 'profile',
        },
      };
    }
    case '/verify/:number': {
      let spellings: string[];
      let typed: string;
      try {
        if (param === null) return NOT_FOUND;
        ({ spellings, typed } = parseCertificateNumber(param));
      } catch {
        return NOT_FOUND;
      }
      // As the verification finds it (certificate-verification.service.ts): the exact spellings
      // through the unique index, then the letters and digits alone.
      const [row] = (await db.query(
        `WITH exact AS (SELECT c.id FROM ocop_certificate c WHERE c.certificate_number = ANY($1::text[])),
         found AS (
           SELECT id FROM exact
           UNION ALL
           SELECT c.id FROM ocop_certificate c
           WHERE NOT EXISTS (SELECT 1 FROM exact)
             AND ${certificateNumberKeySql('c.certificate_number')} = ${certificateNumberKeySql('$2::text')})
         SELECT c.certificate_number AS name, p.name AS description, c.stars, pr.name AS producer,
                ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $3::date) AS place,
                ${FIRST_PHOTO('p.id')} AS photo
         FROM found f JOIN ocop_certificate c ON c.id = f.id
         JOIN ocop_product p ON p.id = c.product_id JOIN producer pr ON pr.id = p.producer_id
         LIMIT 1`,
        [spellings, typed, today()],
      )) as Found[];
      if (!row) return NOT_FOUND;
      const status = STATUS_TEXT[row.place ?? ''] ?? 'chưa có hiệu lực';
      return {
        status: 200,
        meta: {
          title: `Chứng nhận OCOP ${row.name} · ${SITE_NAME}`,
          description: clip(
            `Giấy chứng nhận OCOP${stars(row.stars)} số ${row.name} của sản phẩm ${row.description ?? ''} (${row.producer ?? ''}): ${status}.`,
            DEFAULT_DESCRIPTION,
          ),
          image: image(row.photo),
          type: 'website',
        },
      };
    }
    case '/communes/:code': {
      if (param === null || !/^[0-9]{5}$/.test(param)) return NOT_FOUND;
      const [row] = (await db.query(
        `SELECT u.name FROM admin_unit u WHERE u.code = $1 AND u.level = 'commune' ORDER BY u.valid_from DESC NULLS LAST LIMIT 1`,
        [param],
      )) as { name: string }[];
      if (!row) return NOT_FOUND;
      return {
        status: 200,
        meta: {
          ...defaultPageMeta(`${row.name} · ${SITE_NAME}`),
          description: `Nông thôn mới và sản phẩm OCOP của ${row.name}.`,
        },
      };
    }
    default:
      return { status: 200, meta: defaultPageMeta() };
  }
}

const STATUS_TEXT: Record<string, string> = {
  valid: 'còn hiệu lực',
  expired: 'đã hết hạn',
  revoked: 'đã bị thu hồi',
  superseded: 'đã được thay thế',
};
