import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  SCREENSHOT_DIR,
  type BrowserSession,
} from './browser';
import { certificatesOf, productsWithStatus, verification, type ProductFact } from './ocop-facts';

/** Gạo Séng Cù when it is valid today (most days), else another product valid today. */
async function validProduct(): Promise<ProductFact> {
  const valid = await productsWithStatus('VALID');
  const product = valid.find((p) => p.name === 'Gạo Séng Cù Điện Biên') ?? valid[0];
  expect(product, 'a product valid today').toBeDefined();
  return product!;
}

/** The result panel of the check, with its outcome. */
function result(page: Page) {
  return page.locator('.verify-result');
}

describe('the certificate check in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  const base = () => inject('baseUrl');
  beforeAll(async () => {
    session = await launchBrowser();
  });
  afterAll(() => session.close());

  /** Types a number in the form, as a buyer with a label in hand does, and waits for the answer. */
  async function check(page: Page, number: string) {
    await page.getByLabel('Số chứng nhận OCOP').fill(number);
    await page.getByRole('button', { name: 'Kiểm tra', exact: true }).click();
    await page.waitForURL(`${base()}/verify/${encodeURIComponent(number)}`);
    await result(page).waitFor();
  }

  it('a valid certificate: genuine and valid, typed in the form', async () => {
    const number = (await validProduct()).currentCertificate!.certificateNumber;
    const api = await verification(number);
    expect(api).toMatchObject({ genuine: true, status: 'VALID' });

    const page = await session.newPage('desktop');
    await page.goto(`${base()}/verify`);
    await check(page, number);
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('VALID');
    await page.getByRole('heading', { name: 'Chứng nhận OCOP hợp lệ' }).waitFor();
    await result(page).getByText(api.message).waitFor();
    await result(page).getByRole('link', { name: api.product!.name }).waitFor();
    await screenshot(page, 'verify-valid-desktop');
  });

  it('an expired certificate: expired since…, arriving from a QR code link', async () => {
    const [fact] = await productsWithStatus('EXPIRED');
    const number = fact!.currentCertificate!.certificateNumber;
    const api = await verification(number);
    expect(api.status).toBe('EXPIRED');

    const page = await session.newPage('phone');
    await page.goto(`${base()}/verify/${encodeURIComponent(number)}`);
    await result(page).waitFor();
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('EXPIRED');
    await page.getByRole('heading', { name: 'Chứng nhận đã hết hạn' }).waitFor();
    await result(page).getByText(api.message).waitFor();
    expect(await page.getByRole('heading', { name: 'Chứng nhận OCOP hợp lệ' }).count()).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'verify-expired-phone');
  });

  it('a revoked certificate: revoked on…, in English', async () => {
    const [fact] = await productsWithStatus('REVOKED');
    expect(fact, 'a product with a revoked certificate in the demo data').toBeDefined();
    const number = fact!.currentCertificate!.certificateNumber;
    const api = await verification(number);
    expect(api.status).toBe('REVOKED');

    const page = await session.newPage('desktop', 'en');
    await page.goto(`${base()}/verify`);
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByLabel('OCOP certificate number').fill(number);
    await page.getByRole('button', { name: 'Check', exact: true }).click();
    await result(page).waitFor();
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('REVOKED');
    await page.getByRole('heading', { name: 'This certificate was revoked' }).waitFor();
    await result(page).getByText(api.messageEn).waitFor();
    await screenshot(page, 'verify-revoked-desktop');
  });

  it('an unknown number: not found', async () => {
    const number = 'OCOP-99-1999-9999';
    const api = await verification(number);
    expect(api).toMatchObject({ genuine: false, status: null });

    const page = await session.newPage('phone');
    await page.goto(`${base()}/verify`);
    await page.getByRole('heading', { name: 'Cách kiểm tra' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'verify-phone');
    await check(page, number);
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('UNKNOWN');
    await page.getByRole('heading', { name: 'Không tìm thấy chứng nhận' }).waitFor();
    await result(page).getByText(api.message).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'verify-unknown-phone');
  });

  it('a superseded certificate names the current one', async () => {
    // A product valid today whose older certificate was replaced by a re-certification.
    let fact: ProductFact | undefined;
    let superseded: { certificateNumber: string } | undefined;
    for (const product of await productsWithStatus('VALID')) {
      superseded = (await certificatesOf(product.id)).find((c) => c.status === 'SUPERSEDED');
      if (superseded) {
        fact = product;
        break;
      }
    }
    expect(superseded, 'a superseded certificate of a product valid today').toBeDefined();

    const page = await session.newPage('desktop');
    await page.goto(`${base()}/verify/${encodeURIComponent(superseded!.certificateNumber)}`);
    await result(page).waitFor();
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('SUPERSEDED');
    await result(page).getByRole('link', { name: fact!.currentCertificate!.certificateNumber }).click();
    await page.waitForURL(`${base()}/verify/${fact!.currentCertificate!.certificateNumber}`);
    await expect.poll(() => result(page).getAttribute('data-outcome')).toBe('VALID');
  });

  it('a QR code scanned on slow 3G: the page frame at once, the verdict asked for in parallel with the page script', async () => {
    const number = (await validProduct()).currentCertificate!.certificateNumber;
    const page = await session.newPage('phone');
    // Slow 3G: 400 ms round trips, 400 kbit/s each way; a fresh context has an empty cache.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 400,
      downloadThroughput: 50_000,
      uploadThroughput: 50_000,
    });
    // When (ms after the start) the verdict was asked for, and when the page's chunk had arrived.
    const started = Date.now();
    const verdictRequests: number[] = [];
    let chunkArrived: number | null = null;
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql') && (r.postData() ?? '').includes('VerifyRouteQuery'))
        verdictRequests.push(Date.now() - started);
    });
    page.on('requestfinished', (r) => {
      if (/\/assets\/VerifyRoute-[^/]+\.js$/.test(r.url())) chunkArrived = Date.now() - started;
    });
    await page.goto(`${base()}/verify/${encodeURIComponent(number)}`, {
      waitUntil: 'commit',
      timeout: 60_000,
    });
    // The frame of index.html: the header with the name, and a notice that it loads.
    await page.locator('header.site-header .brand-name').waitFor({ timeout: 60_000 });
    const frameMs = Date.now() - started;
    const frameShot = page.screenshot();
    await result(page).waitFor({ timeout: 60_000 });
    const verdictMs = Date.now() - started;
    await frameShot.then((png) =>
      writeFileSync(path.join(SCREENSHOT_DIR, 'verify-slow3g-frame-phone.png'), png),
    );
    await screenshot(page, 'verify-slow3g-verdict-phone');
    await expect(result(page).getAttribute('data-outcome')).resolves.toBe('VALID');

    const timing = await page.evaluate(() => {
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      const paint = performance.getEntriesByName('first-contentful-paint')[0];
      const chunk = resources.find((r) => /\/assets\/VerifyRoute-[^/]+\.js$/.test(r.name));
      const query = resources.filter((r) => r.name.endsWith('/graphql'));
      return {
        firstPaint: paint?.startTime ?? null,
        chunkEnd: chunk?.responseEnd ?? null,
        chunkBytes: chunk?.encodedBodySize ?? null,
        queryStarts: query.map((q) => q.startTime),
      };
    });
    console.log(
      `slow 3G, /verify/<number> on a phone: frame seen at ${frameMs} ms (first paint ${Math.round(timing.firstPaint ?? -1)} ms), ` +
        `verdict at ${verdictMs} ms; verify chunk ${timing.chunkBytes} B on the wire, arrived at ${Math.round(timing.chunkEnd ?? -1)} ms; ` +
        `the verdict asked for at ${verdictRequests.join(', ')} ms and the chunk arrived at ${chunkArrived} ms (test clock); ` +
        `GraphQL requests at ${timing.queryStarts.map(Math.round).join(', ')} ms (the verdict first, then the viewer)`,
    );
    // One request for the verdict (the page's own query shared the early one), sent before the
    // page's chunk had arrived: the verdict does not wait for the script of the page.
    expect(verdictRequests).toHaveLength(1);
    expect(chunkArrived).not.toBeNull();
    expect(verdictRequests[0]!).toBeLessThan(chunkArrived!);
    // The frame comes long before the verdict (the scripts are most of the wait).
    expect(timing.firstPaint).not.toBeNull();
    expect(timing.firstPaint!).toBeLessThan(verdictMs / 2);
    // The verify page's own chunk stays small (its shared parts are counted with the entry).
    expect(timing.chunkBytes!).toBeLessThan(8_000);
  });
});
