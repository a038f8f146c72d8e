import { isIP } from 'node:net';
import path from 'node:path';
import { adminUnitsDir, dataDir, isIsoDay } from '@ocop/db';

/** The platform's configuration, read once from the environment by start.ts. */
export interface Config {
  /** An external PostgreSQL; null runs the embedded one in `dataDir`. */
  databaseUrl: string | null;
  /** Where the embedded PostgreSQL keeps its files (`DATA_DIR`, default `.data/`). */
  dataDir: string;
  port: number;
  host: string;
  /** Where uploaded photos are kept (`MEDIA_DIR`, default `<DATA_DIR>/media`); never served from elsewhere. */
  mediaDir: string;
  /** The administrative-unit CSV files (`ADMIN_UNITS_DIR`). */
  adminUnitsDir: string;
  /** Whether to load the demo data set after the reference data. */
  seedDemo: boolean;
  /** Connections in the database pool (`DATABASE_POOL_SIZE`, default 10). */
  databasePoolSize: number;
  /** Serve anonymous queries from an in-memory cache (`PUBLIC_QUERY_CACHE`, default false; common/response-cache.ts). */
  publicQueryCache: boolean;
  /** Which proxies to believe for the client's address and protocol (`TRUST_PROXY`; express's `trust proxy`). */
  trustProxy: boolean | number | string;
  /** PostgreSQL's statement_timeout for the API's connections, in ms (`STATEMENT_TIMEOUT_MS`, default 5000; 0: none). */
  statementTimeoutMs: number;
  /** A request not answered after this many ms is answered 503 REQUEST_TIMEOUT (`REQUEST_TIMEOUT_MS`, default 15000). */
  requestTimeoutMs: number;
  /**
   * On SIGTERM, how long `/readyz` answers 503 while the listener still serves, before it closes
   * and in-flight requests drain (`SHUTDOWN_DELAY_MS`, default 0): time for a load balancer to stop
   * sending. Behind one, set it above its health-check interval (e.g. 10000).
   */
  shutdownDelayMs: number;
  /** Requests per minute and client address to the API and uploads (`RATE_LIMIT_PER_MINUTE`, default 1200; 0: none). */
  rateLimitPerMinute: number;
  /**
   * The day pinned by `OCOP_TODAY` (YYYY-MM-DD), or null for the real day in Vietnam. The clock
   * (db/src/clock.ts) reads the same variable; it is checked here so that a bad value stops the
   * start with a message naming it.
   */
  pinnedToday: string | null;
  /** SMTP server for e-mail (`SMTP_URL`, smtp:// or smtps://); null: no e-mail (common/mail.ts). */
  smtpUrl: string | null;
  /** The sender of e-mail (`MAIL_FROM`). */
  mailFrom: string;
  /** The portal's public address, for links in e-mail (`PUBLIC_URL`, default http://localhost:<PORT>). */
  publicUrl: string;
  /** First retry delay of a failed mail, doubled each time up to an hour (`MAIL_RETRY_BASE_MS`, default 60000). */
  mailRetryBaseMs: number;
  /** How often the mail worker looks for due mail (`MAIL_POLL_MS`, default 5000). */
  mailPollMs: number;
  /** A webhook endpoint is disabled after this many failed attempts in a row (`WEBHOOK_DISABLE_AFTER_FAILURES`, default 15). */
  webhookDisableAfterFailures: number;
  /** Points per hour of an API key without its own (`API_KEY_POINTS_PER_HOUR`, default 5000; common/points-budget.ts). */
  apiKeyPointsPerHour: number;
  /** Points per hour and client address for anonymous requests (`ANONYMOUS_POINTS_PER_HOUR`, default 1000; 0: no budget). */
  anonymousPointsPerHour: number;
  /** Tests only: webhooks may call http and loopback / private addresses (`WEBHOOK_ALLOW_INSECURE_LOCAL`, default false). */
  webhookAllowInsecureLocal: boolean;
  /** Where the open-data files are written and served from (`OPEN_DATA_DIR`, default `<DATA_DIR>/open-data`). */
  openDataDir: string;
  /** How often the open data's fingerprint is checked, regenerating on a change (`OPEN_DATA_CHECK_MS`, default 300000; 0: only at start). */
  openDataCheckMs: number;
  /** The key label codes are derived with (`LABEL_SECRET`, ≥ 32 characters; modules/label/label-settings.ts); null: kept in `labelSecretFile`. */
  labelSecret: string | null;
  /** Where the label secret is made and kept when `LABEL_SECRET` is not given (`<DATA_DIR>/label-secret`). */
  labelSecretFile: string;
}

/** A bad setting; its message is one line naming the variable, fit to print as is. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** An empty variable counts as unset (docker-compose and .env files write `NAME=`). */
function read(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function parsePort(value: string | undefined): number {
  if (value === undefined) return 4000;
  const port = /^[0-9]{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    throw new ConfigError(`PORT must be an integer from 0 to 65535 (0: any free port), got "${value}"`);
  }
  return port;
}

const HOSTNAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

function parseHost(value: string | undefined): string {
  if (value === undefined) return '0.0.0.0';
  if (isIP(value) === 0 && !HOSTNAME.test(value)) {
    throw new ConfigError(
      `HOST must be an IP address or a host name (e.g. 0.0.0.0, 127.0.0.1, ::), got "${value}"`,
    );
  }
  return value;
}

function parseDatabaseUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  // The value itself is not echoed: it usually holds a password.
  if (!url || (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:')) {
    throw new ConfigError('DATABASE_URL must be a URL like postgres://user:password@host:5432/database');
  }
  return value;
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const normalised = value.toLowerCase();
  if (normalised === '1' || normalised === 'true') return true;
  if (normalised === '0' || normalised === 'false') return false;
  throw new ConfigError(`${name} must be 1, true, 0 or false, got "${value}"`);
}

function parsePinnedToday(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (!isIsoDay(value)) {
    throw new ConfigError(
      `OCOP_TODAY must be a calendar day written YYYY-MM-DD (e.g. 2031-07-15), or unset for the real day, got "${value}"`,
    );
  }
  return value;
}

/**
 * TRUST_PROXY: unset or false → trust no proxy; true → any; a number → that many hops; else a
 * list of addresses / subnets / names express understands ("loopback", "10.0.0.0/8, 10.1.2.3").
 */
function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined) return false;
  const normalised = value.toLowerCase();
  if (normalised === 'false' || normalised === '0') return false;
  if (normalised === 'true') return true;
  if (/^[0-9]{1,2}$/.test(value)) return Number(value);
  if (!/^[A-Za-z0-9.:/, ]+$/.test(value)) {
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a number of hops or a list of addresses, got "${value}"`,
    );
  }
  return value;
}

function parsePoolSize(value: string | undefined): number {
  if (value === undefined) return 10;
  const size = /^[0-9]{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(size >= 1 && size <= 1000)) {
    throw new ConfigError(`DATABASE_POOL_SIZE must be an integer from 1 to 1000, got "${value}"`);
  }
  return size;
}

function parseRateLimit(value: string | undefined): number {
  if (value === undefined) return 1_200;
  const limit = /^[0-9]{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(limit === 0 || (limit >= 6 && limit <= 1_000_000))) {
    throw new ConfigError(
      `RATE_LIMIT_PER_MINUTE must be 0 (no limit) or a number of requests from 6 to 1000000, got "${value}"`,
    );
  }
  return limit;
}

/** A duration in whole milliseconds from `min` to `max` (default one hour). */
function parseMilliseconds(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max = 3_600_000,
): number {
  if (value === undefined) return fallback;
  const ms = /^[0-9]{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(ms >= min && ms <= max)) {
    throw new ConfigError(`${name} must be a number of milliseconds from ${min} to ${max}, got "${value}"`);
  }
  return ms;
}

/** A whole number from `min` to `max`; unset: `fallback`. */
function parseCount(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  if (value === undefined) return fallback;
  const n = /^[0-9]{1,7}$/.test(value) ? Number(value) : NaN;
  if (!(n >= min && n <= max))
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

function parseSmtpUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  const url = URL.canParse(value) ? new URL(value) : null;
  // The value itself is not echoed: it may hold a password.
  if (!url || (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')) {
    throw new ConfigError('SMTP_URL must be a URL like smtp://user:password@host:587 or smtps://host:465');
  }
  return value;
}

function parsePublicUrl(value: string | undefined, port: number): string {
  if (value === undefined) return `http://localhost:${port}`;
  const url = URL.canParse(value) ? new URL(value) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new ConfigError(`PUBLIC_URL must be an http(s) URL like https://ocop.example.vn, got "${value}"`);
  }
  return value.replace(/\/+$/, '');
}

/** Reads and checks every setting; throws a ConfigError on the first bad one. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = parseDatabaseUrl(read(env, 'DATABASE_URL'));
  const data = dataDir({ ...env, DATA_DIR: read(env, 'DATA_DIR') });
  const media = read(env, 'MEDIA_DIR');
  const openData = read(env, 'OPEN_DATA_DIR');
  return {
    databaseUrl,
    dataDir: data,
    mediaDir: media ? path.resolve(media) : path.join(data, 'media'),
    port: parsePort(read(env, 'PORT')),
    host: parseHost(read(env, 'HOST')),
    adminUnitsDir: adminUnitsDir({ ...env, ADMIN_UNITS_DIR: read(env, 'ADMIN_UNITS_DIR') }),
    // Demo data by default only in the embedded database: an external one may be production.
    seedDemo: parseBoolean('SEED_DEMO', read(env, 'SEED_DEMO'), databaseUrl === null),
    databasePoolSize: parsePoolSize(read(env, 'DATABASE_POOL_SIZE')),
    publicQueryCache: parseBoolean('PUBLIC_QUERY_CACHE', read(env, 'PUBLIC_QUERY_CACHE'), false),
    trustProxy: parseTrustProxy(read(env, 'TRUST_PROXY')),
    statementTimeoutMs: parseMilliseconds(
      'STATEMENT_TIMEOUT_MS',
      read(env, 'STATEMENT_TIMEOUT_MS'),
      5_000,
      0,
    ),
    requestTimeoutMs: parseMilliseconds('REQUEST_TIMEOUT_MS', read(env, 'REQUEST_TIMEOUT_MS'), 15_000, 1),
    // At most 30 s: below start.ts's 60 s limit on a whole stop, with room for the drain after it.
    rateLimitPerMinute: parseRateLimit(read(env, 'RATE_LIMIT_PER_MINUTE')),
    shutdownDelayMs: parseMilliseconds('SHUTDOWN_DELAY_MS', read(env, 'SHUTDOWN_DELAY_MS'), 0, 0, 30_000),
    pinnedToday: parsePinnedToday(read(env, 'OCOP_TODAY')),
    smtpUrl: parseSmtpUrl(read(env, 'SMTP_URL')),
    mailFrom: read(env, 'MAIL_FROM') ?? 'OCOP <no-reply@localhost>',
    publicUrl: parsePublicUrl(read(env, 'PUBLIC_URL'), parsePort(read(env, 'PORT'))),
    mailRetryBaseMs: parseMilliseconds('MAIL_RETRY_BASE_MS', read(env, 'MAIL_RETRY_BASE_MS'), 60_000, 10),
    mailPollMs: parseMilliseconds('MAIL_POLL_MS', read(env, 'MAIL_POLL_MS'), 5_000, 10, 600_000),
    apiKeyPointsPerHour: parseCount(
      'API_KEY_POINTS_PER_HOUR',
      read(env, 'API_KEY_POINTS_PER_HOUR'),
      5_000,
      1,
      1_000_000,
    ),
    anonymousPointsPerHour: parseCount(
      'ANONYMOUS_POINTS_PER_HOUR',
      read(env, 'ANONYMOUS_POINTS_PER_HOUR'),
      1_000,
      0,
      1_000_000,
    ),
    webhookDisableAfterFailures: parseCount(
      'WEBHOOK_DISABLE_AFTER_FAILURES',
      read(env, 'WEBHOOK_DISABLE_AFTER_FAILURES'),
      15,
      1,
      1000,
    ),
    webhookAllowInsecureLocal: parseBoolean(
      'WEBHOOK_ALLOW_INSECURE_LOCAL',
      read(env, 'WEBHOOK_ALLOW_INSECURE_LOCAL'),
      false,
    ),
    openDataDir: openData ? path.resolve(openData) : path.join(data, 'open-data'),
    labelSecret: parseLabelSecret(read(env, 'LABEL_SECRET')),
    labelSecretFile: path.join(data, 'label-secret'),
    openDataCheckMs: parseMilliseconds(
      'OPEN_DATA_CHECK_MS',
      read(env, 'OPEN_DATA_CHECK_MS'),
      300_000,
      0,
      86_400_000,
    ),
  };
}

/** The URL without its password, for logs. */
export function describeDatabaseUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}

/** LABEL_SECRET: at least 32 characters, or unset. */
function parseLabelSecret(value: string | undefined): string | null {
  if (value === undefined) return null;
  if (value.length < 32) throw new ConfigError('LABEL_SECRET must be at least 32 characters (or unset)');
  return value;
}
