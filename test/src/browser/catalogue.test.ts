import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';
import { BADGE_TEXT, expectedBadge, productNamed, productPath, productsWithStatus } from './ocop-facts';

/** The status badge next to the product's name on its page. */
function productBadge(page: Page) {
  // The certificate's badge (it carries data-status), not the demo-data mark beside it.
  return page.locator('.product-summary .badge[data-status]');
}

describe('finding a product in Chromium: home → search → catalogue → product', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  it('finds "Gạo Séng Cù Điện Biên" typed "seng cu" without diacritics, and its badge reads as the API says', async () => {
    const fact = await productNamed('Gạo Séng Cù Điện Biên');
    // The demo renews this product's certificate in the round of the month it expires: on most
    // days it is valid, for a few days every three years it is between two certificates. The
    // badge must say what the API says, whichever it is today.
    const expected = expectedBadge(fact.currentCertificate);

    const page = await session.newPage('desktop');
    await page.goto(`${base()}/`);
    await page.getByLabel('Tìm sản phẩm OCOP').fill('seng cu');
    await page.getByRole('button', { name: 'Tìm', exact: true }).first().click();

    await page.waitForURL(/\/products\?q=seng\+cu$/);
    await expect
      .poll(() => page.locator('#catalogue-count').textContent())
      .toMatch(/^\d+ sản phẩm cho “seng cu”$/);
    const result = page
      .locator('.catalogue-results')
      .getByRole('link', { name: 'Gạo Séng Cù Điện Biên', exact: true });
    await result.waitFor();
    await screenshot(page, 'catalogue-search-desktop');

    await result.click();
    await page.waitForURL(`${base()}${productPath(fact.id)}`);
    await page.getByRole('heading', { level: 1, name: 'Gạo Séng Cù Điện Biên' }).waitFor();
    const badge = productBadge(page);
    await expect(badge.getAttribute('data-status')).resolves.toBe(expected);
    await expect(badge.textContent()).resolves.toBe(BADGE_TEXT.vi[expected]);
    // The certificate card shows the same number as the API, with the QR code of its check.
    const card = page.locator('.certificate-card');
    await expect(card.locator('.certificate-number').textContent()).resolves.toBe(
      fact.currentCertificate!.certificateNumber,
    );
    await card.locator('svg.qr-code').waitFor();
    await expect(card.getByRole('link', { name: 'Mở trang kiểm tra' }).getAttribute('href')).resolves.toBe(
      `/verify/${fact.currentCertificate!.certificateNumber}`,
    );
    await screenshot(page, 'product-desktop');

    // Switch to English on the product page.
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 2, name: 'OCOP certificate' }).waitFor();
    await expect(badge.textContent()).resolves.toBe(BADGE_TEXT.en.VALID);
    await expect(page.getAttribute('html', 'lang')).resolves.toBe('en');
    await page.getByRole('heading', { name: 'Prices and where to buy' }).waitFor();
    await screenshot(page, 'product-en-desktop');
  });

  it('shows a product whose current certificate has expired as EXPIRED, never valid', async () => {
    const expired = await productsWithStatus('EXPIRED');
    expect(expired.length, 'products with an expired certificate in the demo data').toBeGreaterThan(0);
    const fact = expired[0]!;
    expect(expectedBadge(fact.currentCertificate)).toBe('EXPIRED');

    const page = await session.newPage('desktop');
    await page.goto(`${base()}${productPath(fact.id)}`);
    await page.getByRole('heading', { level: 1, name: fact.name }).waitFor();
    await expect(productBadge(page).getAttribute('data-status')).resolves.toBe('EXPIRED');
    await expect(productBadge(page).textContent()).resolves.toBe(BADGE_TEXT.vi.EXPIRED);
    await expect(page.locator('.certificate-card .badge').textContent()).resolves.toBe(BADGE_TEXT.vi.EXPIRED);
    expect(await page.getByText(BADGE_TEXT.vi.VALID, { exact: true }).count()).toBe(0);
    await page.locator('.certificate-card svg.qr-code').waitFor();
    await screenshot(page, 'product-expired-desktop');

    // The catalogue lists it only when asked to include expired certificates, with its badge.
    await page.goto(`${base()}/products?q=${encodeURIComponent(fact.name)}&expired=1`);
    const card = page.locator('.product-card', {
      has: page.getByRole('link', { name: fact.name, exact: true }),
    });
    await card.waitFor();
    await expect(card.locator('.badge[data-status]').getAttribute('data-status')).resolves.toBe('EXPIRED');
  });

  it('reproduces a view from its link, and clears filters from the empty state', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${base()}/products?stars=4&sector=1&sort=name`);
    await page.locator('.product-card').first().waitFor();
    await expect(page.getByRole('checkbox', { name: '4 sao' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('Ngành hàng').inputValue()).resolves.toBe('1');
    await expect(page.getByLabel('Sắp xếp').inputValue()).resolves.toBe('name');
    const names = await page.locator('.product-card-title').allTextContents();
    expect(names.length).toBeGreaterThan(0);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'vi')));
    await screenshot(page, 'catalogue-desktop');

    // Changing a filter writes it into the URL. (A click, not check(): the box is controlled by
    // the URL, so it turns checked only after the navigation, which check() does not wait for.)
    await page.getByRole('checkbox', { name: '3 sao' }).click();
    await page.waitForURL(/stars=3,4&sector=1&sort=name$/);
    await page.getByRole('checkbox', { name: '3 sao', checked: true }).waitFor({ timeout: 10_000 });

    await page.goto(`${base()}/products?q=khongcosanphamnay&stars=5`);
    await page.getByText('Không tìm thấy sản phẩm nào cho “khongcosanphamnay”.').waitFor();
    await screenshot(page, 'catalogue-empty-desktop');
    await page.locator('.state-empty').getByRole('button', { name: 'Xoá bộ lọc' }).click();
    await page.waitForURL(/\/products\?q=khongcosanphamnay$/);
  });

  it('loads more products on the cursor', async () => {
    const all = await productsWithStatus('VALID');
    const page = await session.newPage('desktop');
    await page.goto(`${base()}/products`);
    await page.locator('.product-card').first().waitFor();
    const first = await page.locator('.product-card').count();
    expect(first).toBe(Math.min(12, all.length));
    if (all.length > 12) {
      await page.getByRole('button', { name: 'Xem thêm sản phẩm' }).click();
      await expect.poll(() => page.locator('.product-card').count()).toBe(Math.min(24, all.length));
    }
    await expect(page.locator('#catalogue-count').textContent()).resolves.toBe(`${all.length} sản phẩm`);
  });

  it('has no horizontal scroll on a phone, on each page', async () => {
    const fact = await productNamed('Gạo Séng Cù Điện Biên');
    const page = await session.newPage('phone');

    await page.goto(`${base()}/`);
    await page.locator('.product-card').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'home-phone');

    await page.goto(`${base()}/products?q=seng+cu`);
    await page.locator('.product-card').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'catalogue-phone');
    // The filters open on demand on a phone.
    await page.getByRole('button', { name: /Bộ lọc/ }).click();
    await page.getByLabel('Ngành hàng').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'catalogue-filters-phone');

    await page.goto(`${base()}${productPath(fact.id)}`);
    await page.locator('.certificate-card svg.qr-code').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'product-phone');
  });

  it('shows the home page on a desktop', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${base()}/`);
    await page.locator('.product-card').first().waitFor();
    await page.getByRole('heading', { name: 'Duyệt theo ngành hàng' }).waitFor();
    await screenshot(page, 'home-desktop');
  });

  it('names the district of a link with only `?district=100`, and says a code of no unit is unknown', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${base()}/products?district=100`);
    const filters = page.getByRole('list', { name: 'Bộ lọc đang áp dụng' });
    const chip = filters.getByRole('button', { name: /^Bỏ lọc: Huyện / });
    await chip.waitFor();
    expect(await chip.innerText()).not.toContain('100');

    await page.goto(`${base()}/products?district=999`);
    const unknown = filters.getByRole('button', { name: 'Bỏ lọc: Đơn vị không rõ (mã 999)' });
    await unknown.click();
    await page.waitForURL(`${base()}/products`);
  });
});
