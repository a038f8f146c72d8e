import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
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
    const livez = await fetch(`${platform.baseUrl}/livez`, { headers: { 'x-forwarded-for': '10.9.0.1' } });
    expect(livez.status).toBe(200);
    expect(livez.headers.get('ratelimit')).toBeNull();
  });
});
