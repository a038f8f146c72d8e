import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addMonths, vietnamDayOf } from '@ocop/db';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { BROWSER_TEST_OPTIONS, screenshot } from './browser';

/**
 * The portal's "today" is the platform's, never the browser's: a platform pinned to a day years
 * from this machine's clock (OCOP_TODAY) must show that day as today, default its forms to it,
 * and never show a certificate whose expiry has passed on it as valid. It runs on a platform and
 * a database of its own (the demo data), since it logs in.
 */
// The browser's own day (this machine's clock, which the browser reads) and a pinned day 52
// months after it: certificates that lapsed between the two read valid by the browser's clock.
const BROWSER_DAY = vietnamDayOf(Date.now());
const PINNED = addMonths(BROWSER_DAY, 52);
const PINNED_VI = `${PINNED.slice(8, 10)}/${PINNED.slice(5, 7)}/${PINNED.slice(0, 4)}`;
const DATABASE = 'ocop_portal_platform_day';
const OFFICIAL = DEMO.provinceOfficial;

const own = useOwnPlatform(DATABASE, { OCOP_TODAY: PINNED });
const logIn = (page: Page, next: string) => own.logIn(page, next, OFFICIAL);

describe('the platform’s day in Chromium (OCOP_TODAY pinned)', BROWSER_TEST_OPTIONS, () => {
  it('the API says the pinned day', async () => {
    expect(await own.publicQuery(gql(`query PlatformDay { today }`))).toEqual({ today: PINNED });
  });

  it('a certificate whose expiry has passed on the platform’s day never reads valid', async () => {
    const { ocopProducts } = await own.publicQuery(
      gql(`query PlatformDayOcopProducts { ocopProducts(first: 100, filter: { certificateStatus: [EXPIRED] }) {
           nodes { id currentCertificate { expiresOn status } } } }`),
    );
    // A product whose certificate expired between the browser's day and the platform's: the
    // browser's clock would call it valid (the demo, seeded on the pinned day, has lapses then).
    const product = ocopProducts.nodes.find((p) => p.currentCertificate!.expiresOn > BROWSER_DAY);
    expect(product, `a certificate expired between ${BROWSER_DAY} and ${PINNED}`).toBeDefined();
    expect(product!.currentCertificate!.expiresOn <= PINNED).toBe(true);

    const page = await own.session.newPage('desktop');
    await page.goto(`${own.base}/products/${encodeURIComponent(product!.id)}`);
    const badge = page.locator('.certificate-card [data-status]').first();
    await badge.waitFor();
    expect(await badge.getAttribute('data-status')).toBe('EXPIRED');
    expect(await page.locator('[data-status="VALID"]').count()).toBe(0);
  });

  it('the commune and statistics pages say the pinned day as today', async () => {
    const page = await own.session.newPage('desktop');
    await page.goto(`${own.base}/communes/03328`);
    await page.getByText(`Hôm nay (${PINNED_VI})`, { exact: true }).waitFor();
    expect(await page.getByLabel('Xem vào ngày').inputValue()).toBe(PINNED);
    expect(await page.getByLabel('Xem vào ngày').getAttribute('max')).toBe(PINNED);

    // The day picker offers the platform's day as today (the figures' own day is the API's `asOf`).
    await page.goto(`${own.base}/statistics?province=11`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' }).waitFor();
    expect(await page.getByLabel('Ngày', { exact: true }).inputValue()).toBe(PINNED);
    expect(await page.getByLabel('Ngày', { exact: true }).getAttribute('max')).toBe(PINNED);
    await screenshot(page, 'platform-day-statistics-desktop');
  });

  it('the officials’ forms default to the platform’s day and allow no later one', async () => {
    const page = await own.session.newPage('desktop');
    await logIn(page, '/official/certifications/new');
    const decision = page.getByLabel(/Ngày quyết định/);
    await decision.waitFor();
    expect(await decision.inputValue()).toBe(PINNED);
    expect(await decision.getAttribute('max')).toBe(PINNED);
    // The expiry shown is the decision day + 36 months.
    const expiry = addMonths(PINNED, 36);
    await page.getByText(`${expiry.slice(8, 10)}/${expiry.slice(5, 7)}/${expiry.slice(0, 4)}`).waitFor();

    for (const [path, label] of [
      ['/official/evaluations/new', /^Ngày/],
      ['/official/recognitions/new', /Ngày quyết định/],
    ] as const) {
      await page.goto(`${own.base}${path}`);
      const input = page.locator('input[type="date"]').first();
      await input.waitFor();
      expect(await page.getByLabel(label).first().inputValue()).toBe(PINNED);
      expect(await input.getAttribute('max')).toBe(PINNED);
    }
    await screenshot(page, 'platform-day-recognition-desktop');
  });
});
