import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  BROWSER_TEST_OPTIONS,
  hasHorizontalScroll,
  launchBrowser,
  screenshot,
  type BrowserSession,
} from './browser';
import { gql } from '../gql';
import { graphql } from '../graphql-client';

/**
 * Units as they existed. Commune code 03334 names two unrelated units: Xã Thanh Xương until the
 * 2025 reform and Phường Mường Thanh since. Every expectation of a day comes from the API (the
 * platform's `today`, the units' `validFrom`/`validTo`), never from this machine's clock.
 */

interface Unit {
  code: string | null;
  fullName: string;
  unitType: string;
  validFrom: string | null;
  validTo: string | null;
}

interface Facts {
  today: string;
  ward: Unit & { otherUnitsWithCode: Unit[] };
  product: { id: string; name: string; originCommune: Unit };
  ntmToday: { asOf: string; atLeastStandard: number };
  ntmBeforeReform: { asOf: string; atLeastStandard: number; communes: number };
}

gql(`fragment BrowserUnit on AdministrativeUnit { code fullName unitType validFrom validTo }`);
const FACTS = gql(`query UnitsToday {
  today
  ward: commune(code: "03334") { ...BrowserUnit otherUnitsWithCode { ...BrowserUnit } }
  products: ocopProducts(first: 5, filter: { search: "Gạo Séng Cù Điện Biên", certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED] }) {
    nodes { id name originCommune { ...BrowserUnit } }
  }
  ntmToday: ntmProgress(provinceCode: "11") { asOf atLeastStandard }
  ntmBeforeReform: ntmProgress(provinceCode: "11", asOf: "2025-06-30") { asOf atLeastStandard communes }
}`);

async function facts(): Promise<Facts> {
  const { body } = await graphql(FACTS);
  const data = body.data;
  if (!data || body.errors) throw new Error(`API: ${JSON.stringify(body.errors)}`);
  const product = data.products.nodes.find((p) => p.name === 'Gạo Séng Cù Điện Biên');
  if (!product) throw new Error('no product "Gạo Séng Cù Điện Biên" in the demo data');
  return {
    today: data.today,
    ward: data.ward!,
    product: { ...product, originCommune: product.originCommune! },
    ntmToday: data.ntmToday,
    ntmBeforeReform: data.ntmBeforeReform,
  };
}

/** The `asOf` of a commune link, which must be a day of the unit's lifetime. */
function expectDayWithin(href: string | null, unit: Unit): string {
  const match = /^\/communes\/(\d{5})\?asOf=(\d{4}-\d{2}-\d{2})$/.exec(href ?? '');
  expect(match, `a commune link with a day: ${href}`).not.toBeNull();
  const [, code, day] = match!;
  expect(code).toBe(unit.code);
  if (unit.validFrom) expect(day! >= unit.validFrom).toBe(true);
  if (unit.validTo) expect(day! < unit.validTo).toBe(true);
  return day!;
}

/** The NTM status badges of the commune page's status panel. */
const statusBadges = (page: Page) =>
  page.getByRole('region', { name: 'Trạng thái nông thôn mới' }).locator('.ntm-badge');

describe('units as they existed, in Chromium', BROWSER_TEST_OPTIONS, () => {
  let session: BrowserSession;
  let f: Facts;
  beforeAll(async () => {
    session = await launchBrowser();
    f = await facts();
  });
  afterAll(() => session.close());

  it('the data: 03334 is Phường Mường Thanh today and was Xã Thanh Xương, the origin of Gạo Séng Cù', () => {
    expect(f.ward.fullName).toBe('Phường Mường Thanh');
    expect(f.ward.validTo).toBeNull();
    expect(f.ward.otherUnitsWithCode.map((u) => u.fullName)).toEqual(['Xã Thanh Xương']);
    expect(f.product.originCommune).toEqual(f.ward.otherUnitsWithCode[0]);
  });

  it('the origin link of Gạo Séng Cù opens the pre-2025 Xã Thanh Xương on a day of its lifetime', async () => {
    const old = f.product.originCommune;
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/products/${encodeURIComponent(f.product.id)}`);
    const origin = page.locator('.side-card', { hasText: 'Nơi sản xuất' });
    const link = origin.getByRole('link', { name: old.fullName });
    await link.waitFor();
    const day = expectDayWithin(await link.getAttribute('href'), old);
    await screenshot(page, 'units-product-origin-desktop');

    await link.click();
    await page.waitForURL(new RegExp(`/communes/${old.code}\\?asOf=${day}$`));
    await page.getByRole('heading', { level: 1, name: old.fullName }).waitFor();
    // Its own period: the notice names the unit that carries the code now.
    const notice = page.locator('.same-code-notice');
    expect(await notice.innerText()).toContain(`mã ${old.code} là ${f.ward.fullName}`);
    expect(await notice.getByRole('link', { name: 'xem đơn vị hiện nay' }).getAttribute('href')).toBe(
      `/communes/${old.code}`,
    );
    // A unit that no longer exists: statuses on days of its lifetime only, never "today".
    const panel = page.getByRole('region', { name: 'Trạng thái nông thôn mới' });
    expect(await panel.getByText(/Hôm nay/).count()).toBe(0);
    expect(await statusBadges(page).count()).toBe(1);
    expect(await page.getByLabel('Xem vào ngày').inputValue()).toBe(day);
    expect(await page.getByLabel('Xem vào ngày').getAttribute('max')).toBe(day);
    await screenshot(page, 'units-old-commune-desktop');
  });

  it('/communes/03334 is Phường Mường Thanh with a way to Xã Thanh Xương, and no NTM status for the ward', async () => {
    const old = f.ward.otherUnitsWithCode[0]!;
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/communes/03334`);
    await page.getByRole('heading', { level: 1, name: f.ward.fullName }).waitFor();
    const notice = page.locator('.same-code-notice');
    expect(await notice.innerText()).toContain(`Mã 03334 trước ngày 01/07/2025 là ${old.fullName}`);
    const back = notice.getByRole('link', { name: 'xem đơn vị cũ' });
    expectDayWithin(await back.getAttribute('href'), old);
    expect(await page.getByTestId('not-rural').innerText()).toContain(
      'Phường không thuộc diện xét công nhận nông thôn mới',
    );
    expect(await statusBadges(page).count()).toBe(0);
    await screenshot(page, 'units-ward-desktop');

    await back.click();
    await page.getByRole('heading', { level: 1, name: old.fullName }).waitFor();
    expect(await statusBadges(page).count()).toBe(1);
  });

  it('says the same in English', async () => {
    const old = f.ward.otherUnitsWithCode[0]!;
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/communes/03334`);
    await page.locator('.same-code-notice').waitFor();
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByText(`Before 01 Jul 2025, code 03334 was ${old.fullName}`).waitFor();
    expect(await page.getByRole('link', { name: 'see the former unit' }).count()).toBe(1);
    expect(await page.getByTestId('not-rural').innerText()).toMatch(/^A ward \(phường\) is not assessed/);
    await screenshot(page, 'units-ward-en-desktop');

    await page.goto(`${inject('baseUrl')}/statistics?province=11`);
    if (f.today >= '2025-07-01') {
      const note = page.getByTestId('reform-note');
      await note.waitFor();
      expect(await note.innerText()).toContain(
        `On 30 Jun 2025, before the reform, Tỉnh Điện Biên had ${f.ntmBeforeReform.atLeastStandard} of ${f.ntmBeforeReform.communes} communes at New Rural standard.`,
      );
    }
  });

  it('on a phone: the ward, the old commune and the product fit the screen', async () => {
    const page = await session.newPage('phone');
    await page.goto(`${inject('baseUrl')}/communes/03334`);
    await page.locator('.same-code-notice').waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'units-ward-phone');

    await page.locator('.same-code-notice').getByRole('link', { name: 'xem đơn vị cũ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Xã Thanh Xương' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'units-old-commune-phone');

    await page.goto(`${inject('baseUrl')}/products/${encodeURIComponent(f.product.id)}`);
    await page.locator('.side-card', { hasText: 'Nơi sản xuất' }).waitFor();
    expect(await hasHorizontalScroll(page)).toBe(false);
    await screenshot(page, 'units-product-origin-phone');
  });

  it('the statistics page of today explains the post-reform figure and gives the last one before the reform', async () => {
    const page = await session.newPage('desktop');
    await page.goto(`${inject('baseUrl')}/statistics?province=11`);
    await page.getByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' }).waitFor();
    const [d, m, y] = [f.today.slice(8, 10), f.today.slice(5, 7), f.today.slice(0, 4)];
    await page.getByText(`Số liệu tại ngày ${d}/${m}/${y}`).waitFor();
    const note = page.getByTestId('reform-note');
    if (f.today < '2025-07-01') {
      // An instance pinned before the reform has nothing to explain.
      expect(await note.count()).toBe(0);
      return;
    }
    await note.waitFor();
    const title =
      f.ntmToday.atLeastStandard === 0
        ? 'Vì sao 0 xã đạt chuẩn?'
        : 'Chỉ tính các công nhận từ ngày 01/07/2025';
    expect(await note.getByRole('heading').innerText()).toBe(title);
    expect(await note.innerText()).toContain(
      `Ngày 30/06/2025, trước khi sắp xếp, Tỉnh Điện Biên có ${f.ntmBeforeReform.atLeastStandard}/${f.ntmBeforeReform.communes} xã đạt chuẩn nông thôn mới.`,
    );
    await screenshot(page, 'units-statistics-today-desktop');

    await note.getByRole('link', { name: 'Xem số liệu ngày 30/06/2025' }).click();
    await page.waitForURL(/asOf=2025-06-30/);
    await page.getByText('Số liệu tại ngày 30/06/2025').waitFor();
    expect(await page.getByTestId('reform-note').count()).toBe(0);

    const phone = await session.newPage('phone');
    await phone.goto(`${inject('baseUrl')}/statistics?province=11`);
    await phone.getByTestId('reform-note').waitFor();
    expect(await hasHorizontalScroll(phone)).toBe(false);
    await screenshot(phone, 'units-statistics-today-phone');
  });
});
