import { mkdirSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { client } from '../client';
import { DEMO } from '../demo-accounts';
import { expectAccessible } from './axe';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll } from './browser';
import { useOwnPlatform } from './own-platform';

/**
 * Issue 13's whole trade journey in one go, in Chromium on a 390 px phone, in Vietnamese: a buyer
 * searches the catalogue with a misspelt regional name and filters by stars, compares three
 * products, goes back and downloads the Excel export of the list, opens a product of the demo
 * producer editor's cooperative and sends an inquiry; the editor sees the badge and the inquiry
 * and answers; the buyer reads the answer through the private link; the official sees the figures
 * count it, and no contact. axe runs on every page. Everything expected is taken from the API.
 * Screenshots (phone; desktop of compare and the inbox) go to /tmp/shots-journey/.
 */
const DATABASE = 'ocop_portal_trade_journey';
const SHOTS = '/tmp/shots-journey';
mkdirSync(SHOTS, { recursive: true });
const own = useOwnPlatform(DATABASE);

/** A buyer's typing: no accents, and "ku" for "Cù" (as it is said, not as it is spelt). */
const QUERY = 'gao seng ku';

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

interface ListedProduct {
  id: string;
  name: string;
  stars: number | null;
  producer: { id: string; name: string };
}

const LIST = `query TradeJourneyList($filter: OcopProductFilter) {
  ocopProducts(first: 100, filter: $filter, orderBy: { field: RELEVANCE, direction: DESC }) {
    totalCount nodes { id name stars producer { id name } }
  }
}`;

/** The product names the catalogue page shows, card by card. */
const cardNames = (page: Page) =>
  page.locator('.catalogue-results .product-card .product-card-title a').allTextContents();

/** The phone page does not scroll sideways and axe finds nothing serious on it. */
async function checkPage(page: Page, where: string): Promise<void> {
  expect(await hasHorizontalScroll(page), `${where}: sideways scroll`).toBe(false);
  await expectAccessible(page, where);
}

describe('the whole trade journey on a phone', BROWSER_TEST_OPTIONS, () => {
  it('search, compare three, export, inquire; the producer answers; the buyer reads it; the official sees figures only', async () => {
    const list = (filter: object) =>
      own.publicQuery<{ ocopProducts: { totalCount: number; nodes: ListedProduct[] } }>(LIST, { filter });

    // The demo producer editor's cooperative, as the API tells its editor.
    const editorApi = await client(own.base).logIn(DEMO.producerEditor);
    const viewer = await editorApi.request('query { viewer { roles { role producer { id name } } } }');
    const producer = (
      viewer.body.data as { viewer: { roles: { producer: { id: string; name: string } | null }[] } }
    ).viewer.roles.find((r) => r.producer)!.producer!;

    // What the misspelt search finds; the stars to filter by: those of the cooperative's first
    // product found, and more star values (most common first) until at least three products remain.
    const found = (await list({ search: QUERY })).ocopProducts.nodes;
    const ours = found.find((p) => p.producer.id === producer.id);
    expect(ours, `"${QUERY}" finds a product of ${producer.name}`).toBeDefined();
    const starCounts = new Map<number, number>();
    for (const p of found) if (p.stars) starCounts.set(p.stars, (starCounts.get(p.stars) ?? 0) + 1);
    const stars = [ours!.stars!];
    for (const [value] of [...starCounts].sort((a, b) => b[1] - a[1])) {
      if (found.filter((p) => p.stars !== null && stars.includes(p.stars)).length >= 3) break;
      if (!stars.includes(value)) stars.push(value);
    }
    const expected = (await list({ search: QUERY, stars })).ocopProducts;
    expect(expected.totalCount).toBeGreaterThanOrEqual(3);
    expect(expected.totalCount).toBeLessThanOrEqual(12); // one page of cards: the export lists them all
    const expectedNames = expected.nodes.map((p) => p.name);

    // The official's figures for the cooperative before the inquiry (received, the first column).
    const official = await own.session.newPage('phone');
    official.setDefaultTimeout(20_000);
    await own.logIn(official, '/official/trade', DEMO.provinceOfficial);
    await official.getByRole('heading', { level: 1, name: 'Xúc tiến thương mại' }).waitFor();
    await official.getByRole('table').waitFor();
    await official.getByLabel('Nhóm theo').selectOption('PRODUCER');
    await official.getByRole('button', { name: 'Xem' }).click();
    await official.waitForURL(/group=PRODUCER/);
    const producerRow = () => official.getByRole('row', { name: new RegExp(producer.name) });
    await producerRow().waitFor();
    const receivedBefore = Number((await producerRow().getByRole('cell').allInnerTexts())[0]);

    // 1. The buyer, not logged in, on a phone: search with the typo, filter by stars.
    const buyer = await own.session.newPage('phone');
    buyer.setDefaultTimeout(20_000);
    await buyer.goto(`${own.base}/products`);
    await buyer.getByRole('heading', { level: 1 }).waitFor();
    await buyer.locator('.catalogue-results .product-card').first().waitFor();
    await buyer.getByRole('searchbox', { name: 'Tìm theo tên sản phẩm' }).fill(QUERY);
    await buyer.getByRole('button', { name: 'Tìm', exact: true }).click();
    await buyer.waitForURL((url) => url.searchParams.get('q') === QUERY);
    await buyer.locator('.filters-toggle').click();
    for (const value of stars) {
      const box = buyer.getByRole('checkbox', { name: `${value} sao`, exact: true });
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
    }
    await buyer.waitForURL((url) => (url.searchParams.get('stars') ?? '').split(',').length === stars.length);
    await shot(buyer, '1-catalogue-filters-phone');
    await buyer.locator('.filters-toggle').click();
    await expect.poll(() => cardNames(buyer)).toEqual(expectedNames);
    await expect
      .poll(() => buyer.locator('#catalogue-count').innerText())
      .toContain(String(expected.totalCount));
    await shot(buyer, '1-catalogue-phone');
    await checkPage(buyer, 'the catalogue, searched and filtered');
    const catalogueUrl = buyer.url();

    // 2. Three products to compare: the compare page sets them side by side, the URL holds them.
    const cards = buyer.locator('.catalogue-results .product-card');
    const compared = expected.nodes.slice(0, 3);
    for (const [i, product] of compared.entries()) {
      // Its name: the visible text, then the product's, so speech input and screen readers agree.
      const toggle = cards.nth(i).locator('.compare-toggle');
      await expect.poll(() => toggle.ariaSnapshot()).toContain(`button "Thêm vào so sánh: ${product.name}"`);
      await toggle.click();
      await expect
        .poll(() => toggle.ariaSnapshot())
        .toContain(`button "Bỏ khỏi so sánh: ${product.name}" [pressed]`);
    }
    const bar = buyer.getByRole('link', { name: 'So sánh 3 sản phẩm' });
    await bar.waitFor();
    await shot(buyer, '2-catalogue-chosen-phone');
    await bar.click();
    await buyer.waitForURL(/\/compare\?ids=/);
    expect(new URL(buyer.url()).searchParams.get('ids')!.split(',')).toEqual(compared.map((p) => p.id));
    await buyer.locator('.compare-table').waitFor();
    const columns = () => buyer.locator('.compare-table thead th.compare-product a').allTextContents();
    await expect.poll(columns).toEqual(compared.map((p) => p.name));
    await shot(buyer, '2-compare-phone');
    await checkPage(buyer, 'the compare page');
    const desk = await own.session.newPage('desktop');
    await desk.goto(buyer.url());
    await desk.locator('.compare-table').waitFor();
    await expect
      .poll(() => desk.locator('.compare-table thead th.compare-product a').allTextContents())
      .toEqual(compared.map((p) => p.name));
    await shot(desk, '2-compare-desktop');

    // 3. Back to the list, and its Excel export: the rows the page listed, the filter on top.
    await buyer.goBack();
    await buyer.waitForURL(catalogueUrl);
    await expect.poll(() => cardNames(buyer)).toEqual(expectedNames);
    const [download] = await Promise.all([
      buyer.waitForEvent('download'),
      buyer.getByRole('link', { name: 'Tải Excel' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^ocop-products-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile((await download.path())!);
    const rows: string[][] = [];
    workbook.worksheets[0]!.eachRow({ includeEmpty: true }, (row) => {
      rows.push(
        (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))),
      );
    });
    const filterRow = rows.find((row) => row[0] === 'Bộ lọc')!;
    expect(filterRow[1]).toContain(`Tìm: ${QUERY}`);
    const exportedStars = /Sao: ([\d,]+)/.exec(filterRow[1]!)?.[1]?.split(',').map(Number);
    expect(exportedStars?.sort()).toEqual([...stars].sort());
    const header = rows.findIndex((row) => row[0] === 'Tên sản phẩm');
    expect(header).toBeGreaterThan(0);
    expect(rows.slice(header + 1).map((row) => row[0])).toEqual(await cardNames(buyer));
    expect(rows.slice(header + 1).map((row) => Number(row[1]))).toEqual(expected.nodes.map((p) => p.stars));

    // 4. A product of the editor's cooperative, and an inquiry through its form: the private link.
    const product = expected.nodes.find((p) => p.producer.id === producer.id)!;
    await buyer.locator('.product-card-title a', { hasText: product.name }).first().click();
    await buyer.getByRole('heading', { level: 1, name: product.name }).waitFor();
    await shot(buyer, '4-product-phone');
    await checkPage(buyer, 'the product page');
    await buyer.getByRole('link', { name: `Hỏi mua: ${product.name}` }).click();
    await buyer.waitForURL(/\/inquiries\/new\?product=/);
    await buyer.getByRole('heading', { level: 1, name: 'Hỏi mua' }).waitFor();
    const stamp = Date.now().toString(36);
    const buyerName = `Trần Văn Bình ${stamp}`;
    const email = `binh.${stamp}@cuahang.example`;
    const phoneNumber = '0987654321';
    const shop = `Cửa hàng Đặc sản Tây Bắc ${stamp}`;
    const question = `Xin báo giá 200 kg ${product.name}, giao Hải Phòng (${stamp}).`;
    await buyer.getByLabel(/^Lời nhắn/).fill(question);
    await buyer.getByLabel(/^Họ tên/).fill(buyerName);
    await buyer.getByLabel('Số lượng').fill('200');
    await buyer.getByLabel('Đơn vị', { exact: true }).fill('kg');
    await buyer.getByLabel('Đơn vị / cửa hàng').fill(shop);
    await buyer.getByLabel('Số điện thoại').fill(phoneNumber);
    await buyer.getByRole('textbox', { name: 'Email' }).fill(email);
    await buyer.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    await shot(buyer, '4-inquiry-form-phone');
    await checkPage(buyer, 'the inquiry form');
    await buyer.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await buyer.getByRole('heading', { name: /Đã gửi yêu cầu/ }).waitFor();
    const link = await buyer.getByTestId('inquiry-private-link').innerText();
    expect(link).toMatch(new RegExp(`^${own.base}/inquiry/[^/]+$`));
    await shot(buyer, '4-inquiry-sent-phone');
    await checkPage(buyer, 'the inquiry sent');

    // 5. The producer editor, in a browser of their own: the badge, the inquiry, an answer.
    const editor = await own.session.newPage('phone');
    editor.setDefaultTimeout(20_000);
    await own.logIn(editor, '/my/inquiries', DEMO.producerEditor);
    await editor.getByRole('link', { name: /^Hỏi mua: \d+ yêu cầu chưa đọc$/ }).waitFor();
    expect(Number(await editor.getByTestId('inquiry-unread-count').innerText())).toBeGreaterThanOrEqual(1);
    const row = editor.locator('.inquiry-row', { hasText: buyerName });
    await row.waitFor();
    expect(await row.innerText()).toContain('Chưa đọc');
    await shot(editor, '5-inbox-phone');
    await checkPage(editor, 'the inbox');
    const inboxDesk = await own.session.newPage('desktop');
    await own.logIn(inboxDesk, '/my/inquiries', DEMO.producerEditor);
    await inboxDesk.locator('.inquiry-row', { hasText: buyerName }).waitFor();
    await shot(inboxDesk, '5-inbox-desktop');
    await row.getByRole('link').click();
    await editor.waitForURL(/\/my\/inquiries\/.+/);
    await editor.getByRole('heading', { level: 1, name: /^Yêu cầu / }).waitFor();
    await editor.locator('.message', { hasText: question }).waitFor();
    expect(await editor.locator('main').innerText()).toContain(product.name);
    const answer = `Chào anh, giá sỉ 42.000 ₫/kg cho 200 kg, giao Hải Phòng trong 4 ngày (${stamp}).`;
    await editor.getByLabel('Nội dung trả lời').fill(answer);
    await editor.getByRole('button', { name: 'Gửi trả lời' }).click();
    await editor.getByRole('status').filter({ hasText: 'Đã gửi trả lời.' }).waitFor();
    await editor.locator('.message', { hasText: answer }).waitFor();
    await shot(editor, '5-inquiry-answered-phone');
    await checkPage(editor, 'the inquiry answered');

    // 6. The buyer opens the private link (a fresh browser: no session) and reads the answer.
    const again = await own.session.newPage('phone');
    again.setDefaultTimeout(20_000);
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: /^Yêu cầu / }).waitFor();
    await again.locator('.message', { hasText: answer }).waitFor();
    await again.locator('.message', { hasText: question }).waitFor();
    await shot(again, '6-private-link-phone');
    await checkPage(again, 'the private link');

    // 7. The official: the cooperative's figures count this inquiry; no contact of the buyer.
    await official.reload();
    await official.getByRole('table').waitFor();
    await expect
      .poll(async () => Number((await producerRow().getByRole('cell').allInnerTexts())[0]))
      .toBe(receivedBefore + 1);
    const page = await official.content();
    for (const secret of [buyerName, email, phoneNumber, phoneNumber.slice(1), shop, stamp]) {
      expect(page, `the official's page shows "${secret}"`).not.toContain(secret);
    }
    await shot(official, '7-trade-phone');
    await checkPage(official, 'the trade figures');
  });
});
