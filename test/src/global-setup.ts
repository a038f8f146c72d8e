import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createDatabase, findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The started platform's base URL (`http://127.0.0.1:port`), on the demo data. */
    baseUrl: string;
    /** A URL on the same PostgreSQL server, for tests that need databases of their own. */
    serverUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let folder: string | undefined;
let platform: RunningPlatform | undefined;

/**
 * One real PostgreSQL (`TEST_DATABASE_URL`, or an embedded one in a temporary folder) and one
 * platform started from its compiled entry point on a database of its own, with the demo data.
 */
export async function setup(project: TestProject): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    folder = mkdtempSync(path.join(tmpdir(), 'ocop-e2e-'));
    embedded = await startEmbeddedPostgres(folder, { throwaway: true });
    serverUrl = embedded.url;
  }
  const databaseUrl = await createDatabase(serverUrl, 'ocop_e2e');
  platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'true' },
    port: await findFreePort(),
  });
  project.provide('baseUrl', platform.baseUrl);
  project.provide('serverUrl', serverUrl);
}

export async function teardown(): Promise<void> {
  await platform?.stop();
  await embedded?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
