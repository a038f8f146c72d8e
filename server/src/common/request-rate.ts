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
 *
 * A refusal is held for a second before it is sent, and closes its connection. The soak showed
 * why: with the budget alone, abusive clients that ignore Retry-After were refused ~1,200 times a
 * second, and the ordinary p99 still rose 16× — every refusal is cheap, but a client can ask
 * again the moment it is answered. Held, a client past its budget gets one answer per second per
 * connection, whatever it does; closing the connection means a refused upload's body is not read
 * to its end, and the client must connect again. At most MAX_HELD_REFUSALS wait at once (a timer
 * and a socket each); beyond that, refusals are answered at once, so holding cannot itself be
 * made to exhaust memory or sockets.
 *
 * Beside it, a smaller budget of refused requests per address: an answer 4xx (but 429), a GraphQL
 * answer with errors, or a refused login (the service calls `markRefused`) counts; past a tenth
 * of the request budget in a window, the address is refused until the window ends. Ordinary
 * clients are almost never refused; abusive ones almost always are — with the request budget
 * alone, two abusive addresses still had 40 requests a second served (each a wrong login, a bad
 * document, an odd upload), which tripled the ordinary p99 on one core. Counted when the answer is
 * sent, so concurrent good requests never count against it.
 */
import { ipKeyGenerator, MemoryStore, rateLimit, type Options } from 'express-rate-limit';
import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, RequestHandler, Response } from 'express';
import { errorBody, statusOf } from './error-codes';

const WINDOW_MS = 10_000;
const WINDOWS_PER_MINUTE = 60_000 / WINDOW_MS;
/** How long a refusal waits before it is sent. */
export const REFUSAL_DELAY_MS = 1_000;
/** Refusals waiting at once, over all addresses; beyond, they are sent at once. */
export const MAX_HELD_REFUSALS = 256;
/** The refusal budget is this fraction of the request budget (at least one per window). */
export const refusalsPerWindow = (requestsPerWindow: number): number =>
  Math.max(1, Math.round(requestsPerWindow / 10));

let heldRefusals = 0;

/** Sends `answer` after REFUSAL_DELAY_MS, or at once when too many wait; nothing if the client left. */
function holdRefusal(res: Response, answer: () => void): void {
  if (heldRefusals >= MAX_HELD_REFUSALS) return answer();
  heldRefusals += 1;
  let waiting = true;
  const release = () => {
    if (!waiting) return;
    waiting = false;
    heldRefusals -= 1;
    clearTimeout(timer);
  };
  const timer = setTimeout(() => {
    release();
    if (!res.destroyed) answer();
  }, REFUSAL_DELAY_MS);
  res.once('close', release);
}

/** Marks this answer as a refusal (a failed login…), counted against the address's refusal budget. */
export function markRefused(res: Response): void {
  res.locals.refused = true;
}

/** The address an answer is counted under: the IP, IPv6 by its /56, as the request budget does. */
const addressKey = (req: Request): string => ipKeyGenerator(req.ip ?? '');

function refusalBudget(perWindow: number): RequestHandler {
  const refusals = new MemoryStore();
  refusals.init({ windowMs: WINDOW_MS } as Options);
  return async (req, res, next) => {
    const key = addressKey(req);
    const spent = await refusals.get(key);
    if (spent && spent.totalHits >= perWindow) {
      // The store's windows are the library's, on the machine's clock (not the platform's: this
      // is about traffic, not about the programmes' dates).
      const untilReset = Math.ceil(((spent.resetTime?.getTime() ?? 0) - Date.now()) / 1000);
      const retryAfter = Math.min(Math.max(1, untilReset), WINDOW_MS / 1000);
      res.setHeader('retry-after', String(retryAfter));
      res.setHeader('connection', 'close');
      return holdRefusal(res, () =>
        res
          .status(statusOf('RATE_LIMITED'))
          .json(
            rateLimited(
              res,
              retryAfter,
              `Quá nhiều yêu cầu bị từ chối từ địa chỉ này; thử lại sau ${retryAfter} giây ` +
                `(more than ${perWindow} refused requests in ${WINDOW_MS / 1000} s from this address).`,
            ),
          ),
      );
    }
    res.once('finish', () => {
      const refused = (res.statusCode >= 400 && res.statusCode !== 429) || res.locals.refused === true;
      if (refused) void refusals.increment(key);
    });
    next();
  };
}

function rateLimited(res: Response, retryAfterSeconds: number, message: string) {
  return errorBody('RATE_LIMITED', message, res.locals.requestId as string, { retryAfterSeconds });
}

export function requestRateLimit(perMinute: number): RequestHandler[] {
  const perWindow = Math.max(1, Math.round(perMinute / WINDOWS_PER_MINUTE));
  return [refusalBudget(refusalsPerWindow(perWindow)), requestBudget(perWindow)];
}

function requestBudget(perWindow: number): RequestHandler {
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
      res.setHeader('connection', 'close');
      holdRefusal(res, () =>
        res
          .status(statusOf('RATE_LIMITED'))
          .json(
            rateLimited(
              res,
              retryAfter,
              `Quá nhiều yêu cầu từ địa chỉ này; thử lại sau ${retryAfter} giây ` +
                `(more than ${perWindow} requests in ${WINDOW_MS / 1000} s from this address).`,
            ),
          ),
      );
    },
  });
}

/**
 * Counts a GraphQL answer with errors (a refused document, an unknown id, a denied write…) as a
 * refusal: it is sent with HTTP 200, so the status alone does not say it.
 */
export function refusalCountingPlugin(): ApolloServerPlugin<{ http: { refused(): void } }> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind === 'single' && response.body.singleResult.errors?.length)
            contextValue.http.refused();
        },
      };
    },
  };
}
