import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import { now } from '@ocop/db';
import { errorBody, statusOf } from '../../common/error-codes';
import { DEFAULT_LANGUAGE, languageOfHeader, say } from '../../common/language';
import { describeError, log } from '../../common/log';

/** A partner's key as a request carries it, once checked. */
export interface ApiKeyIdentity {
  id: string;
  partnerId: string;
  partnerName: string;
  scopes: string[];
  /** The key's own budget; null: the platform's (API_KEY_POINTS_PER_HOUR). */
  pointsPerHour: number | null;
}

/** `ocop_<8 hex: the prefix shown in lists>_<40 base62: the secret>`; older lengths up to 64 accepted. */
export const API_KEY_PATTERN = /^ocop_([0-9a-f]{8})_([0-9A-Za-z]{32,64})$/;

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/**
 * How long an instance trusts what it read about a key: a key revoked on any instance is refused
 * by every other within this time (the revocation is a row in the shared database, not a message).
 */
export const KEY_CACHE_MS = 500;
/** Entries kept at most; beyond, the cache starts afresh (a flood of made-up keys cannot grow it). */
const KEY_CACHE_ENTRIES = 10_000;
/** last_used_at is written at most this often per key (one UPDATE, not one per request). */
const LAST_USED_EVERY_MS = 60_000;

interface KeyRow {
  id: string;
  partner_id: string;
  partner_name: string;
  scopes: string[];
  points_per_hour: number | null;
  key_hash: string;
}

const REFUSAL = {
  vi: 'Khoá API không hợp lệ hoặc đã bị thu hồi.',
  en: 'The API key is malformed, unknown or revoked.',
};

/**
 * `Authorization: Bearer <key>` on /graphql. Without the header: nothing to do (the public, or a
 * session cookie). With it: a well-formed, known, unrevoked key of an enabled partner is put on
 * `res.locals.apiKey` for the GraphQL context; anything else is HTTP 401 INVALID_API_KEY with
 * `WWW-Authenticate: Bearer`, before the body is read. One statement per key and KEY_CACHE_MS on
 * each instance; only the SHA-256 of a key is stored, compared in constant time.
 */
export function apiKeyAuth(dataSource: DataSource): RequestHandler {
  const cache = new Map<string, { identity: ApiKeyIdentity | null; until: number }>();
  const touched = new Map<string, number>();

  async function lookUp(key: string): Promise<ApiKeyIdentity | null> {
    const hash = hashApiKey(key);
    const cached = cache.get(hash);
    const at = Date.now();
    if (cached && cached.until > at) return cached.identity;
    const prefix = API_KEY_PATTERN.exec(key)![1]!;
    const rows = (await dataSource.query(
      `SELECT k.id, k.partner_id, p.name AS partner_name, k.scopes, k.points_per_hour, k.key_hash
       FROM api_key k JOIN partner p ON p.id = k.partner_id
       WHERE k.key_prefix = $1 AND k.revoked_at IS NULL AND p.disabled_at IS NULL`,
      [prefix],
    )) as KeyRow[];
    const row = rows[0];
    const identity =
      row && timingSafeEqual(Buffer.from(row.key_hash, 'hex'), Buffer.from(hash, 'hex'))
        ? {
            id: row.id,
            partnerId: row.partner_id,
            partnerName: row.partner_name,
            scopes: row.scopes,
            pointsPerHour: row.points_per_hour,
          }
        : null;
    if (cache.size >= KEY_CACHE_ENTRIES) cache.clear();
    cache.set(hash, { identity, until: at + KEY_CACHE_MS });
    return identity;
  }

  function noteUse(identity: ApiKeyIdentity): void {
    const at = Date.now();
    if ((touched.get(identity.id) ?? 0) > at - LAST_USED_EVERY_MS) return;
    if (touched.size >= KEY_CACHE_ENTRIES) touched.clear();
    touched.set(identity.id, at);
    // Conditional: other instances may have noted it within the minute already.
    dataSource
      .query(
        `UPDATE api_key SET last_used_at = $2
         WHERE id = $1 AND (last_used_at IS NULL OR last_used_at < $2::timestamptz - interval '1 minute')`,
        [identity.id, now()],
      )
      .catch((error: unknown) => log.warn(`api key use not noted: ${describeError(error)}`));
  }

  return (req, res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const match = /^Bearer +(\S+) *$/i.exec(header);
    const key = match?.[1] ?? '';
    const refuse = () => {
      const language = languageOfHeader(req.headers['accept-language']) ?? DEFAULT_LANGUAGE;
      res.setHeader('www-authenticate', 'Bearer');
      res.setHeader('cache-control', 'no-store');
      res
        .status(statusOf('INVALID_API_KEY'))
        .json(errorBody('INVALID_API_KEY', say(language, REFUSAL), res.locals.requestId as string));
    };
    if (!API_KEY_PATTERN.test(key)) return refuse();
    lookUp(key).then((identity) => {
      if (!identity) return refuse();
      res.locals.apiKey = identity;
      noteUse(identity);
      next();
    }, next);
  };
}
