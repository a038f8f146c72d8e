import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO } from '../demo-accounts';
import { gql } from '../gql';
import { useOwnPlatform } from './own-platform';
import { BROWSER_TEST_OPTIONS } from './browser';

/**
 * The portal works under its Content-Security-Policy (server/src/common/security-headers.ts):
 * pages of every kind — search, a product with its QR code, the charts of the statistics page,
 * a photo's preview and upload after a login, officials' forms — load and render without one violation. It logs
 * in and uploads, so it runs on a platform and a database of its own.
 */
const EMAIL = DEMO.producerEditor;
const mediaDir = mkdtempSync(path.join(tmpdir(), 'ocop-csp-media-'));
const own = useOwnPlatform('ocop_portal_csp', { MEDIA_DIR: mediaDir }, () =>
  rmSync(mediaDir, { recursive: true, force: true }),
);

interface Watched {
  page: Page;
  /** Every CSP violation the page reported, as "directive blocked-uri". */
  violations: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A page that records `securitypolicyviolation` events (from its first script on) and console errors. */
async function watchedPage(viewport: 'desktop' | 'phone' = 'desktop'): Promise<Watched> {
  const page = await own.session.newPage(viewport);
  const watched: Watched = { page, violations: [], errors: [] };
  await page.exposeBinding('__reportViolation', (_source, text: string) => {
    watched.violations.push(text);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __reportViolation: (text: string) => void }).__reportViolation;
      void report(
        `${event.effectiveDirective} ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`,
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  return watched;
}

/** The policy the page's document was served with. */
async function documentPolicy(page: Page, url: string): Promise<string> {
  const response = await page.goto(url);
  return (await response!.headerValue('content-security-policy')) ?? '';
}

describe('the portal under its Content-Security-Policy', BROWSER_TEST_OPTIONS, () => {
  it('reports a violation when something inline runs (the policy is enforced and the listener hears it)', async () => {
    const { page, violations } = await watchedPage();
    const policy = await documentPolicy(page, `${own.base}/`);
    expect(policy).toContain("script-src 'self'");
    await page.getByRole('navigation').waitFor();
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const styled = document.createElement('div');
      styled.setAttribute('onclick', 'window.__inlineRan = true');
      styled.click();
      // A style attribute written as markup is refused too (React sets styles through the CSSOM).
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      document.body.append(styled);
      return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => violations.length).toBeGreaterThanOrEqual(3);
    expect(violations.some((v) => v.startsWith('script-src-elem inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('script-src-attr inline'))).toBe(true);
    expect(violations.some((v) => v.startsWith('style-src-attr inline'))).toBe(true);
  });

  it('renders the public pages without a violation: search, a product with its QR code, the charts', async () => {
    const { page, violations, errors } = await watchedPage();
    await page.goto(`${own.base}/`);
    await page.getByLabel('Tìm sản phẩm OCOP').fill('seng cu');
    await page.getByRole('button', { name: 'Tìm', exact: true }).first().click();
    await page.waitForURL(/\/products\?q=seng\+cu$/);
    const result = page
      .locator('.catalogue-results')
      .getByRole('link', { name: 'Gạo Séng Cù Điện Biên', exact: true });
    await result.click();
    await page.getByRole('heading', { level: 1, name: 'Gạo Séng Cù Điện Biên' }).waitFor();
    await page.locator('.certificate-card svg.qr-code').waitFor();

    // Styled by the stylesheet from /assets: the header's background is not the default.
    const background = await page
      .locator('header')
      .first()
      .evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');

    await page.goto(`${own.base}/statistics?province=11&asOf=2021-06-30`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' }).waitFor();
    // The lazily loaded charts, whose sizes React sets as inline styles through the CSSOM.
    await page.locator('.recharts-surface').nth(3).waitFor();
    expect(await page.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(10);
    const chartHeight = await page
      .locator('.chart .recharts-wrapper')
      .first()
      .evaluate((element) => element.getBoundingClientRect().height);
    expect(chartHeight).toBeGreaterThan(100);

    await page.goto(`${own.base}/verify`);
    await page.getByRole('heading', { name: 'Cách kiểm tra' }).waitFor();
    await page.waitForLoadState('networkidle');

    expect(violations).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });

  it('logs in, previews a photo (blob:) and uploads it (served from /media) without a violation', async () => {
    const { page, violations, errors } = await watchedPage('phone');
    const data = await own.publicQuery(
      gql(
        `query SecurityPolicyOcopProducts { ocopProducts(first: 1, filter: { search: "gao lut seng cu" }) { nodes { id } } }`,
      ),
    );
    const id = data.ocopProducts.nodes[0]!.id;
    await own.logIn(page, `/my/products/${encodeURIComponent(id)}/photos`, EMAIL);
    await page.locator('.photo-uploader').waitFor();
    const png = await page.screenshot();
    await page
      .getByLabel('Chọn hoặc chụp ảnh')
      .setInputFiles({ name: 'csp.png', mimeType: 'image/png', buffer: png });
    const preview = page.getByRole('img', { name: 'Ảnh sẽ gửi' });
    expect(await preview.getAttribute('src')).toMatch(/^blob:/);
    await expect
      .poll(() => preview.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);
    await page.getByLabel('Chú thích ảnh').fill('Ảnh kiểm tra CSP');
    await page.getByRole('button', { name: 'Tải ảnh lên' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm ảnh vào sản phẩm.' }).waitFor();
    const added = page.locator('.photo-gallery img').last();
    expect(await added.getAttribute('src')).toMatch(/^\/media\//);
    await expect
      .poll(() => added.evaluate((image: HTMLImageElement) => image.naturalWidth))
      .toBeGreaterThan(0);

    expect(violations).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });

  it('renders the officials’ pages without a violation: evaluation form, certification form, audit log', async () => {
    const { page, violations, errors } = await watchedPage();
    await own.logIn(page, '/official/evaluations/new', DEMO.administrator);
    await page.locator('.criterion-answer').first().waitFor();
    await page.goto(`${own.base}/official/certifications/new`);
    await page.getByLabel('Điểm (0–100)').fill('95');
    expect(await page.locator('.score-stars').getByLabel('5 sao').count()).toBe(1);
    await page.goto(`${own.base}/official/audit`);
    await page.locator('.audit-row').first().waitFor();
    await page.goto(`${own.base}/admin/users`);
    await page.getByText(DEMO.administrator).first().waitFor();
    await page.waitForLoadState('networkidle');

    expect(violations).toEqual([]);
    expect(errors.filter((text) => /Content Security Policy|Refused to/i.test(text))).toEqual([]);
  });
});
