import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addDays } from '@ocop/db';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll } from './browser';
import { useOwnPlatform } from './own-platform';

/**
 * A producer editor keeps what buyers read about a product, on a phone: "My products" → "Details
 * for buyers", capacity typed with a decimal comma, an English name, a certification whose last
 * day has passed (its status from the API, on the platform's day); the public page shows them.
 * Writes, so on a platform of its own. Screenshots into /tmp/shots-compare/.
 */
const SHOTS = '/tmp/shots-compare';
const own = useOwnPlatform('ocop_portal_buyer_details', {});

const PRODUCT = gql(`query BrowserDetailsProduct($search: String) {
  today
  ocopProducts(first: 1, filter: { search: $search }) { nodes { id name nameEn detailsVersion capacity { quantity unit period } } }
}`);

describe('a producer editor keeps the details for buyers in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('saves capacity and an English name, adds an expired certification, and the public page shows them', async () => {
    mkdirSync(SHOTS, { recursive: true });
    const before = await own.publicQuery(PRODUCT, { search: 'gao lut seng cu' });
    const rice = before.ocopProducts.nodes[0]!;
    const today = before.today;

    const page = await own.session.newPage('phone');
    page.setDefaultTimeout(20_000);
    await own.logIn(page, '/my/products', DEMO.producerEditor);
    const card = page.locator('article.my-product', { has: page.getByRole('heading', { name: rice.name }) });
    await card.getByRole('link', { name: 'Thông tin cho người mua' }).click();
    await page.waitForURL(/\/my\/products\/.+\/details$/);
    await page.getByLabel('Sản lượng').fill('2,5');
    await page.getByLabel('Đơn vị').fill('tấn');
    await page.getByLabel('Mỗi').selectOption('MONTH');
    await page.getByLabel('Tên tiếng Anh').fill('Séng Cù Brown Rice');
    await page.getByRole('button', { name: 'Lưu thông tin' }).click();
    await page.getByText(`Đã lưu (phiên bản ${rice.detailsVersion + 1}).`).waitFor();

    const after = await own.publicQuery(PRODUCT, { search: 'gao lut seng cu' });
    expect(after.ocopProducts.nodes[0]).toMatchObject({
      nameEn: 'Séng Cù Brown Rice',
      capacity: { quantity: 2.5, unit: 'tấn', period: 'MONTH' },
    });

    await page.getByLabel('Loại chứng nhận').selectOption('HACCP');
    await page.getByLabel('Tổ chức cấp').fill('Tổ chức chứng nhận thử');
    await page.getByLabel('Có hiệu lực từ').fill(addDays(today, -400));
    await page.getByLabel('Hết hạn ngày').fill(addDays(today, -10));
    await page.getByRole('button', { name: 'Thêm chứng nhận' }).click();
    await page.getByText('Đã thêm chứng nhận.').waitFor();
    const day = addDays(today, -9);
    const shown = `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
    await page.locator('.certifications-editor').getByText(`Hết hiệu lực từ ${shown}`).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'details-form-phone.png'), fullPage: true });

    await page.goto(`${own.base}/products/${encodeURIComponent(rice.id)}?lang=en`);
    await page.getByRole('heading', { level: 1, name: 'Séng Cù Brown Rice' }).waitFor();
    await expect(page.locator('.buyer-facts').textContent()).resolves.toContain('2.5 tấn per month');
    await page.locator('.quality-certification[data-status="EXPIRED"]').waitFor();
  });
});
