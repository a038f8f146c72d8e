import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';
import { gql } from '../gql';
import { graphql } from '../graphql-client';

/** Điện Biên on 30 June 2021, the day of the source document's figures. */
const URL_2021 = '/statistics?province=11&asOf=2021-06-30';

/** The text of one headline figure (value, label and detail). */
const figure = (page: Page, key: string) => page.locator(`[data-figure="${key}"]`);

const AT_LEAST_STANDARD = gql(
  `query StatisticsNtmProgress($asOf: Date) { ntmProgress(provinceCode: "11", asOf: $asOf) { atLeastStandard } }`,
);

async function ntmAtLeastStandard(asOf: string): Promise<number> {
  const { body } = await graphql(AT_LEAST_STANDARD, { asOf });
  return body.data!.ntmProgress.atLeastStandard;
}

describe('the statistics page in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  it('shows the source document’s figures for Điện Biên as of 2021-06-30, with charts and tables', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}${URL_2021}`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' }).waitFor();

    expect(await figure(page, 'communes').innerText()).toMatch(/^21\s+xã đạt chuẩn nông thôn mới/);
    expect(await figure(page, 'villages').innerText()).toMatch(/^28\s+thôn, bản đạt chuẩn nông thôn mới/);
    expect(await figure(page, 'products').innerText()).toMatch(
      /^35\s+sản phẩm OCOP được chứng nhận\s+2 sản phẩm 4 sao · 33 sản phẩm 3 sao$/,
    );
    expect(await figure(page, 'producers').innerText()).toMatch(/^19\s+chủ thể OCOP/);

    const without = page.getByTestId('districts-without-standard');
    expect(await without.innerText()).toContain('4 huyện chưa có xã đạt chuẩn NTM');
    const names = await without.getByRole('listitem').allInnerTexts();
    expect(names.sort()).toEqual(
      ['Huyện Điện Biên Đông', 'Huyện Mường Chà', 'Huyện Tủa Chùa', 'Huyện Tuần Giáo'].sort(),
    );

    // The text tables behind the charts, for screen readers (and for this test).
    const ntmTable = page.getByRole('table', { name: /theo mức đạt chuẩn nông thôn mới, theo huyện/ });
    const total = ntmTable.locator('tfoot tr');
    expect(await total.locator('th, td').allInnerTexts()).toEqual(['Toàn tỉnh', '115', '21', '0', '0', '94']);
    const stars = page.getByRole('table', { name: 'Bảng số sản phẩm OCOP theo hạng sao' });
    expect(await stars.locator('tbody tr').allInnerTexts()).toEqual(['5 sao\t0', '4 sao\t2', '3 sao\t33']);

    // The charts, drawn by the lazily loaded charting chunk.
    await page.locator('.recharts-surface').nth(3).waitFor();
    expect(await page.locator('.chart .recharts-wrapper').count()).toBe(4);
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    await screenshot(page, 'statistics-desktop');
  });

  it('loads the charting code only on the statistics page', async () => {
    const page = await session.newPage('desktop');
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${inject('baseUrl')}/`);
    await page.getByRole('navigation').waitFor();
    await page.waitForLoadState('networkidle');
    expect(scripts.some((path) => path.includes('StatisticsCharts'))).toBe(false);

    await page.getByRole('navigation').getByRole('link', { name: 'Thống kê' }).click();
    await page.locator('.recharts-surface').first().waitFor();
    expect(scripts.filter((path) => path.includes('StatisticsCharts'))).toHaveLength(1);
  });

  it('keeps the province and the day in the URL, and switching the day changes the figures', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}${URL_2021}`);
    await figure(page, 'communes').waitFor();
    expect(await page.getByLabel('Tỉnh, thành phố').inputValue()).toBe('11');
    expect(await page.getByLabel('Ngày', { exact: true }).inputValue()).toBe('2021-06-30');

    const expected = await ntmAtLeastStandard('2020-06-30');
    expect(expected).not.toBe(21);
    await page.getByLabel('Ngày', { exact: true }).fill('2020-06-30');
    await page.waitForURL(/asOf=2020-06-30/);
    expect(new URL(page.url()).searchParams.get('province')).toBe('11');
    await page.getByText('Số liệu tại ngày 30/06/2020').waitFor();
    await expect
      .poll(() => figure(page, 'communes').locator('.stat-value').innerText())
      .toBe(String(expected));

    // The link reproduces the view.
    const again = await session.newPage('desktop');
    await again.goto(page.url());
    await again.getByText('Số liệu tại ngày 30/06/2020').waitFor();
    // The caption follows the URL at once; the figure follows when the data has arrived.
    await expect
      .poll(() => figure(again, 'communes').locator('.stat-value').innerText())
      .toBe(String(expected));
  });

  it('switches to English on the statistics page', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}${URL_2021}`);
    await figure(page, 'communes').waitFor();
    await page.getByRole('button', { name: /English/ }).click();

    await page.getByRole('heading', { level: 1, name: 'Statistics: Điện Biên' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await figure(page, 'communes').innerText()).toMatch(
      /^21\s+communes at NTM standard\s+of 115 rural communes$/,
    );
    expect(await figure(page, 'villages').innerText()).toMatch(/^28\s+villages at NTM standard/);
    expect(await figure(page, 'products').innerText()).toMatch(
      /^35\s+certified OCOP products\s+2 × 4★ · 33 × 3★$/,
    );
    expect(await page.getByTestId('districts-without-standard').innerText()).toContain(
      '4 districts without a commune at NTM standard',
    );
    expect(await page.getByText('Figures as of 30 Jun 2021').count()).toBe(1);
    expect(page.url()).toContain(URL_2021);
    await screenshot(page, 'statistics-desktop-en');
  });

  it('has no horizontal scroll on a phone', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}${URL_2021}`);
    await figure(page, 'communes').waitFor();
    await page.locator('.recharts-surface').nth(3).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'statistics-phone');
  });
});
