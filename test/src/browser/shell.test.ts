import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

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
});
