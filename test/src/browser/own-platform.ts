import { afterAll, beforeAll, inject } from 'vitest';
import type { Page } from 'playwright-core';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from '../platform';
import { launchBrowser, type BrowserSession } from './browser';

/** The demo accounts' password (README, "Demo accounts"). */
export const DEMO_PASSWORD = 'ocop-demo-2026';

export interface OwnPlatform {
  /** The platform's base URL (`http://127.0.0.1:port`). */
  readonly base: string;
  readonly session: BrowserSession;
  /** An anonymous GraphQL query over HTTP; throws on errors. */
  publicQuery<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Opens `next`, which needs a login, logs in as `email` on the login page and waits to be back. */
  logIn(page: Page, next: string, email: string): Promise<void>;
}

/**
 * For a browser test that writes or moves the clock: a platform and a database of its own (the
 * demo data), started before the file's tests and stopped after them, with a browser.
 */
export function useOwnPlatform(
  database: string,
  env: NodeJS.ProcessEnv = {},
  cleanup: () => void = () => undefined,
): OwnPlatform {
  let platform: RunningPlatform | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    const url = await createDatabase(inject('serverUrl'), database);
    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: url, SEED_DEMO: 'true', ...env },
      port: await findFreePort(),
    });
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await platform?.stop();
    await dropDatabase(inject('serverUrl'), database);
    cleanup();
  });
  const own: OwnPlatform = {
    get base() {
      if (!platform) throw new Error('the platform is not started yet (use it inside a test)');
      return platform.baseUrl;
    },
    get session() {
      if (!session) throw new Error('the browser is not started yet (use it inside a test)');
      return session;
    },
    async publicQuery<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
      const response = await fetch(`${own.base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { data: T; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async logIn(page: Page, next: string, email: string): Promise<void> {
      await page.goto(`${own.base}${next}`);
      // A page that needs a login sends the public to the login page, and back afterwards.
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((url) => url.pathname + url.search === next);
    },
  };
  return own;
}
