import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { today } from '@ocop/db';
import { globalId, type Client } from './client';
import { DEMO } from './demo-accounts';
import { findFixtures, startDemoPlatform, type DemoPlatform, type Fixtures } from './demo-platform';
import {
  downloadProvince,
  partnerApi,
  pollChanges,
  provinceCatalogue,
  verifyCertificates,
  registerWebhook,
  webhookReceiver,
  type FeedChange,
  type PartnerApi,
} from './partner/partner-client';

/**
 * Issue 14's partner journey, end to end against a started platform: the administrator registers
 * a partner and issues its key; the partner's own script (partner/partner-client.ts, written
 * from the documentation alone) pages the catalogue of a province, checks 100 certificate numbers
 * in one request (its shop's labels: valid, expired, revoked, unknown and mistyped), follows the change feed while
 * producer editors write concurrently (changes seen = changes made), registers its webhook endpoint
 * with its key and receives a signed delivery
 * when an official revokes a certificate, and downloads the province's open data.
 */
const PROVINCE = '11'; // Điện Biên, the demo's province

const PARTNER_CREATE = `mutation JourneyPartnerCreate($input: PartnerCreateInput!) {
  partnerCreate(input: $input) { partner { id name } userErrors { field code message } }
}`;
const KEY_ISSUE = `mutation JourneyKeyIssue($input: ApiKeyIssueInput!) {
  apiKeyIssue(input: $input) { key apiKey { id prefix scopes } userErrors { field code message } }
}`;
const UPDATE_LISTING = `mutation JourneyListingUpdate($input: ProductListingUpdateInput!) {
  productListingUpdate(input: $input) { listing { id version } userErrors { code currentVersion } }
}`;
const REVOKE = `mutation JourneyRevoke($input: OcopCertificateRevokeInput!) {
  ocopCertificateRevoke(input: $input) { certificate { id status } userErrors { code message } }
}`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a partner's integration, from the docs alone", () => {
  let p: DemoPlatform;
  let f: Fixtures;
  let admin: Client;
  let partner: PartnerApi;
  let partnerId: string;
  let catalogueIds: string[] = [];
  let catalogueCertificates: { number: string; productId: string }[] = [];

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_partner_journey', { WEBHOOK_ALLOW_INSECURE_LOCAL: 'true' });
    f = await findFixtures(p.db);
    admin = await p.logIn(DEMO.administrator);
  });
  afterAll(async () => {
    await p?.stop();
  });

  it('the administrator registers the partner and issues its key, shown once', async () => {
    const created = await admin.request(PARTNER_CREATE, {
      input: { name: 'Sàn TMĐT Thử', contactEmail: 'api@san-thu.example' },
    });
    expect(created.body.data!.partnerCreate.userErrors).toEqual([]);
    partnerId = created.body.data!.partnerCreate.partner.id as string;
    const issued = await admin.request(KEY_ISSUE, {
      input: { partnerId, name: 'đồng bộ danh mục', scopes: ['READ', 'SYNC', 'WEBHOOKS'] },
    });
    expect(issued.body.data!.apiKeyIssue.userErrors).toEqual([]);
    const key = issued.body.data!.apiKeyIssue.key as string;
    expect(key).toContain(issued.body.data!.apiKeyIssue.apiKey.prefix as string); // recognisable in lists
    partner = partnerApi(p.baseUrl, key);
    // A key that is not the partner's is refused outright, not read as the public.
    const wrong = await partnerApi(p.baseUrl, `${key.slice(0, -4)}xxxx`).query('{ __typename }');
    expect([wrong.status, wrong.errors?.[0]?.extensions?.code]).toEqual([401, 'INVALID_API_KEY']);
  });

  it('pages the catalogue of a province by cursor, each product once, with its cost reported', async () => {
    const { products, totalCount, requests, points, remaining } = await provinceCatalogue(partner, PROVINCE);
    expect(points).toBeGreaterThanOrEqual(requests);
    const budget = await partner.query<{ rateLimit: { limit: number; remaining: number; used: number } }>(
      '{ rateLimit { limit remaining used } }',
    );
    expect(budget.data!.rateLimit.used).toBe(points); // the rateLimit field itself costs nothing
    expect(budget.data!.rateLimit.remaining).toBe(remaining);
    expect(budget.data!.rateLimit.limit - budget.data!.rateLimit.used).toBe(remaining);
    expect(totalCount).toBeGreaterThan(0);
    expect(products).toHaveLength(totalCount);
    expect(new Set(products.map((product) => product.id)).size).toBe(totalCount);
    expect(requests).toBe(Math.ceil(totalCount / 100));
    // The catalogue's default: products whose certificate is valid on the platform's day.
    expect(products.every((product) => product.currentCertificate?.status === 'VALID')).toBe(true);
    expect(products.every((product) => product.currentCertificate!.expiresOn >= today())).toBe(true);
    catalogueIds = products.map((product) => product.id);
    catalogueCertificates = products.map((product) => ({
      number: product.currentCertificate!.certificateNumber,
      productId: product.id,
    }));
  });

  it('checks 100 certificate numbers in one request: one answer each, in order, a mistyped one its own', async () => {
    // What the shop's labels say: the catalogue's numbers, and some it should not trust.
    const { rows } = await p.db.query<{ certificate_number: string; status: string | null }>(
      `SELECT certificate_number,
              ocop_certificate_status(decision_date, expires_on, revoked_on, superseded_on, $1::date) AS status
       FROM ocop_certificate ORDER BY certificate_number`,
      [today()],
    );
    const statusOf = new Map(rows.map((row) => [row.certificate_number, row.status]));
    const spelledAs = new Map(
      rows.map((row) => [row.certificate_number.toLowerCase(), row.certificate_number]),
    );
    const untrusted = ['expired', 'revoked'].map((status) => rows.find((row) => row.status === status));
    expect(untrusted.every(Boolean)).toBe(true);
    const unknown = 'OCOP-99-1999-9999';
    expect(statusOf.has(unknown)).toBe(false);
    const asked = [
      ...untrusted.map((row) => row!.certificate_number.toLowerCase()), // typed from a label
      unknown,
      '---', // a mistyped label
    ];
    const catalogueNumbers = catalogueCertificates.map((certificate) => certificate.number);
    for (const number of [...catalogueNumbers, ...rows.map((row) => row.certificate_number)])
      if (asked.length < 100 && !asked.includes(number)) asked.push(number);
    expect(asked).toHaveLength(100);

    const { checks, requests, points } = await verifyCertificates(partner, asked);
    expect(requests).toBe(1);
    // Costed by its length (README: 1 + estimated objects / 100): 100 × (entry, verification,
    // certificate, product).
    expect(points).toBe(1 + Math.floor((100 * 4) / 100));
    expect(checks.map((check) => check.number)).toEqual(asked);
    for (const check of checks) {
      if (check.number === '---') {
        expect(check).toMatchObject({ problem: 'NO_LETTERS_OR_DIGITS', verification: null });
        continue;
      }
      const stored = spelledAs.get(check.number.toLowerCase());
      expect(check.problem, check.number).toBeNull();
      expect(check.verification!.genuine, check.number).toBe(stored !== undefined);
      expect(check.verification!.status, check.number).toBe(
        stored ? (statusOf.get(stored)?.toUpperCase() ?? null) : null,
      );
      expect(check.verification!.certificate?.certificateNumber ?? null, check.number).toBe(stored ?? null);
      const listed = catalogueCertificates.find((certificate) => certificate.number === check.number);
      if (listed) expect(check.verification!.product?.id, check.number).toBe(listed.productId);
    }
  });

  it('follows the change feed while editors write concurrently: every change seen once', async () => {
    const editors = [await p.logIn(DEMO.producerEditor), await p.logIn(DEMO.producerEditor)];
    const { rows: listings } = await p.db.query<{ id: string; version: number }>(
      `SELECT l.id, l.version FROM product_listing l JOIN ocop_product o ON o.id = l.product_id
       WHERE o.producer_id = $1 AND o.deleted_at IS NULL ORDER BY l.id LIMIT 4`,
      [f.sengCuProducerId],
    );
    expect(listings.length).toBeGreaterThanOrEqual(2);
    let { cursor } = await pollChanges(partner, null, ['LISTING']);

    // Writers: each keeps its listing's price moving for 3 s, as fast as answers come; the poller
    // follows the feed meanwhile, every 100 ms.
    const applied = new Map<string, number>();
    let writing = true;
    const writers = listings.map(async (listing, n) => {
      let version = listing.version;
      let price = 50_000 + n * 1_000;
      const editor = editors[n % editors.length]!;
      const until = Date.now() + 3_000;
      while (Date.now() < until) {
        price += 100;
        const answer = await editor.request(UPDATE_LISTING, {
          input: { id: globalId('ProductListing', listing.id), version, priceVnd: price },
        });
        const payload = answer.body.data!.productListingUpdate as {
          listing: { version: number } | null;
          userErrors: { code: string; currentVersion: number | null }[];
        };
        if (payload.listing) {
          version = payload.listing.version;
          applied.set(listing.id, (applied.get(listing.id) ?? 0) + 1);
        } else {
          version = payload.userErrors[0]!.currentVersion ?? version;
        }
      }
    });
    const seen: FeedChange[] = [];
    const poller = (async () => {
      while (writing) {
        const page = await pollChanges(partner, cursor, ['LISTING']);
        seen.push(...page.changes);
        cursor = page.cursor;
        await sleep(100);
      }
    })();
    await Promise.all(writers);
    const made = [...applied.values()].reduce((a, b) => a + b, 0);
    // The last writes show once their transactions (and the platform's own) have ended.
    const deadline = Date.now() + 10_000;
    while (seen.length < made && Date.now() < deadline) await sleep(100);
    writing = false;
    await poller;
    const tail = await pollChanges(partner, cursor, ['LISTING']);
    seen.push(...tail.changes);

    const ids = new Set(listings.map((listing) => globalId('ProductListing', listing.id)));
    const ours = seen.filter((change) => ids.has(change.nodeId));
    console.log(
      `partner feed: ${made} listing updates applied by ${listings.length} writers, ${ours.length} seen`,
    );
    expect(made).toBeGreaterThan(0);
    expect(new Set(seen.map((change) => change.cursor)).size).toBe(seen.length); // none twice
    expect(ours).toHaveLength(made); // none missed
    for (const listing of listings) {
      const id = globalId('ProductListing', listing.id);
      expect(ours.filter((change) => change.nodeId === id)).toHaveLength(applied.get(listing.id) ?? 0);
    }
  }, 60_000);

  it('receives a signed webhook when an official revokes a certificate', async () => {
    const receiver = await webhookReceiver();
    try {
      // The partner registers its own endpoint, with its key.
      const registered = await registerWebhook(partner, receiver.url, ['CERTIFICATE_REVOKED']);
      expect(registered.endpoint.partnerId).toBe(partnerId);
      receiver.setSecret(registered.secret);

      const official = await p.logIn(DEMO.provinceOfficial);
      const { rows } = await p.db.query<{ id: string; version: number; certificate_number: string }>(
        `SELECT c.id, c.version, c.certificate_number FROM ocop_certificate c
         JOIN ocop_product o ON o.current_certificate_id = c.id
         WHERE c.revoked_on IS NULL AND c.decision_date <= $1::date AND c.expires_on > $1::date
         ORDER BY c.certificate_number LIMIT 1`,
        [today()],
      );
      const certificate = rows[0]!;
      const revoked = await official.request(REVOKE, {
        input: {
          id: globalId('OcopCertificate', certificate.id),
          version: certificate.version,
          revokedOn: today(),
          reason: 'Kiểm tra sau công nhận: không đạt',
        },
      });
      expect(revoked.body.data!.ocopCertificateRevoke).toMatchObject({
        certificate: { status: 'REVOKED' },
        userErrors: [],
      });
      const deadline = Date.now() + 30_000;
      while (receiver.deliveries.length === 0 && Date.now() < deadline) await sleep(200);
      const [delivery] = receiver.deliveries;
      expect(delivery?.genuine).toBe(true);
      const event = JSON.parse(delivery!.body) as { type: string; object: { certificateNumber: string } };
      expect(event.type).toBe('certificate.revoked');
      expect(event.object.certificateNumber).toBe(certificate.certificate_number);
      // A forged delivery (another secret) does not check out.
      receiver.setSecret('whsec_not-the-secret');
      const forged = await fetch(receiver.url, {
        method: 'POST',
        headers: delivery!.headers as Record<string, string>,
        body: delivery!.body,
      });
      expect(forged.status).toBe(401);
    } finally {
      await receiver.close();
    }
  }, 60_000);

  it("downloads the province's open data: every file as its manifest says, the catalogue in it", async () => {
    const { licence, files } = await downloadProvince(partner, PROVINCE);
    expect(licence.name).toBeTruthy();
    expect(files.map((file) => `${file.dataset}.${file.format}`).sort()).toEqual(
      expect.arrayContaining(['products.CSV', 'products.JSONL', 'producers.CSV', 'certificates.JSONL']),
    );
    for (const file of files) {
      expect(file.status).toBe(200);
      expect(file.records).toHaveLength(file.rows); // the manifest's count
      expect(createHash('sha256').update(file.bytes).digest('hex')).toBe(file.sha256);
    }
    const products = files.find((file) => file.dataset === 'products' && file.format === 'JSONL')!;
    const productIds = new Set((products.records as Record<string, unknown>[]).map((row) => row.product_id));
    expect(catalogueIds.length).toBeGreaterThan(0);
    expect(catalogueIds.filter((id) => !productIds.has(id))).toEqual([]);
  });
});
