import http from 'node:http';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  MAX_HELD_REFUSALS,
  REFUSAL_DELAY_MS,
  refusalsPerWindow,
} from '@ocop/server/dist/common/request-rate';
import { startEmptyPlatform, type RunningPlatform } from './platform';

/**
 * The request budget per client address (issue 11: one source must not take the event loop from
 * everyone else; common/request-rate.ts). RATE_LIMIT_PER_MINUTE=60 is 10 requests per 10-second
 * window. The platform believes the proxy on loopback, so that X-Forwarded-For names the sources.
 */
describe('the request budget per address', () => {
  let platform: RunningPlatform;
  const database = 'ocop_rate_limit';
  const PER_WINDOW = 10;

  beforeAll(async () => {
    platform = await startEmptyPlatform(inject('serverUrl'), database, {
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_PER_MINUTE: String(PER_WINDOW * 6),
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  const query = (from: string) =>
    fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
      body: JSON.stringify({ query: '{ __typename }' }),
    });

  it('answers one address past its budget 429 with Retry-After and a typed error; another address is served', async () => {
    const [burst, others] = await Promise.all([
      Promise.all(Array.from({ length: PER_WINDOW + 15 }, () => query('10.9.0.1'))),
      Promise.all(Array.from({ length: PER_WINDOW }, () => query('10.9.0.2'))),
    ]);
    const statuses = burst.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(PER_WINDOW);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    expect(others.map((r) => r.status)).toEqual(Array.from({ length: PER_WINDOW }, () => 200));

    const refused = burst.find((r) => r.status === 429)!;
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect(refused.headers.get('ratelimit-policy')).toMatch(/q=10/);
    expect(refused.headers.get('ratelimit')).toMatch(/r=0/);
    const body = (await refused.json()) as {
      errors: { message: string; extensions: Record<string, unknown> }[];
    };
    expect(body.errors[0]!.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
    expect(body.errors[0]!.message).toMatch(/more than 10 requests in 10 s/);
    // An answer within the budget says what remains.
    const served = burst.find((r) => r.status === 200)!;
    expect(served.headers.get('ratelimit')).toMatch(/r=\d+/);

    // The uploads share the address's budget; the health checks and the portal's files do not count.
    const upload = await fetch(`${platform.baseUrl}/uploads/photos`, {
      method: 'POST',
      headers: { 'content-type': 'image/png', 'x-forwarded-for': '10.9.0.1' },
      body: Buffer.alloc(10),
    });
    expect(upload.status).toBe(429);
    // So do the catalogue exports, the sitemap and the pages whose tags read the database.
    for (const path of ['/export/products.csv', '/sitemap.xml', '/products/abc']) {
      const shared = await fetch(`${platform.baseUrl}${path}`, {
        headers: { accept: 'text/html', 'x-forwarded-for': '10.9.0.1' },
      });
      await shared.arrayBuffer();
      expect(shared.status, path).toBe(429);
    }
    const livez = await fetch(`${platform.baseUrl}/livez`, { headers: { 'x-forwarded-for': '10.9.0.1' } });
    expect(livez.status).toBe(200);
    expect(livez.headers.get('ratelimit')).toBeNull();
  });

  /** Spends an address's budget of the window: PER_WINDOW requests answered 200. */
  async function spend(from: string) {
    const answers = await Promise.all(Array.from({ length: PER_WINDOW }, () => query(from)));
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: PER_WINDOW }, () => 200));
  }

  it('holds a refusal for a second and closes its connection, so that asking again at once gains nothing', async () => {
    await spend('10.9.1.1');
    // node:http, not fetch: fetch hides the Connection header.
    const started = performance.now();
    const refused = await new Promise<{ status: number; connection: string | undefined; body: string }>(
      (resolve, reject) => {
        const request = http.request(
          `${platform.baseUrl}/graphql`,
          { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '10.9.1.1' } },
          (response) => {
            let body = '';
            response.on('data', (chunk: Buffer) => (body += chunk.toString()));
            response.on('end', () =>
              resolve({ status: response.statusCode!, connection: response.headers.connection, body }),
            );
          },
        );
        request.on('error', reject);
        request.end(JSON.stringify({ query: '{ __typename }' }));
      },
    );
    const waited = performance.now() - started;
    expect(refused.status).toBe(429);
    expect(refused.connection).toBe('close');
    expect(JSON.parse(refused.body).errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(waited).toBeGreaterThanOrEqual(REFUSAL_DELAY_MS * 0.9);

    // Four clients that ignore Retry-After and ask again the moment they are answered, for three
    // seconds: one answer per second each (unheld, they were answered thousands of times).
    const seconds = 3;
    const until = performance.now() + seconds * 1000;
    const answered = await Promise.all(
      Array.from({ length: 4 }, async () => {
        let n = 0;
        while (performance.now() < until) {
          const response = await query('10.9.1.1');
          expect(response.status).toBe(429);
          await response.arrayBuffer();
          n += 1;
        }
        return n;
      }),
    );
    const total = answered.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(4 * (seconds - 1));
    expect(total).toBeLessThanOrEqual(4 * (seconds + 1));

    // Meanwhile another address is served at once.
    const other = performance.now();
    expect((await query('10.9.1.2')).status).toBe(200);
    expect(performance.now() - other).toBeLessThan(REFUSAL_DELAY_MS / 2);
  });

  it('holds at most MAX_HELD_REFUSALS refusals at once: past that, refusals are answered at once', async () => {
    await spend('10.9.2.1');
    const ask = async () => {
      const started = performance.now();
      const response = await query('10.9.2.1');
      await response.arrayBuffer();
      return { status: response.status, ms: performance.now() - started };
    };
    // The room fills first; the extra ones come once it is full, so that what is measured of them is
    // the server's answer, not 300 connections opened at once on a loaded machine.
    const first = Array.from({ length: MAX_HELD_REFUSALS }, ask);
    await new Promise((resolve) => setTimeout(resolve, REFUSAL_DELAY_MS / 2));
    const extra = 40;
    const extraAnswers = await Promise.all(Array.from({ length: extra }, ask));
    const answers = [...(await Promise.all(first)), ...extraAnswers];
    expect(answers.every((a) => a.status === 429)).toBe(true);
    const atOnce = answers.filter((a) => a.ms < REFUSAL_DELAY_MS * 0.9).length;
    const held = answers.length - atOnce;
    // Held ones wait the whole delay; never more of them than the room holds.
    expect(held).toBeLessThanOrEqual(MAX_HELD_REFUSALS);
    expect(atOnce).toBeGreaterThanOrEqual(extra);
    // And once they are sent, holding starts again.
    const started = performance.now();
    const next = await query('10.9.2.1');
    expect(next.status).toBe(429);
    expect(performance.now() - started).toBeGreaterThanOrEqual(REFUSAL_DELAY_MS * 0.9);
  });

  it('refuses an address once its requests have been refused a tenth of its budget: bad documents, GraphQL errors, wrong logins', async () => {
    const budget = refusalsPerWindow(PER_WINDOW);
    const post = (from: string, body: unknown) =>
      fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
        body: JSON.stringify(body),
      });
    const refusals: [string, unknown, number][] = [
      ['10.9.3.1', { query: '{ nothing }' }, 400],
      ['10.9.3.2', { query: '{ node(id: "no such id") { id } }' }, 200],
      [
        '10.9.3.3',
        {
          query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
          variables: { input: { email: 'nobody@example.vn', password: 'wrong password' } },
        },
        200,
      ],
    ];
    for (const [from, body, status] of refusals) {
      for (let i = 0; i < budget; i += 1) {
        const refused = await post(from, body);
        expect(refused.status).toBe(status);
        const answer = (await refused.json()) as {
          errors?: unknown[];
          data?: { login?: { userErrors: unknown[] } };
        };
        expect((answer.errors?.length ?? 0) + (answer.data?.login?.userErrors.length ?? 0)).toBeGreaterThan(
          0,
        );
      }
      const next = await query(from);
      expect(next.status).toBe(429);
      const body429 = (await next.json()) as {
        errors: { message: string; extensions: Record<string, unknown> }[];
      };
      expect(body429.errors[0]!.extensions.code).toBe('RATE_LIMITED');
      expect(body429.errors[0]!.message).toMatch(/refused requests/);
      expect(Number(next.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    // Good requests, even all at once, do not count: the whole request budget is served.
    const good = await Promise.all(Array.from({ length: PER_WINDOW }, () => query('10.9.3.4')));
    expect(good.map((r) => r.status)).toEqual(Array.from({ length: PER_WINDOW }, () => 200));
  });
});
