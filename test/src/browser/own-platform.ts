import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import type { Loose, TypedDocument } from '../client';
import { DEMO } from '../demo-accounts';
import { startDemoPlatform, type DemoPlatform } from '../demo-platform';
import { launchBrowser, type BrowserSession } from './browser';

export interface OwnPlatform {
  /** The platform's base URL (`http://127.0.0.1:port`). */
  readonly base: string;
  readonly session: BrowserSession;
  /** An anonymous GraphQL query over HTTP (the one client); throws on errors. */
  publicQuery<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  publicQuery<T, V>(document: TypedDocument<T, V>, variables?: V): Promise<T>;
  /** Opens `next`, which needs a login, logs in as `email` on the login page and waits to be back. */
  logIn(page: Page, next: string, email: string): Promise<void>;
}

/**
 * For a browser test that writes or moves the clock: a platform and a database of its own (the
 * demo data, startDemoPlatform), started before the file's tests and stopped after them, with a
 * browser.
 */
export function useOwnPlatform(
  database: string,
  env: NodeJS.ProcessEnv = {},
  cleanup: () => void = () => undefined,
): OwnPlatform {
  let platform: DemoPlatform | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    platform = await startDemoPlatform(database, env);
    session = await launchBrowser();
  });
  afterAll(async () => {
    await session?.close();
    await platform?.stop();
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
    async publicQuery(
      document: string | TypedDocument<Loose, Loose>,
      variables: unknown = {},
    ): Promise<Loose> {
      if (!platform) throw new Error('the platform is not started yet (use it inside a test)');
      const { body } = await platform.client.request(document as string, variables);
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data;
    },
    async logIn(page: Page, next: string, email: string): Promise<void> {
      await page.goto(`${own.base}${next}`);
      // A page that needs a login sends the public to the login page, and back afterwards.
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((url) => url.pathname + url.search === next);
    },
  };
  return own;
}
