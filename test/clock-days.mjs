#!/usr/bin/env node
/**
 * `pnpm test:clock [YYYY-MM-DD …]`: the database suite (db/) and the API suites (test/, without
 * the browser tests of test/src/browser/) again with the platform's clock pinned by OCOP_TODAY, on
 * each day given (by default 2029-02-28 and 2035-12-31). The test runner, the demo seed and the
 * platform the suites start all read the same OCOP_TODAY, so they agree on the day.
 *
 * Every run goes to its end; the exit code is 1 when any failed, and a summary says which.
 * Build first (the root script does: `tsc -b db server test`).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_DAYS = ['2029-02-28', '2035-12-31'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const days = process.argv.slice(2).length > 0 ? process.argv.slice(2) : DEFAULT_DAYS;
for (const day of days) {
  if (!ISO_DAY.test(day)) {
    console.error(`test:clock: not a day written YYYY-MM-DD: "${day}"`);
    process.exit(2);
  }
}

const SUITES = [
  { name: 'database (db)', args: ['--filter', '@ocop/db', 'exec', 'vitest', 'run'] },
  {
    name: 'API (test, without the browser tests)',
    args: ['--filter', '@ocop/test', 'exec', 'vitest', 'run', '--exclude', 'src/browser/**'],
  },
];

const results = [];
for (const day of days) {
  for (const suite of SUITES) {
    console.log(`\n=== OCOP_TODAY=${day}: ${suite.name} ===\n`);
    const run = spawnSync('pnpm', suite.args, {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, OCOP_TODAY: day },
    });
    const ok = run.status === 0;
    if (run.error) console.error(`test:clock: could not run pnpm: ${run.error.message}`);
    results.push({ day, suite: suite.name, ok });
  }
}

console.log('\n=== test:clock ===');
for (const { day, suite, ok } of results)
  console.log(`${ok ? 'passed' : 'FAILED'}  OCOP_TODAY=${day}  ${suite}`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
