import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test-utils';
import CompareRoute, { CompareRouteQuery } from './CompareRoute';

const id = (n: number) => btoa(`OcopProduct:0000000${n}-0000-4000-8000-000000000000`);

function product(n: number, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'OcopProduct' as const,
    id: id(n),
    name: `Sản phẩm ${n}`,
    nameEn: null,
    demo: false,
    stars: 3 + (n % 3),
    shelfLifeDays: 30 * n,
    capacity: {
      __typename: 'ProductionCapacity' as const,
      quantity: n * 1.5,
      unit: 'tấn',
      period: 'YEAR' as const,
    },
    coverPhoto: null,
    classification: {
      __typename: 'OcopClassification' as const,
      sector: { __typename: 'OcopSector' as const, code: '1' },
    },
    listings: [
      {
        __typename: 'ProductListing' as const,
        id: `L${n}`,
        priceVnd: String(10000 * n),
        unit: 'kg',
        minOrderQuantity: n,
      },
    ],
    producer: { __typename: 'Producer' as const, id: `P${n}`, name: `HTX ${n}` },
    originCommune: {
      __typename: 'AdministrativeUnit' as const,
      id: `C${n}`,
      name: `Xã ${n}`,
      parent: {
        __typename: 'AdministrativeUnit' as const,
        id: 'D',
        name: 'Huyện Mường Ảng',
        level: 'DISTRICT' as const,
        parent: {
          __typename: 'AdministrativeUnit' as const,
          id: 'PR',
          name: 'Điện Biên',
          level: 'PROVINCE' as const,
        },
      },
    },
    qualityCertifications: [],
    ...overrides,
  };
}

function answer(ids: string[], products: unknown[]): MockLink.MockedResponse {
  return {
    request: { query: CompareRouteQuery, variables: { ids } },
    result: { data: { today: '2031-05-01', ocopProductsByIds: products } },
  };
}

describe('CompareRoute', () => {
  afterEach(() => window.sessionStorage.clear());

  it('shows the products of the URL side by side, in its order, and keeps them for the toggles', async () => {
    const ids = [id(1), id(2), id(3)];
    const expired = {
      __typename: 'ProductCertification' as const,
      id: 'Q1',
      scheme: 'VIETGAP' as const,
      schemeName: null,
      issuer: 'Tổ chức A',
      number: 'VG-1',
      validFrom: '2027-01-01',
      validUntil: '2030-12-31',
      status: 'EXPIRED' as const,
      expiredSince: '2031-01-01',
    };
    renderWithProviders(<CompareRoute />, {
      url: `/compare?ids=${ids.join(',')}`,
      mocks: [answer(ids, [product(1), product(2, { qualityCertifications: [expired] }), product(3)])],
    });
    const table = await screen.findByRole('table');
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      expect.stringContaining('Sản phẩm 1'),
      expect.stringContaining('Sản phẩm 2'),
      expect.stringContaining('Sản phẩm 3'),
    ]);
    const row = (name: string) =>
      within(within(table).getByRole('rowheader', { name }).closest('tr')!).getAllByRole('cell');
    expect(row('Giá').map((c) => c.textContent)).toEqual([
      expect.stringMatching(/10\.000\s*₫.*kg/),
      expect.stringMatching(/20\.000\s*₫.*kg/),
      expect.stringMatching(/30\.000\s*₫.*kg/),
    ]);
    expect(row('Năng lực sản xuất')[1]).toHaveTextContent('3 tấn / năm');
    expect(row('Chứng nhận khác')[1]).toHaveTextContent('Hết hiệu lực từ 01/01/2031');
    expect(row('Tỉnh')[0]).toHaveTextContent('Điện Biên');
    expect(row('Đơn tối thiểu')[2]).toHaveTextContent('3 × kg');
    expect(window.sessionStorage.getItem('ocop.compare')).toBe(ids.join(','));
  });

  it('in English shows English names, or the Vietnamese one marked as such', async () => {
    const ids = [id(1), id(2)];
    renderWithProviders(<CompareRoute />, {
      url: `/compare?ids=${ids.join(',')}`,
      locale: 'en',
      mocks: [answer(ids, [product(1, { nameEn: 'Product one' }), product(2)])],
    });
    const table = await screen.findByRole('table');
    const [first, second] = within(table).getAllByRole('columnheader');
    expect(first).toHaveTextContent('Product one');
    expect(first).not.toHaveTextContent('(Vietnamese)');
    expect(second).toHaveTextContent('Sản phẩm 2 (Vietnamese)');
    expect(within(second!).getByRole('link')).toHaveAttribute('lang', 'vi');
  });

  it('removing a product takes it out of the list; a missing one says so', async () => {
    const ids = [id(1), id(2)];
    renderWithProviders(<CompareRoute />, {
      url: `/compare?ids=${ids.join(',')}`,
      path: '/compare',
      mocks: [answer(ids, [product(1), null]), answer([id(2)], [null])],
    });
    expect(await screen.findByText('Sản phẩm này không còn trên cổng.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Bỏ khỏi so sánh: Sản phẩm 1' }));
    expect(window.sessionStorage.getItem('ocop.compare')).toBe(id(2));
    // The page asks again for what is left (the URL changed): only the missing one remains.
    expect(await screen.findByText('Sản phẩm này không còn trên cổng.')).toBeInTheDocument();
    expect(screen.queryByText('Sản phẩm 1')).toBeNull();
  });

  it('without ids says how to choose products', () => {
    renderWithProviders(<CompareRoute />, { url: '/compare' });
    expect(screen.getByText('Chưa chọn sản phẩm nào để so sánh.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem danh mục sản phẩm' })).toHaveAttribute('href', '/products');
  });
});
