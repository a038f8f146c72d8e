import { FINISHED_XID_BOUND } from '@ocop/db';
import { Logger, run, type LogFunctionFactory, type Runner, type Task } from 'graphile-worker';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { describeError, log } from '../../common/log';
import { encodeNodeId } from '../../common/node-id';
import { PRODUCT_LISTING } from '../listing/product-listing.type';
import { OCOP_CERTIFICATE } from '../ocop-certificate/ocop-certificate.type';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { refuseWebhookUrl } from './webhook-url';
import {
  signWebhook,
  WEBHOOK_ID_HEADER,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
} from './webhook-signature';

/** Attempts of one delivery (graphile-worker's back-off: e^attempt seconds, ~2.7 s … ~18 min). */
export const WEBHOOK_MAX_ATTEMPTS = 8;
const DELIVERY_TIMEOUT_MS = 10_000;
const DISPATCH_EVERY_MS = 500;
/** Change-log entries turned into jobs per dispatch step. */
const DISPATCH_BATCH = 500;
const MAX_ERROR_LENGTH = 500;

export interface WebhookOptions {
  /** An endpoint is disabled after this many failed attempts in a row (any events); a success resets it. */
  disableAfterFailures: number;
}

const NODE_TYPES: Record<string, string> = {
  certificate: OCOP_CERTIFICATE,
  product: OCOP_PRODUCT,
  listing: PRODUCT_LISTING,
};

/**
 * The events, derived from the change log (so none is missed: the dispatcher's position moves in
 * the transaction that queues the jobs): a certificate revoked or expired, a product created
 * (listed) or withdrawn, any change of a listing.
 */
const EVENT_OF_ENTRY = `CASE
  WHEN c.object_type = 'certificate' AND c.event = 'revoked' THEN 'certificate.revoked'
  WHEN c.object_type = 'certificate' AND c.event = 'expired' THEN 'certificate.expired'
  WHEN c.object_type = 'product' AND c.kind = 'created' THEN 'product.listed'
  WHEN c.object_type = 'product' AND c.kind = 'withdrawn' THEN 'product.withdrawn'
  WHEN c.object_type = 'listing' THEN 'listing.changed' END`;

/**
 * One step of the dispatcher: under the lock of its one row (SKIP LOCKED: another instance at it
 * means nothing to do here), the next entries of finished transactions after its position become
 * one graphile-worker job per (event, subscribed enabled endpoint), and the position moves to the
 * last entry read, all in one transaction. Returns the entries read.
 */
export async function dispatchWebhooks(dataSource: DataSource): Promise<number> {
  return dataSource.transaction(async (tx) => {
    // Named apart from the API's requests in pg_stat_activity: background work, not a request's.
    await tx.query(`SET LOCAL application_name = 'ocop-webhook-dispatch'`);
    const at = (await tx.query(
      `SELECT xid::text, seq::text FROM webhook_dispatch WHERE id = 1 FOR UPDATE SKIP LOCKED`,
    )) as {
      xid: string;
      seq: string;
    }[];
    if (at.length === 0) return 0;
    const read = (await tx.query(
      `WITH entries AS (
         SELECT c.*, ${EVENT_OF_ENTRY} AS event_type FROM change_log c
         WHERE (c.xid, c.seq) > ($1::bigint, $2::bigint) AND c.xid < ${FINISHED_XID_BOUND}
         ORDER BY c.xid, c.seq LIMIT ${DISPATCH_BATCH}),
       queued AS (
         SELECT graphile_worker.add_job('webhook_deliver', json_build_object(
                  'endpointId', e.id, 'eventId', md5(c.xid || ':' || c.seq)::uuid, 'type', c.event_type,
                  'occurredAt', c.occurred_at, 'objectType', c.object_type, 'objectId', c.object_id),
                  max_attempts => ${WEBHOOK_MAX_ATTEMPTS})
         FROM entries c
         JOIN webhook_endpoint e ON c.event_type = ANY(e.events) AND e.disabled_at IS NULL
         JOIN partner p ON p.id = e.partner_id AND p.disabled_at IS NULL)
       SELECT (SELECT count(*) FROM queued)::int AS jobs,
              (SELECT count(*) FROM entries)::int AS entries,
              (SELECT xid::text FROM entries ORDER BY xid DESC, seq DESC LIMIT 1) AS xid,
              (SELECT seq::text FROM entries ORDER BY xid DESC, seq DESC LIMIT 1) AS seq`,
      [at[0]!.xid, at[0]!.seq],
    )) as { jobs: number; entries: number; xid: string | null; seq: string | null }[];
    const { entries, xid, seq } = read[0]!;
    if (entries > 0)
      await tx.query(`UPDATE webhook_dispatch SET xid = $1, seq = $2 WHERE id = 1`, [xid, seq]);
    return entries;
  });
}

interface DeliveryJob {
  endpointId: string;
  eventId: string;
  type: string;
  occurredAt: string;
  objectType: string;
  objectId: string;
}

/** The delivery task: one POST, logged; a failure throws, and graphile-worker retries it later. */
function deliveryTask(dataSource: DataSource, options: WebhookOptions): Task {
  return async (payload, helpers) => {
    const job = payload as DeliveryJob;
    const endpoints = (await dataSource.query(
      `SELECT e.url, e.secret FROM webhook_endpoint e JOIN partner p ON p.id = e.partner_id
       WHERE e.id = $1 AND e.disabled_at IS NULL AND p.disabled_at IS NULL`,
      [job.endpointId],
    )) as { url: string; secret: string }[];
    const endpoint = endpoints[0];
    if (!endpoint) return; // removed or disabled meanwhile: nothing to send
    const object: Record<string, unknown> = {
      type: NODE_TYPES[job.objectType] ?? job.objectType,
      id: encodeNodeId(NODE_TYPES[job.objectType] ?? job.objectType, job.objectId),
    };
    if (job.objectType === 'certificate') {
      const rows = (await dataSource.query(
        `SELECT certificate_number, revoked_on::text, expires_on::text FROM ocop_certificate WHERE id = $1`,
        [job.objectId],
      )) as { certificate_number: string; revoked_on: string | null; expires_on: string }[];
      if (rows[0]) {
        object.certificateNumber = rows[0].certificate_number;
        object.revokedOn = rows[0].revoked_on;
        object.expiresOn = rows[0].expires_on;
      }
    }
    const body = JSON.stringify({ id: job.eventId, type: job.type, occurredAt: job.occurredAt, object });
    // The protocol's timestamp is the real time (receivers compare it with their own clocks), not
    // the platform's business day, which OCOP_TODAY may pin.
    const timestamp = Math.floor(Date.now() / 1000);
    const started = performance.now();
    let statusCode: number | null = null;
    let error: string | null = null;
    const refused = await refuseWebhookUrl(endpoint.url);
    if (refused) error = `refused URL (${refused})`;
    else {
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          redirect: 'manual',
          signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
          headers: {
            'content-type': 'application/json',
            'user-agent': 'ocop-webhooks/1',
            [WEBHOOK_ID_HEADER]: job.eventId,
            [WEBHOOK_TIMESTAMP_HEADER]: String(timestamp),
            [WEBHOOK_SIGNATURE_HEADER]: signWebhook(endpoint.secret, timestamp, body),
          },
          body,
        });
        statusCode = response.status;
        await response.body?.cancel();
        if (statusCode < 200 || statusCode > 299) error = `HTTP ${statusCode}`;
      } catch (failure) {
        error = describeError(failure).slice(0, MAX_ERROR_LENGTH);
      }
    }
    const durationMs = Math.round(performance.now() - started);
    await dataSource.query(
      `INSERT INTO webhook_delivery (endpoint_id, event_id, event_type, attempt, status_code, duration_ms, error, attempted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
      [job.endpointId, job.eventId, job.type, helpers.job.attempts, statusCode, durationMs, error],
    );
    if (error === null) {
      await dataSource.query(`UPDATE webhook_endpoint SET consecutive_failures = 0 WHERE id = $1`, [
        job.endpointId,
      ]);
      return;
    }
    // Counted and decided in one statement (concurrent failures cannot slip past the limit).
    const after = (await dataSource.query(
      `UPDATE webhook_endpoint SET consecutive_failures = consecutive_failures + 1,
              disabled_at = CASE WHEN consecutive_failures + 1 >= $2 THEN now() ELSE disabled_at END,
              disabled_reason = CASE WHEN consecutive_failures + 1 >= $2
                                     THEN $2 || ' failed deliveries in a row' ELSE disabled_reason END
       WHERE id = $1 RETURNING disabled_at`,
      [job.endpointId, options.disableAfterFailures],
    )) as [{ disabled_at: Date | null }[], number] | { disabled_at: Date | null }[];
    const rows = Array.isArray(after[0])
      ? (after[0] as { disabled_at: Date | null }[])
      : (after as { disabled_at: Date | null }[]);
    if (rows[0]?.disabled_at) return; // disabled: no more attempts
    throw new Error(`webhook delivery failed: ${error}`);
  };
}

/**
 * Starts graphile-worker (its schema migrates itself on start) with the delivery task, then the
 * dispatcher's timer. Returns a stop function.
 */
/** graphile-worker's log through ours: its errors and warnings; its per-job chatter left out. */
const queueLog: LogFunctionFactory = () => (level, message) => {
  if (level === 'error') log.error(`webhook queue: ${message}`);
  else if (level === 'warning') log.warn(`webhook queue: ${message}`);
};

export async function startWebhooks(
  dataSource: DataSource,
  connectionString: string,
  options: WebhookOptions,
): Promise<() => Promise<void>> {
  // The queue's own pool, owned here: graphile-worker does not wait for a pool it made to end, and
  // takes its error listeners off first, so a connection closed afterwards (the embedded
  // PostgreSQL stopping) was an uncaught error, exit 1. Ours ends before the stop goes on, and a
  // connection lost meanwhile (the database going away) is only logged: pg reconnects on demand.
  const pool = new pg.Pool({ connectionString, max: 5, application_name: 'ocop-webhook-queue' });
  const lost = (error: Error) => log.warn(`webhook queue: database connection lost: ${error.message}`);
  pool.on('error', lost);
  pool.on('connect', (client) => client.on('error', lost));
  let runner: Runner;
  try {
    runner = await run({
      pgPool: pool,
      concurrency: 4,
      pollInterval: 1000,
      noHandleSignals: true,
      logger: new Logger(queueLog),
      taskList: { webhook_deliver: deliveryTask(dataSource, options) },
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  let dispatching: Promise<void> | null = null;
  const timer = setInterval(() => {
    if (dispatching) return;
    dispatching = dispatchWebhooks(dataSource)
      .then(
        () => undefined,
        (error: unknown) => log.error('webhook dispatch failed', describeError(error)),
      )
      .finally(() => (dispatching = null));
  }, DISPATCH_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await dispatching; // before the platform's own connections close
    await runner.stop();
    await pool.end();
  };
}
