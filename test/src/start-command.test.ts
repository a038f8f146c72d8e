import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@ocop/db';
import { client } from './client';
import { gql } from './gql';
import { startPlatform, START_SCRIPT } from './platform';
import { listProcesses, waitForNoProcess } from './processes';

const folders: string[] = [];
function dataFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'ocop-start-test-'));
  folders.push(folder);
  return folder;
}
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

// Without DATABASE_URL: the embedded PostgreSQL in DATA_DIR, with the national units of the
// repository (db/reference/admin-units, the default of ADMIN_UNITS_DIR).
function embeddedEnv(folder: string): NodeJS.ProcessEnv {
  return { DATABASE_URL: '', DATA_DIR: folder };
}
// ADMIN_UNITS_DIR pointing nowhere: the platform starts without importing units, and warns
// (without units there is no demo to seed either).
function withoutUnitsEnv(folder: string): NodeJS.ProcessEnv {
  return { ...embeddedEnv(folder), ADMIN_UNITS_DIR: path.join(folder, 'no-such-folder'), SEED_DEMO: 'false' };
}

const COMMUNE_NAME = gql(`query StartCommandCommune($code: String!) { commune(code: $code) { name } }`);

async function communeName(baseUrl: string, code: string): Promise<unknown> {
  return (await client(baseUrl).request(COMMUNE_NAME, { code })).body;
}

describe('the start command', () => {
  it('pnpm start serves the API on the embedded database and stops every process on SIGTERM', async () => {
    const folder = dataFolder();
    const platform = await startPlatform({
      command: ['pnpm', 'start'],
      env: embeddedEnv(folder),
      port: await findFreePort(),
    });
    const group = platform.child.pid!;
    expect(await communeName(platform.baseUrl, '03331')).toEqual({
      data: { commune: { name: 'Thanh Hưng' } },
    });
    // PostgreSQL really runs from this data folder, inside the platform's process group.
    expect(listProcesses().some((p) => p.processGroup === group && p.commandLine.includes(folder))).toBe(
      true,
    );

    await platform.stop('SIGTERM');
    expect(await waitForNoProcess((p) => p.processGroup === group || p.commandLine.includes(folder))).toEqual(
      [],
    );
    await expect(fetch(`${platform.baseUrl}/livez`)).rejects.toThrow();
  });

  it('stops every process when only pnpm itself is signalled (a supervisor that signals its child)', async () => {
    const folder = dataFolder();
    const platform = await startPlatform({
      command: ['pnpm', 'start'],
      env: embeddedEnv(folder),
      port: await findFreePort(),
    });
    const group = platform.child.pid!;
    expect(platform.output()).toMatch(/administrative units imported from .*db\/reference\/admin-units/);
    process.kill(platform.child.pid!, 'SIGTERM'); // pnpm alone, not its process group
    expect(await waitForNoProcess((p) => p.processGroup === group || p.commandLine.includes(folder))).toEqual(
      [],
    );
  });

  it('reuses the data folder on a second start and stops cleanly on Ctrl-C (SIGINT)', async () => {
    const folder = dataFolder();
    const env = embeddedEnv(folder);
    const first = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env,
      port: await findFreePort(),
    });
    expect(await first.stop('SIGTERM')).toBe(0);
    const cluster = statSync(path.join(folder, 'pg', 'PG_VERSION'));

    const second = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env,
      port: await findFreePort(),
    });
    // The same cluster, not a new one initialised over it.
    const reused = statSync(path.join(folder, 'pg', 'PG_VERSION'));
    expect([reused.ino, reused.mtimeMs]).toEqual([cluster.ino, cluster.mtimeMs]);
    expect(await communeName(second.baseUrl, '03154')).toEqual({ data: { commune: { name: 'Sín Thầu' } } });
    // The files' checksum has not changed: no second import.
    expect(second.output()).toContain('administrative units unchanged since the last import');
    expect(await second.stop('SIGINT')).toBe(0);
    expect(await waitForNoProcess((p) => p.commandLine.includes(folder))).toEqual([]);
  });

  it('leaves no PostgreSQL behind when the server process is killed outright', async () => {
    const folder = dataFolder();
    const platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: withoutUnitsEnv(folder),
      port: await findFreePort(),
    });
    // A wrong ADMIN_UNITS_DIR does not stop the start: it says that no unit was imported.
    expect(platform.output()).toContain('warning: administrative units are NOT imported: ADMIN_UNITS_DIR=');
    expect(await communeName(platform.baseUrl, '03331')).toEqual({ data: { commune: null } });
    // SIGKILL to the server alone: no handler runs; the launcher notices its stdin close.
    process.kill(platform.child.pid!, 'SIGKILL');
    expect(await waitForNoProcess((p) => p.commandLine.includes(folder))).toEqual([]);
  });
});
