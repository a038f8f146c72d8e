import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { gql } from '../gql';
import { graphql } from '../graphql-client';
import { seriousViolations, type AxeViolation } from './axe';
import { BROWSER_TEST_OPTIONS, launchBrowser, screenshot, type BrowserSession } from './browser';
import { productPath, productsWithStatus } from './ocop-facts';

const A_PRODUCER = gql(`query BrowserA11yProducer {
  producers(first: 1, filter: { search: "seng cu muong thanh" }) { nodes { id } }
}`);

/**
 * Every public page of the portal, checked by axe-core in Chromium (WCAG A/AA and best practices):
 * none may have a serious or critical violation. The pages are taken from the API's data (a
 * product valid today, its certificate, a producer), each waited for until its content is there.
 */
describe('accessibility of every public page (axe-core)', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  let pages: { path: string; ready: string }[];
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    session = await launchBrowser();
    const [valid] = await productsWithStatus('VALID');
    const producer = (await graphql(A_PRODUCER, {})).body.data!.producers.nodes[0]!;
    pages = [
      { path: '/', ready: '.product-card' },
      { path: '/products', ready: '.product-card' },
      { path: productPath(valid!.id), ready: '.product-section' },
      { path: '/verify', ready: '.verify-help' },
      {
        path: `/verify/${encodeURIComponent(valid!.currentCertificate!.certificateNumber)}`,
        ready: '.verify-result',
      },
      { path: `/producers/${encodeURIComponent(producer.id)}`, ready: 'main h2' },
      { path: '/communes/03331', ready: 'main h2' },
      { path: '/communes/abc', ready: 'main h1' },
      { path: '/statistics', ready: '.recharts-surface' },
      { path: '/login', ready: 'form' },
      { path: '/no-such-page', ready: 'main h1' },
    ];
  });
  afterAll(() => session.close());

  async function visit(page: Page, path: string, ready: string) {
    await page.goto(`${base()}${path}`);
    await page.locator(ready).first().waitFor({ timeout: 15_000 });
    // A page still loading (a dimmed previous answer, a list being fetched) is not yet the page.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, {
      timeout: 15_000,
    });
  }

  for (const viewport of ['desktop', 'phone'] as const) {
    it(`no serious or critical violation on any page (${viewport})`, async () => {
      const page = await session.newPage(viewport);
      const found: { path: string; violations: AxeViolation[] }[] = [];
      for (const { path, ready } of pages) {
        await visit(page, path, ready);
        const violations = await seriousViolations(page);
        if (violations.length > 0) found.push({ path, violations });
      }
      expect(found).toEqual([]);
    });
  }

  it('the open phone menu and the English pages have none either', async () => {
    const page = await session.newPage('phone', 'en');
    await visit(page, '/?lang=en', 'main h1');
    await page.getByRole('button', { name: 'Open the menu' }).click();
    const menu = await seriousViolations(page);
    await visit(page, '/products?lang=en', '.product-card');
    const catalogue = await seriousViolations(page);
    expect({ menu, catalogue }).toEqual({ menu: [], catalogue: [] });
  });

  it('after following a link, the focus is on the new page’s heading (announced by screen readers)', async () => {
    const page = await session.newPage('desktop');
    await visit(page, '/', 'main h1');
    const focusedHeading = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active?.tagName === 'H1' ? active.textContent : `${active?.tagName ?? 'none'}`;
      });
    // The first page of a visit keeps the browser's own start.
    expect(await focusedHeading()).toBe('BODY');
    await page.getByRole('navigation').getByRole('link', { name: 'Sản phẩm', exact: true }).click();
    await page.waitForURL(`${base()}/products`);
    // The catalogue's own grid: the home page, still shown for a moment, has product cards too.
    await page.locator('.product-grid-catalogue .product-card').first().waitFor();
    const catalogueHeading = await page.locator('main h1').textContent();
    await expect.poll(focusedHeading, { timeout: 5_000 }).toBe(catalogueHeading);

    await page.locator('.product-card-title a').first().click();
    await page.waitForURL(/\/products\/.+/);
    await page.locator('.product-section').first().waitFor();
    const productHeading = await page.locator('main h1').textContent();
    await expect.poll(focusedHeading, { timeout: 5_000 }).toBe(productHeading);
    // The ring of a control is not drawn around a heading.
    const outline = await page.locator('main h1').evaluate((h) => getComputedStyle(h).outlineStyle);
    expect(outline).toBe('none');
    await screenshot(page, 'focus-heading-desktop');
  });
});
