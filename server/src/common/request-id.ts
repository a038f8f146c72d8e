import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

export const REQUEST_ID_HEADER = 'x-request-id';

/** An incoming id is kept only when it is a short token: no spaces, quotes or control characters. */
const SANE_REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

const scope = new AsyncLocalStorage<{ requestId: string }>();

export function chooseRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/**
 * Express middleware, mounted first: gives every request an id (the caller's `x-request-id`
 * when sane, else a random UUID), echoes it in the response header, keeps it in
 * `res.locals.requestId` and makes it available to code that has no request at hand (Apollo's
 * `formatError`) through `currentRequestId()`.
 */
export function requestIdMiddleware(req: Request, res: Response, next: NextFunction): void {
  const requestId = chooseRequestId(req.headers[REQUEST_ID_HEADER]);
  res.locals.requestId = requestId;
  res.setHeader(REQUEST_ID_HEADER, requestId);
  scope.run({ requestId }, next);
}

export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}

/**
 * Re-enters the request's scope. Mounted after the body parser: its callback runs from stream
 * events, and the async context of those is not guaranteed to be the request's.
 */
export function rebindRequestId(_req: Request, res: Response, next: NextFunction): void {
  scope.run({ requestId: res.locals.requestId as string }, next);
}
