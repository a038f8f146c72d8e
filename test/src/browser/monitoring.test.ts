import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addDays, addMonths, today } from '@ocop/db';
import { DEMO } from '../demo-accounts';
import { startDemoPlatform, type DemoPlatform } from '../demo-platform';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';

/**
 * The officials' monitoring page (issue 16) in Chromium, on a platform of its own: the province
 * official of Điện Biên reads the certificates expiring within 30 / 60 / 90 days — the figures
 * a SQL count over the recorded certificates gives — with the producer's contact, and the
 * products at risk of staying for display only, each with its reasons; on a 390 px phone too.
 */
let platform: DemoPlatform;
let session: BrowserSession;

beforeAll(async () => {
  platform = await startDemoPlatform('ocop_portal_monitoring');
  session = await launchBrowser();
  // One certificate of Điện Biên expiring 20 days after the platform's day, whatever day it is, on
  // a product certified before (so that it becomes the product's current certificate).
  const decided = addMonths(addDays(today(), 20), -36);
  const { rows } = await platform.db.query<{ id: string }>(
    `SELECT p.id FROM ocop_product p JOIN admin_unit c ON c.id = p.origin_commune_id
     JOIN admin_unit up ON up.id = c.parent_id LEFT JOIN admin_unit upp ON upp.id = up.parent_id
     WHERE p.deleted_at IS NULL AND (up.code = '11' OR upp.code = '11')
       AND (p.current_decision_date IS NULL OR p.current_decision_date < $1)
     ORDER BY p.id LIMIT 1`,
    [decided],
  );
  await platform.db.query(
    `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number, decision_date,
                                   issuer_level, issuer_name)
     VALUES ('OCOP-11-THU-0020', $1, 80, 4, 'QĐ-THỬ', $2, 'province', 'UBND tỉnh Điện Biên')`,
    [rows[0]!.id, decided],
  );
});
afterAll(async () => {
  await session?.close();
  await platform?.stop();
});

/** Certificates of Điện Biên valid today expiring within `days`, counted in SQL over the products' latest certificates. */
async function expiringCount(days: number): Promise<number> {
  const { rows } = await platform.db.query<{ n: number }>(
    `WITH latest AS (
       SELECT DISTINCT ON (c.product_id) c.* FROM ocop_certificate c
       JOIN ocop_product p ON p.id = c.product_id AND p.deleted_at IS NULL
       ORDER BY c.product_id, c.decision_date DESC, c.id DESC)
     SELECT count(*)::int AS n FROM latest l JOIN ocop_product p ON p.id = l.product_id
     JOIN admin_unit c ON c.id = p.origin_commune_id JOIN admin_unit up ON up.id = c.parent_id
     LEFT JOIN admin_unit upp ON upp.id = up.parent_id
     WHERE (up.code = '11' OR upp.code = '11') AND l.decision_date <= $1 AND l.expires_on > $1
       AND l.expires_on <= $1::date + $2::int AND l.revoked_on IS NULL AND l.superseded_on IS NULL`,
    [today(), days],
  );
  return rows[0]!.n;
}

async function logIn(page: Page): Promise<void> {
  await page.goto(`${platform.baseUrl}/official/monitoring`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Email').fill(DEMO.provinceOfficial);
  await page.getByLabel('Mật khẩu', { exact: true }).fill(DEMO.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => url.pathname === '/official/monitoring');
  await page.getByRole('heading', { level: 1, name: 'Giám sát sau chứng nhận' }).waitFor();
}

describe('the officials’ monitoring page in Chromium', BROWSER_TEST_OPTIONS, () => {
  it('shows the expiring certificates as SQL counts them, with the producer to remind, and the products at risk', async () => {
    const page = await session.newPage('desktop');
    await logIn(page);
    for (const days of [30, 60, 90]) {
      const expected = await expiringCount(days);
      const button = page.getByRole('button', { name: `Trong ${days} ngày: ${expected}`, exact: true });
      await button.waitFor();
      await button.click();
      await expect.poll(() => button.getAttribute('aria-pressed')).toBe('true');
      const items = page.locator('section[aria-labelledby="expiring-title"] li.monitoring-item');
      await expect.poll(() => items.count()).toBe(expected);
    }
    // The certificate made to expire in 20 days, with its days left and its producer's link.
    const ours = page.locator('li.monitoring-item', { hasText: 'OCOP-11-THU-0020' });
    await expect.poll(() => ours.count()).toBe(1);
    expect(await ours.textContent()).toContain('còn 20 ngày');
    expect(await ours.getByRole('link').nth(1).getAttribute('href')).toMatch(/^\/producers\//);

    const certified = await platform.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ocop_product p JOIN admin_unit c ON c.id = p.origin_commune_id
       JOIN admin_unit up ON up.id = c.parent_id LEFT JOIN admin_unit upp ON upp.id = up.parent_id
       WHERE p.deleted_at IS NULL AND (up.code = '11' OR upp.code = '11')
         AND ocop_certificate_status(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                     p.current_superseded_on, $1) = 'valid'`,
      [today()],
    );
    const summary = page.locator('.monitoring-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(new RegExp(`trên ${certified.rows[0]!.n} sản phẩm`));
    await screenshot(page, 'monitoring-desktop');
  });

  it('fits a 390 px phone', async () => {
    const page = await session.newPage('phone');
    await logIn(page);
    await page.locator('li.monitoring-item').first().waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'monitoring-phone');
  });
});
