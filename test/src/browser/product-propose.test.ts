import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll, screenshot } from './browser';

/**
 * A cooperative proposes a new product and adds a way to buy it: both appear in "My products",
 * the product marked as not OCOP-certified, and the public catalogue does not list it (only
 * certified products are OCOP products). This test writes, so it runs on a platform and a
 * database of its own (the demo data).
 */
const EMAIL = DEMO.producerEditor;
const DATABASE = 'ocop_portal_propose';

interface ProducerProduct {
  id: string;
  name: string;
  certificateStatus: string | null;
  stars: number | null;
  classification: { productSet: { code: string } } | null;
  originCommune: { fullName: string } | null;
  listings: { priceVnd: number | null; unit: string; packaging: string | null }[];
}

/** Every product of the cooperative, certified or not, as the public API lists them. */
const own = useOwnPlatform(DATABASE);
const logIn = (page: Page, next: string) => own.logIn(page, next, EMAIL);

async function cooperativeProducts(): Promise<ProducerProduct[]> {
  const data = await own.publicQuery(
    gql(`query ProductProposeOcopProducts { ocopProducts(first: 1, filter: { search: "gao lut seng cu" }) { nodes { producer { products(first: 100) {
       nodes { id name certificateStatus stars classification { productSet { code } } originCommune { fullName }
               listings { priceVnd unit packaging } } } } } } }`),
  );
  return data.ocopProducts.nodes[0]!.producer.products.nodes;
}

describe('a cooperative proposes a product in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('proposes a product, adds a listing with a price, sees both in My products, and the catalogue does not list it', async () => {
    // A name of its own per run, so that a retried run proposes another product.
    const name = `Mật ong bạc hà Séng Cù ${Date.now().toString(36)}`;
    const before = await cooperativeProducts();

    const page = await own.session.newPage('desktop');
    await logIn(page, '/my/products');
    await page.getByRole('link', { name: 'Đề xuất sản phẩm mới' }).click();
    await page.waitForURL(`${own.base}/my/products/new`);
    await page.getByRole('heading', { level: 1, name: 'Đề xuất sản phẩm mới' }).waitFor();
    // One line says what a proposal is not.
    expect(await page.locator('.page-lead').innerText()).toContain('chưa phải là sản phẩm OCOP');
    // The producer is the editor's, shown and not chosen.
    expect(await page.locator('.field-static').first().innerText()).toBe(
      'HTX Nông nghiệp Séng Cù Mường Thanh',
    );

    await page.getByLabel('Tên sản phẩm').fill(name);
    await page.getByLabel('Mô tả sản phẩm').fill('Mật ong hoa bạc hà, thu hoạch tháng 11.');
    await page.getByLabel('Ngành').selectOption('1');
    await page.getByLabel('Nhóm').selectOption('1.2');
    await page.getByLabel('Bộ sản phẩm').selectOption('1.2.2');
    await screenshot(page, 'product-propose-desktop');
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    const proposed = page.getByRole('status').filter({ hasText: 'Đã đề xuất sản phẩm' });
    await proposed.waitFor();
    expect(await proposed.innerText()).toContain(name);

    // The database has it: one more product of the cooperative, classified, never certified.
    const afterProposal = await cooperativeProducts();
    expect(afterProposal).toHaveLength(before.length + 1);
    const product = afterProposal.find((p) => p.name === name)!;
    expect(product).toMatchObject({
      certificateStatus: null,
      stars: null,
      classification: { productSet: { code: '1.2.2' } },
      listings: [],
    });

    await proposed.getByRole('link', { name: 'Thêm cách bán cho sản phẩm này' }).click();
    await page.waitForURL(`${own.base}/my/products/${encodeURIComponent(product.id)}/listings/new`);
    await page.getByRole('heading', { level: 1, name: `Thêm cách bán: ${name}` }).waitFor();
    // First without a unit: the API's error shows under the field, and nothing is written.
    // Typed as people say it; the amount to be saved is shown beside the field.
    await page.getByLabel('Giá bán (đồng)').fill('185k');
    expect(await page.locator('#listing-priceVnd-amount').innerText()).toBe('= 185.000 ₫');
    await page.getByRole('button', { name: 'Thêm tin bán' }).click();
    await page.locator('#listing-unit-error').filter({ hasText: 'Không được để trống mục này.' }).waitFor();
    expect((await cooperativeProducts()).find((p) => p.id === product.id)!.listings).toEqual([]);

    await page.getByLabel('Đơn vị tính').fill('hũ 500 ml');
    await page.getByLabel('Quy cách đóng gói').fill('Hũ thuỷ tinh');
    await page.getByRole('button', { name: 'Thêm tin bán' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm tin bán “hũ 500 ml”.' }).waitFor();
    expect((await cooperativeProducts()).find((p) => p.id === product.id)!.listings).toEqual([
      { priceVnd: 185000, unit: 'hũ 500 ml', packaging: 'Hũ thuỷ tinh' },
    ]);

    // My products, on a phone: the product, not certified, with its listing and price.
    const phone = await own.session.newPage('phone');
    await logIn(phone, '/my/products');
    const card = phone.locator('article.my-product', { has: phone.getByRole('heading', { name }) });
    await card.waitFor();
    expect(await card.locator('.badge').innerText()).toBe('Chưa chứng nhận OCOP');
    expect(await card.locator('.my-listing-price').innerText()).toMatch(/185\.000 ₫\s*\/ hũ 500 ml/);
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await card.scrollIntoViewIfNeeded();
    await screenshot(phone, 'my-products-proposed-phone');

    // The public catalogue lists the cooperative's certified products for "seng cu", not this one.
    const anonymous = await own.session.newPage('desktop');
    await anonymous.goto(`${own.base}/products?q=seng+cu`);
    const results = anonymous.locator('.catalogue-results');
    await results.getByRole('link', { name: 'Gạo Séng Cù Điện Biên', exact: true }).waitFor();
    expect(await results.getByRole('link', { name }).count()).toBe(0);
    expect(await results.innerText()).not.toContain(name);
    // Nor does the API's catalogue, searched by its very name.
    const searched = await own.publicQuery(
      gql(
        `query ProductProposeOcopProducts2($q: String) { ocopProducts(first: 50, filter: { search: $q }) { nodes { name } } }`,
      ),
      { q: name },
    );
    expect(searched.ocopProducts.nodes.map((n) => n.name)).not.toContain(name);
  });

  it('on a 390 px phone the editor reaches "Sản phẩm của tôi" through the menu button', async () => {
    const phone = await own.session.newPage('phone');
    await logIn(phone, '/my/products');
    const nav = phone.getByRole('navigation', { name: 'Điều hướng chính' });
    const toggle = nav.getByRole('button', { name: 'Mở menu' });
    // Away from the editor's page by the menu, and back by it.
    await toggle.click();
    await nav.getByRole('link', { name: 'Sản phẩm', exact: true }).click();
    await phone.waitForURL(`${own.base}/products`);
    const mine = nav.getByRole('link', { name: 'Sản phẩm của tôi' });
    await toggle.click();
    await mine.waitFor();
    const box = (await mine.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await screenshot(phone, 'menu-open-editor-phone');
    await mine.click();
    await phone.waitForURL(`${own.base}/my/products`);
    await phone.getByRole('heading', { level: 1, name: 'Sản phẩm của tôi' }).waitFor();
  });
});
