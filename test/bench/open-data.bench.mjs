// The national open data (issue 14): how long the platform takes to generate every file from the
// national data set, how large the files are, and how long a partner takes to download them.
//
//   pnpm build && node test/bench/open-data.bench.mjs
//
// The data set is @ocop/db's national generator's, kept in the embedded PostgreSQL under
// .data-bench/ (git-ignored; shared with national.bench.mjs and reused while unchanged). The
// platform runs with a fresh OPEN_DATA_DIR, so it generates everything at start; its own log line
// gives the generation time. Then every national file is downloaded over HTTP (plain and gzip),
// timed, and its bytes checked against the manifest's SHA-256. Figures are printed as Markdown
// and written under test/bench/results/. A program that prints figures, not a test.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';

const require = createRequire(import.meta.url);
const db = require('@ocop/db');
const here = path.dirname(new URL(import.meta.url).pathname);
const log = (line) => console.error(line);
const mb = (bytes) => (bytes / 1_000_000).toFixed(1);

async function main() {
  const postgres = process.env.TEST_DATABASE_URL
    ? { url: process.env.TEST_DATABASE_URL, stop: async () => {} }
    : await db.startEmbeddedPostgres(path.join(db.REPO_ROOT, '.data-bench'), { throwaway: true });
  const folder = mkdtempSync(path.join(tmpdir(), 'ocop-open-data-bench-'));
  let platform;
  let failureLog;
  try {
    log('national data set …');
    const national = await db.prepareNationalDatabase(postgres.url, { log });
    const port = await db.findFreePort();
    let generation = null;
    const started = performance.now();
    platform = spawn(process.execPath, [path.join(db.REPO_ROOT, 'server', 'dist', 'start.js')], {
      env: {
        ...process.env,
        RATE_LIMIT_PER_MINUTE: '0',
        DATABASE_URL: national.url,
        SEED_DEMO: 'false',
        PORT: String(port),
        DATA_DIR: path.join(folder, 'data'),
        OPEN_DATA_DIR: path.join(folder, 'open-data'),
        OPEN_DATA_CHECK_MS: '0',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const platformLog = [];
    const onLog = (chunk) => {
      platformLog.push(chunk.toString());
      const match = /open data generated: (\d+) files in (\d+) ms/.exec(chunk.toString());
      if (match) generation = { files: Number(match[1]), ms: Number(match[2]) };
    };
    failureLog = () => platformLog.join('').split('\n').slice(-30).join('\n');
    platform.stdout.on('data', onLog);
    platform.stderr.on('data', onLog);
    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; generation === null; i++) {
      if (platform.exitCode !== null) throw new Error('the platform exited');
      if (i > 6000) throw new Error('the open data was not generated within 20 minutes');
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(`generated ${generation.files} files in ${(generation.ms / 1000).toFixed(1)} s`);
    const manifest = await (await fetch(`${base}/open-data/index.json`)).json();
    const nationalFiles = manifest.files.filter((file) => file.provinceCode === null);
    const rows = [];
    for (const file of nationalFiles) {
      const t0 = performance.now();
      // Streamed as a partner's client would (never the whole file in memory), hashing as it comes;
      // the manifest's SHA-256 is of the uncompressed content.
      let status;
      let size = 0;
      const hash = createHash('sha256');
      try {
        const response = await fetch(`${base}/open-data/${file.name}`);
        status = response.status;
        const counted = Readable.fromWeb(response.body).on('data', (chunk) => (size += chunk.length));
        await pipeline(counted, ...(file.compression === 'gzip' ? [createGunzip()] : []), hash);
      } catch (error) {
        throw new Error(`${file.name}: ${error.message}; the platform's log ends:\n${failureLog()}`, {
          cause: error,
        });
      }
      const ms = performance.now() - t0;
      if (status !== 200) throw new Error(`${file.name}: HTTP ${status}`);
      if (hash.digest('hex') !== file.sha256 || size !== file.bytes)
        throw new Error(`${file.name}: not as the manifest says`);
      rows.push({ name: file.name, rows: file.rows, bytes: size, ms });
    }
    const provinceFiles = manifest.files.length - nationalFiles.length;
    const total = (filter) => rows.filter(filter).reduce((sum, row) => sum + row.bytes, 0);
    const header = `National open data — ${new Date().toISOString()} — generated in ${(generation.ms / 1000).toFixed(1)} s (${generation.files} files: ${nationalFiles.length} national, ${provinceFiles} per province); startup to generated ${((performance.now() - started) / 1000).toFixed(0)} s`;
    const table = [
      header,
      '',
      '| file | rows | MB | download s | MB/s |',
      '| --- | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.name} | ${r.rows} | ${mb(r.bytes)} | ${(r.ms / 1000).toFixed(2)} | ${(r.bytes / 1000 / r.ms).toFixed(0)} |`,
      ),
      `| all national plain files | | ${mb(total((r) => !r.name.endsWith('.gz')))} | | |`,
      `| all national gzip files | | ${mb(total((r) => r.name.endsWith('.gz')))} | | |`,
    ].join('\n');
    console.log(table);
    const results = path.join(here, 'results');
    mkdirSync(results, { recursive: true });
    writeFileSync(
      path.join(results, `open-data-${new Date().toISOString().replace(/[:.]/g, '-')}.md`),
      `${table}\n`,
    );
  } finally {
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
