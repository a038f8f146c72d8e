/**
 * A budget of requests per client address, so that one source cannot take the event loop from
 * everyone else: issue 11's soak showed 16 unthrottled abusive clients (every request refused,
 * cheaply) raising ordinary requests' p99 from 24 ms to 900 ms on 2 cores, with 0 errors. Each
 * refusal costs little; their number is what hurt.
 *
 * express-rate-limit, in memory per instance, over 10-second windows (a minute's budget spent in
 * one second would still stall the others): RATE_LIMIT_PER_MINUTE / 6 requests per window and
 * address, IPv6 addresses by their /56 (the library's default). Only the API and the uploads
 * count; the portal's files, the photos and the health checks do not. Beyond it: 429 with
 * Retry-After, the standard RateLimit / RateLimit-Policy headers, and a typed JSON error, before
 * the body is parsed. An address is what express sees (TRUST_PROXY). A budget in points shared by
 * every instance and per partner key is issue 14's; this is the floor beneath it.
 */
import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';

const WINDOW_MS = 10_000;
const WINDOWS_PER_MINUTE = 60_000 / WINDOW_MS;

export function requestRateLimit(perMinute: number): RequestHandler {
  const perWindow = Math.max(1, Math.round(perMinute / WINDOWS_PER_MINUTE));
  return rateLimit({
    windowMs: WINDOW_MS,
    limit: perWindow,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // The platform decides which proxies to trust (TRUST_PROXY); a client's X-Forwarded-For
    // without a trusted proxy is ignored by express, which is what we want, not a misconfiguration.
    validate: { trustProxy: false, xForwardedForHeader: false },
    handler: (_req, res) => {
      const retryAfter = Number(res.getHeader('retry-after')) || WINDOW_MS / 1000;
      res.status(429).json({
        errors: [
          {
            message:
              `Quá nhiều yêu cầu từ địa chỉ này; thử lại sau ${retryAfter} giây ` +
              `(more than ${perWindow} requests in ${WINDOW_MS / 1000} s from this address).`,
            extensions: {
              code: 'RATE_LIMITED',
              retryAfterSeconds: retryAfter,
              requestId: res.locals.requestId as string,
            },
          },
        ],
      });
    },
  });
}
