// Benchmark of the public API on the demo data: SQL statements per request, p50 / p99 latency
// and requests per second (autocannon, in a separate process), response size.
//
//   pnpm bench            10 s per scenario after a 3 s warm-up
//   pnpm bench --quick    3 s per scenario after a 1 s warm-up
//
// It starts its own PostgreSQL (embedded, in a temporary folder, or on TEST_DATABASE_URL's
// server) and its own platform, and prints a Markdown table (also written under
// test/bench/results/, git-ignored). It is a program that prints figures, not a test.
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { startBenchPlatform } from './bench-platform.mjs';

const require = createRequire(import.meta.url);
const run = promisify(execFile);

const quick = process.argv.includes('--quick');
const DURATION_S = quick ? 3 : 10;
const WARMUP_S = quick ? 1 : 3;
const CONNECTIONS = 10;
const here = path.dirname(new URL(import.meta.url).pathname);
const autocannonBin = require.resolve('autocannon/autocannon.js');

const SCENARIOS = [
  {
    name: 'catalogue: first 24, nested, totalCount',
    query: `query Catalogue($first: Int!) { ocopProducts(first: $first) { totalCount pageInfo { hasNextPage endCursor }
      nodes { id name stars producer { id name type } originCommune { name parent { name parent { name } } }
              currentCertificate { certificateNumber stars decisionDate expiresOn status } } } }`,
    variables: { first: 24 },
  },
  {
    name: 'search: "gao seng cu" (no diacritics)',
    query: `query Search($q: String!) { ocopProducts(first: 24, filter: { search: $q }) { nodes { id name stars producer { name } } } }`,
    variables: { q: 'gao seng cu' },
  },
  {
    name: 'search: "ca" (2-letter syllable)',
    query: `query Search($q: String!) { ocopProducts(first: 24, filter: { search: $q }) { nodes { id name stars producer { name } } } }`,
    variables: { q: 'ca' },
  },
  {
    name: 'certificate check',
    query: `query Verify($n: String!) { verifyOcopCertificate(number: $n) { genuine status message } }`,
    variables: null, // filled with a real number below
  },
];

async function once(url, body) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ocop-sql-count': '1' },
    body,
  });
  const text = await response.text();
  const json = JSON.parse(text);
  if (json.errors) throw new Error(`query failed: ${JSON.stringify(json.errors)}`);
  // The size a client receives without the count header: the same body without `extensions`.
  return {
    statements: json.extensions?.sqlStatements,
    bytes: Buffer.byteLength(JSON.stringify({ data: json.data })),
  };
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

async function main() {
  const platform = await startBenchPlatform('bench');
  try {
    const { baseUrl } = platform;
    const url = `${baseUrl}/graphql`;

    const verify = SCENARIOS.find((s) => s.name === 'certificate check');
    const numberResponse = await (
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: '{ ocopProducts(first: 1) { nodes { currentCertificate { certificateNumber } } } }',
        }),
      })
    ).json();
    verify.variables = { n: numberResponse.data.ocopProducts.nodes[0].currentCertificate.certificateNumber };

    const rows = [];
    for (const scenario of SCENARIOS) {
      const body = JSON.stringify({ query: scenario.query, variables: scenario.variables });
      const { statements, bytes } = await once(url, body);
      await autocannon(url, body, WARMUP_S);
      const result = await autocannon(url, body, DURATION_S);
      if (result.non2xx > 0 || result.errors > 0)
        throw new Error(`${scenario.name}: ${result.non2xx} non-2xx, ${result.errors} errors`);
      rows.push({
        name: scenario.name,
        statements,
        bytes,
        rps: Math.round(result.requests.average),
        p50: result.latency.p50,
        p99: result.latency.p99,
      });
      console.error(`… ${scenario.name}: ${Math.round(result.requests.average)} req/s`);
    }

    const header = `API benchmark on the demo data — ${new Date().toISOString()} — ${CONNECTIONS} connections, ${DURATION_S} s per scenario after ${WARMUP_S} s warm-up${quick ? ' (quick)' : ''}`;
    const table = [
      header,
      '',
      '| scenario | SQL statements / request | response bytes | requests/s | p50 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map((r) => `| ${r.name} | ${r.statements} | ${r.bytes} | ${r.rps} | ${r.p50} | ${r.p99} |`),
    ].join('\n');
    console.log(table);
    const results = path.join(here, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, `api-${new Date().toISOString().replace(/[:.]/g, '-')}.md`),
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
