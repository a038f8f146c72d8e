import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, describe, expect, it } from 'vitest';
import { client } from '../client';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { expectAccessible } from './axe';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll, screenshot } from './browser';

/**
 * Issue 15 in Chromium: the demo producer editor records a batch of 500 items in the portal and
 * downloads its label sheet (with its progress); the sheet's first label, rendered by poppler and
 * decoded by jsQR, opens the check page on a phone, which says the label is genuine; once the
 * batch is recalled in the portal, the same code reads recalled with the reason. It writes, so it
 * runs on a platform of its own.
 */
const own = useOwnPlatform('ocop_portal_labels');
const work = mkdtempSync(path.join(tmpdir(), 'ocop-labels-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ITEMS = 500;
// The sheet's geometry (server/src/modules/label/label-sheet.ts): A4 in points, 3 × 8 labels, the QR
// code a square of 86 pt at (9, 9.6) inside each label.
const LABEL = { width: 198.43, height: 105.24, qrX: 9, qrY: 9.6, qr: 86 };
const DPI = 150;
const CODE = /^[0-9A-HJKMNP-TV-Z]{13}$/;

const EDITOR_PRODUCTS = gql(`query LabelsBrowserEditorProducts {
  viewer { roles { producer { id name products(first: 50) { nodes { id name certificateStatus } } } } }
}`);
const CREATE = gql(`mutation LabelsBrowserCreate($input: LabelBatchCreateInput!) {
  labelBatchCreate(input: $input) { batch { id lotNumber labelSheetCsvUrl } userErrors { field code message } }
}`);
const CHECK = gql(
  `mutation LabelsBrowserCheck($code: String!) { labelCodeCheck(code: $code) { verdict message } }`,
);
const SUSPICIOUS = gql(`query LabelsBrowserSuspicious($id: ID!) {
  labelBatch(id: $id) { suspiciousCodes suspiciousLabels { serial checkCount placeCount } }
}`);
const TODAY = gql(`query LabelsBrowserToday { today }`);
const OFFICIAL_BATCHES = gql(`query LabelsBrowserOfficialBatches($filter: LabelBatchFilter) {
  labelBatches(first: 20, filter: $filter) { totalCount nodes { lotNumber checksWithInvalidCertificate } }
}`);
const BATCHES = gql(`query LabelsBrowserBatches {
  labelBatches(first: 5) { nodes { id lotNumber itemCount product { id name } labelSheetCsvUrl recalledAt recallReason } }
}`);

/** The first product of the editor's producer that holds a valid certificate, as the API says. */
async function certifiedProduct(cookie: string | null) {
  const { body } = await client(own.base, cookie).request(EDITOR_PRODUCTS, {});
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const products = (body.data?.viewer?.roles ?? []).flatMap((r) => r.producer?.products.nodes ?? []);
  const product = products.find((p) => p.certificateStatus === 'VALID');
  if (!product) throw new Error('the demo producer editor has no certified product');
  return product;
}

/** Renders page 1 of the PDF with poppler and decodes the QR code of the label at (column, row). */
function qrOfLabel(pdf: string, column: number, row: number): string | null {
  execFileSync('/usr/bin/pdftoppm', [
    '-r',
    String(DPI),
    '-f',
    '1',
    '-l',
    '1',
    '-png',
    pdf,
    path.join(work, 'page'),
  ]);
  const file = readdirSync(work).find((f) => f.startsWith('page') && f.endsWith('.png'));
  if (!file) throw new Error('pdftoppm wrote no page');
  const page = PNG.sync.read(readFileSync(path.join(work, file)));
  const px = (pt: number) => Math.round((pt * DPI) / 72);
  // The QR code with a quiet zone of the label's own margin around it: one code, not the page.
  const margin = 8;
  const x0 = Math.max(0, px(column * LABEL.width + LABEL.qrX - margin));
  const y0 = Math.max(0, px(row * LABEL.height + LABEL.qrY - margin));
  const size = px(LABEL.qr + 2 * margin);
  const crop = new PNG({ width: size, height: size });
  PNG.bitblt(page, crop, x0, y0, size, size, 0, 0);
  const found = jsQR(new Uint8ClampedArray(crop.data), size, size);
  return found?.data ?? null;
}

describe('labels that cannot be copied, in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('records a batch, downloads its sheet, and its first QR code opens a genuine verdict, then a recalled one', async () => {
    const editor = await client(own.base).logIn(DEMO.producerEditor);
    const product = await certifiedProduct(editor.cookie);
    // A lot of its own on each run (a retried run records another batch: lots are unique per product).
    const lot = `L-${Date.now().toString(36).toUpperCase()}`;

    const page = await own.session.newPage('desktop');
    await own.logIn(page, '/my/labels', DEMO.producerEditor);
    await page.getByRole('heading', { level: 1, name: 'Tem của sản phẩm' }).waitFor();
    await page.getByLabel('Sản phẩm', { exact: true }).selectOption(product.id);
    await page.getByLabel('Số lô').fill(lot);
    await page.getByLabel('Số tem (số sản phẩm)').fill(String(ITEMS));
    await page.getByRole('button', { name: 'Ghi lô và tạo tem' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã ghi lô ${lot}: ${ITEMS} tem.` })
      .waitFor();
    const card = page.locator(`article.label-batch[data-lot="${lot}"]`);
    await card.waitFor();
    expect(await card.innerText()).toContain(product.name);

    // The API has the batch, as recorded.
    const batches = await editor.request(BATCHES, {});
    const batch = batches.body.data?.labelBatches.nodes.find((b) => b.lotNumber === lot);
    expect(batch).toMatchObject({
      itemCount: ITEMS,
      product: { id: product.id, name: product.name },
      recalledAt: null,
    });

    // The download: held until the page shows that the platform is making the file.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/labels/*.pdf', async (route) => {
      await held;
      await route.continue();
    });
    const downloaded = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Tải tờ tem (PDF)' }).click();
    const preparing = card.getByRole('status').filter({ hasText: `Đang tạo tệp… (${ITEMS} nhãn)` });
    await preparing.waitFor();
    // Indeterminate while the platform makes the file: a progress bar without a value.
    expect(await preparing.locator('progress').getAttribute('value')).toBeNull();
    await screenshot(page, 'labels-download-preparing-desktop');
    release();
    const download = await downloaded;
    expect(download.suggestedFilename()).toBe(`nhan-${lot}.pdf`);
    const pdf = path.join(work, 'sheet.pdf');
    await download.saveAs(pdf);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await card.getByText('Đã tải xong').waitFor();

    // Label 1 (top left) encodes <origin>/c/<13 characters>, the first line of the CSV.
    const url = qrOfLabel(pdf, 0, 0);
    expect(url).not.toBeNull();
    const [origin, code] = url!.split('/c/');
    expect(origin).toBe(own.base);
    expect(code).toMatch(CODE);
    const csv = await fetch(`${own.base}${batch!.labelSheetCsvUrl}`, { headers: { cookie: editor.cookie! } });
    const [, first] = (await csv.text()).trim().split('\n');
    expect(first!.split(',').slice(0, 3)).toEqual(['1', expect.any(String), url]);
    // Another label decodes to another code: each item has its own.
    const other = qrOfLabel(pdf, 2, 7);
    expect(other).toMatch(new RegExp(`^${own.base}/c/[0-9A-Z]{13}$`));
    expect(other).not.toBe(url);

    // A buyer scans it on a phone, without a session: the verdict first, genuine, this label.
    const phone = await own.session.newPage('phone');
    await phone.goto(url!);
    const verdict = phone.locator('section.label-verdict');
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('GENUINE');
    expect(await verdict.getByRole('heading', { level: 2 }).innerText()).toBe('Tem thật');
    const text = await verdict.innerText();
    expect(text).toContain(product.name);
    expect(text).toContain(lot);
    expect(text).toContain(`Tem 1 trên ${ITEMS}`);
    // The visit counted one check, not two (the entry's early request and the page share it).
    expect(text).toContain('Đây là lần kiểm tra đầu tiên của mã này.');
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await screenshot(phone, 'label-check-genuine-phone');
    await expectAccessible(phone, 'the check page of a genuine label');

    // The producer recalls the batch in the portal, with a reason.
    const reason = `Niêm phong lỗi ở lô ${lot}`;
    await card.getByRole('button', { name: 'Thu hồi lô' }).click();
    const dialog = page.getByRole('dialog', { name: `Thu hồi lô ${lot}?` });
    await dialog.getByRole('button', { name: 'Thu hồi' }).click();
    await dialog.getByText('Hãy nhập lý do thu hồi.').waitFor();
    await dialog.getByLabel('Lý do thu hồi').fill(reason);
    await screenshot(page, 'labels-recall-dialog-desktop');
    await dialog.getByRole('button', { name: 'Thu hồi' }).click();
    await card.locator('.label-recalled-badge').filter({ hasText: reason }).waitFor();
    const recalled = await editor.request(BATCHES, {});
    expect(recalled.body.data?.labelBatches.nodes.find((b) => b.lotNumber === lot)).toMatchObject({
      recallReason: reason,
      recalledAt: expect.any(String),
    });

    // The same code, scanned again: recalled, with the reason, and its second check.
    await phone.reload();
    await verdict.waitFor();
    expect(await verdict.getAttribute('data-verdict')).toBe('RECALLED');
    expect(await verdict.getByRole('heading', { level: 2 }).innerText()).toBe('Lô hàng đã bị thu hồi');
    const after = await verdict.innerText();
    expect(after).toContain(reason);
    expect(after).toContain('đã kiểm tra 2 lần');
    await screenshot(phone, 'label-check-recalled-phone');
  });

  it('takes a code typed on the verify page, and lays out the batches on a phone', async () => {
    const page = await own.session.newPage('phone');
    await page.goto(`${own.base}/verify`);
    await page.getByRole('form', { name: 'Mã trên tem' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'verify-code-form-phone');
    await page.getByRole('textbox', { name: 'Nhập mã in dưới mã QR' }).fill('abcd efgh-jkmnp');
    await page.getByRole('button', { name: 'Kiểm tra tem' }).click();
    await page.waitForURL(`${own.base}/c/ABCDEFGHJKMNP`);
    const verdict = page.locator('section.label-verdict');
    await verdict.waitFor();
    // A well-formed code the platform never issued.
    expect(await verdict.getAttribute('data-verdict')).toBe('UNKNOWN');
    await screenshot(page, 'label-check-unknown-phone');

    // A scan on a slow phone connection, in English: the check is sent once, by the entry, before
    // the page's own script has arrived; the sentence comes in the page's language.
    const slow = await own.session.newPage('phone', 'en');
    const cdp = await slow.context().newCDPSession(slow);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 200_000,
      uploadThroughput: 90_000,
    });
    const checks: number[] = [];
    let chunkDone = Infinity;
    slow.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('LabelCheckMutation'))
        checks.push(Date.now());
    });
    slow.on('requestfinished', (r) => {
      if (/\/assets\/LabelCheckRoute-[^/]+\.js$/.test(r.url())) chunkDone = Date.now();
    });
    const unknown = 'ZZZZ-ZZZZ-ZZZZQ';
    await slow.goto(`${own.base}/c/${unknown.replace(/-/g, '')}?lang=en`, { waitUntil: 'commit' });
    const slowVerdict = slow.locator('section.label-verdict');
    await slowVerdict.waitFor({ timeout: 60_000 });
    expect(await slowVerdict.getByRole('heading', { level: 2 }).innerText()).toBe('Unknown code');
    expect(checks).toHaveLength(1);
    expect(checks[0]).toBeLessThan(chunkDone);
    const english = await client(own.base).request(
      CHECK,
      { code: unknown },
      { headers: { 'accept-language': 'en' } },
    );
    expect(await slowVerdict.innerText()).toContain(english.body.data!.labelCodeCheck.message);
    await screenshot(slow, 'label-check-unknown-slow-phone-en');

    await own.logIn(page, '/my/labels', DEMO.producerEditor);
    // The batches of the first test when it ran before, else the empty list.
    await page.locator('.label-batch-list, .label-batches .state-empty').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'labels-my-phone');
    await expectAccessible(page, 'the producer’s labels');
  });

  it('shows an official the batches of products in their units, as the API scopes them, a copied code among them, and filters recalled ones', async () => {
    const editor = await client(own.base).logIn(DEMO.producerEditor);
    const product = await certifiedProduct(editor.cookie);
    const today = (await own.publicQuery(TODAY)).today;
    const lot = `O-${Date.now().toString(36).toUpperCase()}`;
    const created = await editor.request(CREATE, {
      input: { productId: product.id, lotNumber: lot, producedOn: today, itemCount: 3 },
    });
    expect(created.body.data?.labelBatchCreate.userErrors).toEqual([]);
    const batch = created.body.data!.labelBatchCreate.batch!;
    // Label 2's code, checked as often as a copied label is (until the platform flags it).
    const csv = await fetch(`${own.base}${batch.labelSheetCsvUrl}`, { headers: { cookie: editor.cookie! } });
    const second = (await csv.text()).trim().split('\n')[2]!.split(',');
    expect(second[0]).toBe('2');
    for (let i = 0; i < 60; i++) {
      const { body } = await client(own.base).request(CHECK, { code: second[1]! });
      if (body.data?.labelCodeCheck.verdict === 'SUSPECTED_COPY') break;
    }
    const copied = await own.session.newPage('phone');
    await copied.goto(second[2]!);
    const copiedVerdict = copied.locator('section.label-verdict');
    await copiedVerdict.waitFor();
    expect(await copiedVerdict.getAttribute('data-verdict')).toBe('SUSPECTED_COPY');
    expect(await copiedVerdict.getByRole('heading', { level: 2 }).innerText()).toBe(
      'Tem này có thể đã bị sao chép',
    );
    await screenshot(copied, 'label-check-copied-phone');

    const official = await client(own.base).logIn(DEMO.provinceOfficial);
    const lotsOf = async (filter: Record<string, unknown>) => {
      const { body } = await official.request(OFFICIAL_BATCHES, { filter });
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data!.labelBatches.nodes.map((b) => b.lotNumber);
    };
    const page = await own.session.newPage('phone');
    await own.logIn(page, '/official/labels', DEMO.provinceOfficial);
    await page.getByRole('heading', { level: 1, name: 'Tem sản phẩm trong địa bàn' }).waitFor();
    const shownLots = async () => {
      await page.locator('.label-batch-list, .state-empty').first().waitFor();
      return page
        .locator('article.label-batch')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-lot')));
    };
    const all = await lotsOf({});
    expect(all.length).toBeGreaterThan(0);
    await expect.poll(shownLots).toEqual(all);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The copied code, as the API counts it, in the batch's expanded figures.
    const stats = await official.request(SUSPICIOUS, { id: batch.id });
    const suspicious = stats.body.data!.labelBatch!;
    expect(suspicious.suspiciousCodes).toBe(1);
    const card = page.locator(`article.label-batch[data-lot="${lot}"]`);
    await card.getByRole('button', { name: 'Xem 1 mã đáng ngờ' }).click();
    const rows = card.locator('.label-suspicious-table tbody tr');
    await rows.first().waitFor();
    expect(
      await rows.evaluateAll((trs) =>
        trs.map((tr) =>
          Array.from(tr.children)
            .slice(0, 3)
            .map((c) => c.textContent),
        ),
      ),
    ).toEqual(
      suspicious.suspiciousLabels.map((l) => [String(l.serial), String(l.checkCount), String(l.placeCount)]),
    );
    expect(suspicious.suspiciousLabels[0]!.serial).toBe(2);
    // The table scrolls inside its frame: the page itself never does.
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'labels-official-phone');
    // The sheet and the codes are the producer's (the platform refuses officials): no download here.
    expect(await page.getByRole('button', { name: 'Tải tờ tem (PDF)' }).count()).toBe(0);
    await expectAccessible(page, 'the officials’ labels');

    // The filter is in the address: the box is ticked once the page has moved there.
    await page.getByLabel('Chỉ lô đã thu hồi').click();
    await page.waitForURL(/recalled=1/);
    await expect.poll(() => page.getByLabel('Chỉ lô đã thu hồi').isChecked()).toBe(true);
    await expect.poll(shownLots).toEqual(await lotsOf({ recalled: true }));
    await screenshot(page, 'labels-official-recalled-phone');
  });
});
