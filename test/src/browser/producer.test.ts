import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gql } from '../gql';
import type { BrowserProducerQuery } from '../gql/graphql';
import { graphql } from '../graphql-client';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

const PRODUCER = gql(`query BrowserProducer($search: String) {
  producers(first: 1, filter: { search: $search }) {
    nodes { id name productCount products(first: 20) { nodes { id name } } }
  }
}`);

type ProducerFound = BrowserProducerQuery['producers']['nodes'][number];

/** A producer of the demo data, found through the public API as a partner would. */
async function findProducer(search: string): Promise<ProducerFound> {
  const { body } = await graphql(PRODUCER, { search });
  const producer = body.data!.producers.nodes[0];
  if (!producer) throw new Error(`no producer matches "${search}"`);
  return producer;
}

describe('the producer page in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  let producer: ProducerFound;
  beforeAll(async () => {
    session = await launchBrowser();
    producer = await findProducer('seng cu muong thanh');
  });
  afterAll(() => session.close());

  it('lists its products as links to their pages, with its type, commune and contact', async () => {
    expect(producer.productCount).toBeGreaterThan(1);
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/producers/${encodeURIComponent(producer.id)}`);
    await page.getByRole('heading', { level: 1, name: producer.name }).waitFor();
    expect(await page.locator('.tag-type').innerText()).toBe('Hợp tác xã');

    const products = page.getByRole('region', { name: /^Sản phẩm/ });
    const links = products.getByRole('heading', { level: 3 }).getByRole('link');
    expect(await links.count()).toBe(producer.productCount);
    expect((await links.allInnerTexts()).sort()).toEqual(producer.products.nodes.map((p) => p.name).sort());
    for (const { id } of producer.products.nodes)
      expect(await products.locator(`a[href="/products/${encodeURIComponent(id)}"]`).count()).toBe(1);
    // Each with its stars and the status of its certificate.
    expect(await products.locator('.stars').count()).toBe(producer.productCount);
    expect(await products.locator('[data-status]').count()).toBe(producer.productCount);

    expect(await page.getByRole('link', { name: /^Gọi / }).getAttribute('href')).toMatch(/^tel:\d+$/);
    expect(
      await page.locator('.hero-place').getByRole('link', { name: 'Xã Thanh Xương' }).getAttribute('href'),
    ).toMatch(/^\/communes\/03334/);
    expect(await page.locator('.linkage').count()).toBeGreaterThan(0);
    expect(await page.locator('.area').count()).toBeGreaterThan(0);
    await screenshot(page, 'producer-desktop');

    await links.first().click();
    await page.waitForURL(/\/products\//);
  });

  it('has no horizontal scroll on a phone', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/producers/${encodeURIComponent(producer.id)}`);
    await page.getByRole('heading', { level: 1, name: producer.name }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'producer-phone');
  });
});
