import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { createApolloClient } from '../../app/apollo';
import { I18nProvider } from '../../i18n/i18n';
import CatalogueRoute, { CatalogueRouteQuery, catalogueVariables } from '../../pages/CatalogueRoute';
import { parseCatalogueSearch } from './catalogueUrl';

/** Shows the router's current URL, to check what the page wrote into it. */
function Url() {
  const location = useLocation();
  return <p data-testid="url">{`${location.pathname}${location.search}`}</p>;
}

const SECTORS = [
  {
    __typename: 'OcopSector',
    code: '1',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    groups: [{ __typename: 'OcopGroup', code: '1.2', nameVi: 'Thực phẩm thô, sơ chế', nameEn: 'Raw food' }],
  },
];
const HOME = { __typename: 'AdministrativeUnit', id: 'u11', code: '11', name: 'Điện Biên' };

function product(n: number, status: 'VALID' | 'EXPIRED' = 'VALID') {
  return {
    __typename: 'OcopProductEdge',
    cursor: `c${n}`,
    node: {
      __typename: 'OcopProduct',
      id: `p${n}`,
      name: `Sản phẩm ${n}`,
      nameEn: null,
      coverPhoto: null,
      stars: 4,
      // Odd products are demo data, even ones real: each card says which.
      demo: n % 2 === 1,
      certificateStatus: status,
      currentCertificate: { __typename: 'OcopCertificate', id: `cert${n}`, expiresOn: '2028-09-12' },
      classification: {
        __typename: 'OcopClassification',
        sector: { __typename: 'OcopSector', code: '1', nameVi: 'Thực phẩm', nameEn: 'Food' },
        group: { __typename: 'OcopGroup', code: '1.2', nameVi: 'Thực phẩm thô, sơ chế', nameEn: 'Raw food' },
      },
      producer: { __typename: 'Producer', id: `h${n}`, name: `HTX ${n}` },
      originCommune: null,
      listings: [{ __typename: 'ProductListing', id: `l${n}`, priceVnd: 38000, unit: 'kg' }],
    },
  };
}

function mock(search: string, result: MockLink.MockedResponse['result'] | Error): MockLink.MockedResponse {
  const request = { query: CatalogueRouteQuery, variables: catalogueVariables(parseCatalogueSearch(search)) };
  return result instanceof Error ? { request, error: result } : { request, result };
}

function page(edges: ReturnType<typeof product>[], totalCount: number, hasNextPage = false) {
  return {
    data: {
      today: '2026-11-28',
      ocopProducts: {
        __typename: 'OcopProductConnection',
        totalCount,
        edges,
        pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
      },
      ocopSectors: SECTORS,
      homeProvince: HOME,
    },
  };
}

/** Like renderWithProviders, with the portal's own cache (relay-style pagination of lists). */
function renderCatalogue(url: string, mocks: MockLink.MockedResponse[], locale: 'vi' | 'en' = 'vi') {
  return render(
    <I18nProvider locale={locale}>
      <MockedProvider mocks={mocks} cache={createApolloClient().cache}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route
              path="/products"
              element={
                <>
                  <CatalogueRoute />
                  <Url />
                </>
              }
            />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>,
  );
}

describe('CatalogueRoute', () => {
  it('shows a loading state first', () => {
    renderCatalogue('/products', [mock('', page([product(1)], 1))]);
    const statuses = screen.getAllByRole('status');
    expect(statuses.some((el) => el.classList.contains('state-loading'))).toBe(true);
    expect(statuses.every((el) => el.textContent?.includes('Đang tải sản phẩm…'))).toBe(true);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('lists the products with the count from the API', async () => {
    renderCatalogue('/products?q=seng+cu', [mock('?q=seng+cu', page([product(1), product(2)], 2))]);
    expect(await screen.findByText('2 sản phẩm cho “seng cu”')).toBeInTheDocument();
    const list = screen.getByRole('list', { name: '' });
    expect(within(list).getAllByRole('article')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Sản phẩm 1' })).toHaveAttribute('href', '/products/p1');
    expect(screen.getByText('Đang hiển thị 2 / 2 sản phẩm')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem thêm sản phẩm' })).not.toBeInTheDocument();
    // Demo products are marked, real ones are not.
    const [demoCard, realCard] = within(list).getAllByRole('article');
    expect(within(demoCard!).getByText('Dữ liệu mẫu')).toHaveAttribute(
      'title',
      'Dữ liệu minh hoạ, không phải bản ghi thật của chương trình',
    );
    expect(within(realCard!).queryByText('Dữ liệu mẫu')).not.toBeInTheDocument();
  });

  it('offers the list as filtered now as CSV and Excel downloads, in the language shown', async () => {
    renderCatalogue('/products?q=seng+cu&stars=4,5', [mock('?q=seng+cu&stars=4,5', page([product(1)], 1))]);
    await screen.findByText('1 sản phẩm cho “seng cu”');
    const group = screen.getByRole('group', { name: 'Tải danh sách đang lọc (tối đa 5.000 dòng đầu)' });
    expect(within(group).getByRole('link', { name: 'Tải CSV' })).toHaveAttribute(
      'href',
      '/export/products.csv?q=seng+cu&stars=4,5&lang=vi',
    );
    expect(within(group).getByRole('link', { name: 'Tải Excel' })).toHaveAttribute(
      'href',
      '/export/products.xlsx?q=seng+cu&stars=4,5&lang=vi',
    );
  });

  it('loads the next page after the last cursor', async () => {
    const first = page([product(1)], 2, true);
    const second = {
      request: {
        query: CatalogueRouteQuery,
        variables: { ...catalogueVariables(parseCatalogueSearch('')), after: 'c1' },
      },
      result: page([product(2)], 2),
    };
    renderCatalogue('/products', [mock('', first), second]);
    await userEvent.click(await screen.findByRole('button', { name: 'Xem thêm sản phẩm' }));
    expect(await screen.findByRole('link', { name: 'Sản phẩm 2' })).toBeInTheDocument();
  });

  it('shows a clear empty state with a way to clear the filters (the search stays)', async () => {
    renderCatalogue('/products?q=xyz&stars=5&sector=1', [
      mock('?q=xyz&stars=5&sector=1', page([], 0)),
      mock('?q=xyz', page([], 0)),
    ]);
    expect(await screen.findByText('Không tìm thấy sản phẩm nào cho “xyz”.')).toBeInTheDocument();
    const empty = screen.getByText('Không tìm thấy sản phẩm nào cho “xyz”.').closest('.state') as HTMLElement;
    await userEvent.click(within(empty).getByRole('button', { name: 'Xoá bộ lọc' }));
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/products\?q=xyz$/);
  });

  it('shows an error with a retry when the API cannot be reached', async () => {
    renderCatalogue('/products', [mock('', new Error('offline'))], 'en');
    expect(await screen.findByRole('alert')).toHaveTextContent('Could not load the data');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('writes a changed filter into the URL', async () => {
    renderCatalogue('/products', [
      mock('', page([product(1)], 1)),
      mock('?sector=1', page([product(1)], 1)),
      mock('?stars=4&sector=1', page([product(1)], 1)),
    ]);
    await screen.findByText('1 sản phẩm');
    await userEvent.selectOptions(screen.getByLabelText('Ngành hàng'), '1');
    expect(screen.getByTestId('url')).toHaveTextContent('/products?sector=1');
    await userEvent.click(screen.getByRole('checkbox', { name: '4 sao' }));
    expect(screen.getByTestId('url')).toHaveTextContent('/products?stars=4&sector=1');
  });
});

describe('CatalogueRoute: the chips of a district or province in the URL', () => {
  const withDistrict = (selectedDistrict: unknown) => {
    const answer = page([product(1)], 1);
    return { data: { ...answer.data, selectedDistrict } };
  };

  it('names the district of `?district=` alone (no province), and removes it', async () => {
    const district = {
      __typename: 'AdministrativeUnit',
      id: 'u100',
      code: '100',
      fullName: 'Huyện Điện Biên',
    };
    renderCatalogue('/products?district=100', [
      mock('?district=100', withDistrict(district)),
      mock('', page([product(1)], 1)),
    ]);
    const filters = await screen.findByRole('list', { name: 'Bộ lọc đang áp dụng' });
    const chip = await within(filters).findByRole('button', { name: 'Bỏ lọc: Huyện Điện Biên' });
    expect(within(filters).queryByText('100')).not.toBeInTheDocument();
    await userEvent.click(chip);
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/products$/);
  });

  it('says a code names no unit when the API has none, and lets the chip be removed', async () => {
    renderCatalogue(
      '/products?district=999',
      [mock('?district=999', withDistrict(null)), mock('', page([product(1)], 1))],
      'en',
    );
    const chip = await screen.findByRole('button', { name: 'Remove filter: Unknown unit (code 999)' });
    expect(chip).toHaveTextContent('Unknown unit (code 999)');
    await userEvent.click(chip);
    expect(screen.getByTestId('url')).toHaveTextContent(/^\/products$/);
  });
});

describe('CatalogueRoute: English counts', () => {
  it('says "1 product", never "1 products"', async () => {
    renderCatalogue('/products', [mock('', page([product(1)], 1))], 'en');
    expect(await screen.findByText('1 product')).toBeInTheDocument();
    expect(screen.getByText('Showing 1 of 1 product')).toBeInTheDocument();
    expect(screen.queryByText(/1 products/)).not.toBeInTheDocument();
  });
});
