import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../src';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A database URL on the test server; tests create their own databases beside it. */
    serverUrl: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let folder: string | undefined;

/**
 * One real PostgreSQL for the whole run: `TEST_DATABASE_URL` when given (any PostgreSQL 15+
 * where the user may create databases), else a fresh embedded one in a temporary folder.
 */
export async function setup(project: TestProject): Promise<void> {
  let url = process.env.TEST_DATABASE_URL;
  if (!url) {
    folder = mkdtempSync(path.join(tmpdir(), 'ocop-db-test-'));
    embedded = await startEmbeddedPostgres(folder, { throwaway: true });
    url = embedded.url;
  }
  project.provide('serverUrl', url);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (folder) rmSync(folder, { recursive: true, force: true });
}
