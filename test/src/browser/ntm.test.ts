import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

/** Thanh Hưng (district Điện Biên) on 30 June 2021: 14 of the 16 advanced criteria. */
const THANH_HUNG_2021 = '/communes/03331?asOf=2021-06-30';

describe('the commune page in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  it('shows commune 03331 as of 2021-06-30 meeting 14/16 advanced criteria, with each criterion', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}${THANH_HUNG_2021}`);
    await page.getByRole('heading', { level: 1, name: 'Xã Thanh Hưng' }).waitFor();

    const advanced = page.locator('article.checklist', { hasText: 'Bộ tiêu chí xã NTM nâng cao' });
    expect(await advanced.locator('.checklist-score strong').innerText()).toBe('14/16');
    expect(await advanced.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('14');
    expect(await advanced.locator('.criterion').count()).toBe(16);
    expect(await advanced.locator('.criterion-met').count()).toBe(14);
    const unmet = await advanced.locator('.criterion-unmet .criterion-name').allInnerTexts();
    expect(unmet).toEqual(['7. Thu nhập', '14. Môi trường và an toàn thực phẩm']);

    // NTM status today and on the chosen day, the day in the date input.
    expect(await page.getByLabel('Xem vào ngày').inputValue()).toBe('2021-06-30');
    const onDay = page.locator('.status-label', { hasText: 'Ngày 30/06/2021:' });
    expect(await onDay.locator('.ntm-badge').getAttribute('data-status')).toBe('STANDARD');
    // Recognition history: tier with the standard year, decision number and date.
    expect(await page.locator('.timeline-title').allInnerTexts()).toEqual([
      'Đạt chuẩn NTM nâng cao năm 2021',
      'Đạt chuẩn nông thôn mới năm 2016',
    ]);
    expect(await page.getByText(/Quyết định số 1285\/QĐ-UBND ngày 28\/12\/2016/).count()).toBe(1);
    // Villages with their status that day.
    expect(await page.locator('.village-list li').count()).toBeGreaterThan(0);
    await screenshot(page, 'commune-desktop');

    // What it became in the 2025 reform, linked; and back from there to what it was.
    await page.locator('.lineage-list').getByRole('link', { name: 'Xã Thanh Nưa' }).click();
    await page.waitForURL(/\/communes\/03328$/);
    await page.getByRole('heading', { level: 1, name: 'Xã Thanh Nưa' }).waitFor();
    const predecessor = page.locator('.lineage-list').getByRole('link', { name: 'Xã Thanh Hưng' });
    expect(await predecessor.getAttribute('href')).toBe('/communes/03331?asOf=2025-06-30');
    await screenshot(page, 'commune-today-desktop');
  });

  it('shows the commune on another day when the date changes, in the URL', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}${THANH_HUNG_2021}`);
    await page.getByRole('heading', { level: 1, name: 'Xã Thanh Hưng' }).waitFor();
    await page.getByLabel('Xem vào ngày').fill('2015-06-30');
    await page.waitForURL(/asOf=2015-06-30/);
    const onDay = page.locator('.status-label', { hasText: 'Ngày 30/06/2015:' });
    await onDay.waitFor();
    // Before its 2016 recognition the commune was not at NTM standard.
    expect(await onDay.locator('.ntm-badge').getAttribute('data-status')).toBe('NONE');
  });

  it('says so for a code no commune has', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/communes/99999`);
    await page.getByText('Không tìm thấy xã có mã 99999').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
  });

  it('has no horizontal scroll on a phone', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}${THANH_HUNG_2021}`);
    await page.locator('.checklist-score').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'commune-phone');

    await page.goto(`${inject('baseUrl')}/communes/03328`);
    await page.getByRole('heading', { level: 1, name: 'Xã Thanh Nưa' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'commune-today-phone');
  });

  it('a code that is not a commune code says "not found", without a network error and its retry', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/communes/abc`);
    await page.getByText('Không tìm thấy xã có mã abc').waitFor();
    await page.getByText('Mã xã gồm 5 chữ số, ví dụ 03328.').waitFor();
    expect(await page.getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
