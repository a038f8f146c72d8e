import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test-utils';
import ProducerRoute, { ProducerRouteQuery } from './ProducerRoute';

const ID = 'UHJvZHVjZXI6MQ==';
const request = (id: string) => ({ query: ProducerRouteQuery, variables: { id, first: 12 } });
const producerRef = (id: string, name: string) => ({ __typename: 'Producer', id, name });

const SENG_CU = {
  __typename: 'Producer',
  id: ID,
  name: 'HTX Nông nghiệp Séng Cù Mường Thanh',
  demo: false,
  type: 'COOPERATIVE',
  description: 'Hợp tác xã của các hộ trồng lúa Séng Cù.',
  establishedYear: 2016,
  productCount: 1,
  validProductCount: 1,
  usualAnswerDays: null,
  contact: {
    __typename: 'ProducerContact',
    representative: null,
    phone: '02153827465',
    email: null,
    website: null,
    address: null,
  },
  commune: {
    __typename: 'AdministrativeUnit',
    id: 'u-03334',
    code: '03334',
    fullName: 'Xã Thanh Xương',
    validTo: '2025-07-01',
    unitType: 'Xã',
    statusToday: 'STANDARD',
    parent: {
      __typename: 'AdministrativeUnit',
      id: 'u-100',
      fullName: 'Huyện Điện Biên',
      level: 'DISTRICT',
      parent: { __typename: 'AdministrativeUnit', id: 'u-11', fullName: 'Tỉnh Điện Biên' },
    },
  },
  products: {
    __typename: 'OcopProductConnection',
    totalCount: 1,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'x' },
    edges: [
      {
        __typename: 'OcopProductEdge',
        cursor: 'x',
        node: {
          __typename: 'OcopProduct',
          id: 'prod-1',
          name: 'Gạo Séng Cù Điện Biên',
          nameEn: null,
          coverPhoto: null,
          demo: false,
          stars: 4,
          certificateStatus: 'VALID',
          currentCertificate: {
            __typename: 'OcopCertificate',
            id: 'c1',
            expiresOn: '2028-09-12',
            revokedOn: null,
          },
          classification: null,
          producer: producerRef(ID, 'HTX Nông nghiệp Séng Cù Mường Thanh'),
        },
      },
    ],
  },
  linkages: [
    {
      __typename: 'Linkage',
      kind: 'OFFTAKE',
      partnerName: 'Công ty Cổ phần Lương thực Tây Bắc',
      partnerType: 'ENTERPRISE',
      startedOn: '2021-03-15',
      endedOn: null,
      description: 'Bao tiêu 300 tấn gạo mỗi năm.',
      contractReference: 'HĐLK 12/2021',
      producer: producerRef(ID, 'HTX Nông nghiệp Séng Cù Mường Thanh'),
      partnerProducer: null,
      product: { __typename: 'OcopProduct', id: 'prod-1', name: 'Gạo Séng Cù Điện Biên' },
      supportingUnit: { __typename: 'AdministrativeUnit', id: 'u-100', fullName: 'Huyện Điện Biên' },
    },
    {
      // Recorded by another producer, with this one as its partner.
      __typename: 'Linkage',
      kind: 'SUPPLY',
      partnerName: 'HTX Nông nghiệp Séng Cù Mường Thanh',
      partnerType: 'COOPERATIVE',
      startedOn: '2022-02-14',
      endedOn: '2024-02-14',
      description: null,
      contractReference: null,
      producer: producerRef('UHJvZHVjZXI6Mg==', 'HTX Dịch vụ Nông nghiệp Thanh An'),
      partnerProducer: producerRef(ID, 'HTX Nông nghiệp Séng Cù Mường Thanh'),
      product: null,
      supportingUnit: null,
    },
  ],
  rawMaterialAreas: [
    {
      __typename: 'RawMaterialArea',
      areaHa: 120.5,
      crop: 'Lúa Séng Cù',
      certification: 'VIETGAP',
      households: 186,
      description: null,
      commune: null,
      product: null,
    },
  ],
};

describe('ProducerRoute', () => {
  it('shows the profile, the readable type, the commune, products, linkages both ways and areas', async () => {
    renderWithProviders(<ProducerRoute />, {
      url: `/producers/${ID}`,
      path: '/producers/:id',
      mocks: [{ request: request(ID), result: { data: { today: '2026-11-28', producer: SENG_CU } } }],
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
      'HTX Nông nghiệp Séng Cù Mường Thanh',
    );
    // A real producer carries no demo mark.
    expect(screen.queryByText('Dữ liệu mẫu')).not.toBeInTheDocument();
    expect(screen.getByText('Hợp tác xã')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xã Thanh Xương' })).toHaveAttribute(
      'href',
      '/communes/03334?asOf=2025-06-30',
    );
    expect(screen.getByRole('link', { name: /Gọi/ })).toHaveAttribute('href', 'tel:02153827465');

    const products = screen.getByRole('region', { name: /^Sản phẩm/ });
    expect(within(products).getByRole('link', { name: 'Gạo Séng Cù Điện Biên' })).toHaveAttribute(
      'href',
      '/products/prod-1',
    );

    const linkages = screen.getByRole('region', { name: 'Liên kết sản xuất, tiêu thụ' });
    const [offtake, supply] = within(linkages).getAllByRole('listitem');
    expect(offtake).toHaveTextContent('Bao tiêu sản phẩm');
    expect(offtake).toHaveTextContent('Đối tác: Công ty Cổ phần Lương thực Tây Bắc · Doanh nghiệp');
    expect(offtake).toHaveTextContent('Hỗ trợ bởiHuyện Điện Biên');
    expect(supply).toHaveTextContent('Là đối tác của HTX Dịch vụ Nông nghiệp Thanh An');
    expect(within(supply!).getByRole('link', { name: 'HTX Dịch vụ Nông nghiệp Thanh An' })).toHaveAttribute(
      'href',
      '/producers/UHJvZHVjZXI6Mg%3D%3D',
    );
    expect(supply).toHaveTextContent('14/02/2022 – 14/02/2024');

    const areas = screen.getByRole('region', { name: 'Vùng nguyên liệu' });
    expect(areas).toHaveTextContent('120,5ha');
    expect(areas).toHaveTextContent('VietGAP');
  });

  it('offers "Request a quote" for the producer, and says how soon they usually answer once the API knows', async () => {
    renderWithProviders(<ProducerRoute />, {
      url: `/producers/${ID}`,
      path: '/producers/:id',
      mocks: [
        {
          request: request(ID),
          result: { data: { today: '2026-11-28', producer: { ...SENG_CU, usualAnswerDays: 2 } } },
        },
      ],
    });
    const ask = await screen.findByRole('link', { name: 'Hỏi mua: HTX Nông nghiệp Séng Cù Mường Thanh' });
    expect(ask).toHaveAttribute('href', `/inquiries/new?producer=${encodeURIComponent(ID)}`);
    expect(screen.getByText('Thường trả lời trong 2 ngày')).toBeInTheDocument();
  });

  it('says nothing of answer times while the API has too few inquiries to tell (null)', async () => {
    renderWithProviders(<ProducerRoute />, {
      url: `/producers/${ID}`,
      path: '/producers/:id',
      locale: 'en',
      mocks: [{ request: request(ID), result: { data: { today: '2026-11-28', producer: SENG_CU } } }],
    });
    expect(await screen.findByRole('link', { name: /^Request a quote/ })).toBeInTheDocument();
    expect(screen.queryByText(/Usually answers/)).not.toBeInTheDocument();
  });

  it('treats an ID the API did not issue as "not found", not as a failure', async () => {
    renderWithProviders(<ProducerRoute />, {
      url: '/producers/nonsense',
      path: '/producers/:id',
      locale: 'en',
      mocks: [
        {
          request: request('nonsense'),
          result: { data: null, errors: [{ message: 'Invalid ID', extensions: { code: 'BAD_USER_INPUT' } }] },
        },
      ],
    });
    expect(await screen.findByText('This OCOP producer was not found')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
