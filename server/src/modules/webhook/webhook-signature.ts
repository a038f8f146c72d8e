import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers of a delivery. */
export const WEBHOOK_ID_HEADER = 'x-ocop-webhook-id';
export const WEBHOOK_TIMESTAMP_HEADER = 'x-ocop-webhook-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'x-ocop-webhook-signature';
/** How old a delivery's timestamp a receiver should accept (replay window), in seconds. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** A new endpoint secret: 32 random bytes, shown once. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64url')}`;

/** `v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`: what the signature header carries. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a receiver does (documented for partners, used by the tests): recompute the signature
 * over the raw body, compare in constant time, and refuse a timestamp outside the tolerance.
 */
export function verifyWebhook(
  secret: string,
  headers: { timestamp: string | undefined; signature: string | undefined },
  body: string,
  nowSeconds: number,
  toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, body));
  const given = Buffer.from(headers.signature ?? '');
  return expected.length === given.length && timingSafeEqual(expected, given);
}
