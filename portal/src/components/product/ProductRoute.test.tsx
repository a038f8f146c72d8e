import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { GraphQLError } from 'graphql';
import { renderWithProviders } from '../../test-utils';
import ProductRoute, { ProductRouteQuery } from '../../pages/ProductRoute';

const ID = 'T2NvcFByb2R1Y3Q6MQ==';

/** The platform's day in these answers (never the real date). */
const TODAY = '2026-11-28';

const CERTIFICATE = {
  __typename: 'OcopCertificate',
  id: 'c1',
  certificateNumber: 'OCOP-11-2020-0008',
  decisionNumber: '812/QĐ-UBND',
  decisionDate: '2020-06-19',
  expiresOn: '2023-06-19',
  issuerName: 'UBND tỉnh Điện Biên',
  issuerLevel: 'PROVINCE',
  stars: 3,
  score: 57,
  // A stale answer: the API would say EXPIRED on the platform's day. The page must not show it as valid.
  status: 'VALID',
  revokedOn: null,
  revocationReason: null,
  supersededOn: null,
  supersededBy: null,
};

const PRODUCT = {
  __typename: 'OcopProduct',
  id: ID,
  name: 'Cá khô sông Đà Mường Lay',
  demo: true,
  stars: 3,
  description: 'Cá sông Đà sấy khô.',
  certificateStatus: 'VALID',
  nameEn: null,
  descriptionEn: null,
  shelfLifeDays: null,
  storageInstructions: null,
  capacity: null,
  qualityCertifications: [],
  photos: [],
  classification: null,
  currentCertificate: CERTIFICATE,
  certificates: [CERTIFICATE],
  listings: [
    {
      __typename: 'ProductListing',
      id: 'l1',
      unit: 'kg',
      packaging: 'Túi 500 g',
      priceVnd: 400000,
      availability: 'OUT_OF_STOCK',
      season: null,
      minOrderQuantity: null,
      description: null,
      contact: { __typename: 'ListingContact', name: 'Lò Văn Dương', phone: '0215 385 2390', email: null },
      salesChannels: [
        { __typename: 'SalesChannel', kind: 'SHOPEE', label: 'Shopee – gian hàng Lay Nưa', url: null },
      ],
    },
  ],
  producer: {
    __typename: 'Producer',
    id: 'h1',
    name: 'HTX Dịch vụ Tổng hợp Lay Nưa',
    type: 'COOPERATIVE',
    establishedYear: 2014,
    contact: {
      __typename: 'ProducerContact',
      address: 'Bản Hô Nậm',
      email: 'laynua@example.vn',
      phone: '0215 385 2390',
      representative: 'Lò Văn Dương',
      website: null,
    },
  },
  originCommune: null,
};

function mock(result: MockLink.MockedResponse['result']): MockLink.MockedResponse {
  return { request: { query: ProductRouteQuery, variables: { id: ID } }, result };
}

function renderProduct(mocks: MockLink.MockedResponse[]) {
  return renderWithProviders(<ProductRoute />, {
    url: `/products/${encodeURIComponent(ID)}`,
    path: '/products/:id',
    mocks,
  });
}

describe('ProductRoute', () => {
  it('never shows a certificate past its expiry as valid, and formats prices and contacts', async () => {
    renderProduct([mock({ data: { today: TODAY, ocopProduct: PRODUCT } })]);
    await screen.findByRole('heading', { level: 1, name: 'Cá khô sông Đà Mường Lay' });
    // A demo product says so beside its stars.
    expect(screen.getByText('Dữ liệu mẫu', { selector: '.badge-demo' })).toBeInTheDocument();
    expect(screen.queryByText('Còn hiệu lực')).not.toBeInTheDocument();
    const card = screen.getByRole('region', { name: 'Chứng nhận OCOP' });
    expect(within(card).getByText('Hết hạn', { selector: '.badge' })).toHaveAttribute(
      'data-status',
      'EXPIRED',
    );
    expect(within(card).getByText('OCOP-11-2020-0008')).toBeInTheDocument();
    expect(screen.getByText('400.000 ₫')).toBeInTheDocument();
    expect(screen.getByText('Tạm hết hàng')).toBeInTheDocument();
    expect(screen.getByText('Gian hàng Lay Nưa')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: /0215 385 2390/ })[0]).toHaveAttribute(
      'href',
      'tel:02153852390',
    );
    expect(screen.getByRole('link', { name: 'laynua@example.vn' })).toHaveAttribute(
      'href',
      'mailto:laynua@example.vn',
    );
    expect(screen.getAllByRole('link', { name: 'HTX Dịch vụ Tổng hợp Lay Nưa' })[0]).toHaveAttribute(
      'href',
      '/producers/h1',
    );
    // "Request a quote" for the product, and for each listing (named by its price and unit).
    expect(screen.getByRole('link', { name: 'Hỏi mua: Cá khô sông Đà Mường Lay' })).toHaveAttribute(
      'href',
      `/inquiries/new?product=${encodeURIComponent(ID)}`,
    );
    expect(screen.getByRole('link', { name: 'Hỏi mua: 400.000 ₫ / kg' })).toHaveAttribute(
      'href',
      '/inquiries/new?listing=l1',
    );
  });

  it('shows the first photo the platform serves in place of the placeholder', async () => {
    const photo = {
      __typename: 'ProductPhoto',
      id: 'ph1',
      url: '/media/photos/ab12.webp',
      altVi: 'Túi cá khô 500 g',
      altEn: null,
      width: 800,
      height: 600,
    };
    renderProduct([
      mock({
        data: {
          today: TODAY,
          ocopProduct: { ...PRODUCT, photos: [{ ...photo, id: 'ph0', url: null }, photo] },
        },
      }),
    ]);
    const img = await screen.findByRole('img', { name: 'Túi cá khô 500 g' });
    expect(img).toHaveAttribute('src', '/media/photos/ab12.webp');
    expect(screen.queryByText('Ảnh sản phẩm đang được cập nhật')).not.toBeInTheDocument();
  });

  it('says "not found" for an ID the API does not know', async () => {
    renderProduct([
      mock({
        errors: [new GraphQLError('Not a valid OcopProduct ID.', { extensions: { code: 'BAD_USER_INPUT' } })],
      }),
    ]);
    expect(await screen.findByText('Không tìm thấy sản phẩm này.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Về danh mục sản phẩm' })).toHaveAttribute('href', '/products');
  });
});
