import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { today } from '@ocop/db';
import { DEMO } from '../demo-accounts';
import { startDemoPlatform, type DemoPlatform } from '../demo-platform';
import { seriousViolations } from './axe';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

/**
 * The administrators' partners page (issue 14) in Chromium, on a platform and a database of its
 * own: an administrator registers a partner, issues a key and reads it the one time it is shown;
 * the key is then used as a partner would, over HTTP, against /graphql; rotated (the old key
 * refused, the new one accepted) and revoked; a webhook endpoint registered on the page receives
 * a real delivery signed with the secret the page showed, and the page lists that delivery. Then
 * a key's usage is read on the page (the points its requests cost), the partner is edited (a
 * conflict keeping what was typed), disabled (its key refused) and enabled again, an endpoint the
 * partner made with its key is paused, re-enabled, given new events and a new secret and deleted,
 * and the audit page names the partner for the write made with its key. The page is checked by axe
 * and on a 375 px phone.
 */
const DATABASE = 'ocop_portal_partners';
const PARTNER_NAME = 'Sàn Thương Mại Điện Tử Thử Nghiệm';
/** The partner registered by the second test, named afresh by each attempt (a retry registers again). */
let PARTNER = PARTNER_NAME;
let attempts = 0;
const POINTS = 1234;
const KEY = /^ocop_([0-9a-f]{8})_[0-9A-Za-z]{40}$/;
/** Keys are cached for 500 ms by each instance: a revocation is seen within that, plus a margin. */
const KEY_SEEN_MS = 3_000;

let platform: DemoPlatform;
let session: BrowserSession;
let receiver: { server: Server; url: string; got: { headers: IncomingMessage['headers']; body: string }[] };

/** A webhook receiver of the test's own on 127.0.0.1, on a port of 4600–4699, answering 204. */
async function startReceiver(): Promise<typeof receiver> {
  const got: (typeof receiver)['got'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      got.push({ headers: request.headers, body });
      response.statusCode = 204;
      response.end();
    });
  });
  for (let port = 4600 + Math.floor(Math.random() * 50); port < 4700; port++) {
    const listening = await new Promise<boolean>((resolve) => {
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => resolve(true));
    });
    if (listening) return { server, url: `http://127.0.0.1:${port}/ocop-hook`, got };
  }
  throw new Error('no free port in 4600-4699 for the webhook receiver');
}

beforeAll(async () => {
  platform = await startDemoPlatform(DATABASE, { WEBHOOK_ALLOW_INSECURE_LOCAL: 'true' });
  session = await launchBrowser();
  receiver = await startReceiver();
});
afterAll(async () => {
  await session?.close();
  await platform?.stop();
  await new Promise((resolve) => receiver?.server.close(resolve));
});

/** A partner's request to the API with its key, as a partner's program sends it. */
async function withKey(key: string): Promise<{ status: number; limit: number | null }> {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ rateLimit { limit } }' }),
  });
  const body = (await response.json()) as { data?: { rateLimit: { limit: number } | null } };
  return { status: response.status, limit: body.data?.rateLimit?.limit ?? null };
}

/** A partner's request with its key: its answer and what it cost (`extensions.cost`). */
async function bearer<T>(
  key: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<{ status: number; data: T | undefined; cost: number }> {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as {
    data?: T;
    extensions?: { cost?: { requestedQueryCost: number } };
  };
  return { status: response.status, data: body.data, cost: body.extensions?.cost?.requestedQueryCost ?? 0 };
}

const CREATE_ENDPOINT = `mutation($input: WebhookEndpointCreateInput!) {
  webhookEndpointCreate(input: $input) { endpoint { id partnerId } secret userErrors { field code } }
}`;
/** The hour of the points budget's window, to know whether requests fell in the same one. */
const budgetHour = () => Math.floor(Date.now() / 3_600_000);
const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);

/** Opens the partners page, which sends the public to the login page, and logs in as the administrator. */
async function logIn(page: Page): Promise<void> {
  await page.goto(`${platform.baseUrl}/admin/partners`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(DEMO.administrator);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/admin/partners');
  await page.getByRole('heading', { level: 1, name: 'Đối tác API' }).waitFor();
}

const partnerCard = (page: Page, name: string): Locator =>
  page.locator('li.partner-card', { has: page.getByRole('heading', { level: 2, name, exact: true }) });
const keyRow = (card: Locator, prefix: string): Locator =>
  card.locator(`li.key-row[data-prefix="${prefix}"]`);
const prefixOf = (key: string): string => KEY.exec(key)![1]!;

describe('the administrators’ partners page in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('is served as a portal page and refuses a logged-in person who is not an administrator', async () => {
    const answer = await fetch(`${platform.baseUrl}/admin/partners`);
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<div id="root"');

    const page = await session.newPage('desktop');
    await page.goto(`${platform.baseUrl}/login`);
    await page.getByLabel('Email').fill(DEMO.provinceOfficial);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    await page.goto(`${platform.baseUrl}/admin/partners`);
    await page.getByText('Tài khoản của bạn không có quyền dùng trang này.').waitFor();
    expect(await page.getByRole('heading', { name: 'Đối tác API' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Đối tác API' }).count()).toBe(0);
  });

  it('registers a partner, issues a key shown once that the API accepts, rotates and revokes it', async () => {
    PARTNER = attempts++ === 0 ? PARTNER_NAME : `${PARTNER_NAME} (${attempts})`;
    const page = await session.newPage('desktop');
    await logIn(page);
    // The administrator's navigation links to the page, beside "Users".
    const nav = page.getByRole('navigation').first();
    await expect.poll(() => nav.getByRole('link', { name: 'Đối tác API' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Người dùng' }).count()).toBe(1);

    // Registering: a bad e-mail is refused beside its field, and what was typed stays.
    await page.getByRole('button', { name: '+ Đăng ký đối tác' }).click();
    await page.getByLabel('Tên tổ chức').fill(PARTNER);
    await page.getByLabel('Người liên hệ').fill('Chị Nguyễn Thị Lan');
    await page.getByLabel('Email liên hệ').fill('lan-at-san');
    await page.getByLabel('Số điện thoại').fill('0912 345 678');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.locator('#partner-new-contactEmail-error').waitFor();
    expect(await page.locator('#partner-new-contactEmail-error').innerText()).toContain(
      'Địa chỉ e-mail không hợp lệ.',
    );
    await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('form-alert');
    expect(await page.getByLabel('Tên tổ chức').inputValue()).toBe(PARTNER);
    expect(await page.getByLabel('Số điện thoại').inputValue()).toBe('0912 345 678');
    await page.getByLabel('Email liên hệ').fill('lan@san-thu.vn');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Đã đăng ký đối tác ${PARTNER}.` })
      .waitFor();
    const card = partnerCard(page, PARTNER);
    await card.waitFor();
    expect(await card.innerText()).toContain('Chị Nguyễn Thị Lan');
    expect(await card.getByRole('link', { name: 'lan@san-thu.vn' }).getAttribute('href')).toBe(
      'mailto:lan@san-thu.vn',
    );
    expect(await card.innerText()).toContain('Chưa có khoá nào.');
    const stored = await platform.db.query<{ contact_email: string; contact_phone: string }>(
      `SELECT contact_email, contact_phone FROM partner WHERE name = $1`,
      [PARTNER],
    );
    expect(stored.rows).toEqual([{ contact_email: 'lan@san-thu.vn', contact_phone: '0912 345 678' }]);

    // Issuing: name, scopes as checkboxes, its own budget.
    await card.getByRole('button', { name: `Cấp khoá cho ${PARTNER}` }).click();
    await card.getByLabel('Tên khoá').fill('production');
    expect(await card.getByRole('checkbox', { name: /^Đọc \(read\)/ }).isChecked()).toBe(true);
    await card.getByRole('checkbox', { name: /^Đồng bộ \(sync\)/ }).check();
    await card.getByLabel('Số điểm mỗi giờ (không bắt buộc)').fill(String(POINTS));
    await card.getByRole('button', { name: 'Cấp khoá', exact: true }).click();
    const issued = card.getByRole('region', { name: 'Đã cấp khoá production. Đây là khoá API:' });
    await issued.waitFor();
    const key = await issued.getByLabel('Khoá API').inputValue();
    expect(key).toMatch(KEY);
    expect(await issued.innerText()).toContain('Khoá chỉ hiện một lần này');
    expect(await issued.getByRole('button', { name: 'Sao chép' }).count()).toBe(1);
    // Only a hash is stored, with the visible prefix.
    const keys = await platform.db.query<{ key_prefix: string; key_hash: string; scopes: string[] }>(
      `SELECT k.key_prefix, k.key_hash, k.scopes FROM api_key k JOIN partner p ON p.id = k.partner_id WHERE p.name = $1`,
      [PARTNER],
    );
    expect(keys.rows).toHaveLength(1);
    expect(keys.rows[0]!.key_prefix).toBe(prefixOf(key));
    expect(JSON.stringify(keys.rows)).not.toContain(key.slice(14));
    const row = keyRow(card, prefixOf(key));
    expect(await row.innerText()).toContain(`ocop_${prefixOf(key)}_…`);
    expect(await row.innerText()).toContain('Còn hiệu lực');
    expect(await row.innerText()).toContain('1.234 điểm/giờ');
    expect(await row.innerText()).toContain('Chưa dùng lần nào');
    await screenshot(page, 'admin-partners-key-desktop');

    // The partner's program uses the key: accepted, with the key's own budget.
    expect(await withKey(key)).toEqual({ status: 200, limit: POINTS });
    // Its use is noted (to the minute) and shown once the page is read again.
    await expect
      .poll(
        async () => {
          await page.reload();
          return keyRow(partnerCard(page, PARTNER), prefixOf(key)).innerText();
        },
        { timeout: 15_000 },
      )
      .toContain('Dùng gần nhất:');
    // Read again, the key itself is nowhere on the page.
    expect(await page.content()).not.toContain(key);

    // Rotating, after a confirmation: the new key shown once, the old one marked and refused.
    const rotateCard = partnerCard(page, PARTNER);
    await rotateCard.getByRole('button', { name: `Đổi khoá production (${prefixOf(key)})` }).click();
    const oldRow = keyRow(rotateCard, prefixOf(key));
    expect(await oldRow.innerText()).toContain('Khoá cũ bị thu hồi ngay');
    await oldRow.getByRole('button', { name: 'Đổi khoá', exact: true }).click();
    const rotated = rotateCard.getByRole('region', {
      name: 'Đã đổi khoá production: khoá cũ đã bị thu hồi. Đây là khoá mới:',
    });
    await rotated.waitFor();
    const newKey = await rotated.getByLabel('Khoá API').inputValue();
    expect(newKey).toMatch(KEY);
    expect(newKey).not.toBe(key);
    await expect.poll(() => oldRow.getAttribute('class')).toContain('key-row-revoked');
    expect(await oldRow.innerText()).toContain('Đã thu hồi');
    expect(await oldRow.getByRole('button').count()).toBe(0);
    const newRow = keyRow(rotateCard, prefixOf(newKey));
    expect(await newRow.innerText()).toContain('Còn hiệu lực');
    expect(await newRow.innerText()).toContain('1.234 điểm/giờ');
    await screenshot(page, 'admin-partners-rotated-desktop');
    await expect.poll(async () => (await withKey(key)).status, { timeout: KEY_SEEN_MS }).toBe(401);
    expect(await withKey(newKey)).toEqual({ status: 200, limit: POINTS });

    // Revoking, after a confirmation: marked on the page and refused by the API.
    await newRow.getByRole('button', { name: `Thu hồi khoá production (${prefixOf(newKey)})` }).click();
    expect(await newRow.innerText()).toContain('Thu hồi khoá này?');
    await newRow.getByRole('button', { name: 'Thu hồi', exact: true }).click();
    await newRow
      .getByRole('status')
      .filter({ hasText: `Đã thu hồi khoá production (${prefixOf(newKey)}).` })
      .waitFor();
    expect(await newRow.getAttribute('class')).toContain('key-row-revoked');
    await expect.poll(async () => (await withKey(newKey)).status, { timeout: KEY_SEEN_MS }).toBe(401);
    const states = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM api_key k JOIN partner p ON p.id = k.partner_id
       WHERE p.name = $1 AND k.revoked_at IS NOT NULL`,
      [PARTNER],
    );
    expect(states.rows[0]!.n).toBe(2);

    expect(await seriousViolations(page)).toEqual([]);
  });

  it('registers a webhook endpoint whose secret, shown once, signs the deliveries the page then lists', async () => {
    const page = await session.newPage('desktop');
    await logIn(page);
    const card = partnerCard(page, PARTNER);
    await card.getByRole('button', { name: 'Xem địa chỉ webhook' }).click();
    await card.getByText('Chưa có địa chỉ webhook nào.').waitFor();
    await card.getByRole('button', { name: '+ Thêm địa chỉ webhook' }).click();
    // A URL the API refuses: the reason under the field, the URL and the events kept.
    await card.getByLabel('Địa chỉ (URL)').fill('ftp://example.com/hook');
    await card.getByRole('checkbox', { name: 'Chứng nhận bị thu hồi (certificate.revoked)' }).check();
    await card.getByRole('button', { name: 'Thêm địa chỉ', exact: true }).click();
    const urlError = card.locator('.field-error').filter({ hasText: 'https://' });
    await urlError.waitFor();
    expect(await card.getByLabel('Địa chỉ (URL)').inputValue()).toBe('ftp://example.com/hook');
    expect(
      await card.getByRole('checkbox', { name: 'Chứng nhận bị thu hồi (certificate.revoked)' }).isChecked(),
    ).toBe(true);
    await screenshot(page, 'admin-partners-webhook-refused-desktop');

    await card.getByLabel('Địa chỉ (URL)').fill(receiver.url);
    await card.getByRole('button', { name: 'Thêm địa chỉ', exact: true }).click();
    const shown = card.getByRole('region', {
      name: `Đã đăng ký địa chỉ webhook ${receiver.url}. Đây là khoá ký (signing secret):`,
    });
    await shown.waitFor();
    const secret = await shown.getByLabel('Khoá ký webhook').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(await shown.innerText()).toContain('Khoá ký chỉ hiện một lần này');
    const endpoint = card.locator(`li.webhook-item[data-url="${receiver.url}"]`);
    expect(await endpoint.innerText()).toContain('Đang hoạt động');
    expect(await endpoint.innerText()).toContain('Chưa gửi lần nào.');

    // A certificate revoked: the endpoint receives it, signed with the secret the page showed.
    const { rows } = await platform.db.query<{ id: string }>(
      `SELECT id FROM ocop_certificate WHERE revoked_on IS NULL ORDER BY id LIMIT 1`,
    );
    await platform.db.query(
      `UPDATE ocop_certificate SET revoked_on = greatest(decision_date, $2::date), revocation_reason = 'thử' WHERE id = $1`,
      [rows[0]!.id, today()],
    );
    await expect.poll(() => receiver.got.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const delivery = receiver.got[0]!;
    const timestamp = String(delivery.headers['x-ocop-webhook-timestamp']);
    expect(delivery.headers['x-ocop-webhook-signature']).toBe(
      `v1=${createHmac('sha256', secret).update(`${timestamp}.${delivery.body}`).digest('hex')}`,
    );

    // Read again, the page lists the delivery with the receiver's answer, and no secret.
    await expect
      .poll(
        async () => {
          await page.reload();
          const again = partnerCard(page, PARTNER);
          await again.getByRole('button', { name: 'Xem địa chỉ webhook' }).click();
          const item = again.locator(`li.webhook-item[data-url="${receiver.url}"]`);
          await item.waitFor();
          return item.innerText();
        },
        { timeout: 20_000 },
      )
      .toContain('Đã nhận (204)');
    const item = partnerCard(page, PARTNER).locator(`li.webhook-item[data-url="${receiver.url}"]`);
    expect(await item.innerText()).toContain('certificate.revoked');
    expect(await item.innerText()).toContain('Không có lỗi gửi liên tiếp');
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'admin-partners-webhooks-desktop');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('shows a key’s usage, edits, disables and enables the partner, manages its endpoint; the audit names it', async () => {
    const page = await session.newPage('desktop');
    await logIn(page);
    const card = partnerCard(page, PARTNER);
    // A key with the webhooks scope, so that the partner manages its endpoints itself.
    await card.getByRole('button', { name: `Cấp khoá cho ${PARTNER}` }).click();
    await card.getByLabel('Tên khoá').fill('tự phục vụ');
    await card.getByRole('checkbox', { name: /^Webhook \(webhooks\)/ }).check();
    await card.getByRole('button', { name: 'Cấp khoá', exact: true }).click();
    const issued = card.getByRole('region', { name: 'Đã cấp khoá tự phục vụ. Đây là khoá API:' });
    await issued.waitFor();
    const key = await issued.getByLabel('Khoá API').inputValue();
    expect(key).toMatch(KEY);
    await issued.getByRole('button', { name: 'Tôi đã lưu, đóng lại' }).click();
    const row = keyRow(card, prefixOf(key));
    expect(await row.innerText()).toContain('Giờ này: 0 điểm / mức chung của nền tảng');

    // A few requests with it, and a write: an endpoint of its own partner's (no partnerId).
    const hour = budgetHour();
    const costs: number[] = [];
    for (const first of [3, 10, 25]) {
      const answer = await bearer(key, `{ ocopProducts(first: ${first}) { edges { node { id name } } } }`);
      expect(answer.status).toBe(200);
      costs.push(answer.cost);
    }
    const url = `${receiver.url}/by-key`;
    const created = await bearer<{ webhookEndpointCreate: { secret: string | null; userErrors: unknown[] } }>(
      key,
      CREATE_ENDPOINT,
      { input: { url, events: ['PRODUCT_LISTED'] } },
    );
    expect(created.data?.webhookEndpointCreate.userErrors).toEqual([]);
    const firstSecret = created.data!.webhookEndpointCreate.secret!;
    expect(firstSecret).toMatch(/^whsec_/);
    costs.push(created.cost);
    const spent = costs.reduce((a, b) => a + b, 0);
    expect(spent).toBeGreaterThan(0);
    const spentInDatabase = async () =>
      (
        await platform.db.query<{ spent: number }>(
          `SELECT b.spent FROM points_budget b JOIN api_key k ON b.subject = 'key:' || k.id
           WHERE k.key_prefix = $1 ORDER BY b.window_start DESC LIMIT 1`,
          [prefixOf(key)],
        )
      ).rows[0]?.spent ?? 0;
    // Where the points are reserved in blocks (a busy key's, given back after a second idle), the
    // row settles to what was spent; within one hour's window, that is the sum of the costs answered
    // (a window may have turned meanwhile, then only the last one is this hour's).
    if (budgetHour() === hour) await expect.poll(spentInDatabase, { timeout: 15_000 }).toBe(spent);
    const inDatabase = await spentInDatabase();
    expect(inDatabase).toBeGreaterThan(0);
    const usage = keyRow(partnerCard(page, PARTNER), prefixOf(key)).locator('.key-usage');
    await expect
      .poll(
        async () => {
          await page.reload();
          return Number(await usage.getAttribute('data-this-hour'));
        },
        { timeout: 15_000 },
      )
      .toBe(inDatabase);
    expect(await usage.innerText()).toContain(`Giờ này: ${vi(inDatabase)} điểm / mức chung của nền tảng`);
    if (budgetHour() === hour) expect(await usage.innerText()).toContain('Giờ trước: 0 điểm');

    // Editing, while another administrator changes the phone: a conflict, then what was typed kept.
    const edited = partnerCard(page, PARTNER);
    await edited.getByRole('button', { name: `Sửa thông tin ${PARTNER}` }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toMatch(/-edit-name$/);
    await edited.getByLabel('Người liên hệ').fill('Anh Trần Văn Minh');
    await edited.getByLabel('Email liên hệ').fill('minh-at-san');
    await edited.getByRole('button', { name: 'Lưu', exact: true }).click();
    await edited.locator('.field-error').filter({ hasText: 'e-mail' }).waitFor();
    await edited.getByLabel('Email liên hệ').fill('minh@san-thu.vn');
    await platform.db.query(
      `UPDATE partner SET contact_phone = '0988 000 111', version = version + 1 WHERE name = $1`,
      [PARTNER],
    );
    await edited.getByRole('button', { name: 'Lưu', exact: true }).click();
    const conflict = edited
      .getByRole('alert')
      .filter({ hasText: 'Đối tác vừa được người khác sửa từ khi bạn mở' });
    await conflict.waitFor();
    await screenshot(page, 'admin-partners-conflict-desktop');
    await conflict.getByRole('button', { name: 'Tải bản mới, giữ nội dung đã nhập' }).click();
    await edited.getByText(/Đã tải bản mới/).waitFor();
    expect(await edited.getByLabel('Người liên hệ').inputValue()).toBe('Anh Trần Văn Minh');
    expect(await edited.getByLabel('Email liên hệ').inputValue()).toBe('minh@san-thu.vn');
    expect(await edited.getByLabel('Số điện thoại').inputValue()).toBe('0988 000 111');
    await edited.getByRole('button', { name: 'Lưu', exact: true }).click();
    await edited.getByRole('status').filter({ hasText: 'Đã lưu thông tin đối tác.' }).waitFor();
    const contacts = await platform.db.query(
      `SELECT contact_name, contact_email, contact_phone FROM partner WHERE name = $1`,
      [PARTNER],
    );
    expect(contacts.rows).toEqual([
      { contact_name: 'Anh Trần Văn Minh', contact_email: 'minh@san-thu.vn', contact_phone: '0988 000 111' },
    ]);
    expect(await edited.getByRole('link', { name: '0988 000 111' }).count()).toBe(1);

    // Disabled, after a confirmation: marked on the page, its key refused within a second or two.
    await edited.getByRole('button', { name: `Vô hiệu hoá đối tác ${PARTNER}` }).click();
    expect(await edited.innerText()).toContain('bị từ chối trong vòng một giây');
    await edited.getByRole('button', { name: 'Vô hiệu hoá', exact: true }).click();
    await edited
      .getByRole('status')
      .filter({ hasText: `Đã vô hiệu hoá ${PARTNER}.` })
      .waitFor();
    const disabledAt = Date.now();
    expect(await edited.getAttribute('data-state')).toBe('disabled');
    expect(await edited.locator('.partner-disabled').innerText()).toContain(
      'mọi khoá của đối tác bị API từ chối',
    );
    await expect.poll(async () => (await withKey(key)).status, { timeout: 2_500, interval: 100 }).toBe(401);
    expect(Date.now() - disabledAt).toBeLessThan(2_500);
    expect(await keyRow(edited, prefixOf(key)).locator('.badge').innerText()).toBe(
      'Bị từ chối: đối tác đã vô hiệu hoá',
    );
    await screenshot(page, 'admin-partners-disabled-desktop');
    expect(await seriousViolations(page)).toEqual([]);
    await edited.getByRole('button', { name: `Bật lại đối tác ${PARTNER}` }).click();
    await edited.getByRole('button', { name: 'Bật lại', exact: true }).click();
    await edited
      .getByRole('status')
      .filter({ hasText: `Đã bật lại ${PARTNER}.` })
      .waitFor();
    expect(await edited.getAttribute('data-state')).toBe('enabled');
    await expect.poll(async () => (await withKey(key)).status, { timeout: 2_500, interval: 100 }).toBe(200);

    // The endpoint the partner made with its key: paused, re-enabled, new events, new secret, deleted.
    await edited.getByRole('button', { name: 'Xem địa chỉ webhook' }).click();
    const endpoint = edited.locator(`li.webhook-item[data-url="${url}"]`);
    await endpoint.waitFor();
    const stored = () =>
      platform.db
        .query<{ disabled_reason: string | null; events: string[]; secret: string }>(
          `SELECT disabled_reason, events, secret FROM webhook_endpoint WHERE url = $1`,
          [url],
        )
        .then((r) => r.rows);
    await endpoint.getByRole('button', { name: `Tạm dừng ${url}` }).click();
    await endpoint.getByRole('status').filter({ hasText: 'Đã tạm dừng địa chỉ này.' }).waitFor();
    expect(await endpoint.getAttribute('data-state')).toBe('paused');
    expect(await endpoint.locator('.badge').innerText()).toBe('Tạm dừng');
    expect((await stored())[0]!.disabled_reason).toBe('paused');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Bật lại ${url}`);
    await screenshot(page, 'admin-partners-paused-desktop');
    await endpoint.getByRole('button', { name: `Bật lại ${url}` }).click();
    await endpoint.getByRole('status').filter({ hasText: 'Đã bật lại' }).waitFor();
    expect(await endpoint.getAttribute('data-state')).toBe('active');
    expect((await stored())[0]!.disabled_reason).toBeNull();

    await endpoint.getByRole('button', { name: `Đổi sự kiện của ${url}` }).click();
    await endpoint.getByRole('checkbox', { name: 'Tin bán thay đổi (listing.changed)' }).check();
    await endpoint.getByRole('button', { name: 'Lưu sự kiện' }).click();
    await endpoint.getByRole('status').filter({ hasText: 'Đã lưu các sự kiện.' }).waitFor();
    expect(await endpoint.innerText()).toContain('Tin bán thay đổi (listing.changed)');
    expect((await stored())[0]!.events).toHaveLength(2);

    await endpoint.getByRole('button', { name: `Đổi khoá ký của ${url}` }).click();
    await endpoint.getByRole('button', { name: 'Đổi khoá ký', exact: true }).click();
    const rotated = edited.getByRole('region', { name: `Đã đổi khoá ký của ${url}. Đây là khoá ký mới:` });
    await rotated.waitFor();
    const secret = await rotated.getByLabel('Khoá ký webhook').inputValue();
    expect(secret).toMatch(/^whsec_/);
    expect(secret).not.toBe(firstSecret);
    expect((await stored())[0]!.secret).toBe(secret);
    await rotated.getByRole('button', { name: 'Tôi đã lưu, đóng lại' }).click();
    expect(await page.content()).not.toContain(secret);

    await endpoint.getByRole('button', { name: `Xoá ${url}` }).click();
    expect(await endpoint.innerText()).toContain('Không thể hoàn tác');
    await endpoint.getByRole('button', { name: 'Xoá', exact: true }).click();
    await edited
      .getByRole('status')
      .filter({ hasText: `Đã xoá địa chỉ webhook ${url}.` })
      .waitFor();
    expect(await edited.locator(`li.webhook-item[data-url="${url}"]`).count()).toBe(0);
    expect(await stored()).toEqual([]);
    // The endpoint added on the page earlier is still there.
    expect(await edited.locator(`li.webhook-item[data-url="${receiver.url}"]`).count()).toBe(1);

    // The audit page: the write made with the key names the partner and the key's prefix.
    await page.goto(`${platform.baseUrl}/official/audit?action=webhookEndpointCreate`);
    const audit = page.locator('.audit-row').filter({ hasText: PARTNER });
    await audit.first().waitFor();
    expect(await audit.first().innerText()).toContain(`Đối tác: ${PARTNER} (khoá ocop_${prefixOf(key)}_…)`);
    await screenshot(page, 'official-audit-partner-desktop');
  });

  it('fits a 375 px phone with its forms and panels open, and has no serious axe violation there', async () => {
    const page = await session.newPage('phone');
    await page.setViewportSize({ width: 375, height: 812 });
    await logIn(page);
    const card = partnerCard(page, PARTNER);
    await card.waitFor();
    await page.getByRole('button', { name: '+ Đăng ký đối tác' }).click();
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await page.locator('#partner-new-name-error').waitFor();
    await card.getByRole('button', { name: 'Xem địa chỉ webhook' }).click();
    await card.locator('li.webhook-item').first().waitFor();
    await card.getByRole('button', { name: `Cấp khoá cho ${PARTNER}` }).click();
    await card.getByLabel('Tên khoá').fill('di động');
    await card.getByRole('button', { name: 'Cấp khoá', exact: true }).click();
    const issued = card.getByRole('region', { name: 'Đã cấp khoá di động. Đây là khoá API:' });
    await issued.waitFor();
    const shownKey = issued.getByLabel('Khoá API');
    expect(await shownKey.inputValue()).toMatch(KEY);
    // The whole key is in view, wrapped, not scrolled away inside its field.
    expect(
      await shownKey.evaluate(
        (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight + 1,
      ),
    ).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The key's field and its copy button stay inside the phone's width.
    const box = await issued.getByRole('button', { name: 'Sao chép' }).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-partners-phone');

    // The edit form, a key's usage, an endpoint's actions and a confirmation fit too.
    await card.getByRole('button', { name: `Sửa thông tin ${PARTNER}` }).click();
    await card.getByLabel('Người liên hệ').waitFor();
    const item = card.locator(`li.webhook-item[data-url="${receiver.url}"]`);
    await item.getByRole('button', { name: `Xoá ${receiver.url}` }).click();
    await item.getByRole('button', { name: 'Xoá', exact: true }).waitFor();
    expect(await card.locator('.key-usage').count()).toBeGreaterThan(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'admin-partners-actions-phone');
    await item.getByRole('button', { name: 'Không' }).click();

    await page.goto(`${platform.baseUrl}/official/audit?action=webhookEndpointCreate`);
    await page.locator('.audit-partner').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'official-audit-partner-phone');
  });
});
