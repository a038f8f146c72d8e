import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';
import { gql } from '../gql';
import { graphql } from '../graphql-client';

const SUMMARIES = gql(`query BrowserHomeSummaries {
  platform: ocopSummary { products producers }
  province: ocopSummary(provinceCode: "11") { products producers }
  producers(first: 1) { totalCount }
}`);

describe('the portal shell in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  it('is served by the platform at / in Vietnamese, and switches to English', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Kiểm tra chứng nhận' }).waitFor();

    await page.getByRole('button', { name: /English/ }).click();
    await nav.getByRole('link', { name: 'Check a certificate' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
  });

  it('opens deep links directly (the server answers them with the portal)', async () => {
    const page = await session.newPage('desktop');
    const response = await page.goto(`${inject('baseUrl')}/statistics`);
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-type']).toMatch(/text\/html/);
  });

  it('has no horizontal scroll on a phone', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'shell-phone');
  });

  it('on a 390 px phone every menu entry is reachable: a button opens the list, Escape closes it', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/`);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    const toggle = nav.getByRole('button', { name: 'Mở menu' });
    await toggle.waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Thống kê' }).isVisible()).toBe(false);

    await toggle.click();
    expect(await nav.getByRole('button', { name: 'Đóng menu' }).getAttribute('aria-expanded')).toBe('true');
    const links = nav.getByRole('link');
    expect(await links.allInnerTexts()).toEqual(['Trang chủ', 'Sản phẩm', 'Kiểm tra chứng nhận', 'Thống kê']);
    // Each entry whole inside the screen, none past the right edge.
    for (const link of await links.all()) {
      const box = (await link.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Trang chủ');
    await screenshot(page, 'menu-open-phone');

    await page.keyboard.press('Escape');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Thống kê' }).isVisible()).toBe(false);

    await toggle.click();
    await nav.getByRole('link', { name: 'Thống kê' }).click();
    await page.waitForURL(/\/statistics$/);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('the desktop menu shows every entry in a row, without the menu button', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/`);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Thống kê' }).waitFor();
    expect(await nav.getByRole('button').isVisible()).toBe(false);
  });

  it('a page script that fails to load (network gone) shows a friendly error with a reload, in the layout', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation').waitFor();
    await page.waitForLoadState('networkidle');
    // The statistics page's chunk cannot be fetched, as when the network is gone.
    let refused = 0;
    await page.route(/\/assets\/StatisticsRoute-[^/]*\.js$/, (route) => {
      refused += 1;
      return route.abort('internetdisconnected');
    });
    await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('navigation').getByRole('link', { name: 'Thống kê' }).click();
    const alert = page.getByRole('alert');
    await alert.getByRole('heading', { level: 1, name: 'Không mở được trang này' }).waitFor();
    expect(refused).toBeGreaterThan(0);
    expect(await page.getByText('Unexpected Application Error').count()).toBe(0);
    expect(await page.getByText(/Hey developer/).count()).toBe(0);
    // The header and footer stay, with a way home and a reload.
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('contentinfo').isVisible()).toBe(true);
    expect(await alert.getByRole('link', { name: 'Về trang chủ' }).getAttribute('href')).toBe('/');
    await screenshot(page, 'route-error-phone');

    // Back online, the reload opens the page.
    await page.unrouteAll();
    await alert.getByRole('button', { name: 'Tải lại trang' }).click();
    await page.getByRole('heading', { level: 1, name: /Thống kê/ }).waitFor();
    expect(await page.getByTestId('route-error').count()).toBe(0);
  });

  it('the home page counts producers one way: the producers of valid products, at the top and in the province line', async () => {
    const { body } = await graphql(SUMMARIES, {});
    const { platform, province, producers } = body.data!;
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/`);
    await page.locator('.home-figure').first().waitFor();
    const figures = (await page.locator('.home-figure').allInnerTexts()).map((f) => f.replace(/\s+/g, ' '));
    const number = (n: number) => n.toLocaleString('vi-VN');
    expect(figures[0]).toContain(`${number(platform.products)} sản phẩm OCOP còn hiệu lực chứng nhận`);
    expect(figures[1]).toContain(`${number(platform.producers)} chủ thể của các sản phẩm đó`);
    // The demo platform holds one province: its line says the same numbers, by the same definition.
    expect(province).toEqual(platform);
    await page
      .getByText(
        `${number(province.products)} sản phẩm OCOP còn hiệu lực của ${number(province.producers)} chủ thể`,
      )
      .waitFor();
    // Not the count of every registered producer (the figure it showed before), when they differ.
    if (producers.totalCount !== platform.producers)
      expect(figures[1]).not.toMatch(new RegExp(`^${number(producers.totalCount)} `));
    await screenshot(page, 'home-figures-desktop');
  });
});
