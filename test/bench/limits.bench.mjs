// What the points budget costs (issue 14): the same operations with the budget off (anonymous,
// ANONYMOUS_POINTS_PER_HOUR=0: nothing charged) and on (one partner's key, a budget it never
// reaches: every request charges the key's one row of the hour, the worst case — one busy key,
// every request on the same row), alternated off / on / off / on so that drift hits both alike.
//
//   pnpm build && node test/bench/limits.bench.mjs            4 rounds of 5 s per operation and mode
//   pnpm build && node test/bench/limits.bench.mjs --quick    2 rounds of 2 s
//
// PostgreSQL runs durable here (fsync and synchronous commit on, like the platform's own cluster,
// not the throwaway settings of the other benchmarks): a charge is a write, and what a write
// costs depends on it. Figures: requests/s (the median of the rounds) and p50 / p99 latency from
// autocannon (a separate process, 10 connections). A program that prints figures, not a test.
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { startBenchPlatform } from './bench-platform.mjs';

const require = createRequire(import.meta.url);
const pg = require('pg');
const run = promisify(execFile);
const here = path.dirname(new URL(import.meta.url).pathname);
const autocannonBin = require.resolve('autocannon/autocannon.js');

const quick = process.argv.includes('--quick');
const ROUNDS = quick ? 2 : 4;
const DURATION_S = quick ? 2 : 5;
const CONNECTIONS = 10;

const OPERATIONS = [
  {
    name: 'budget only: `{ rateLimit { remaining } }` (costs 0, reads the row)',
    query: '{ rateLimit { remaining } }',
  },
  { name: 'certificate check (1 point)', query: null },
  {
    name: 'catalogue page of 24, nested (1 point)',
    query: `{ ocopProducts(first: 24) { nodes { id name stars producer { name } currentCertificate { status expiresOn } } } }`,
  },
];

/** A partner and a key written straight into the database: what apiKeyIssue stores. */
async function insertKey(databaseUrl) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const prefix = randomBytes(4).toString('hex');
    const key = `ocop_${prefix}_${randomBytes(30)
      .toString('base64')
      .replace(/[^0-9A-Za-z]/g, '')
      .slice(0, 40)
      .padEnd(40, 'x')}`;
    const { rows } = await client.query(`INSERT INTO partner (name) VALUES ('Benchmark') RETURNING id`);
    await client.query(
      `INSERT INTO api_key (partner_id, name, key_prefix, key_hash, scopes, points_per_hour)
       VALUES ($1, 'bench', $2, $3, '{read}', 100000000)`,
      [rows[0].id, prefix, createHash('sha256').update(key).digest('hex')],
    );
    return key;
  } finally {
    await client.end();
  }
}

async function autocannon(url, body, seconds, headers) {
  const args = [autocannonBin, '--json', '-c', String(CONNECTIONS), '-d', String(seconds), '-m', 'POST'];
  for (const [name, value] of Object.entries({ 'content-type': 'application/json', ...headers }))
    args.push('-H', `${name}=${value}`);
  args.push('-b', body, url);
  const { stdout } = await run(process.execPath, args, { maxBuffer: 64 * 1024 * 1024 });
  const result = JSON.parse(stdout);
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${result.non2xx} non-2xx answers, ${result.errors} errors: is the budget reached?`);
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  const platform = await startBenchPlatform('limits', {
    durable: true,
    env: { ANONYMOUS_POINTS_PER_HOUR: '0' },
  });
  try {
    const url = `${platform.baseUrl}/graphql`;
    const key = await insertKey(platform.databaseUrl);
    const keyed = { authorization: `Bearer ${key}` };
    const probe = await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...keyed },
        body: JSON.stringify({
          query: '{ ocopProducts(first: 1) { nodes { currentCertificate { certificateNumber } } } }',
        }),
      })
    ).json();
    const number = probe.data.ocopProducts.nodes[0].currentCertificate.certificateNumber;
    if (probe.extensions?.cost?.requestedQueryCost !== 1) throw new Error('the key is not budgeted');
    OPERATIONS[1].query = `{ verifyOcopCertificate(number: ${JSON.stringify(number)}) { genuine status } }`;

    const rows = [];
    for (const operation of OPERATIONS) {
      const body = JSON.stringify({ query: operation.query });
      await autocannon(url, body, 1, keyed); // warm-up
      const figures = { off: [], on: [] };
      for (let round = 0; round < ROUNDS; round++)
        for (const mode of ['off', 'on']) {
          const result = await autocannon(url, body, DURATION_S, mode === 'on' ? keyed : {});
          figures[mode].push(result);
        }
      const summary = (mode) => ({
        rps: median(figures[mode].map((r) => r.requests.average)),
        p50: median(figures[mode].map((r) => r.latency.p50)),
        p99: median(figures[mode].map((r) => r.latency.p99)),
      });
      const off = summary('off');
      const on = summary('on');
      rows.push({ name: operation.name, off, on, change: (on.rps / off.rps - 1) * 100 });
      console.error(`… ${operation.name}: ${Math.round(off.rps)} → ${Math.round(on.rps)} req/s`);
    }
    const header = `Points budget off vs on — ${new Date().toISOString()} — ${CONNECTIONS} connections, median of ${ROUNDS} alternated rounds of ${DURATION_S} s, durable PostgreSQL`;
    const table = [
      header,
      '',
      '| operation | off: req/s | on: req/s | change | off: p50 / p99 ms | on: p50 / p99 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${Math.round(r.off.rps)} | ${Math.round(r.on.rps)} | ${r.change >= 0 ? '+' : ''}${r.change.toFixed(1)} % | ${r.off.p50} / ${r.off.p99} | ${r.on.p50} / ${r.on.p99} |`,
      ),
    ].join('\n');
    console.log(table);
    const results = path.join(here, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, `limits-${new Date().toISOString().replace(/[:.]/g, '-')}.md`),
      `${table}\n`,
    );
  } finally {
    await platform.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
