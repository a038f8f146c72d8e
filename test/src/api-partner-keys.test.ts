import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@ocop/db';
import { client, type Client } from './client';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';
import { START_SCRIPT, startPlatform, type RunningPlatform } from './platform';

/**
 * Partners and their API keys (server/README.md, "Partners and API keys"): administrators register
 * a partner and issue, list, rotate and revoke keys; `Authorization: Bearer` is checked on every
 * request (401 INVALID_API_KEY); a key revoked on one instance is refused by another within 1 s.
 */
const PARTNER_CREATE = `mutation($input: PartnerCreateInput!) {
  partnerCreate(input: $input) { partner { id name } userErrors { field code } }
}`;
const ISSUE = `mutation($input: ApiKeyIssueInput!) {
  apiKeyIssue(input: $input) { apiKey { id prefix name scopes revokedAt } key userErrors { field code } }
}`;
const REVOKE = `mutation($id: ID!) { apiKeyRevoke(input: { id: $id }) { apiKey { id revokedAt } userErrors { field code } } }`;
const ROTATE = `mutation($id: ID!) {
  apiKeyRotate(input: { id: $id }) { apiKey { id prefix } key revoked { id revokedAt } userErrors { field code } }
}`;
const PARTNERS = `{ partners { id name apiKeys { id prefix name scopes createdAt lastUsedAt revokedAt } } }`;
const PROBE = `{ __typename }`;

const bearer = (key: string) => ({ headers: { authorization: `Bearer ${key}` } });

describe('partners and API keys', () => {
  let p: DemoPlatform;
  let second: RunningPlatform;
  let admin: Client;
  let partnerId: string;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_partner_keys');
    second = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: p.url, SEED_DEMO: 'false' },
      port: await findFreePort(),
    });
    admin = await p.logIn(DEMO.administrator);
  }, 240_000);
  afterAll(async () => {
    await second?.stop();
    await p?.stop();
  });

  it('registers a partner (audited), refuses a duplicate name and anyone but an administrator', async () => {
    const created = await admin.request(PARTNER_CREATE, {
      input: {
        name: 'Sàn Thử Nghiệm',
        contactName: 'Chị Lan',
        contactEmail: 'lan@example.vn',
        contactPhone: '0900',
      },
    });
    expect(created.body.data!.partnerCreate.userErrors).toEqual([]);
    partnerId = created.body.data!.partnerCreate.partner.id as string;
    const again = await admin.request(PARTNER_CREATE, { input: { name: 'sàn thử nghiệm' } });
    expect(again.body.data!.partnerCreate.userErrors).toEqual([
      { field: ['input', 'name'], code: 'DUPLICATE' },
    ]);
    const official = await p.logIn(DEMO.provinceOfficial);
    const refused = await official.request(PARTNER_CREATE, { input: { name: 'Khác' } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const listRefused = await official.request(PARTNERS);
    expect(listRefused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const audit = await p.db.query(
      `SELECT outcome FROM audit_log WHERE action = 'partnerCreate' ORDER BY id`,
    );
    expect(audit.rows.map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'rejected', 'denied']);
  });

  it('issues a key shown once, lists it without the key, rotates and revokes it', async () => {
    const issued = await admin.request(ISSUE, { input: { partnerId, name: 'production', scopes: ['READ'] } });
    const { apiKey, key } = issued.body.data!.apiKeyIssue as {
      apiKey: { id: string; prefix: string };
      key: string;
    };
    expect(key).toMatch(/^ocop_[0-9a-f]{8}_[0-9A-Za-z]{40}$/);
    expect(key.split('_')[1]).toBe(apiKey.prefix);
    const stored = await p.db.query(`SELECT key_hash FROM api_key WHERE id = $1`, [apiKey.id]);
    expect(stored.rows[0].key_hash).toHaveLength(64);
    expect(stored.rows[0].key_hash).not.toContain(key.split('_')[2]);

    const ok = await p.client.request(PROBE, undefined, bearer(key));
    expect(ok.status).toBe(200);
    const listed = await admin.request(PARTNERS);
    expect(JSON.stringify(listed.body)).not.toContain(key);
    const mine = (
      listed.body.data!.partners as { id: string; apiKeys: { id: string; lastUsedAt: string | null }[] }[]
    ).find((x) => x.id === partnerId)!;
    expect(mine.apiKeys.map((k) => k.id)).toEqual([apiKey.id]);
    expect(mine.apiKeys[0]!.lastUsedAt).not.toBeNull();

    // A write with a key (keys make no change but their webhooks): refused, and the audit names the key.
    const write = await p.client.request(PARTNER_CREATE, { input: { name: 'Qua khoá' } }, bearer(key));
    expect(write.status).toBe(403);
    expect(write.body.errors?.[0]?.extensions?.code).toBe('INSUFFICIENT_SCOPE');
    const named = await p.db.query(
      `SELECT actor_api_key_id, outcome FROM audit_log WHERE action = 'partnerCreate' AND actor_api_key_id IS NOT NULL`,
    );
    expect(named.rows).toEqual([{ actor_api_key_id: apiKey.id, outcome: 'denied' }]);

    const rotated = await admin.request(ROTATE, { id: apiKey.id });
    const r = rotated.body.data!.apiKeyRotate;
    expect(r.userErrors).toEqual([]);
    expect(r.revoked.revokedAt).not.toBeNull();
    expect(r.key).not.toBe(key);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await p.client.request(PROBE, undefined, bearer(key))).status).toBe(401);
    expect((await p.client.request(PROBE, undefined, bearer(r.key as string))).status).toBe(200);
    const twice = await admin.request(REVOKE, { id: apiKey.id });
    expect(twice.body.data!.apiKeyRevoke.userErrors).toEqual([{ field: ['input', 'id'], code: 'CONFLICT' }]);
  });

  it('answers 401 INVALID_API_KEY with WWW-Authenticate to malformed and unknown keys', async () => {
    for (const key of ['nonsense', 'ocop_zzzzzzzz_short', `ocop_0123abcd_${'A'.repeat(40)}`]) {
      const answer = await p.client.request(PROBE, undefined, bearer(key));
      expect(answer.status).toBe(401);
      expect(answer.headers.get('www-authenticate')).toBe('Bearer');
      expect(answer.body.errors?.[0]?.extensions?.code).toBe('INVALID_API_KEY');
    }
  });

  it('a key revoked on one instance is refused by another within 1 s', async () => {
    const issued = await admin.request(ISSUE, {
      input: { partnerId, name: 'hai máy', scopes: ['READ', 'SYNC'] },
    });
    const { apiKey, key } = issued.body.data!.apiKeyIssue as { apiKey: { id: string }; key: string };
    const onB = client(second.baseUrl);
    expect((await onB.request(PROBE, undefined, bearer(key))).status).toBe(200);
    const revoked = await admin.request(REVOKE, { id: apiKey.id });
    expect(revoked.body.data!.apiKeyRevoke.userErrors).toEqual([]);
    const started = performance.now();
    let status = 200;
    while (status !== 401 && performance.now() - started < 3_000)
      status = (await onB.request(PROBE, undefined, bearer(key))).status;
    const ms = Math.round(performance.now() - started);
    console.log(`revoked on A, refused by B after ${ms} ms`);
    expect(status).toBe(401);
    expect(ms).toBeLessThan(1_000);
  });

  it('thousands of distinct forged keys and odd headers are refused, and a real key is served alongside', async () => {
    const issued = await admin.request(ISSUE, {
      input: { partnerId, name: 'dưới tấn công', scopes: ['READ'] },
    });
    const { key } = issued.body.data!.apiKeyIssue as { key: string };
    const forged = (n: number) =>
      `ocop_${n.toString(16).padStart(8, '0')}_${'x'.repeat(30)}${n.toString(36).padStart(10, '0')}`;
    const odd = [
      `Bearer ${'A'.repeat(12_000)}`,
      'Bearer ocop_\u00ff\u00fe\t_key',
      `Bearer ${key} ${key}`,
      'Basic b2NvcDpvY29w',
      'Bearer',
    ];
    const statuses = new Map<number, number>();
    const served: number[] = [];
    const started = performance.now();
    for (let wave = 0; wave < 30; wave += 1) {
      const forgedWave = Array.from({ length: 100 }, (_, i) =>
        p.client.request(PROBE, undefined, bearer(forged(wave * 100 + i))),
      );
      const oddWave = odd.map((value) =>
        p.client.request(PROBE, undefined, { headers: { authorization: value } }),
      );
      const real = p.client.request(PROBE, undefined, bearer(key));
      for (const answer of await Promise.all([...forgedWave, ...oddWave]))
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      served.push((await real).status);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `3,000 forged keys + 150 odd headers in ${seconds.toFixed(1)} s: statuses ${JSON.stringify([...statuses])}`,
    );
    expect([...statuses.keys()]).toEqual([401]);
    expect(statuses.get(401)).toBe(30 * (100 + odd.length));
    expect(served).toEqual(Array.from({ length: 30 }, () => 200));
    // Still served once the storm has passed.
    const after = await p.client.request(`{ ocopProducts(first: 1) { totalCount } }`, undefined, bearer(key));
    expect(after.status).toBe(200);
    expect(after.body.data!.ocopProducts.totalCount).toBeGreaterThan(0);
  });
});
