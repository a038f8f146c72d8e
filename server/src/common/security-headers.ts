import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every answer (the portal's pages, the API, photos, errors).
 * The built portal (portal/dist) is one module script, its chunks and one stylesheet, all from
 * /assets, with no inline script or style element; it talks to /graphql and /uploads on its own
 * origin and shows photos from /media. So everything is refused unless named here:
 * - scripts and styles only from the origin; no inline code, no event-handler attributes. React
 *   sets `style={…}` through the CSSOM (element.style), which CSP does not restrict, so
 *   style-src needs no 'unsafe-inline' (test/src/browser/security-policy.test.ts visits the
 *   pages, charts included, and fails on any violation);
 * - images from the origin, and blob: for the preview of a photo before it is uploaded
 *   (URL.createObjectURL in PhotoUploader); the favicon is a file, not a data: URI;
 * - no plug-ins, no <base>, forms post only to the origin, and no site may frame the pages
 *   (clickjacking of the forms): frame-ancestors 'none', with X-Frame-Options: DENY for old browsers.
 * No `upgrade-insecure-requests`: the platform may be served over plain HTTP on a local network,
 * where it would break every request; over HTTPS, HSTS does that job.
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
};

/**
 * The API explorer's page (GET /graphql by a browser, GraphiQL): the policy above with two
 * exceptions its Monaco editor needs — style elements it writes at run time ('unsafe-inline'
 * styles; scripts stay 'self' only) and the icon fonts its stylesheet embeds as data: URIs.
 * Only that document gets it; the portal's links to the explorer load it as a new document.
 */
export const EXPLORER_CONTENT_SECURITY_POLICY = {
  ...CONTENT_SECURITY_POLICY,
  'style-src': ["'self'", "'unsafe-inline'"],
  'font-src': ["'self'", 'data:'],
};

/** A directives object as the Content-Security-Policy header's value. */
export function policyHeader(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/**
 * One year. No includeSubDomains and no preload: the platform does not own the other hosts of
 * its domain (a ministry's site may serve plain HTTP elsewhere under the same name).
 */
export const HSTS_MAX_AGE_S = 365 * 24 * 60 * 60;

/**
 * Helmet's headers with the policy above, mounted before every route. Referrer-Policy is
 * `same-origin`, not helmet's `no-referrer`: under `no-referrer` a browser sends `Origin: null`
 * with same-origin POSTs, and the photo upload checks that the Origin is its own Host.
 * Strict-Transport-Security only on requests that came over HTTPS (`req.secure`, which honours
 * TRUST_PROXY's X-Forwarded-Proto): on plain HTTP browsers ignore it, and sending it from a
 * server reached by http:// would promise something a proxy may not keep.
 */
export function securityHeaders(): RequestHandler {
  const common = helmet({
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
    referrerPolicy: { policy: 'same-origin' },
    xFrameOptions: { action: 'deny' },
    strictTransportSecurity: false,
  });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_S, includeSubDomains: false });
  return (req, res, next) => {
    common(req, res, (error?: unknown) => {
      if (error !== undefined || !req.secure) return next(error);
      hsts(req, res, next);
    });
  };
}
