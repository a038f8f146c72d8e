import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

/**
 * Partners' first steps in a browser (issue 14): /graphql opens the explorer (GraphiQL, served by
 * the platform itself under its own Content-Security-Policy) with the example operations, one
 * runs and answers; /developers tells the rest, on a phone too. A plain HTTP client asking
 * /graphql still gets the API.
 */
describe('the explorer and the developers page', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  /** A page that records CSP violations, console errors and requests to other origins. */
  async function watched(viewport: 'desktop' | 'phone') {
    const page = await session.newPage(viewport);
    const problems: string[] = [];
    await page.exposeBinding('__violation', (_source, text: string) => void problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { __violation: (t: string) => void }).__violation(
          `CSP ${event.effectiveDirective} ${event.blockedURI}`,
        ),
      );
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    page.on('request', (request) => {
      if (!request.url().startsWith(base()) && !/^(data|blob):/.test(request.url()))
        problems.push(`other origin: ${request.url()}`);
    });
    return { page, problems };
  }

  async function responseText(page: Page): Promise<string> {
    return page.locator('.graphiql-response').innerText();
  }

  it('opens GraphiQL at /graphql with the example operations, and runs one against the API', async () => {
    const { page, problems } = await watched('desktop');
    const answer = await page.goto(`${base()}/graphql`);
    expect(answer!.status()).toBe(200);
    await page.locator('.graphiql-container').waitFor();
    const tabs = page.locator('.graphiql-tab');
    await expect.poll(() => tabs.count()).toBe(5);
    const names = await tabs.allInnerTexts();
    expect(names.map((n) => n.trim())).toEqual(
      expect.arrayContaining(['CataloguePage', 'CertificateCheck', 'NtmProgress', 'ChangeFeed', 'Budget']),
    );
    // The schema was introspected (the docs explorer has the root type) and the first tab runs.
    // Run once the editors have loaded (Monaco and its workers take a while on a cold machine: a
    // click before then does nothing); clicked again, seconds apart, while no answer has come.
    await page
      .locator('.graphiql-query-editor .view-lines')
      .filter({ hasText: 'CataloguePage' })
      .waitFor({ timeout: 30_000 });
    await expect
      .poll(
        async () => {
          const text = await responseText(page);
          if (!text.includes('"ocopProducts"')) await page.locator('.graphiql-execute-button').click();
          return text;
        },
        { timeout: 40_000, interval: 3_000 },
      )
      .toContain('"ocopProducts"');
    const text = await responseText(page);
    expect(text).toContain('"totalCount"');
    expect(text).not.toContain('"errors"');
    await screenshot(page, 'explorer-desktop');
    expect(problems).toEqual([]);
  });

  it('fits a phone', async () => {
    const { page, problems } = await watched('phone');
    await page.goto(`${base()}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.graphiql-query-editor .view-lines').waitFor(); // the editor has loaded
    await page.getByRole('link', { name: 'Hướng dẫn' }).waitFor();
    await screenshot(page, 'explorer-phone');
    expect(problems).toEqual([]);
  });

  it('still answers a plain HTTP client at /graphql as the API', async () => {
    const plain = await fetch(`${base()}/graphql?query=${encodeURIComponent('{ today }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(plain.headers.get('content-type')).toContain('application/json');
    expect(((await plain.json()) as { data: { today: string } }).data.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // A GET without a query and without asking for HTML: the API's own refusal, in JSON.
    const bare = await fetch(`${base()}/graphql`, { headers: { accept: '*/*' } });
    expect(bare.headers.get('content-type')).toContain('application/json');
    expect(bare.status).toBe(400);
  });

  it('the developers page: quick start, limits, error codes and the schema changelog, from the footer, on a phone', async () => {
    const { page, problems } = await watched('phone');
    await page.goto(`${base()}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'API GraphQL cho đối tác' }).click();
    await page.waitForURL(`${base()}/developers`);
    await page.getByRole('heading', { level: 1, name: 'Dành cho nhà phát triển' }).waitFor();
    for (const heading of ['Bắt đầu nhanh', 'Khoá API', 'Mã lỗi', 'Dòng thay đổi', 'Webhook']) {
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
    }
    await page.getByRole('rowheader', { name: 'RATE_LIMITED' }).waitFor();
    // The changelog's days, newest first, as schema/CHANGELOG.md has them.
    const days = await page.locator('.changelog h3').allInnerTexts();
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort().reverse()).toEqual(days);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'developers-phone');
    // The explorer button is a document load to /graphql.
    await page.getByRole('link', { name: 'Mở trình khám phá API' }).click();
    await page.waitForURL(`${base()}/graphql`);
    await page.locator('.graphiql-container').waitFor();
    expect(problems).toEqual([]);
  });

  it("the open-data page lists the national and a province's files, with sizes, and each downloads", async () => {
    // Generated in the background after the platform starts: waited for, not assumed.
    await expect
      .poll(async () => (await fetch(`${base()}/open-data/index.json`)).status, { timeout: 60_000 })
      .toBe(200);
    const manifest = (await (await fetch(`${base()}/open-data/index.json`)).json()) as {
      files: { name: string; provinceCode: string | null; provinceName?: string | null }[];
    };
    const national = manifest.files.filter((file) => file.provinceCode === null);
    const province = manifest.files.find((file) => file.provinceCode !== null)!;
    expect(national.length).toBeGreaterThan(0);
    const { page, problems } = await watched('phone');
    await page.goto(`${base()}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Dữ liệu mở' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dữ liệu mở' }).waitFor();
    const rows = page.locator('.open-data-files tbody tr');
    await expect.poll(() => rows.count()).toBe(national.length);
    await page.getByLabel('Phạm vi').selectOption(province.provinceCode!);
    await page.waitForURL(`${base()}/open-data?province=${province.provinceCode}`);
    const forProvince = manifest.files.filter((file) => file.provinceCode === province.provinceCode);
    await expect.poll(() => rows.count()).toBe(forProvince.length);
    const link = page.getByRole('link', { name: forProvince[0]!.name, exact: true });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/open-data/${forProvince[0]!.name}`);
    expect((await fetch(`${base()}${href}`)).status).toBe(200);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'open-data-phone');
    expect(problems).toEqual([]);
  });
});
