// Labels that cannot be copied (issue 15), on the national data set: how long the platform takes
// to issue 10,000 codes (labelBatchCreate) and to make their A4 PDF, how large the PDF is, and how
// many label checks (labelCodeCheck: one statement that also counts the check) it answers per
// second under 10 concurrent clients, beside the certificate check (verifyOcopCertificate) of the
// same data, the lookup a label's QR code pointed to before.
//
//   pnpm build && node test/bench/labels.bench.mjs
//
// The data set is @ocop/db's national generator's, kept in the embedded PostgreSQL under
// .data-bench/ (shared with national.bench.mjs); the batches made here are deleted at the end.
// The platform runs with no request budget (one address sends everything). A program that prints
// figures, not a test; never run it beside another benchmark (2 cores).
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const db = require('@ocop/db');
const pg = require('pg');
const log = (line) => console.error(line);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ROUNDS = 3;
const ITEMS = 10_000;
const CLIENTS = 10;
const SECONDS = 5;

async function waitReady(baseUrl, child) {
  for (let i = 0; i < 900; i += 1) {
    if (child.exitCode !== null) throw new Error('the platform exited before it was ready');
    try {
      if ((await fetch(`${baseUrl}/readyz`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('the platform was not ready in time');
}

/** `clients` loops sending `body(i)` for `seconds`: requests per second and latency percentiles. */
async function load(url, headers, body, seconds) {
  const latencies = [];
  let failures = 0;
  let sent = 0;
  const end = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        const response = await fetch(url, { method: 'POST', headers, body: body(sent++) });
        const answer = await response.json();
        if (response.status !== 200 || answer.errors) failures += 1;
        latencies.push(performance.now() - started);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), failures };
}

async function main() {
  const postgres = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: async () => {} }
    : await db.startEmbeddedPostgres(path.join(db.REPO_ROOT, '.data-bench'), { throwaway: true });
  const folder = mkdtempSync(path.join(tmpdir(), 'ocop-labels-bench-'));
  let platform;
  let client;
  try {
    log('national data set …');
    const national = await db.prepareNationalDatabase(postgres.url, { log });
    const email = `bench-labels-${process.pid}@example.vn`;
    const password = 'bench labels password';
    const created = spawnSync(
      process.execPath,
      [
        path.join(db.REPO_ROOT, 'server', 'dist', 'cli', 'create-administrator.js'),
        '--email',
        email,
        '--name',
        'Bench',
      ],
      { env: { ...process.env, DATABASE_URL: national.url, ADMIN_PASSWORD: password }, encoding: 'utf8' },
    );
    if (created.status !== 0) throw new Error(`admin:create failed: ${created.stderr}`);
    const port = await db.findFreePort();
    platform = spawn(process.execPath, [path.join(db.REPO_ROOT, 'server', 'dist', 'start.js')], {
      env: {
        ...process.env,
        RATE_LIMIT_PER_MINUTE: '0',
        ANONYMOUS_POINTS_PER_HOUR: '0',
        DATABASE_URL: national.url,
        SEED_DEMO: 'false',
        PORT: String(port),
        DATA_DIR: path.join(folder, 'data'),
        OPEN_DATA_DIR: path.join(folder, 'open-data'),
        OPEN_DATA_CHECK_MS: '0',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const baseUrl = `http://127.0.0.1:${port}`;
    await waitReady(baseUrl, platform);
    client = new pg.Client({ connectionString: national.url });
    await client.connect();

    const json = { 'content-type': 'application/json' };
    const graphql = async (query, variables, cookie) => {
      const response = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { ...json, ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return { response, body: await response.json() };
    };
    const login = await graphql(
      `
        mutation ($input: LoginInput!) {
          login(input: $input) {
            viewer {
              id
            }
            userErrors {
              code
            }
          }
        }
      `,
      { input: { email, password } },
    );
    const cookie = login.response.headers.get('set-cookie').split(';')[0];
    const { rows } = await client.query(
      `SELECT p.id, cert.certificate_number FROM ocop_product p JOIN ocop_certificate cert ON cert.id = p.current_certificate_id
       WHERE p.deleted_at IS NULL AND ocop_certificate_status(p.current_decision_date, p.current_expires_on,
             p.current_revoked_on, p.current_superseded_on, $1) = 'valid'
       ORDER BY p.id LIMIT 1`,
      [db.today()],
    );
    const productId = Buffer.from(`OcopProduct:${rows[0].id}`).toString('base64');

    const issue = [];
    const pdf = [];
    let pdfBytes = 0;
    let csvUrl = null;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      const answer = await graphql(
        `
          mutation ($input: LabelBatchCreateInput!) {
            labelBatchCreate(input: $input) {
              batch {
                labelSheetPdfUrl
                labelSheetCsvUrl
              }
              userErrors {
                field
                code
                message
              }
            }
          }
        `,
        {
          input: {
            productId,
            lotNumber: `BENCH-${process.pid}-${round}`,
            producedOn: db.today(),
            itemCount: ITEMS,
          },
        },
        cookie,
      );
      issue.push(performance.now() - started);
      const batch = answer.body.data?.labelBatchCreate.batch;
      if (!batch) throw new Error(`labelBatchCreate refused: ${JSON.stringify(answer.body)}`);
      csvUrl = batch.labelSheetCsvUrl;
      const pdfStarted = performance.now();
      const sheet = await fetch(`${baseUrl}${batch.labelSheetPdfUrl}`, { headers: { cookie } });
      const bytes = Buffer.from(await sheet.arrayBuffer());
      pdf.push(performance.now() - pdfStarted);
      if (sheet.status !== 200 || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error('no PDF');
      pdfBytes = bytes.length;
      log(`round ${round + 1}: issued in ${issue.at(-1).toFixed(0)} ms, PDF in ${pdf.at(-1).toFixed(0)} ms`);
    }
    const csv = await (await fetch(`${baseUrl}${csvUrl}`, { headers: { cookie } })).text();
    const codes = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(',')[1]);
    const { rows: numbers } = await client.query(
      `SELECT certificate_number FROM ocop_certificate ORDER BY id LIMIT 10000`,
    );

    log('checks …');
    const CHECK = `mutation($code: String!) { labelCodeCheck(code: $code) { verdict productName lotNumber checkCount } }`;
    const VERIFY = `query($number: String!) { verifyOcopCertificate(number: $number) { genuine status product { name } } }`;
    const results = { check: [], verify: [] };
    for (let round = 0; round < ROUNDS; round++) {
      results.check.push(
        await load(
          `${baseUrl}/graphql`,
          json,
          (i) => JSON.stringify({ query: CHECK, variables: { code: codes[i % codes.length] } }),
          SECONDS,
        ),
      );
      results.verify.push(
        await load(
          `${baseUrl}/graphql`,
          json,
          (i) =>
            JSON.stringify({
              query: VERIFY,
              variables: { number: numbers[i % numbers.length].certificate_number },
            }),
          SECONDS,
        ),
      );
    }
    const row = (name, runs) =>
      `| ${name} | ${median(runs.map((r) => r.perSecond)).toFixed(0)} | ${median(runs.map((r) => r.p50)).toFixed(1)} | ${median(runs.map((r) => r.p99)).toFixed(1)} | ${runs.reduce((n, r) => n + r.failures, 0)} |`;
    console.log(`\n## Labels on the national data set (${db.today()}, median of ${ROUNDS})\n`);
    console.log(`| ${ITEMS.toLocaleString('en')} labels | ms |\n| --- | ---: |`);
    console.log(`| labelBatchCreate (codes issued, hashes stored) | ${median(issue).toFixed(0)} |`);
    console.log(`| label sheet PDF made and downloaded | ${median(pdf).toFixed(0)} |`);
    console.log(
      `\nPDF: ${(pdfBytes / 1e6).toFixed(1)} MB, ${Math.ceil(ITEMS / 24)} pages (${(pdfBytes / ITEMS).toFixed(0)} bytes a label)\n`,
    );
    console.log(
      `| ${CLIENTS} clients, ${SECONDS} s | req/s | p50 ms | p99 ms | failures |\n| --- | ---: | ---: | ---: | ---: |`,
    );
    console.log(row('labelCodeCheck (a distinct code each)', results.check));
    console.log(row('verifyOcopCertificate (a distinct number each)', results.verify));
  } finally {
    if (client) {
      await client.query(
        `DELETE FROM label_check_place WHERE batch_id IN (SELECT id FROM label_batch WHERE lot_number LIKE 'BENCH-%')`,
      );
      await client.query(
        `DELETE FROM label_code WHERE batch_id IN (SELECT id FROM label_batch WHERE lot_number LIKE 'BENCH-%')`,
      );
      await client.query(`DELETE FROM label_batch WHERE lot_number LIKE 'BENCH-%'`);
      await client.end();
    }
    if (platform && platform.exitCode === null) {
      platform.kill('SIGTERM');
      await new Promise((resolve) => platform.once('exit', resolve));
    }
    await postgres.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
