import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll } from './browser';

/**
 * The trade journey of issue 13 in Chromium, on a 390 px phone: a buyer opens a product, sends an
 * inquiry and gets the private link; the producer editor sees the badge and the inquiry, answers;
 * the buyer opens the private link and reads the answer; the official sees the figures and no
 * contact. It writes, so it runs on a platform and database of its own (the demo data).
 */
const DATABASE = 'ocop_portal_inquiry';
const SHOTS = '/tmp/shots-inquiry';
mkdirSync(SHOTS, { recursive: true });
const own = useOwnPlatform(DATABASE);

const shot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });

const require_ = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require_.resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now (rule ids and targets). */
async function axeViolations(page: Page): Promise<string[]> {
  // Through the DevTools protocol: the platform's Content-Security-Policy refuses an injected script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (c: Document) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const PRODUCT = gql(`query InquiryBrowserProduct($search: String) {
  ocopProducts(first: 1, filter: { search: $search }) { nodes { id name producer { id name } } }
}`);

describe('a buyer asks a producer for a quote, in Chromium on a phone', BROWSER_TEST_OPTIONS, () => {
  it('sends an inquiry from a product page, the producer answers, the buyer reads it through the link, the official sees figures only', async () => {
    const found = await own.publicQuery(PRODUCT, { search: 'gao lut seng cu' });
    const rice = found.ocopProducts.nodes[0]!;
    const stamp = Date.now().toString(36);
    const buyer = `Nguyễn Thị Mai ${stamp}`;
    const question = `Cần báo giá 500 kg ${rice.name}, giao Hà Nội (${stamp}).`;

    // The buyer, not logged in, on a phone.
    const phone = await own.session.newPage('phone');
    await phone.goto(`${own.base}/products/${encodeURIComponent(rice.id)}`);
    await phone.getByRole('heading', { level: 1, name: rice.name }).waitFor();
    await phone.getByRole('link', { name: `Hỏi mua: ${rice.name}` }).click();
    await phone.waitForURL(/\/inquiries\/new\?product=/);
    await phone.getByRole('heading', { level: 1, name: 'Hỏi mua' }).waitFor();
    expect(await hasHorizontalScroll(phone)).toBe(false);
    expect(await axeViolations(phone)).toEqual([]);

    // Sending without consent and contact: refused under the fields, nothing sent.
    await phone.getByLabel(/^Lời nhắn/).fill(question);
    await phone.getByLabel(/^Họ tên/).fill(buyer);
    await phone.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const summary = phone.getByRole('alert');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Hãy nhập số điện thoại hoặc email.');
    expect(await summary.innerText()).toContain('Cần bạn đồng ý');
    await shot(phone, 'form-errors-phone');

    await phone.getByLabel('Số lượng').fill('500');
    await phone.getByLabel('Đơn vị', { exact: true }).fill('kg');
    await phone.getByLabel('Giao hàng tới tỉnh/thành').selectOption({ label: 'Hà Nội' });
    await phone.getByLabel('Đơn vị / cửa hàng').fill('Siêu thị Xanh');
    await phone.getByLabel('Số điện thoại').fill('0912345678');
    await phone.getByRole('radio', { name: 'Zalo' }).check();
    await phone.getByRole('checkbox', { name: /Tôi đồng ý/ }).check();
    await shot(phone, 'form-filled-phone');
    // A double tap: one inquiry (the button is busy, and the key is the same).
    await phone.getByRole('button', { name: 'Gửi yêu cầu' }).dblclick();
    const sentHeading = phone.getByRole('heading', { name: /Đã gửi yêu cầu/ });
    await sentHeading.waitFor();
    const link = await phone.getByTestId('inquiry-private-link').innerText();
    expect(link).toMatch(new RegExp(`^${own.base}/inquiry/[^/]+$`));
    expect(await phone.getByText(/Hãy lưu lại đường dẫn này/).count()).toBe(1);
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await shot(phone, 'sent-phone');

    // The producer editor on a phone: the badge counts unread, the inbox has the new inquiry.
    const editor = await own.session.newPage('phone');
    await own.logIn(editor, '/my/inquiries', DEMO.producerEditor);
    const badge = editor.getByRole('link', { name: /^Hỏi mua: \d+ yêu cầu chưa đọc$/ });
    await badge.waitFor();
    const unreadBefore = Number(await editor.getByTestId('inquiry-unread-count').innerText());
    expect(unreadBefore).toBeGreaterThanOrEqual(1);
    const row = editor.locator('.inquiry-row', { hasText: buyer });
    await row.waitFor();
    expect(await row.innerText()).toContain('Chưa đọc');
    // Exactly one: the double tap made one inquiry.
    expect(await row.count()).toBe(1);
    expect(await hasHorizontalScroll(editor)).toBe(false);
    expect(await axeViolations(editor)).toEqual([]);
    await shot(editor, 'inbox-phone');

    await row.getByRole('link').click();
    await editor.waitForURL(/\/my\/inquiries\/.+/);
    await editor.getByRole('heading', { level: 1, name: /^Yêu cầu / }).waitFor();
    // The contact: a call (the API keeps the number normalised, +84…), a Zalo link in the national form.
    expect(await editor.getByRole('link', { name: /^Gọi / }).getAttribute('href')).toMatch(
      /^tel:(\+84|0)912345678$/,
    );
    expect(await editor.getByRole('link', { name: 'Nhắn Zalo' }).getAttribute('href')).toBe(
      'https://zalo.me/0912345678',
    );
    // Opening it marked it read: the badge counts one less.
    await expect
      .poll(async () => {
        const count = editor.getByTestId('inquiry-unread-count');
        return (await count.count()) === 0 ? 0 : Number(await count.innerText());
      })
      .toBe(unreadBefore - 1);
    const answer = `Chào chị, giá sỉ 38.000 ₫/kg cho 500 kg, giao Hà Nội trong 5 ngày (${stamp}).`;
    await editor.getByLabel('Nội dung trả lời').fill(answer);
    await editor.getByRole('button', { name: 'Gửi trả lời' }).click();
    await editor.getByRole('status').filter({ hasText: 'Đã gửi trả lời.' }).waitFor();
    await editor.locator('.message', { hasText: answer }).waitFor();
    expect(await hasHorizontalScroll(editor)).toBe(false);
    expect(await axeViolations(editor)).toEqual([]);
    await shot(editor, 'inquiry-answered-phone');

    // The buyer opens the private link (a fresh browser: no session) and reads the answer.
    const again = await own.session.newPage('phone');
    await again.goto(link);
    await again.getByRole('heading', { level: 1, name: /^Yêu cầu / }).waitFor();
    await again.locator('.message', { hasText: answer }).waitFor();
    expect(await again.locator('.message', { hasText: question }).innerText()).toContain('Bạn');
    await again.getByLabel('Nội dung trả lời').fill('Cảm ơn, tôi đồng ý giá này.');
    await again.getByRole('button', { name: 'Gửi trả lời' }).click();
    await again.locator('.message', { hasText: 'Cảm ơn, tôi đồng ý giá này.' }).waitFor();
    expect(await hasHorizontalScroll(again)).toBe(false);
    expect(await axeViolations(again)).toEqual([]);
    await shot(again, 'buyer-link-phone');
    // A token that does not exist: a clear "not found".
    await again.goto(`${own.base}/inquiry/not-a-real-token-${stamp}`);
    await again.getByRole('heading', { level: 1, name: 'Không tìm thấy yêu cầu này' }).waitFor();
    await shot(again, 'buyer-link-unknown-phone');

    // The official sees figures, never a contact.
    const official = await own.session.newPage('phone');
    await own.logIn(official, '/official/trade', DEMO.provinceOfficial);
    await official.getByRole('heading', { level: 1, name: 'Xúc tiến thương mại' }).waitFor();
    const table = official.getByRole('table');
    await table.waitFor();
    await official.getByLabel('Nhóm theo').selectOption('PRODUCER');
    await official.getByRole('button', { name: 'Xem' }).click();
    await official.waitForURL(/group=PRODUCER/);
    const producerRow = official.getByRole('row', { name: new RegExp(rice.producer.name) });
    await producerRow.waitFor();
    const cells = await producerRow.getByRole('cell').allInnerTexts();
    expect(Number(cells[0])).toBeGreaterThanOrEqual(1); // received
    const text = await official.locator('main').innerText();
    expect(text).not.toContain(buyer);
    expect(text).not.toContain('912345678');
    expect(text).not.toContain('Siêu thị Xanh');
    expect(await hasHorizontalScroll(official)).toBe(false);
    expect(await axeViolations(official)).toEqual([]);
    await shot(official, 'trade-phone');

    // On a desktop the editor reads the buyer's agreement and marks the inquiry won: it moves to "closed".
    const desk = await own.session.newPage('desktop');
    await own.logIn(desk, '/my/inquiries?status=ANSWERED', DEMO.producerEditor);
    await desk.locator('.inquiry-row', { hasText: buyer }).waitFor();
    await shot(desk, 'inbox-answered-desktop');
    await desk.locator('.inquiry-row', { hasText: buyer }).getByRole('link').click();
    await desk.locator('.message', { hasText: 'Cảm ơn, tôi đồng ý giá này.' }).waitFor();
    await desk.getByRole('button', { name: 'Đánh dấu thành công' }).click();
    await desk.getByRole('status').filter({ hasText: 'Đã lưu kết quả.' }).waitFor();
    await shot(desk, 'inquiry-won-desktop');
    await desk.goto(`${own.base}/my/inquiries?status=CLOSED`);
    expect(await desk.locator('.inquiry-row', { hasText: buyer }).innerText()).toContain('Thành công');
    await shot(desk, 'inbox-closed-desktop');
    await desk.goto(`${own.base}/products/${encodeURIComponent(rice.id)}`);
    await desk.getByRole('heading', { level: 1, name: rice.name }).waitFor();
    await shot(desk, 'product-desktop');
    await desk.goto(`${own.base}/inquiries/new?producer=${encodeURIComponent(rice.producer.id)}`);
    await desk.getByRole('heading', { level: 1, name: 'Hỏi mua' }).waitFor();
    await shot(desk, 'form-producer-desktop');
    await desk.goto(link);
    await desk.locator('.message', { hasText: answer }).waitFor();
    await shot(desk, 'buyer-link-desktop');
    const offDesk = await own.session.newPage('desktop');
    await own.logIn(offDesk, '/official/trade', DEMO.provinceOfficial);
    await offDesk.getByRole('table').waitFor();
    await shot(offDesk, 'trade-desktop');
  });
});
