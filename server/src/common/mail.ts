import { now } from '@ocop/db';
import nodemailer, { type Transporter } from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { DataSource, EntityManager } from 'typeorm';
import { describeError, log } from './log';

/**
 * E-mail through an outbox kept in PostgreSQL (table mail_outbox). A service writes the mails of a
 * change with `enqueueMail`, in the change's own transaction: a change that rolls back sends
 * nothing, and one that commits cannot lose its mail when the SMTP server is down. A worker in
 * every server instance (`startMailWorker`) claims due rows, sends them and marks them sent, or
 * schedules a retry with exponential backoff.
 *
 * Claiming is a lease: one statement moves the due rows' next attempt past the lease and returns
 * them (FOR UPDATE SKIP LOCKED, so two instances never claim one row), and the transaction ends
 * before talking to SMTP — a slow mail server holds no database connection. A process that dies
 * mid-send leaves its rows to be claimed again when the lease ends: a mail is sent at least once,
 * and twice only in that case.
 */

export interface MailSettings {
  /** SMTP server (`SMTP_URL`, e.g. smtp://user:pass@host:587); null: no e-mail is written or sent. */
  smtpUrl: string | null;
  /** The sender (`MAIL_FROM`). */
  from: string;
  /** The portal's public address, for links in mails (`PUBLIC_URL`). */
  publicUrl: string;
  /** First retry delay in ms, doubled at each failure up to an hour (`MAIL_RETRY_BASE_MS`, default 60000). */
  retryBaseMs: number;
  /** How often the worker looks for due mail, in ms (`MAIL_POLL_MS`, default 5000). */
  pollMs: number;
}

const DEFAULT_SETTINGS: MailSettings = {
  smtpUrl: null,
  from: 'OCOP Điện Biên <no-reply@localhost>',
  publicUrl: 'http://localhost:4000',
  retryBaseMs: 60_000,
  pollMs: 5_000,
};

let settings: MailSettings = DEFAULT_SETTINGS;
let nudge: (() => void) | null = null;

/** Set once by start.ts from the configuration. */
export function configureMail(next: Partial<MailSettings>): void {
  settings = { ...DEFAULT_SETTINGS, ...next };
}

export function mailSettings(): MailSettings {
  return settings;
}

/** Whether mails are written at all: without SMTP_URL none would ever be sent, so none is kept. */
export function mailEnabled(): boolean {
  return settings.smtpUrl !== null;
}

/** A link into the portal, e.g. `portalLink('/inquiry/abc')`. */
export function portalLink(path: string): string {
  return `${settings.publicUrl.replace(/\/+$/, '')}${path}`;
}

/** Longest delay between two attempts. */
const MAX_RETRY_MS = 3_600_000;
/** How long a claimed row is left alone before another worker may claim it again. */
const LEASE_MS = 5 * 60_000;
const BATCH = 20;
const ERROR_CHARS = 500;
/** A sent mail's buyer link is replaced by this: the outbox keeps no usable token once sent. */
const SENT_LINK = '/inquiry/…';

export interface OutgoingMail {
  kind: string;
  inquiryId: string | null;
  subject: string;
  body: string;
}

/**
 * One INSERT writing the same mail to each address (deduplicated, case-insensitively), in the
 * caller's transaction. Nothing when mail is not configured or there is no address.
 */
export async function enqueueMail(tx: EntityManager, mail: OutgoingMail, to: string[]): Promise<number> {
  if (!mailEnabled()) return 0;
  const addresses = [...new Map(to.filter(Boolean).map((a) => [a.trim().toLowerCase(), a.trim()])).values()];
  if (addresses.length === 0) return 0;
  await tx.query(
    `INSERT INTO mail_outbox (kind, inquiry_id, to_address, subject, body, next_attempt_at, created_at)
     SELECT $1, $2::uuid, address, $3, $4, $5::timestamptz, $5::timestamptz FROM unnest($6::text[]) AS address`,
    [mail.kind, mail.inquiryId, mail.subject, mail.body, now(), addresses],
  );
  // Sent soon after the commit rather than at the next poll.
  setTimeout(() => nudge?.(), 50).unref();
  return addresses.length;
}

interface Claimed {
  id: string;
  to_address: string;
  subject: string;
  body: string;
  attempts: number;
}

/** Claims due rows, sends each, records the outcome; returns how many were sent. */
export async function deliverDueMail(
  dataSource: DataSource,
  transport: Transporter,
  from: string,
  retryBaseMs: number,
): Promise<number> {
  const at = now();
  const claimed = (await dataSource.query(
    `UPDATE mail_outbox SET next_attempt_at = $2::timestamptz, attempts = attempts + 1
     WHERE id IN (SELECT id FROM mail_outbox WHERE sent_at IS NULL AND next_attempt_at <= $1::timestamptz
                  ORDER BY next_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)
     RETURNING id, to_address, subject, body, attempts`,
    [at, new Date(at.getTime() + LEASE_MS), BATCH],
  )) as [Claimed[], number];
  const rows = claimed[0];
  let sent = 0;
  for (const row of rows) {
    try {
      await transport.sendMail({ from, to: row.to_address, subject: row.subject, text: row.body });
      await dataSource.query(
        `UPDATE mail_outbox SET sent_at = $2::timestamptz, last_error = NULL,
           body = regexp_replace(body, '/inquiry/[A-Za-z0-9_-]+', $3, 'g')
         WHERE id = $1`,
        [row.id, now(), SENT_LINK],
      );
      sent += 1;
    } catch (error) {
      const delay = Math.min(retryBaseMs * 2 ** Math.max(0, row.attempts - 1), MAX_RETRY_MS);
      await dataSource.query(
        `UPDATE mail_outbox SET next_attempt_at = $2::timestamptz, last_error = $3 WHERE id = $1`,
        [row.id, new Date(now().getTime() + delay), describeError(error).slice(0, ERROR_CHARS)],
      );
      log.warn(`mail to the outbox row ${row.id} failed (attempt ${row.attempts}); next in ${delay} ms`);
    }
  }
  return sent;
}

/**
 * Sends the outbox while the server runs (only when SMTP_URL is set): every `pollMs`, and soon after
 * a mail is enqueued by this instance. One pass at a time; a full batch is followed by another at
 * once. Returns a stop function.
 */
export function startMailWorker(dataSource: DataSource): () => void {
  const { smtpUrl, from, retryBaseMs, pollMs } = settings;
  if (!smtpUrl) return () => undefined;
  // Short timeouts: a mail server that does not answer is retried later, not waited for.
  const options: SMTPTransport.Options & { url: string } = {
    url: smtpUrl,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  };
  const transport = nodemailer.createTransport(options);
  let running = false;
  let again = false;
  let stopped = false;
  const run = async (): Promise<void> => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        const sent = await deliverDueMail(dataSource, transport, from, retryBaseMs);
        if (sent >= BATCH) again = true;
      } while (again && !stopped);
    } catch (error) {
      log.error('mail worker failed', describeError(error));
    } finally {
      running = false;
    }
  };
  nudge = () => void run();
  const timer = setInterval(() => void run(), pollMs);
  timer.unref();
  void run();
  return () => {
    stopped = true;
    nudge = null;
    clearInterval(timer);
    transport.close();
  };
}
