import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler } from 'express';
import { requestError } from './error-codes';

/**
 * CORS for the API (issue 14): any page may read, none may write or use a session.
 *
 * - Every answer of /graphql carries `Access-Control-Allow-Origin: *` — the same whatever the
 *   Origin, so no `Vary: Origin` is needed and a CDN may keep one copy — and never
 *   `Access-Control-Allow-Credentials`: a browser then sends no cookie with a cross-origin fetch
 *   (`credentials: 'include'` fails its preflight), and shows the page only what it would show
 *   anyone.
 * - Beyond the browser's rules, the server ignores the session cookie of a request whose Origin
 *   is not the platform's own (`context.http.crossOrigin`): a cookie of the same site (a sibling
 *   subdomain, SameSite=Lax) is not a login either. Such a request is anonymous, or a partner's
 *   by its API key.
 * - A mutation with a foreign Origin is refused, 403 CROSS_ORIGIN_WRITE, before anything runs
 *   (crossOriginWritePlugin); so is a photo upload. Partners calling mutations from their servers
 *   send no Origin, and the portal's own requests name its origin: both are served.
 * - Apollo's CSRF prevention stays on: a GET or a simple POST must still carry a header that
 *   forces a preflight (`apollo-require-preflight`, `content-type: application/json`…). With the
 *   preflight answered for every origin it no longer stops a foreign page's request, the origin
 *   check above does; it still stops a cross-site form or `<img>`, which sends no Origin with a
 *   GET and would carry the Lax cookie on a top-level navigation.
 */

/** Request headers a foreign page may send: the API's own, Apollo's preflight headers, a key. */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'accept-language',
  'x-request-id',
  'x-ocop-sql-count',
];
/** Answer headers a foreign page may read (beyond the CORS-safelisted ones). */
export const CORS_EXPOSED_HEADERS = [
  'x-request-id',
  'retry-after',
  'ratelimit',
  'ratelimit-policy',
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-used',
  'x-ratelimit-reset',
  'x-ratelimit-resource',
];
/** How long a browser may keep a preflight's answer (Chromium keeps at most 2 h). */
export const CORS_MAX_AGE_S = 7_200;

/**
 * Whether the request names another origin than the platform's own in its Origin header (an
 * unreadable Origin, `null` included, counts as foreign). The platform's own is its Host:
 * express's `req.host`, which is X-Forwarded-Host behind a proxy trusted by TRUST_PROXY. Without
 * an Origin (a server, curl, a same-origin GET) the request is not cross-origin.
 */
export function isCrossOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (!URL.canParse(origin)) return true;
  return new URL(origin).host !== req.host;
}

/**
 * The CORS headers of /graphql, on every answer (refusals by the rate limit or the key check
 * included, so that a page can read why), and the answer to a preflight.
 */
export function graphqlCors(): RequestHandler {
  const allowHeaders = CORS_ALLOWED_HEADERS.join(', ');
  const exposeHeaders = CORS_EXPOSED_HEADERS.join(', ');
  return (req, res, next) => {
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-expose-headers', exposeHeaders);
    if (req.method !== 'OPTIONS') return next();
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    res.setHeader('access-control-allow-headers', allowHeaders);
    res.setHeader('access-control-max-age', String(CORS_MAX_AGE_S));
    res.setHeader('cache-control', 'no-store');
    res.status(204).end();
  };
}

/**
 * Refuses a mutation whose request came from a page of another origin (see above). Listed after
 * operationLimitsPlugin and before pointsBudgetPlugin: Apollo calls the plugins' hooks in order,
 * each up to its first `await`, so clearing the estimate here (before throwing) keeps the points
 * budget from charging an operation that never runs.
 */
export function crossOriginWritePlugin<
  C extends { http: { crossOrigin: boolean }; estimatedObjects?: number },
>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' || !contextValue.http.crossOrigin) return;
          delete contextValue.estimatedObjects;
          throw requestError(
            'CROSS_ORIGIN_WRITE',
            'Mutations are refused from pages of another origin: any origin may read, only the platform’s ' +
              'own pages may write. A partner writes from its server, with its API key and no Origin header.',
          );
        },
      };
    },
  };
}
