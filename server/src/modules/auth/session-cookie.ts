import { languageOfHeader } from '../../common/language';
import { isCrossOrigin } from '../../common/cross-origin';
import { markRefused } from '../../common/request-rate';
import { parse } from 'cookie';
import type { Request, Response } from 'express';
import type { HttpExchange } from '../../context';
import { SESSION_COOKIE } from './session.service';

/**
 * The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent with cross-site
 * POSTs), Secure whenever the request came over HTTPS (directly, or through a proxy trusted by
 * TRUST_PROXY), Path=/ so that the portal's pages and /graphql share it. Not read at all from a
 * request whose Origin is another origin's.
 */
export function httpExchange(req: Request, res: Response): HttpExchange {
  // A page of another origin may read the API, never as someone (common/cross-origin.ts).
  const crossOrigin = isCrossOrigin(req);
  const header = crossOrigin ? undefined : req.headers.cookie;
  const cookies = header ? parse(header) : {};
  const options = { httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/' };
  return {
    ip: req.ip ?? null,
    userAgent: req.headers['user-agent'] ?? null,
    language: languageOfHeader(req.headers['accept-language']),
    sessionToken: cookies[SESSION_COOKIE],
    crossOrigin,
    setSessionCookie(token, expiresAt) {
      res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt });
    },
    clearSessionCookie() {
      res.clearCookie(SESSION_COOKIE, options);
    },
    refused() {
      markRefused(res);
    },
    responseHeader(name) {
      const value = res.getHeader(name);
      return value === undefined ? undefined : String(value);
    },
  };
}
