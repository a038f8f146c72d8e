// Inquiries under load (issue 13): 1,000 concurrent inquiries from 50 client addresses, then every
// one of them retried with its idempotency key, on a platform of its own with the demo data.
//
//   pnpm build && node test/bench/inquiries-load.mjs [--inquiries=1000] [--addresses=50]
//
// Addresses are sent as X-Forwarded-For, the platform trusting the proxy on loopback
// (TRUST_PROXY=loopback), as the rate-limit tests do. Each inquiry has its own phone and e-mail,
// so the per-address limit (10 an hour) is the one that binds: at most 10 × addresses accepted.
// The retries must answer the first round's token for the accepted ones and create nothing.
//
// Prints: accepted / limited / other answers of each round, rows in the database, duplicates (rows
// sharing a key), lost (accepted answers without a row), retries answered another token, the
// highest count of accepted sends of one address, and the time taken. A program that prints
// figures, not a test.
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import { startBenchPlatform } from './bench-platform.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');

function option(name, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg ? Number(arg.slice(name.length + 3)) : fallback;
}
const INQUIRIES = option('inquiries', 1000);
const ADDRESSES = option('addresses', 50);

const SEND = `mutation LoadSend($input: InquirySendInput!) {
  inquirySend(input: $input) { buyerToken inquiry { reference } userErrors { code } }
}`;

const platform = await startBenchPlatform('inquiries-load', {
  env: { TRUST_PROXY: 'loopback', DATABASE_POOL_SIZE: '20' },
});
const db = new pg.Client({ connectionString: platform.databaseUrl });
try {
  await db.connect();
  const [{ id: productId }] = (
    await db.query(`SELECT id FROM ocop_product WHERE deleted_at IS NULL ORDER BY id LIMIT 1`)
  ).rows;
  const productGid = Buffer.from(`OcopProduct:${productId}`).toString('base64');
  const run = randomUUID().slice(0, 8);
  const requests = Array.from({ length: INQUIRIES }, (_, i) => ({
    address: `10.200.${Math.floor((i % ADDRESSES) / 250)}.${((i % ADDRESSES) % 250) + 1}`,
    input: {
      idempotencyKey: `load-${run}-${i}`,
      productId: productGid,
      subject: `Tải thử ${i}`,
      quantity: 100 + i,
      unit: 'kg',
      message: `Yêu cầu báo giá số ${i} (load test).`,
      buyerName: `Người mua ${i}`,
      phone: `09${String(10_000_000 + i).slice(-8)}`,
      email: `load-${run}-${i}@example.com`,
      preferredChannel: 'PHONE',
      consentToShare: true,
    },
  }));

  const sendOne = async ({ address, input }) => {
    try {
      const response = await fetch(`${platform.baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
        body: JSON.stringify({ query: SEND, variables: { input } }),
      });
      const body = await response.json();
      const payload = body.data?.inquirySend;
      if (!payload)
        return { kind: `http ${response.status} ${body.errors?.[0]?.extensions?.code ?? ''}`.trim() };
      if (payload.userErrors.length === 0) return { kind: 'accepted', token: payload.buyerToken };
      return { kind: payload.userErrors[0].code === 'THROTTLED' ? 'limited' : payload.userErrors[0].code };
    } catch (error) {
      return { kind: `failed ${error.cause?.code ?? error.message}` };
    }
  };
  const tally = (answers) =>
    answers.reduce((counts, a) => ({ ...counts, [a.kind]: (counts[a.kind] ?? 0) + 1 }), {});

  let started = performance.now();
  const first = await Promise.all(requests.map(sendOne));
  const firstMs = performance.now() - started;
  started = performance.now();
  const retries = await Promise.all(requests.map(sendOne));
  const retryMs = performance.now() - started;

  const { rows } = await db.query(
    `SELECT email, count(*)::int AS n FROM inquiry WHERE email LIKE $1 GROUP BY email`,
    [`load-${run}-%`],
  );
  const rowsByEmail = new Map(rows.map((r) => [r.email, r.n]));
  const stored = rows.reduce((n, r) => n + r.n, 0);
  const duplicates = rows.reduce((n, r) => n + (r.n - 1), 0);
  const lost = requests.filter(
    (r, i) => first[i].kind === 'accepted' && !rowsByEmail.has(r.input.email),
  ).length;
  const acceptedWithoutAnswer = requests.filter(
    (r, i) =>
      first[i].kind !== 'accepted' && rowsByEmail.has(r.input.email) && retries[i].kind !== 'accepted',
  ).length;
  const tokenMismatches = requests.filter(
    (_, i) => first[i].kind === 'accepted' && retries[i].token !== first[i].token,
  ).length;
  const newOnRetry = requests.filter(
    (_, i) => first[i].kind !== 'accepted' && retries[i].kind === 'accepted',
  ).length;
  const perAddress = new Map();
  requests.forEach((r, i) => {
    if (first[i].kind === 'accepted') perAddress.set(r.address, (perAddress.get(r.address) ?? 0) + 1);
  });
  const { rows: outbox } = await db.query(`SELECT count(*)::int AS n FROM mail_outbox`);

  const figures = {
    inquiries: INQUIRIES,
    addresses: ADDRESSES,
    firstRound: { ...tally(first), ms: Math.round(firstMs) },
    retries: { ...tally(retries), ms: Math.round(retryMs) },
    rows: stored,
    duplicates,
    lost,
    storedButAnsweredRefused: acceptedWithoutAnswer,
    retryTokenMismatches: tokenMismatches,
    acceptedOnlyOnRetry: newOnRetry,
    maxAcceptedPerAddress: Math.max(0, ...perAddress.values()),
    mailOutboxRows: outbox[0].n,
  };
  console.log(JSON.stringify(figures, null, 2));
  const ok =
    duplicates === 0 &&
    lost === 0 &&
    tokenMismatches === 0 &&
    stored === (figures.firstRound.accepted ?? 0) + newOnRetry &&
    figures.maxAcceptedPerAddress <= 10;
  console.log(ok ? 'verdict: none lost, none duplicated, limits held' : 'verdict: FAILED');
  process.exitCode = ok ? 0 : 1;
} finally {
  await db.end();
  await platform.stop();
}
