/**
 * A partner's integration, written from the developers' documentation alone (README.md
 * "Partners", the developers' page, schema/schema.graphql): plain `fetch`, `node:http` and
 * `node:crypto`, nothing of the platform's own code or its generated types. What a marketplace's
 * developer would write to list a province's OCOP products, check certificates, stay in sync
 * through the change feed and webhooks, and take the open data away. test/src/partner-journey.test.ts
 * runs it against a started platform.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data: T | null;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  extensions: Record<string, unknown> | undefined;
}

/** The API at `base` (the platform's origin), with the partner's key when given. */
export function partnerApi(base: string, key?: string) {
  async function query<T = Record<string, unknown>>(
    text: string,
    variables: Record<string, unknown> = {},
  ): Promise<Answer<T>> {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(key ? { authorization: `Bearer ${key}` } : {}),
      },
      body: JSON.stringify({ query: text, variables }),
    });
    const body = (await response.json()) as {
      data?: T | null;
      errors?: Answer['errors'];
      extensions?: Record<string, unknown>;
    };
    return {
      status: response.status,
      headers: response.headers,
      data: body.data ?? null,
      errors: body.errors,
      extensions: body.extensions,
    };
  }
  return { base, query };
}
export type PartnerApi = ReturnType<typeof partnerApi>;

/** Fails with what the API said, for a script to stop on. */
function ok<T>(answer: Answer<T>, what: string): T {
  if (answer.status !== 200 || answer.errors || !answer.data) {
    throw new Error(`${what}: HTTP ${answer.status} ${JSON.stringify(answer.errors ?? answer.data)}`);
  }
  return answer.data;
}

export interface CatalogueProduct {
  id: string;
  name: string;
  stars: number | null;
  updatedAt: string;
  producer: { id: string; name: string };
  currentCertificate: { certificateNumber: string; status: string; expiresOn: string } | null;
}

const CATALOGUE = `query PartnerCatalogue($after: String, $province: String!) {
  ocopProducts(first: 100, after: $after, filter: { provinceCode: $province }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id name stars updatedAt
      producer { id name }
      currentCertificate { certificateNumber status expiresOn }
    }
  }
}`;

/** Every product of a province, page after page by cursor. */
export async function provinceCatalogue(api: PartnerApi, province: string) {
  const products: CatalogueProduct[] = [];
  let after: string | null = null;
  let requests = 0;
  let points = 0;
  let remaining: number | null;
  for (;;) {
    type Page = {
      ocopProducts: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        nodes: CatalogueProduct[];
      };
    };
    const answer = await api.query<Page>(CATALOGUE, { after, province });
    const page: Page = ok(answer, 'catalogue page');
    requests += 1;
    // What the page cost and what is left of the hour's budget (README, "Partners: keys and limits").
    const cost = answer.extensions?.cost as { requestedQueryCost?: number } | undefined;
    points += cost?.requestedQueryCost ?? 0;
    remaining = Number(answer.headers.get('x-ratelimit-remaining'));
    products.push(...page.ocopProducts.nodes);
    if (!page.ocopProducts.pageInfo.hasNextPage)
      return { products, totalCount: page.ocopProducts.totalCount, requests, points, remaining };
    after = page.ocopProducts.pageInfo.endCursor;
  }
}

export interface CertificateCheck {
  number: string;
  problem: string | null;
  verification: {
    genuine: boolean;
    status: string | null;
    message: string;
    certificate: { certificateNumber: string } | null;
    product: { id: string; name: string } | null;
  } | null;
}

const VERIFY_MANY = `query PartnerVerifyCertificates($numbers: [String!]!) {
  verifyOcopCertificates(numbers: $numbers) {
    number
    problem
    verification {
      genuine status message
      certificate { certificateNumber }
      product { id name }
    }
  }
}`;

/**
 * The certificate numbers of a shop's products, checked 100 per request (the documented
 * maximum): one answer per number, in order; a malformed number is its own `problem`.
 */
export async function verifyCertificates(api: PartnerApi, numbers: string[]) {
  const checks: CertificateCheck[] = [];
  let requests = 0;
  let points = 0;
  for (let start = 0; start < numbers.length; start += 100) {
    type Checks = { verifyOcopCertificates: CertificateCheck[] };
    const answer = await api.query<Checks>(VERIFY_MANY, { numbers: numbers.slice(start, start + 100) });
    checks.push(...ok(answer, 'certificate check').verifyOcopCertificates);
    requests += 1;
    const cost = answer.extensions?.cost as { requestedQueryCost?: number } | undefined;
    points += cost?.requestedQueryCost ?? 0;
  }
  return { checks, requests, points };
}

export interface FeedChange {
  cursor: string;
  kind: string;
  type: string;
  nodeId: string;
  reason: string | null;
  occurredAt: string;
}

const CHANGES = `query PartnerChanges($after: String, $types: [ChangeType!]) {
  changes(after: $after, first: 100, types: $types) {
    nodes { cursor kind type nodeId reason occurredAt }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** One poll of the change feed: every change after `after`, and where to continue. */
export async function pollChanges(api: PartnerApi, after: string | null, types?: string[]) {
  const changes: FeedChange[] = [];
  let cursor = after;
  for (;;) {
    type Page = {
      changes: { nodes: FeedChange[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    };
    const page: Page = ok(await api.query<Page>(CHANGES, { after: cursor, types }), 'change feed');
    changes.push(...page.changes.nodes);
    cursor = page.changes.pageInfo.endCursor ?? cursor;
    if (!page.changes.pageInfo.hasNextPage) return { changes, cursor };
  }
}

export interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
  /** Whether the signature and the timestamp check out (the documented verification). */
  genuine: boolean;
}

/**
 * The documented verification of a webhook delivery: HMAC-SHA256 with the endpoint's secret over
 * "<timestamp>.<body>", compared in constant time, and a timestamp at most 5 minutes old.
 */
export function verifyDelivery(
  secret: string,
  headers: IncomingHttpHeaders,
  body: string,
  nowSeconds: number,
) {
  const timestamp = Number(headers['x-ocop-webhook-timestamp']);
  if (!Number.isInteger(timestamp) || Math.abs(nowSeconds - timestamp) > 300) return false;
  const expected = Buffer.from(
    `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  );
  const given = Buffer.from(String(headers['x-ocop-webhook-signature'] ?? ''));
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Registers the partner's own endpoint with its key (scope `webhooks`; README, "Webhooks"): the
 * signing secret comes once, in this answer.
 */
export async function registerWebhook(api: PartnerApi, url: string, events: string[]) {
  const answer = await api.query<{
    webhookEndpointCreate: {
      endpoint: { id: string; partnerId: string } | null;
      secret: string | null;
      userErrors: { field: string[]; code: string; message: string }[];
    };
  }>(
    `mutation RegisterWebhook($input: WebhookEndpointCreateInput!) {
      webhookEndpointCreate(input: $input) { endpoint { id partnerId } secret userErrors { field code message } }
    }`,
    { input: { url, events } },
  );
  const payload = ok(answer, 'webhookEndpointCreate').webhookEndpointCreate;
  if (payload.userErrors.length > 0 || !payload.endpoint || !payload.secret)
    throw new Error(`webhookEndpointCreate: ${JSON.stringify(payload.userErrors)}`);
  return { endpoint: payload.endpoint, secret: payload.secret };
}

/** A receiving server for webhooks on 127.0.0.1; `secret` is set once the endpoint is registered. */
export async function webhookReceiver() {
  const deliveries: Delivery[] = [];
  const state = { secret: '' };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const genuine = verifyDelivery(state.secret, request.headers, body, Math.floor(Date.now() / 1000));
      deliveries.push({ headers: request.headers, body, genuine });
      response.statusCode = genuine ? 204 : 401;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/ocop-webhook`,
    deliveries,
    setSecret(secret: string) {
      state.secret = secret;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const OPEN_DATA = `query PartnerOpenData($province: String!) {
  openData {
    generatedAt
    licence { name url }
    files(provinceCode: $province) { name dataset format gzip rows bytes sha256 url }
  }
}`;

/** The open-data files of a province, each downloaded and split into rows (CSV and JSON Lines). */
export async function downloadProvince(api: PartnerApi, province: string) {
  type Manifest = {
    openData: {
      generatedAt: string | null;
      licence: { name: string; url: string };
      files: {
        name: string;
        dataset: string;
        format: string;
        gzip: boolean;
        rows: number;
        bytes: number;
        sha256: string;
        url: string;
      }[];
    };
  };
  // `generatedAt` is null until the first generation after a start has finished (the schema says
  // so): a partner's script waits for it rather than reading an empty list as "no files".
  let manifest = ok(await api.query<Manifest>(OPEN_DATA, { province }), 'open-data manifest').openData;
  for (let tries = 0; manifest.generatedAt === null && tries < 120; tries += 1) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    manifest = ok(await api.query<Manifest>(OPEN_DATA, { province }), 'open-data manifest').openData;
  }
  const files = [];
  for (const file of manifest.files.filter((f) => !f.gzip)) {
    const response = await fetch(new URL(file.url, api.base));
    // The bytes as served: the manifest's SHA-256 is over them (`text()` would drop the CSV's BOM).
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .split('\n')
      .filter((line) => line.length > 0);
    // JSON Lines: one object per line. CSV: a header line, then the rows (quoted newlines aside,
    // which the datasets' columns do not hold in the demo; a real client uses a CSV library).
    const rows =
      file.format === 'JSONL'
        ? lines.map((line) => JSON.parse(line) as Record<string, unknown>)
        : lines.slice(1);
    files.push({
      ...file,
      status: response.status,
      etag: response.headers.get('etag'),
      bytes,
      text,
      records: rows,
    });
  }
  return { licence: manifest.licence, files };
}
