import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, today } from '@ocop/db';
import type { Client } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * Webhooks (server/README.md, "Webhooks") with a receiver of the test's own on 127.0.0.1
 * (WEBHOOK_ALLOW_INSECURE_LOCAL=true, tests only): a revoked certificate is delivered, signed;
 * the receiver's first failure is retried with back-off; an endpoint that keeps failing is
 * disabled (WEBHOOK_DISABLE_AFTER_FAILURES=3 here); every attempt is in the delivery log.
 */
const CREATE = `mutation WebhookCreate($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) { endpoint { id url events } secret userErrors { field code message } }
}`;
const ENDPOINTS = `query WebhookEndpoints($partnerId: ID!) {
  webhookEndpoints(partnerId: $partnerId) {
    id disabledAt disabledReason consecutiveFailures
    deliveries { eventId eventType attempt statusCode durationMs error attemptedAt }
  }
}`;

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** What a partner does with a delivery (README): HMAC over "<timestamp>.<body>", recent timestamp. */
function verify(secret: string, received: Received, nowSeconds: number): boolean {
  const timestamp = Number(received.headers['x-ocop-webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.${received.body}`).digest('hex')}`,
  );
  const given = Buffer.from(String(received.headers['x-ocop-webhook-signature'] ?? ''));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

async function receiver(
  answer: (n: number) => number,
): Promise<{ server: Server; url: string; got: Received[] }> {
  const got: Received[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      got.push({ headers: request.headers, body });
      response.statusCode = answer(got.length);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, got };
}

const waitFor = async <T>(probe: () => Promise<T | null | undefined | false>, ms = 30_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('webhooks', () => {
  let p: DemoPlatform;
  let admin: Client;
  let partnerId: string;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_webhooks', {
      WEBHOOK_ALLOW_INSECURE_LOCAL: 'true',
      WEBHOOK_DISABLE_AFTER_FAILURES: '3',
    });
    admin = await p.logIn(DEMO.administrator);
    partnerId = (
      await p.db.query<{ id: string }>(`INSERT INTO partner (name) VALUES ('Sàn thử webhook') RETURNING id`)
    ).rows[0]!.id;
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('refuses bad input with user errors and anyone but an administrator', async () => {
    const bad = await admin.request(CREATE, {
      input: { partnerId, url: 'ftp://example.com/x', events: [] },
    });
    const errors = bad.body.data!.webhookEndpointCreate.userErrors as { field: string[]; code: string }[];
    expect(errors.map((e) => [e.field.join('.'), e.code]).sort()).toEqual([
      ['input.events', 'REQUIRED'],
      ['input.url', 'INVALID'],
    ]);
    expect(bad.body.data!.webhookEndpointCreate.secret).toBeNull();
    const anonymous = await p.client.request(CREATE, {
      input: { partnerId, url: 'https://example.com/x', events: ['CERTIFICATE_REVOKED'] },
    });
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const count = await p.db.query(`SELECT 1 FROM webhook_endpoint`);
    expect(count.rowCount).toBe(0);
  });

  it('delivers a revoked certificate, signed, and retries after the receiver first fails', async () => {
    const r = await receiver((n) => (n === 1 ? 500 : 204));
    try {
      const created = await admin.request(CREATE, {
        input: { partnerId, url: r.url, events: ['CERTIFICATE_REVOKED'] },
      });
      const payload = created.body.data!.webhookEndpointCreate;
      expect(payload.userErrors).toEqual([]);
      const secret = payload.secret as string;
      expect(secret).toMatch(/^whsec_/);
      const audit = await p.db.query(
        `SELECT after FROM audit_log WHERE action = 'webhookEndpointCreate' AND outcome = 'applied'`,
      );
      expect(JSON.stringify(audit.rows)).not.toContain(secret);

      const certificate = (
        await p.db.query<{ id: string; certificate_number: string }>(
          `SELECT id, certificate_number FROM ocop_certificate WHERE revoked_on IS NULL ORDER BY id LIMIT 1`,
        )
      ).rows[0]!;
      const revokedOn = (
        await p.db.query<{ d: string }>(
          `SELECT greatest(decision_date, $2::date)::text AS d FROM ocop_certificate WHERE id = $1`,
          [certificate.id, today()],
        )
      ).rows[0]!.d;
      await p.db.query(
        `UPDATE ocop_certificate SET revoked_on = $2, revocation_reason = 'thử' WHERE id = $1`,
        [certificate.id, revokedOn],
      );
      await waitFor(async () => r.got.length >= 2);
      const [first, second] = r.got;
      expect(first!.body).toBe(second!.body); // the same event, again
      expect(first!.headers['x-ocop-webhook-id']).toBe(second!.headers['x-ocop-webhook-id']);
      const event = JSON.parse(second!.body) as {
        id: string;
        type: string;
        occurredAt: string;
        object: Record<string, unknown>;
      };
      expect(event.type).toBe('certificate.revoked');
      expect(event.object.certificateNumber).toBe(certificate.certificate_number);
      expect(event.object.revokedOn).toBe(revokedOn);
      const nowSeconds = Math.floor(Date.now() / 1000);
      expect(verify(secret, second!, nowSeconds)).toBe(true);
      expect(verify('whsec_other', second!, nowSeconds)).toBe(false);
      expect(verify(secret, { ...second!, body: second!.body + ' ' }, nowSeconds)).toBe(false);
      expect(verify(secret, second!, nowSeconds + 3600)).toBe(false); // a replay an hour later

      const log = await waitFor(async () => {
        const answer = await admin.request(ENDPOINTS, { partnerId });
        const endpoint = (
          answer.body.data!.webhookEndpoints as {
            deliveries: { attempt: number; statusCode: number; error: string | null }[];
          }[]
        )[0]!;
        return endpoint.deliveries.length >= 2 ? endpoint : null;
      });
      expect(log.deliveries.map((d) => [d.attempt, d.statusCode, d.error])).toEqual([
        [2, 204, null],
        [1, 500, 'HTTP 500'],
      ]);
    } finally {
      r.server.close();
    }
  }, 60_000);

  it('disables an endpoint that keeps failing', async () => {
    const deadPort = await findFreePort();
    const created = await admin.request(CREATE, {
      input: { partnerId, url: `http://127.0.0.1:${deadPort}/nobody`, events: ['LISTING_CHANGED'] },
    });
    const id = created.body.data!.webhookEndpointCreate.endpoint.id as string;
    const listings = (await p.db.query<{ id: string }>(`SELECT id FROM product_listing ORDER BY id LIMIT 3`))
      .rows;
    for (const listing of listings) {
      await p.db.query(`UPDATE product_listing SET description = $2 WHERE id = $1`, [
        listing.id,
        `hook ${Math.random()}`,
      ]);
    }
    const disabled = await waitFor(async () => {
      const row = (
        await p.db.query<{
          disabled_at: Date | null;
          disabled_reason: string | null;
          consecutive_failures: number;
        }>(`SELECT disabled_at, disabled_reason, consecutive_failures FROM webhook_endpoint WHERE id = $1`, [
          id,
        ])
      ).rows[0]!;
      return row.disabled_at ? row : null;
    });
    expect(disabled.consecutive_failures).toBe(3);
    expect(disabled.disabled_reason).toBe('3 failed deliveries in a row');
    const attempts = await p.db.query(`SELECT error FROM webhook_delivery WHERE endpoint_id = $1`, [id]);
    expect(attempts.rowCount).toBe(3);
    expect(attempts.rows.every((row: { error: string | null }) => row.error !== null)).toBe(true);
  }, 60_000);
});
