import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll, screenshot } from './browser';

/**
 * A cooperative keeps its listings in the portal: it logs in, changes a price on "My products",
 * and the public product page shows the new price; two people saving the same listing: the
 * second is told of the conflict. These tests write, so they run on a platform and a database of
 * their own (the demo data), never on the one the reading suites assert on.
 */
const EMAIL = DEMO.producerEditor;
const DATABASE = 'ocop_portal_writes';

interface ListingRow {
  id: string;
  version: number;
  priceVnd: number | null;
  unit: string;
}
interface ProductRow {
  id: string;
  name: string;
  listings: ListingRow[];
}

// Uploaded photos go to a folder of this test's own, removed afterwards.
const mediaDir = mkdtempSync(path.join(tmpdir(), 'ocop-portal-media-'));

const own = useOwnPlatform(DATABASE, { MEDIA_DIR: mediaDir }, () =>
  rmSync(mediaDir, { recursive: true, force: true }),
);
const PHOTO_URLS = gql(`query ListingEditOcopProduct($id: ID!) { ocopProduct(id: $id) { photos { url } } }`);
const logIn = (page: Page, next = '/my/products', email: string = EMAIL) => own.logIn(page, next, email);

/** The public API, as an anonymous partner reads it. */
async function product(search: string): Promise<ProductRow> {
  const data = await own.publicQuery(
    gql(`query ListingEditOcopProducts($search: String) { ocopProducts(first: 1, filter: { search: $search }) {
       nodes { id name listings { id version priceVnd unit } } } }`),
    { search },
  );
  const found = data.ocopProducts.nodes[0];
  if (!found) throw new Error(`no product matches "${search}"`);
  return found;
}

const vnd = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

describe('a cooperative edits its listings in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('logs in, changes a price on "My products", and the public product page shows it', async () => {
    const rice = await product('gao lut seng cu');
    const listing = rice.listings[0]!;
    // 45.000 ₫ in the demo data; relative to it, so that a retried run changes it again.
    const was = listing.priceVnd ?? 45000;
    const now = was + 2500;

    const page = await own.session.newPage('desktop');
    await logIn(page);
    // The header shows who is logged in, with the role.
    const account = page.getByRole('group', { name: 'Tài khoản' });
    await expect.poll(() => account.innerText()).toContain('Biên tập viên chủ thể');
    await page.getByRole('heading', { level: 1, name: 'Sản phẩm của tôi' }).waitFor();
    const card = page.locator('article.my-product', { has: page.getByRole('heading', { name: rice.name }) });
    expect(await card.locator('.my-listing-price').innerText()).toMatch(new RegExp(`${vnd(was)} ₫\\s*/ kg`));
    await screenshot(page, 'my-products-desktop');

    await card.getByRole('link', { name: /^Sửa tin bán/ }).click();
    await page.waitForURL(/\/my\/listings\//);
    const price = page.getByLabel('Giá bán (đồng)');
    // A fraction of a đồng is refused beside the field, not read as another amount.
    await price.fill('38.000,50');
    expect(await page.locator('#listing-priceVnd-amount').innerText()).toContain('không có phần lẻ');
    await price.fill(String(now));
    // The amount to be saved is said beside the field as it is typed.
    expect(await page.locator('#listing-priceVnd-amount').innerText()).toBe(`= ${vnd(now)} ₫`);
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Đã lưu tin bán' });
    await saved.waitFor();
    expect(await saved.innerText()).toContain(`phiên bản ${listing.version + 1}`);
    await screenshot(page, 'listing-edit-saved-desktop');

    // The database has it: the public API answers the new price and version.
    const after = await product('gao lut seng cu');
    expect(after.listings[0]).toMatchObject({
      id: listing.id,
      priceVnd: now,
      version: listing.version + 1,
    });

    // The public page, freshly loaded in a browser without a session, shows the new price.
    await saved.getByRole('link', { name: /Xem trang công khai/ }).click();
    await page.waitForURL(`${own.base}/products/${encodeURIComponent(rice.id)}`);
    const anonymous = await own.session.newPage('phone');
    await anonymous.goto(`${own.base}/products/${encodeURIComponent(rice.id)}`);
    await anonymous.getByRole('heading', { level: 1, name: rice.name }).waitFor();
    expect(await anonymous.locator('.listing-price').first().innerText()).toMatch(`${vnd(now)} ₫`);
    expect(await anonymous.getByRole('link', { name: 'Đăng nhập' }).count()).toBe(1);
  });

  it('answers a wrong password with a message, and logs out', async () => {
    const page = await own.session.newPage('phone');
    await page.goto(`${own.base}/login`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Mật khẩu', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Email hoặc mật khẩu không đúng.' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'login-error-phone');

    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    // A login that no page asked for goes on to where a producer editor's work starts.
    await page.waitForURL(`${own.base}/my/products`);
    await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('link', { name: 'Đăng nhập' }).waitFor();
    // The session is gone: "My products" asks for a login again.
    await page.goto(`${own.base}/my/products`);
    await page.waitForURL(/\/login\?next=%2Fmy%2Fproducts/);
    const cookies = await page.context().cookies();
    expect(cookies.filter((c) => c.name === 'ocop_session')).toEqual([]);
  });

  it('two people save the same listing: the second is told of the conflict and can load the new version', async () => {
    const noodles = await product('bun kho gao seng cu');
    const listing = noodles.listings[0]!;
    // Prices from the current one, so that a retried run changes the listing again.
    const theirs = (listing.priceVnd ?? 30000) + 1000;
    const mine = theirs + 3000;
    const first = await own.session.newPage('desktop');
    const second = await own.session.newPage('phone');
    const path = `/my/listings/${encodeURIComponent(listing.id)}`;
    await logIn(first, path);
    await logIn(second, path);
    for (const page of [first, second]) await page.getByLabel('Giá bán (đồng)').waitFor();

    await first.getByLabel('Giá bán (đồng)').fill(String(theirs));
    await first.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await first.getByRole('status').filter({ hasText: 'Đã lưu tin bán' }).waitFor();

    await second.getByLabel('Giá bán (đồng)').fill(String(mine));
    const description = await second.getByLabel('Mô tả').inputValue();
    await second.getByLabel('Mô tả').fill(`${description} Bún khô làm từ gạo Séng Cù.`.trim());
    await second.getByRole('button', { name: 'Lưu thay đổi' }).click();
    const conflict = second
      .getByRole('alert')
      .filter({ hasText: 'Tin bán đã được người khác sửa từ khi bạn mở' });
    await conflict.waitFor();
    expect(await hasHorizontalScroll(second)).toBe(false);
    // Nothing of the second person's was written.
    const between = await product('bun kho gao seng cu');
    expect(between.listings[0]).toMatchObject({ priceVnd: theirs, version: listing.version + 1 });

    await conflict.getByRole('button', { name: 'So sánh' }).click();
    const rows = conflict.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(3); // header, price, description
    expect(await rows.nth(1).innerText()).toMatch(new RegExp(`${vnd(theirs)} ₫\\s+${vnd(mine)} ₫`));
    await screenshot(second, 'listing-edit-conflict-phone');

    await conflict.getByRole('button', { name: 'Tải lại bản mới' }).click();
    expect(await second.getByLabel('Giá bán (đồng)').inputValue()).toBe(vnd(theirs));
    expect(await second.getByLabel('Mô tả').inputValue()).toBe(description);
    expect(await second.getByText(`Phiên bản ${listing.version + 1}`, { exact: true }).count()).toBe(1);
  });

  it('adds a photo (preview, upload; served from /media, on the public page) and removes it', async () => {
    const rice = await product('gao lut seng cu');
    const page = await own.session.newPage('phone');
    await logIn(page, `/my/products/${encodeURIComponent(rice.id)}/photos`);
    await page.locator('.photo-uploader').waitFor();
    const before = await own.publicQuery(PHOTO_URLS, { id: rice.id });
    // First a text file named .png: Chromium cannot decode it, so it is refused before any preview.
    await page
      .getByLabel('Chọn hoặc chụp ảnh')
      .setInputFiles({ name: 'anh-gia.png', mimeType: 'image/png', buffer: Buffer.from('not a picture') });
    await page.getByRole('alert').filter({ hasText: '“anh-gia.png” không phải là ảnh' }).waitFor();
    expect(await page.locator('.photo-preview img').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tải ảnh lên' }).count()).toBe(0);
    await screenshot(page, 'photo-not-an-image-phone');
    // A PNG signature with its data cut off: the signature passes, decoding does not.
    const png = await page.screenshot();
    await page
      .getByLabel('Chọn hoặc chụp ảnh')
      .setInputFiles({ name: 'cut.png', mimeType: 'image/png', buffer: png.subarray(0, 64) });
    await page.getByRole('alert').filter({ hasText: '“cut.png” không phải là ảnh' }).waitFor();
    expect(await page.locator('.photo-preview img').count()).toBe(0);
    // A real PNG: a screenshot of the page itself.
    await page
      .getByLabel('Chọn hoặc chụp ảnh')
      .setInputFiles({ name: 'gao-lut.png', mimeType: 'image/png', buffer: png });
    const preview = page.getByRole('img', { name: 'Ảnh sẽ gửi' });
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    await page.getByLabel('Chú thích ảnh').fill('Túi gạo lứt 1 kg');
    await screenshot(page, 'photo-preview-phone');
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm ảnh vào sản phẩm.' }).waitFor();
    const gallery = page.locator('.photo-gallery img');
    expect(await gallery.count()).toBe(before.ocopProduct!.photos.length + 1);
    const added = gallery.last();
    expect(await added.getAttribute('alt')).toBe('Túi gạo lứt 1 kg');
    // The file is served, and the public API lists the photo.
    const src = (await added.getAttribute('src'))!;
    const served = await fetch(`${own.base}${src}`);
    expect(served.status, `${src}: ${await served.clone().text()}`).toBe(200);
    expect(served.headers.get('content-type')).toMatch(/^image\//);
    const data = await own.publicQuery(
      gql(`query ListingEditOcopProduct2($id: ID!) { ocopProduct(id: $id) { photos { altVi url } } }`),
      { id: rice.id },
    );
    expect(data.ocopProduct!.photos).toHaveLength(before.ocopProduct!.photos.length + 1);
    expect(data.ocopProduct!.photos.at(-1)).toEqual({ altVi: 'Túi gạo lứt 1 kg', url: src });
    // The public page shows it (the first photo the platform serves).
    await page.goto(`${own.base}/products/${encodeURIComponent(rice.id)}`);
    const hero = page.locator('.product-visual-photo img');
    await hero.waitFor();
    expect(await hero.getAttribute('src')).toBe(data.ocopProduct!.photos.find((p) => p.url)!.url);
    await screenshot(page, 'product-with-photo-phone');

    // And removes it again: gone from the gallery and from the product.
    await page.goto(`${own.base}/my/products/${encodeURIComponent(rice.id)}/photos`);
    const items = page.locator('.photo-item');
    await expect.poll(() => items.count()).toBe(before.ocopProduct!.photos.length + 1);
    await items.last().getByRole('button', { name: 'Xoá ảnh' }).click();
    await items.last().getByRole('button', { name: 'Xoá', exact: true }).click();
    await expect.poll(() => items.count()).toBe(before.ocopProduct!.photos.length);
    const removed = await own.publicQuery(PHOTO_URLS, { id: rice.id });
    expect(removed.ocopProduct!.photos).toHaveLength(before.ocopProduct!.photos.length);
  });
});

describe('officials record the programmes in Chromium', BROWSER_TEST_OPTIONS, () => {
  const OFFICIAL = DEMO.provinceOfficial;

  it('a province official records an evaluation of a commune, counting the criteria met as they are ticked', async () => {
    const { communes } = await own.publicQuery(
      gql(
        `query ListingEditCommunes { communes(first: 1, filter: { provinceCode: "11", search: "Mường Phăng" }) { nodes { code fullName } } }`,
      ),
    );
    const commune = communes.nodes[0]!;
    const page = await own.session.newPage('phone');
    await logIn(page, '/official/evaluations/new', OFFICIAL);
    const criteria = page.locator('.criterion-answer');
    await criteria.first().waitFor();
    const total = await criteria.count();
    expect(total).toBeGreaterThan(5);
    await page.getByLabel('Tìm xã theo tên').fill(commune.fullName.replace(/^Xã /, ''));
    const select = page.locator('#evaluation-unitId');
    await expect.poll(() => select.locator('option', { hasText: commune.fullName }).count()).toBe(1);
    await select.selectOption({ label: commune.fullName });

    // Sent with nothing ticked: the summary names each criterion left, not "cannot be empty" n times.
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    const entries = page.getByRole('alert').getByRole('link');
    await expect.poll(() => entries.count()).toBe(total);
    const firstName = (await criteria.first().locator('legend').innerText()).replace(/^\d+\.\s*/, '');
    expect(await entries.first().innerText()).toBe(`Tiêu chí 1 – ${firstName}: Không được để trống mục này.`);

    await page.getByRole('button', { name: 'Đánh dấu tất cả là đạt' }).click();
    await page.getByText(`${total}/${total} đạt`).waitFor();
    await criteria.nth(1).getByLabel('Chưa đạt').click();
    await criteria.nth(1).getByRole('textbox').fill('Chưa hoàn thành đường liên thôn');
    await page.getByText(`${total - 1}/${total} đạt`).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'official-evaluation-phone');

    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã ghi đánh giá ${commune.fullName}: ${total - 1}/${total} đạt.` })
      .waitFor();
    // The public API has it as the commune's latest evaluation.
    const data = await own.publicQuery(
      gql(
        `query ListingEditCommune($code: String!) { commune(code: $code) { latestEvaluations { criteriaMet criteriaTotal evaluatedOn } } }`,
      ),
      { code: commune.code! },
    );
    expect(data.commune!.latestEvaluations).toContainEqual(
      expect.objectContaining({ criteriaMet: total - 1, criteriaTotal: total }),
    );
  });

  it('the certification form shows the stars of a score and the expiry of a decision as they are typed', async () => {
    const page = await own.session.newPage('desktop');
    await logIn(page, '/official/certifications/new', OFFICIAL);
    const score = page.getByLabel('Điểm (0–100)');
    const stars = page.locator('.score-stars');
    for (const [points, shown] of [
      ['95', '5 sao'],
      ['90', '5 sao'],
      ['89', '4 sao'],
      ['70', '4 sao'],
      // A decimal comma, as the site writes scores (76,5/100): 69,5 is not 695.
      ['69,5', '3 sao'],
      ['89.9', '4 sao'],
      ['50', '3 sao'],
    ] as const) {
      await score.fill(points);
      expect(await stars.getByLabel(shown).count(), points).toBe(1);
    }
    await score.fill('69,55');
    await stars.getByText('Điểm có tối đa một chữ số thập phân, ví dụ 69,5.').waitFor();
    await score.fill('49');
    await stars.getByText('Dưới 50 điểm: không được chứng nhận').waitFor();
    await page.getByLabel('Ngày quyết định').fill('2024-02-29');
    expect(await page.locator('.expiry').innerText()).toContain('28/02/2027');
    await screenshot(page, 'official-certification-desktop');
  });

  it('the audit view shows a cooperative’s price change as before → after', async () => {
    const page = await own.session.newPage('desktop');
    await logIn(page, '/official/audit?action=productListingUpdate&outcome=APPLIED', DEMO.administrator);
    const rows = page.locator('.audit-row');
    await rows.first().waitFor();
    // The first test of this file changed a price: newest first, with the field and both values.
    const change = await rows.first().locator('.diff-table').innerText();
    expect(change).toMatch(/price_vnd\s+\d+\s+\d+/);
    expect(await rows.first().innerText()).toContain(DEMO.producerEditor);
    expect(await page.getByLabel('Kết quả').inputValue()).toBe('APPLIED');
    await screenshot(page, 'official-audit-desktop');
  });

  it('the audit view reads a summary of repeated refusals as one sentence', async () => {
    // 60 cross-origin uploads: 50 written in full, 10 counted into one summary (audit.service.ts).
    for (let i = 0; i < 60; i += 1) {
      const response = await fetch(`${own.base}/uploads/photos`, {
        method: 'POST',
        headers: { 'content-type': 'image/png', origin: 'https://evil.example' },
        body: 'x',
      });
      expect(response.status).toBe(403);
    }
    const page = await own.session.newPage('desktop');
    await logIn(page, '/official/audit?action=photoUpload&outcome=DENIED', DEMO.administrator);
    const rows = page.locator('.audit-row');
    await rows.first().waitFor();
    const summary = rows.filter({ hasText: 'lần bị từ chối như thế này' });
    await summary.first().waitFor();
    // How many more, from where, and between when; its reason below.
    expect(await summary.first().innerText()).toMatch(
      /Thêm \d+ lần bị từ chối như thế này từ 127\.0\.0\.1, từ .+ đến .+ \(mỗi phút chỉ 50 lần đầu được ghi đầy đủ\)\.\s+CROSS_ORIGIN/,
    );
  });
});
