import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, startEmbeddedPostgres } from '@ocop/db';
import { client, type Answer } from './client';
import { DEMO } from './demo-accounts';
import { gql } from './gql';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';
import { waitForNoProcess } from './processes';

// Issue 11 ("Stays up under abuse"): a killed PostgreSQL is restarted (or the platform exits
// non-zero), and a stop answers every request already sent, through `pnpm start` too.

const folders: string[] = [];
function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ocop-lifecycle-test-'));
  folders.push(folder);
  return folder;
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const status = (url: string): Promise<number | string> =>
  fetch(url).then(
    (response) => response.status,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
  );

function postmasterPid(folder: string): number {
  return Number.parseInt(readFileSync(path.join(folder, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]!, 10);
}

/** Logs in as the demo administrator: an acknowledged write (the session row). */
async function logIn(platform: RunningPlatform): Promise<string> {
  const login = await client(platform.baseUrl).login(DEMO.administrator, DEMO.password);
  expect(login.body.errors).toBeUndefined();
  expect(login.setCookie).not.toBeNull();
  return login.setCookie!.split(';')[0]!;
}

const VIEWER = gql(`query LifecycleViewer { viewer { email } }`);
const COMMUNE = gql(`query LifecycleCommune { commune(code: "03331") { name } }`);

/** The exit code, once the process has exited by itself (no further signal, which would mean "now"). */
function exitOf(platform: RunningPlatform): Promise<number | null> {
  const { child } = platform;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('a PostgreSQL killed under the embedded platform', () => {
  it('is restarted on the same data: the platform serves again within seconds, with the acknowledged write', async () => {
    const folder = dataFolder();
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: '', DATA_DIR: folder },
      port: await findFreePort(),
    });
    try {
      const cookie = await logIn(platform);
      const killed = postmasterPid(folder);
      process.kill(killed, 'SIGKILL');

      // While it is down: not ready (once its backends have noticed), still live, and requests
      // get a typed error, not a hang.
      let ready = await status(`${platform.baseUrl}/readyz`);
      for (let tries = 0; ready === 200 && tries < 100; tries += 1) {
        await sleep(20);
        ready = await status(`${platform.baseUrl}/readyz`);
      }
      expect(ready).toBe(503);
      expect(await status(`${platform.baseUrl}/livez`)).toBe(200);
      const codes = new Set<string | undefined>();
      const deadline = Date.now() + 20_000;
      let viewer: unknown;
      while (Date.now() < deadline) {
        const answer = await client(platform.baseUrl, cookie).request(VIEWER);
        if (answer.body.errors === undefined) {
          viewer = answer.body.data?.viewer;
          break;
        }
        codes.add(answer.body.errors[0]?.extensions?.code);
        await sleep(200);
      }
      // The session written before the kill is still there: the same login, not anonymous.
      expect(viewer).toEqual({ email: DEMO.administrator });
      expect([...codes]).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await status(`${platform.baseUrl}/readyz`)).toBe(200);
      expect(postmasterPid(folder)).not.toBe(killed);
      expect(platform.output()).toMatch(/embedded PostgreSQL was killed \(SIGKILL\) .*: restarting it/);
      expect(platform.output()).toMatch(/embedded PostgreSQL restarted \(attempt \d/);
    } finally {
      expect(await platform.stop('SIGTERM')).toBe(0);
    }
    expect(await waitForNoProcess((p) => p.commandLine.includes(folder))).toEqual([]);
  });

  it('that cannot be restarted makes the platform exit non-zero, saying why', async () => {
    const folder = dataFolder();
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: '', DATA_DIR: folder, SEED_DEMO: 'false' },
      port: await findFreePort(),
    });
    const exited = exitOf(platform);
    process.kill(postmasterPid(folder), 'SIGKILL');
    // Its data folder gone: every restart attempt fails.
    renameSync(path.join(folder, 'pg'), path.join(folder, 'pg-moved'));
    const code = await Promise.race([exited, sleep(30_000).then(() => 'still running')]);
    if (code === 'still running') await platform.stop('SIGKILL');
    expect(code).toBe(1);
    expect(platform.output()).toMatch(/embedded PostgreSQL could not be restarted: 5 attempts failed/);
    expect(platform.output()).toContain('the embedded PostgreSQL launcher exited (code 1)');
    expect(await waitForNoProcess((p) => p.commandLine.includes(folder))).toEqual([]);
  });
});

describe('an external database (DATABASE_URL) that goes away', () => {
  it('makes /readyz 503 and requests SERVICE_UNAVAILABLE meanwhile; the platform keeps running and serves again', async () => {
    // A PostgreSQL of the test's own, which its launcher restarts on the same port once killed:
    // for the platform, an external database that is down for a moment.
    const databaseFolder = dataFolder();
    const database = await startEmbeddedPostgres(databaseFolder, { throwaway: true });
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: database.url, SEED_DEMO: 'false' },
      port: await findFreePort(),
    });
    try {
      expect((await client(platform.baseUrl).request(COMMUNE)).body).toEqual({
        data: { commune: { name: 'Thanh Hưng' } },
      });
      process.kill(postmasterPid(databaseFolder), 'SIGKILL');
      let ready = await status(`${platform.baseUrl}/readyz`);
      for (let tries = 0; ready === 200 && tries < 100; tries += 1) {
        await sleep(20);
        ready = await status(`${platform.baseUrl}/readyz`);
      }
      expect(ready).toBe(503);
      const codes = new Set<string | undefined>();
      const deadline = Date.now() + 20_000;
      let answer: Answer | undefined;
      while (Date.now() < deadline) {
        answer = await client(platform.baseUrl).request(COMMUNE);
        if (answer.body.errors === undefined) break;
        codes.add(answer.body.errors[0]?.extensions?.code);
        await sleep(200);
      }
      expect(answer?.body).toEqual({ data: { commune: { name: 'Thanh Hưng' } } });
      expect([...codes]).toEqual(['SERVICE_UNAVAILABLE']);
      expect(await status(`${platform.baseUrl}/readyz`)).toBe(200);
      expect(platform.child.exitCode).toBeNull();
      expect(platform.output()).toMatch(/request \S+: database unavailable/);
    } finally {
      expect(await platform.stop('SIGTERM')).toBe(0);
      await database.stop();
    }
  });
});

/** A query that takes a while when 100 arrive at once (most wait in the accept queue). */
const SLOW_QUERY = '{ ocopProducts(first: 50) { totalCount nodes { id name } } }';

/** Sends 100 requests at once, signals `pid` 150 ms later, and returns the statuses (or errors). */
async function signalDuringRequests(baseUrl: string, pid: number): Promise<(number | string)[]> {
  const requests = Array.from({ length: 100 }, () =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SLOW_QUERY }),
    }).then(
      async (response) => (((await response.json()) as Answer['body']).errors ? 'errors' : response.status),
      (error: { cause?: { code?: string } }) => error.cause?.code ?? 'failed',
    ),
  );
  await sleep(150);
  process.kill(pid, 'SIGTERM');
  return Promise.all(requests);
}

describe('a stop', () => {
  const folder = dataFolder();
  const env = { DATABASE_URL: '', DATA_DIR: folder };

  it('through pnpm start answers every request already sent (SIGTERM to pnpm alone), and exits 0', async () => {
    const platform = await startPlatform({ command: ['pnpm', 'start'], env, port: await findFreePort() });
    const exited = exitOf(platform);
    const statuses = await signalDuringRequests(platform.baseUrl, platform.child.pid!);
    expect(statuses).toEqual(Array.from({ length: 100 }, () => 200));
    expect(await exited, platform.output()).toBe(0);
    expect(platform.output()).toContain('stopped (exit code 0)');
    expect(await waitForNoProcess((p) => p.commandLine.includes(folder))).toEqual([]);
  });

  it('of node itself answers every request already sent, and exits 0', async () => {
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env,
      port: await findFreePort(),
    });
    const exited = exitOf(platform);
    const statuses = await signalDuringRequests(platform.baseUrl, platform.child.pid!);
    expect(statuses).toEqual(Array.from({ length: 100 }, () => 200));
    expect(await exited, platform.output()).toBe(0);
  });

  it('with SHUTDOWN_DELAY_MS answers /readyz 503 at once and still serves new requests during the delay', async () => {
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { ...env, SHUTDOWN_DELAY_MS: '3000' },
      port: await findFreePort(),
    });
    const exited = exitOf(platform);
    const signalled = Date.now();
    process.kill(platform.child.pid!, 'SIGTERM');
    await sleep(300);
    expect(await status(`${platform.baseUrl}/readyz`)).toBe(503);
    const served = await client(platform.baseUrl).request(COMMUNE);
    expect(served.body).toEqual({ data: { commune: { name: 'Thanh Hưng' } } });
    expect(await status(`${platform.baseUrl}/livez`)).toBe(200);
    expect(Date.now() - signalled).toBeLessThan(3_000);
    expect(await exited, platform.output()).toBe(0);
    // The listener closed only after the delay.
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(3_000);
    await expect(fetch(`${platform.baseUrl}/livez`)).rejects.toThrow();
  });
});
