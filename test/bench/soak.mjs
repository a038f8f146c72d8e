// Soak under abuse (issue 11, "Stays up under abuse"): ordinary catalogue and certificate traffic
// alone (baseline), then the same traffic beside abusive clients, on one platform.
//
//   pnpm bench:soak                                   2 min baseline, then 10 min of abuse
//   node test/bench/soak.mjs --baseline=20 --abuse=40 a short run (the build must be current)
//
// Options (argv `--name=value` or the environment):
//   --baseline  SOAK_BASELINE_S           seconds of ordinary traffic alone (120)
//   --abuse     SOAK_ABUSE_S              seconds of ordinary traffic beside the abuse (600)
//   --warmup    SOAK_WARMUP_S             seconds into the abuse whose RSS is the reference (min(60, abuse/5))
//   --rps       SOAK_ORDINARY_RPS         ordinary requests per second, paced (40)
//   --clients   SOAK_ORDINARY_CLIENTS     ordinary clients sharing that rate (4)
//   --concurrency SOAK_ABUSE_CONCURRENCY  abusive clients of each kind, each as fast as it can (2)
//   --attackers SOAK_ATTACKER_ADDRESSES   client addresses the abusive clients share (2); each
//                                         ordinary client has one of its own (X-Forwarded-For,
//                                         the platform trusting the proxy on loopback)
//   --kinds     SOAK_KINDS                only these abusive kinds, by the start of their names,
//                                         comma-separated ("login,heavy"): to find which one hurts
//   RATE_LIMIT_PER_MINUTE                 the platform's budget per address (its default, 1200)
//
// Abusive kinds: distinct query texts (90 kB of comment → 400; 18 kB of comment tokens, half of
// them registered as persisted queries), exponential fragment trees (F0..F21, each spreading the
// one below twice), bursts of 20 wrong-password logins for one demo account, heavy lists (nested
// unit lineages, pages of 100, `first: 1000`), NUL bytes in arguments, persisted-query mistakes,
// photo uploads that are too big, undecodable or mislabelled (a 7000×7000 PNG among them) by a
// logged-in producer editor, and refused anonymous writes (GraphQL and upload) carrying a 4 kB
// Origin header.
//
// Every 10 s it prints the server's RSS, the ordinary requests' p50/p99 of the interval, answers
// by status for ordinary and abusive traffic, and the audit_log row count; then a summary and a
// verdict per criterion. Exit code 0 only when every verdict passes: no 5xx, the server up all
// the time (GET /livez every second), abuse p99 ≤ 3 × baseline p99, RSS at the end ≤ 1.5 × RSS
// at the end of the warm-up. It is a program that prints figures, not a test.
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { AsyncLocalStorage } from 'node:async_hooks';
import { startBenchPlatform } from './bench-platform.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const sharp = require('sharp');
const { DEMO_ACCOUNTS, DEMO_PASSWORD } = require('@ocop/db');

function option(name, envName, fallback) {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = arg ? arg.slice(name.length + 3) : process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0)
    throw new Error(`--${name} / ${envName}: a positive number, not ${raw}`);
  return value;
}

const BASELINE_S = option('baseline', 'SOAK_BASELINE_S', 120);
const ABUSE_S = option('abuse', 'SOAK_ABUSE_S', 600);
const WARMUP_S = option('warmup', 'SOAK_WARMUP_S', Math.min(60, ABUSE_S / 5));
const ORDINARY_RPS = option('rps', 'SOAK_ORDINARY_RPS', 40);
const ORDINARY_CLIENTS = option('clients', 'SOAK_ORDINARY_CLIENTS', 4);
const ABUSE_CONCURRENCY = option('concurrency', 'SOAK_ABUSE_CONCURRENCY', 2);
const ATTACKER_ADDRESSES = option('attackers', 'SOAK_ATTACKER_ADDRESSES', 2);
/** The platform's request budget per address (RATE_LIMIT_PER_MINUTE; its default unless given). */
const RATE_LIMIT = process.env.RATE_LIMIT_PER_MINUTE ?? '1200';
const REPORT_EVERY_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;
const LIVEZ_TIMEOUT_MS = 2_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

// ---------------------------------------------------------------------------------------------
// Measures.

/** Answers counted by status ("200", "400", "ECONNRESET", "timeout"…), and latencies. */
class Tally {
  constructor() {
    this.byStatus = new Map();
    this.latencies = [];
  }
  add(status, ms) {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
    if (ms !== undefined) this.latencies.push(ms);
  }
  get count() {
    let n = 0;
    for (const c of this.byStatus.values()) n += c;
    return n;
  }
  count5xx() {
    let n = 0;
    for (const [status, c] of this.byStatus) if (/^5\d\d/.test(status)) n += c;
    return n;
  }
  connectionErrors() {
    let n = 0;
    for (const [status, c] of this.byStatus) if (!/^\d{3}/.test(status)) n += c;
    return n;
  }
  statuses() {
    return [...this.byStatus]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([s, c]) => `${s}:${c}`)
      .join(' ');
  }
}

function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const ms = (v) => (Number.isNaN(v) ? '—' : v < 10 ? v.toFixed(1) : v.toFixed(0));

function rssMb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+) kB/m.exec(status)[1]) / 1024;
  } catch {
    return NaN; // the process is gone
  }
}

// ---------------------------------------------------------------------------------------------
// Requests.

/**
 * The client address a loop's requests come from (X-Forwarded-For; the platform believes the proxy
 * on loopback): each ordinary client has its own, the abusive ones share ATTACKER_ADDRESSES.
 */
const source = new AsyncLocalStorage();

/** One HTTP request; the status as text, or the error's code when no answer came. */
async function send(url, init, check, timeoutMs = REQUEST_TIMEOUT_MS) {
  const started = performance.now();
  const from = source.getStore();
  const headers = from ? { ...init.headers, 'x-forwarded-for': from } : init.headers;
  try {
    const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let status = String(response.status);
    if (check && response.status === 200 && !check(text)) status = '200-errors';
    return { status, ms: performance.now() - started, text, response };
  } catch (error) {
    const code = error?.name === 'TimeoutError' ? 'timeout' : (error?.cause?.code ?? error?.name ?? 'error');
    return { status: String(code), ms: performance.now() - started };
  }
}

const json = (body, headers = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const noErrors = (text) => {
  try {
    return !JSON.parse(text).errors;
  } catch {
    return false;
  }
};

async function graphql(baseUrl, query, variables, headers) {
  const { status, text } = await send(`${baseUrl}/graphql`, json({ query, variables }, headers));
  const body = JSON.parse(text);
  if (status !== '200' || body.errors)
    throw new Error(`${query.slice(0, 60)}…: ${status} ${text.slice(0, 300)}`);
  return body.data;
}

// ---------------------------------------------------------------------------------------------
// Ordinary traffic: the portal's catalogue, a search, a product, a certificate check.

const CATALOGUE = `query Catalogue($first: Int!) { ocopProducts(first: $first) { totalCount pageInfo { hasNextPage endCursor }
  nodes { id name stars producer { id name type } originCommune { name parent { name } }
          currentCertificate { certificateNumber stars decisionDate expiresOn status } } } }`;
const SEARCH = `query Search($q: String!) { ocopProducts(first: 24, filter: { search: $q }) { nodes { id name stars producer { name } } } }`;
const PRODUCT = `query Product($id: ID!) { node(id: $id) { ... on OcopProduct { id name stars producer { name } currentCertificate { certificateNumber status } } } }`;
const VERIFY = `query Verify($n: String!) { verifyOcopCertificate(number: $n) { genuine status message } }`;

async function ordinaryRequests(baseUrl) {
  const data = await graphql(baseUrl, CATALOGUE, { first: 24 });
  const nodes = data.ocopProducts.nodes;
  const numbers = nodes.map((n) => n.currentCertificate?.certificateNumber).filter(Boolean);
  if (numbers.length === 0) throw new Error('no certificate number in the demo catalogue');
  return [
    { query: CATALOGUE, variables: { first: 24 } },
    { query: SEARCH, variables: { q: 'gao seng cu' } },
    ...nodes.slice(0, 4).map((n) => ({ query: PRODUCT, variables: { id: n.id } })),
    ...numbers.slice(0, 4).map((n) => ({ query: VERIFY, variables: { n } })),
    { query: VERIFY, variables: { n: 'OCOP-11-2025-9999' } },
  ];
}

// ---------------------------------------------------------------------------------------------
// Abusive traffic: each kind makes one request (or one burst) from a counter.

function fragmentTree(i, depth = 21) {
  const fragments = [`fragment F0 on Query { __typename today }`];
  for (let d = 1; d <= depth; d += 1) fragments.push(`fragment F${d} on Query { ...F${d - 1} ...F${d - 1} }`);
  return `# tree ${i}\nquery { ...F${depth} }\n${fragments.join('\n')}`;
}

const NUL_QUERIES = [
  { query: '{ criteriaSet(code: "\\u0000") { code } }' },
  {
    query: 'query ($n: String!) { verifyOcopCertificate(number: $n) { genuine } }',
    variables: { n: 'OCOP-\u0000' },
  },
  {
    query: 'query ($s: String) { communes(filter: { search: $s }) { totalCount } }',
    variables: { s: 'a\u0000' },
  },
  { query: '{ users(filter: { search: "\\u0000" }) { totalCount } }' },
  { query: '{ auditLog(filter: { action: "\\u0000" }) { totalCount } }' },
  {
    query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
    variables: { input: { email: 'a@b.vn\u0000', password: 'x' } },
  },
];

const HEAVY_QUERIES = [
  '{ provinces { children { predecessors { unit { successors { unit { id } } } } } } }',
  '{ provinces { code name children { code name children { code name } } } }',
  '{ communes(first: 100) { totalCount nodes { code name parent { name parent { name } } } } }',
  '{ ocopProducts(first: 100) { totalCount nodes { id name producer { name products(first: 100) { nodes { id name } } } } } }',
  '{ ocopProducts(first: 1000) { nodes { id } } }',
  '{ communes(first: 100000) { nodes { code } } }',
];

function badPersisted(i) {
  const query = `{ criteriaSets { code } } # ${i}`;
  const cases = [
    { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`${query}!`) } } },
    { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(query) } } },
    { extensions: { persistedQuery: { version: 1, sha256Hash: 'not-a-hash' } } },
    { query, extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } },
    { query, extensions: { persistedQuery: 'yes' } },
    { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(`unknown ${i}`) } } },
  ];
  return cases[i % cases.length];
}

/** One 90 kB comment (400: too long), or 18 kB of comment tokens, every other one registered as a persisted query. */
function distinctText(i) {
  if (i % 2 === 0) return { query: `{ __typename } # ${i} ${'z'.repeat(90_000)}` };
  const query = `{ __typename } # ${i}\n${'#\n'.repeat(9_000)}`;
  if (i % 4 === 1) return { query };
  return { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha256(query) } } };
}

const LONG_ORIGIN = `https://${'a'.repeat(4_000)}.example`;

async function makeAbuse(baseUrl, editorCookie) {
  // A PNG of 7000 × 7000 pixels that compresses to little: many pixels for few bytes.
  const hugePng = await sharp({ create: { width: 7000, height: 7000, channels: 3, background: '#4a7' } })
    .png({ compressionLevel: 9 })
    .toBuffer();
  const smallPng = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#a74' } })
    .png()
    .toBuffer();
  const uploads = [
    { type: 'image/png', body: hugePng },
    { type: 'image/png', body: smallPng.subarray(0, smallPng.length / 2) }, // truncated
    { type: 'image/jpeg', body: smallPng }, // mislabelled
    { type: 'image/png', body: Buffer.from('this is not a picture') },
    { type: 'image/webp', body: Buffer.alloc(6 * 1024 * 1024, 0x52) }, // above the 5 MB limit
    { type: 'text/plain', body: Buffer.from('hello') },
  ];
  const graphqlUrl = `${baseUrl}/graphql`;
  const uploadUrl = `${baseUrl}/uploads/photos`;
  const wrongLogin = () =>
    json({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      variables: { input: { email: DEMO_ACCOUNTS.provinceOfficial, password: `wrong-${Math.random()}` } },
    });

  return {
    'distinct texts': (i) => send(graphqlUrl, json(distinctText(i))),
    'fragment trees': (i) => send(graphqlUrl, json({ query: fragmentTree(i) })),
    'login bursts': () => Promise.all(Array.from({ length: 20 }, () => send(graphqlUrl, wrongLogin()))),
    'heavy lists': (i) => send(graphqlUrl, json({ query: HEAVY_QUERIES[i % HEAVY_QUERIES.length] })),
    'NUL bytes': (i) => send(graphqlUrl, json(NUL_QUERIES[i % NUL_QUERIES.length])),
    'bad persisted queries': (i) => send(graphqlUrl, json(badPersisted(i))),
    'odd uploads': (i) => {
      const upload = uploads[i % uploads.length];
      return send(uploadUrl, {
        method: 'POST',
        headers: { 'content-type': upload.type, cookie: editorCookie },
        body: upload.body,
      });
    },
    'anonymous writes, 4 kB Origin': (i) =>
      i % 2 === 0
        ? send(uploadUrl, {
            method: 'POST',
            headers: { 'content-type': 'image/png', origin: LONG_ORIGIN },
            body: smallPng,
          })
        : send(
            graphqlUrl,
            json(
              {
                query:
                  'mutation ($input: ProductListingUpdateInput!) { productListingUpdate(input: $input) { userErrors { code } } }',
                variables: { input: { id: 'UHJvZHVjdExpc3Rpbmc6MQ==', version: 1, priceVnd: 1000 } },
              },
              { origin: LONG_ORIGIN },
            ),
          ),
  };
}

/** The abusive kinds named by --kinds (all when not given). */
function onlyKinds(abuse) {
  const arg = process.argv.find((a) => a.startsWith('--kinds='));
  const wanted = (arg ? arg.slice('--kinds='.length) : (process.env.SOAK_KINDS ?? ''))
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (wanted.length === 0) return abuse;
  const kept = Object.fromEntries(
    Object.entries(abuse).filter(([kind]) => wanted.some((w) => kind.startsWith(w))),
  );
  if (Object.keys(kept).length === 0)
    throw new Error(
      `--kinds / SOAK_KINDS: none of ${wanted.join(', ')} names a kind (${Object.keys(abuse).join(', ')})`,
    );
  return kept;
}

async function loginCookie(baseUrl, email) {
  const { response, text } = await send(
    `${baseUrl}/graphql`,
    json({
      query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
      variables: { input: { email, password: DEMO_PASSWORD } },
    }),
  );
  const cookie = response?.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('ocop_session='));
  if (!cookie) throw new Error(`login of ${email} failed: ${text}`);
  return cookie;
}

// ---------------------------------------------------------------------------------------------
// The run.

async function main() {
  let internalErrorsLogged = 0;
  let logTail = '';
  const platform = await startBenchPlatform('soak', {
    env: { TRUST_PROXY: 'loopback', RATE_LIMIT_PER_MINUTE: RATE_LIMIT },
    onLog: (chunk) => {
      internalErrorsLogged += (chunk.match(/internal error/gi) ?? []).length;
      logTail = (logTail + chunk).slice(-4_000);
    },
  });
  const { baseUrl, pid } = platform;
  const db = new pg.Client({ connectionString: platform.databaseUrl });
  await db.connect();
  const auditRows = async () =>
    Number((await db.query('SELECT count(*)::int AS n FROM audit_log')).rows[0].n);

  let stopping = false;
  const started = Date.now();
  const elapsedS = () => (Date.now() - started) / 1000;
  let phase = 'baseline';

  // The server stays up: /livez every second.
  const livez = { polls: 0, failures: 0, firstFailureAt: null, slowest: 0 };
  const livezLoop = (async () => {
    while (!stopping) {
      const tick = Date.now();
      const { status, ms: took } = await send(`${baseUrl}/livez`, {}, undefined, LIVEZ_TIMEOUT_MS);
      livez.polls += 1;
      livez.slowest = Math.max(livez.slowest, took);
      if (status !== '200' || platform.exited()) {
        livez.failures += 1;
        livez.firstFailureAt ??= elapsedS();
      }
      await sleep(Math.max(0, 1_000 - (Date.now() - tick)));
    }
  })();

  // Ordinary clients, paced to ORDINARY_RPS together. The abuse is prepared before they start.
  const requests = await ordinaryRequests(baseUrl);
  const abuse = onlyKinds(await makeAbuse(baseUrl, await loginCookie(baseUrl, DEMO_ACCOUNTS.producerEditor)));
  const phases = { baseline: new Tally(), abuse: new Tally() };
  let interval = { ordinary: new Tally(), abusive: new Tally() };
  const abuseTotal = new Tally();
  let ordinaryIndex = 0;
  const period = (1_000 * ORDINARY_CLIENTS) / ORDINARY_RPS;
  const ordinaryLoops = Array.from({ length: ORDINARY_CLIENTS }, (_, client) =>
    source.run(`10.1.0.${client + 1}`, () => ordinaryLoop(client)),
  );
  async function ordinaryLoop(client) {
    await sleep((period * client) / ORDINARY_CLIENTS);
    while (!stopping) {
      const tick = performance.now();
      const request = requests[ordinaryIndex++ % requests.length];
      const at = phase;
      const { status, ms: took } = await send(`${baseUrl}/graphql`, json(request), noErrors);
      interval.ordinary.add(status, took);
      phases[at].add(status, took);
      await sleep(Math.max(0, period - (performance.now() - tick)));
    }
  }

  // Reports every 10 s.
  const rss = [];
  let rssAtWarmup;
  const auditAtStart = await auditRows();
  let auditLast = auditAtStart;
  console.log(
    `soak: platform pid ${pid} at ${baseUrl}; baseline ${BASELINE_S} s, abuse ${ABUSE_S} s (RSS reference at ${WARMUP_S} s of abuse); ` +
      `ordinary ${ORDINARY_RPS} req/s over ${ORDINARY_CLIENTS} clients; ${ABUSE_CONCURRENCY} abusive client(s) of each kind`,
  );
  console.log(
    '  time phase     RSS MB  ordinary n   p50   p99 ms  ordinary statuses        | abusive statuses | audit rows (+interval)',
  );
  const report = async () => {
    const mb = rssMb(pid);
    rss.push({ at: elapsedS(), phase, mb });
    const rows = await auditRows().catch(() => NaN);
    const o = interval.ordinary;
    console.log(
      `${elapsedS().toFixed(0).padStart(5)}s ${phase.padEnd(9)} ${mb.toFixed(0).padStart(6)} ${String(o.count).padStart(11)} ${ms(percentile(o.latencies, 50)).padStart(5)} ${ms(percentile(o.latencies, 99)).padStart(5)}     ${o.statuses().padEnd(24)} | ${interval.abusive.statuses() || '—'} | ${rows} (+${rows - auditLast})`,
    );
    auditLast = rows;
    interval = { ordinary: new Tally(), abusive: new Tally() };
  };
  const reporter = setInterval(() => void report(), REPORT_EVERY_MS);

  await sleep(BASELINE_S * 1_000);
  const rssAtBaselineEnd = rssMb(pid);
  const auditAtBaselineEnd = await auditRows();
  phase = 'abuse';
  const abuseStarted = Date.now();
  const byKind = new Map(Object.keys(abuse).map((kind) => [kind, new Tally()]));
  let abusiveClient = 0;
  const abusiveLoops = Object.entries(abuse).flatMap(([kind, make]) =>
    Array.from({ length: ABUSE_CONCURRENCY }, () =>
      source.run(`10.66.0.${(abusiveClient++ % ATTACKER_ADDRESSES) + 1}`, async () => {
        for (let i = 0; !stopping && phase === 'abuse'; i += 1) {
          const answers = [await make(i)].flat();
          for (const { status } of answers) {
            interval.abusive.add(status);
            abuseTotal.add(status);
            byKind.get(kind).add(status);
          }
        }
      }),
    ),
  );
  const warmupTimer = setTimeout(() => (rssAtWarmup = rssMb(pid)), WARMUP_S * 1_000);
  await sleep(ABUSE_S * 1_000);
  stopping = true;
  phase = 'done';
  clearTimeout(warmupTimer);
  clearInterval(reporter);
  await Promise.all([...ordinaryLoops, ...abusiveLoops, livezLoop]);
  await report();
  const rssLast = rssMb(pid);
  const auditEnd = await auditRows().catch(() => NaN);
  const auditByAction = await db
    .query(`SELECT action, outcome, count(*)::int AS n FROM audit_log GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 8`)
    .then((r) => r.rows.map((row) => `${row.action}/${row.outcome}: ${row.n}`).join(', '))
    .catch(() => '?');
  const auditMb = await db
    .query(`SELECT pg_total_relation_size('audit_log') AS bytes`)
    .then((r) => (Number(r.rows[0].bytes) / 1024 / 1024).toFixed(1))
    .catch(() => '?');
  const abuseSeconds = (Date.now() - abuseStarted) / 1000;
  await db.end();
  const stillUp = !platform.exited();
  await platform.stop();

  // Summary.
  const b = phases.baseline;
  const a = phases.abuse;
  const [bp50, bp99, ap50, ap99] = [
    percentile(b.latencies, 50),
    percentile(b.latencies, 99),
    percentile(a.latencies, 50),
    percentile(a.latencies, 99),
  ];
  const rssValues = rss.map((r) => r.mb).filter((v) => !Number.isNaN(v));
  rssAtWarmup ??= rssAtBaselineEnd;
  console.log('\n## Soak summary\n');
  console.log('| measure | baseline | abuse | ratio |');
  console.log('|---|---:|---:|---:|');
  console.log(`| ordinary requests | ${b.count} | ${a.count} | |`);
  console.log(`| ordinary p50 (ms) | ${ms(bp50)} | ${ms(ap50)} | ${(ap50 / bp50).toFixed(2)} |`);
  console.log(`| ordinary p99 (ms) | ${ms(bp99)} | ${ms(ap99)} | ${(ap99 / bp99).toFixed(2)} |`);
  console.log(`| ordinary statuses | ${b.statuses()} | ${a.statuses()} | |`);
  console.log(`| ordinary 5xx | ${b.count5xx()} | ${a.count5xx()} | |`);
  console.log(
    `| abusive requests | | ${abuseTotal.count} (${(abuseTotal.count / abuseSeconds).toFixed(0)}/s) | |`,
  );
  console.log(`| abusive 5xx | | ${abuseTotal.count5xx()} | |`);
  console.log(
    `| connection errors / timeouts | ${b.connectionErrors()} | ${a.connectionErrors() + abuseTotal.connectionErrors()} | |`,
  );
  console.log(
    `| audit rows added | ${auditAtBaselineEnd - auditAtStart} | ${auditEnd - auditAtBaselineEnd} | |`,
  );
  console.log(
    `| RSS (MB) | first ${rssValues[0]?.toFixed(0)}, end ${rssAtBaselineEnd.toFixed(0)} | warm-up ${rssAtWarmup.toFixed(0)}, max ${Math.max(...rssValues).toFixed(0)}, last ${rssLast.toFixed(0)} | ${(rssLast / rssAtWarmup).toFixed(2)} |`,
  );
  console.log(`| audit_log | ${auditMb} MB at the end | ${auditByAction} | |`);
  console.log(
    `| /livez polls failed | ${livez.failures} of ${livez.polls} (slowest ${ms(livez.slowest)} ms, ${LIVEZ_TIMEOUT_MS} ms allowed) | | |`,
  );
  console.log(`| "internal error" lines in the server log | ${internalErrorsLogged} | | |`);
  console.log('\n| abusive kind | answers by status |');
  console.log('|---|---|');
  for (const [kind, tally] of byKind) console.log(`| ${kind} | ${tally.statuses() || '—'} |`);

  const fivexx = b.count5xx() + a.count5xx() + abuseTotal.count5xx();
  const verdicts = [
    ['no 5xx (ordinary and abusive)', fivexx === 0, `${fivexx} 5xx`],
    [
      'the server up all the time',
      stillUp && livez.failures === 0,
      livez.failures === 0
        ? `${livez.polls} /livez polls answered`
        : `${livez.failures} failed polls, the first at ${livez.firstFailureAt?.toFixed(0)} s`,
    ],
    [
      'abuse p99 ≤ 3 × baseline p99',
      ap99 <= 3 * bp99,
      `${ms(ap99)} ms vs ${ms(bp99)} ms (${(ap99 / bp99).toFixed(2)} ×)`,
    ],
    [
      'RSS last ≤ 1.5 × RSS at the end of warm-up',
      rssLast <= 1.5 * rssAtWarmup,
      `${rssLast.toFixed(0)} MB vs ${rssAtWarmup.toFixed(0)} MB (${(rssLast / rssAtWarmup).toFixed(2)} ×)`,
    ],
  ];
  console.log('');
  for (const [name, pass, detail] of verdicts) console.log(`${pass ? 'PASS' : 'FAIL'}  ${name}: ${detail}`);
  if (!stillUp || internalErrorsLogged > 0)
    console.log(`\nlast lines of the server log:\n${logTail.split('\n').slice(-20).join('\n')}`);
  process.exitCode = verdicts.every(([, pass]) => pass) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 2;
});
