import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort, now } from '@ocop/db';
import { client, type Client } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';
import { START_SCRIPT, startPlatform, type RunningPlatform } from './platform';

/**
 * The points budget (server/README.md, "Points budget"): 20 points per hour for the anonymous
 * address here, 10 for the key. Costs and headers on answers, `rateLimit` free, 429 RATE_LIMITED
 * with Retry-After when spent, a key's own budget, concurrent bursts and two instances sharing one.
 */
const PROBE = `{ __typename }`;
const RATE = `{ rateLimit { limit cost remaining used resetAt } }`;
const PRODUCTS = `{ ocopProducts(first: 5) { edges { node { id } } } }`;
const PRODUCTS_1 = `{ ocopProducts(first: 1) { nodes { id } } }`;

interface Cost {
  requestedQueryCost: number;
  throttleStatus: { maximumAvailable: number; currentlyAvailable: number; resetAt: string };
}

describe('points budget', () => {
  let p: DemoPlatform;
  let second: RunningPlatform;
  let key: string;
  let admin: Client;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_points_budget', { ANONYMOUS_POINTS_PER_HOUR: '20' });
    second = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: p.url, SEED_DEMO: 'false', ANONYMOUS_POINTS_PER_HOUR: '20' },
      port: await findFreePort(),
    });
    admin = await p.logIn(DEMO.administrator);
    const partner = await admin.request(
      `mutation { partnerCreate(input: { name: "Ngân sách" }) { partner { id } } }`,
    );
    const issued = await admin.request(
      `mutation($input: ApiKeyIssueInput!) { apiKeyIssue(input: $input) { key } }`,
      {
        input: {
          partnerId: partner.body.data!.partnerCreate.partner.id,
          name: 'k',
          scopes: ['READ'],
          pointsPerHour: 10,
        },
      },
    );
    key = issued.body.data!.apiKeyIssue.key as string;
  }, 240_000);
  afterAll(async () => {
    await second?.stop();
    await p?.stop();
  });

  it('reports cost and budget on answers; rateLimit spends nothing; spent → 429 across two instances', async () => {
    const first = await p.client.request(PRODUCTS);
    const cost = (first.body as { extensions?: { cost: Cost } }).extensions!.cost;
    expect(cost.requestedQueryCost).toBeGreaterThanOrEqual(1);
    expect(cost.throttleStatus.maximumAvailable).toBe(20);
    expect(first.headers.get('x-ratelimit-limit')).toBe('20');
    // The login in beforeAll was anonymous too: it spent from the same address's budget.
    expect(Number(first.headers.get('x-ratelimit-remaining'))).toBe(cost.throttleStatus.currentlyAvailable);
    expect(Number(first.headers.get('x-ratelimit-used'))).toBe(20 - cost.throttleStatus.currentlyAvailable);
    // The standard headers (IETF draft 8) carry the budget as the policy "points", beside the
    // per-minute floor's policy when the floor is on.
    const policies = first.headers.get('ratelimit-policy')!.split(', ');
    expect(policies).toContain('"points";q=20;w=3600');
    const state = first.headers
      .get('ratelimit')!
      .split(', ')
      .find((entry) => entry.startsWith('"points";'))!;
    const [, remaining, reset] = /^"points";r=(\d+);t=(\d+)$/.exec(state)!;
    expect(Number(remaining)).toBe(cost.throttleStatus.currentlyAvailable);
    const secondsLeft = (new Date(cost.throttleStatus.resetAt).getTime() - now().getTime()) / 1000;
    expect(Math.abs(Number(reset) - secondsLeft)).toBeLessThanOrEqual(5);
    const rate1 = await p.client.request(RATE);
    const rate2 = await p.client.request(RATE);
    expect(rate1.body.data!.rateLimit).toMatchObject({
      cost: 0,
      limit: 20,
      remaining: cost.throttleStatus.currentlyAvailable,
    });
    expect(rate2.body.data!.rateLimit.used).toBe(rate1.body.data!.rateLimit.used);
    // The same address on the other instance spends the same budget.
    const onB = client(second.baseUrl);
    let refused;
    for (let i = 0; i < 25 && !refused; i++) {
      const answer = await onB.request(PROBE);
      if (answer.status === 429) refused = answer;
    }
    expect(refused).toBeDefined();
    expect(refused!.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    const retryAfter = Number(refused!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const spent = await p.db.query(
      `SELECT sum(spent)::int AS s FROM points_budget WHERE subject LIKE 'ip:%'`,
    );
    expect(spent.rows[0].s).toBeLessThanOrEqual(20);
    expect((await p.client.request(PROBE)).status).toBe(429);
  });

  it('a key has its own budget: 30 concurrent requests over 10 points admit exactly 10', async () => {
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? client(second.baseUrl) : p.client).request(PROBE, undefined, {
          headers: { authorization: `Bearer ${key}` },
        }),
      ),
    );
    const admitted = answers.filter((a) => a.status === 200).length;
    const refusedCount = answers.filter((a) => a.status === 429).length;
    console.log(
      `30 concurrent keyed requests of 1 point over a budget of 10: ${admitted} admitted, ${refusedCount} refused`,
    );
    expect(admitted).toBe(10);
    expect(refusedCount).toBe(20);
    const row = await p.db.query(`SELECT spent FROM points_budget WHERE subject LIKE 'key:%'`);
    expect(row.rows).toEqual([{ spent: 10 }]);
  });

  it('a busy key charged in blocks on two instances never overspends, and loses nothing once idle', async () => {
    // The administrator signed in before the address's budget was spent (beforeAll).
    const [partner] = (await p.db.query(`SELECT id FROM partner WHERE name = 'Ngân sách'`)).rows;
    const budget = 300;
    const issued = await admin.request(
      `mutation($input: ApiKeyIssueInput!) { apiKeyIssue(input: $input) { key apiKey { id } } }`,
      { input: { partnerId: partner.id, name: 'bận', scopes: ['READ'], pointsPerHour: budget } },
    );
    const busyKey = issued.body.data!.apiKeyIssue.key as string;
    const subject = `key:${issued.body.data!.apiKeyIssue.apiKey.id}`;
    const keyed = { headers: { authorization: `Bearer ${busyKey}` } };
    const instances = [p.client, client(second.baseUrl)];
    const burst = async (n: number) =>
      (
        await Promise.all(
          Array.from({ length: n }, (_, i) => instances[i % 2]!.request(PRODUCTS_1, undefined, keyed)),
        )
      ).map((answer) => answer.status);
    // Waves of 40 concurrent requests of 1 point each, on both instances, until refusals come.
    let admitted = 0;
    for (let wave = 0; wave < 20; wave++) {
      const statuses = await burst(40);
      expect(statuses.every((status) => status === 200 || status === 429)).toBe(true);
      admitted += statuses.filter((status) => status === 200).length;
      const [row] = (await p.db.query(`SELECT spent FROM points_budget WHERE subject = $1`, [subject])).rows;
      expect(row.spent).toBeLessThanOrEqual(budget); // the shared row never passes the limit
      if (statuses.includes(429)) break;
    }
    expect(admitted).toBeLessThanOrEqual(budget);
    // What the instances held unused goes back once the key is idle: then it can all be spent.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    for (let round = 0; round < 10 && admitted < budget; round++) {
      const statuses = await burst(Math.min(20, budget - admitted + 5));
      admitted += statuses.filter((status) => status === 200).length;
      if (admitted < budget) await new Promise((resolve) => setTimeout(resolve, 1_500));
    }
    console.log(`a busy key of ${budget} points on two instances: ${admitted} admitted in all`);
    expect(admitted).toBe(budget);
    const [row] = (await p.db.query(`SELECT spent FROM points_budget WHERE subject = $1`, [subject])).rows;
    expect(row.spent).toBe(budget);
  });
});
