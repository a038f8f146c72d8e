import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { client } from '../client';
import { gql } from '../gql';
import { BROWSER_TEST_OPTIONS, hasHorizontalScroll, launchBrowser, type BrowserSession } from './browser';

/**
 * A buyer on a phone compares three products (issue 13): "add to compare" on three catalogue
 * cards, the bar at the foot leads to /compare, the three stand side by side (the table scrolls
 * inside its frame, with a hint; the page itself does not scroll sideways), a reload keeps them,
 * and the address opened elsewhere (a shared link, no stored list) shows the same three.
 * Screenshots, phone and desktop, go to /tmp/shots-compare/ for people to look at.
 */
const SHOTS = '/tmp/shots-compare';

const COMPARED = gql(`query BrowserCompareProducts($ids: [ID!]!) {
  ocopProductsByIds(ids: $ids) { id name stars qualityCertifications { scheme status } }
}`);

/** The compare page's product names, column by column. */
const columnNames = (page: Page) =>
  page.locator('.compare-table thead th.compare-product a').allTextContents();

describe('comparing three products on a phone', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  it('adds three from the catalogue, sees them side by side, keeps them on reload and in a shared link', async () => {
    const page = await session.newPage('phone');
    page.setDefaultTimeout(15_000);
    await page.goto(`${base()}/products`);
    const cards = page.locator('.catalogue-results .product-card');
    await cards.first().waitFor();
    const names: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const card = cards.nth(i);
      names.push((await card.locator('.product-card-title a').textContent())!.trim());
      // Its accessible name is its visible text and the product's; it changes once pressed.
      await card.getByRole('button', { name: `Thêm vào so sánh: ${names[i]}`, exact: true }).click();
      const toggle = card.getByRole('button', { name: `Bỏ khỏi so sánh: ${names[i]}`, exact: true });
      await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true');
    }
    const bar = page.getByRole('link', { name: 'So sánh 3 sản phẩm' });
    await bar.waitFor();
    await page.screenshot({ path: path.join(SHOTS, 'catalogue-chosen-phone.png') });

    await bar.click();
    await page.waitForURL(/\/compare\?ids=/);
    const ids = new URL(page.url()).searchParams.get('ids')!.split(',');
    expect(ids).toHaveLength(3);
    await page.locator('.compare-table').waitFor();
    await expect.poll(() => columnNames(page)).toEqual(names);

    // What the table shows is what the API answers for these ids, in their order.
    const { body } = await client(base()).request(COMPARED, { ids });
    const products = body.data!.ocopProductsByIds;
    expect(products.map((p) => p?.name)).toEqual(names);
    const starsRow = page.locator('.compare-table tbody tr').nth(1).locator('td');
    for (const [index, product] of products.entries()) {
      await expect(starsRow.nth(index).locator('.stars').getAttribute('aria-label')).resolves.toBe(
        `${product!.stars} sao`,
      );
    }

    // On 390 px the page does not scroll sideways: the table does, inside its frame, and says so.
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expect(page.getByText('Vuốt ngang để xem các sản phẩm khác →').isVisible()).resolves.toBe(true);
    const frame = page.locator('.compare-scroll');
    const widths = await frame.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await page.screenshot({ path: path.join(SHOTS, 'compare-phone.png'), fullPage: true });
    await frame.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    await page.screenshot({ path: path.join(SHOTS, 'compare-phone-scrolled.png'), fullPage: true });

    await page.reload();
    await page.locator('.compare-table').waitFor();
    await expect.poll(() => columnNames(page)).toEqual(names);

    // The address alone, in another browser (no stored list): the same three, on a desktop.
    const desktop = await session.newPage('desktop');
    await desktop.goto(page.url());
    await desktop.locator('.compare-table').waitFor();
    await expect.poll(() => columnNames(desktop)).toEqual(names);
    expect(await hasHorizontalScroll(desktop)).toBe(false);
    await desktop.screenshot({ path: path.join(SHOTS, 'compare-desktop.png'), fullPage: true });
  });

  it('shows a product’s other certifications with the status the API derives', async () => {
    // Séng Cù rice: the demo gives it certifications, one valid, one expired (dates relative to the seed day).
    const { body } = await client(base()).request(
      gql(
        `query BrowserCompareSengCu { ocopProducts(first: 5, filter: { search: "Gạo Séng Cù Điện Biên", certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED] }) { nodes { id name } } }`,
      ),
    );
    const sengCu = body.data!.ocopProducts.nodes.find((n) => n.name === 'Gạo Séng Cù Điện Biên')!;
    const answer = await client(base()).request(COMPARED, { ids: [sengCu.id] });
    const certifications = answer.body.data!.ocopProductsByIds[0]!.qualityCertifications;
    expect(certifications.length).toBeGreaterThan(0);

    const page = await session.newPage('desktop', 'en');
    await page.goto(`${base()}/compare?ids=${encodeURIComponent(sengCu.id)}&lang=en`);
    await page.locator('.compare-table').waitFor();
    const statuses = await page
      .locator('.compare-table .quality-certification')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-status')));
    expect(statuses).toEqual(certifications.map((c) => c.status));
    // Its English name, given by the demo producer.
    await expect(page.locator('.compare-table thead th.compare-product a').textContent()).resolves.toBe(
      'Séng Cù Rice of Điện Biên',
    );
    await page.screenshot({ path: path.join(SHOTS, 'compare-one-en-desktop.png'), fullPage: true });

    // Its page on an English phone: the English name, the buyer facts, a Zalo link from the phone number.
    const phone = await session.newPage('phone', 'en');
    await phone.goto(`${base()}/products/${encodeURIComponent(sengCu.id)}?lang=en`);
    await phone.getByRole('heading', { level: 1, name: 'Séng Cù Rice of Điện Biên' }).waitFor();
    await phone.getByRole('heading', { level: 2, name: 'For buyers' }).waitFor();
    await expect(phone.locator('.buyer-facts').textContent()).resolves.toContain('120 tấn per season');
    const zalo = phone.getByRole('link', { name: 'Message on Zalo' }).first();
    await expect(zalo.getAttribute('href')).resolves.toMatch(/^https:\/\/zalo\.me\/0\d{8,10}$/);
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await phone.screenshot({ path: path.join(SHOTS, 'product-en-phone.png'), fullPage: true });
  });
});
