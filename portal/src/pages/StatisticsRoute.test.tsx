import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../test-utils';
import StatisticsRoute, { StatisticsRouteQuery } from './StatisticsRoute';

// The charts (recharts, loaded lazily) need layout that jsdom does not have; the figures under test
// are in the text tables, which do not depend on them. The browser tests draw the real charts.
vi.mock('../components/statistics/LazyCharts', () => {
  const Stub = () => <div data-testid="chart" />;
  return {
    TierChart: Stub,
    CountChart: Stub,
    ShareChart: Stub,
    PairChart: Stub,
    ChartSlot: ({ children }: { children: unknown }) => children,
  };
});

const unit = (code: string, name: string, prefix: string) => ({
  __typename: 'AdministrativeUnit',
  id: `u-${code}`,
  code,
  name,
  fullName: `${prefix} ${name}`,
});
const tiers = (none: number, standard: number) => ({
  __typename: 'NtmTierCounts',
  none,
  standard,
  advanced: 0,
  model: 0,
});
const DISTRICTS: Array<[string, string, string, number, number]> = [
  ['094', 'Điện Biên Phủ', 'Thành phố', 5, 4],
  ['095', 'Mường Lay', 'Thị xã', 1, 1],
  ['096', 'Mường Nhé', 'Huyện', 11, 1],
  ['097', 'Mường Chà', 'Huyện', 11, 0],
  ['098', 'Tủa Chùa', 'Huyện', 11, 0],
  ['099', 'Tuần Giáo', 'Huyện', 18, 0],
  ['100', 'Điện Biên', 'Huyện', 21, 12],
  ['101', 'Điện Biên Đông', 'Huyện', 13, 0],
  ['102', 'Mường Ảng', 'Huyện', 9, 2],
  ['103', 'Nậm Pồ', 'Huyện', 15, 1],
];
const PROVINCE_PARENT = {
  __typename: 'AdministrativeUnit',
  id: 'u-100',
  level: 'DISTRICT',
  code: '100',
  name: 'Điện Biên',
  parent: { __typename: 'AdministrativeUnit', id: 'u-11', level: 'PROVINCE', code: '11', name: 'Điện Biên' },
};

/** Điện Biên on 2021-06-30: the source document's figures. */
const DIEN_BIEN_2021 = {
  today: '2026-11-28',
  ntmProgress: {
    __typename: 'NtmProgress',
    asOf: '2021-06-30',
    province: unit('11', 'Điện Biên', 'Tỉnh'),
    communes: 115,
    atLeastStandard: 21,
    atLeastAdvanced: 0,
    atLeastModel: 0,
    villages: 72,
    villagesAtStandard: 28,
    averageCriteriaMet: 12.86,
    communesEvaluated: 115,
    criteriaSet: { __typename: 'CriteriaSet', id: 's-2016', criteriaCount: 19 },
    byHighestTier: tiers(94, 21),
    byDistrict: DISTRICTS.map(([code, name, prefix, communes, standard]) => ({
      __typename: 'NtmDistrictProgress',
      communes,
      atLeastStandard: standard,
      byHighestTier: tiers(communes - standard, standard),
      district: unit(code, name, prefix),
    })),
    districtsWithoutStandardCommune: DISTRICTS.filter((d) => d[4] === 0).map(([code, name, prefix]) =>
      unit(code, name, prefix),
    ),
  },
  ocopSummary: {
    __typename: 'OcopSummary',
    asOf: '2021-06-30',
    products: 35,
    producers: 19,
    byStars: [5, 4, 3].map((stars) => ({
      __typename: 'OcopStarCount',
      stars,
      products: { 5: 0, 4: 2, 3: 33 }[stars],
    })),
    bySector: [
      ['1', 'Thực phẩm', 'Food', 32],
      ['2', 'Đồ uống', 'Beverages', 2],
      ['3', 'Dược liệu và sản phẩm từ dược liệu', 'Medicinal herbs', 1],
    ].map(([code, nameVi, nameEn, products]) => ({
      __typename: 'OcopSectorCount',
      products,
      sector: { __typename: 'OcopSector', code, nameVi, nameEn },
    })),
    byProducerType: [
      ['COOPERATIVE', 12, 24],
      ['COOPERATIVE_GROUP', 1, 2],
      ['ENTERPRISE', 3, 4],
      ['HOUSEHOLD_BUSINESS', 3, 5],
    ].map(([type, producers, products]) => ({
      __typename: 'OcopProducerTypeCount',
      type,
      producers,
      products,
    })),
  },
  provincesOfProducers: {
    __typename: 'ProducerConnection',
    nodes: [
      {
        __typename: 'Producer',
        id: 'p1',
        commune: { __typename: 'AdministrativeUnit', id: 'u-03334', parent: PROVINCE_PARENT },
      },
    ],
  },
  provincesOfCommunes: {
    __typename: 'AdministrativeUnitConnection',
    nodes: [
      { __typename: 'AdministrativeUnit', id: 'u-03331', parent: PROVINCE_PARENT },
      {
        __typename: 'AdministrativeUnit',
        id: 'u-00001',
        parent: {
          ...PROVINCE_PARENT,
          id: 'u-001',
          code: '001',
          parent: { ...PROVINCE_PARENT.parent, id: 'u-01', code: '01', name: 'Hà Nội' },
        },
      },
    ],
  },
};

const mocks = [
  {
    request: {
      query: StatisticsRouteQuery,
      variables: { provinceCode: '11', asOf: '2021-06-30', beforeReform: '2025-06-30', afterReform: false },
    },
    result: { data: DIEN_BIEN_2021 },
  },
];

/** The rows of a table as arrays of cell texts. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));
}

describe('StatisticsRoute', () => {
  it('shows Điện Biên on 2021-06-30 as the source document reports it, in figures and tables', async () => {
    renderWithProviders(<StatisticsRoute />, { url: '/statistics?province=11&asOf=2021-06-30', mocks });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Số liệu tại ngày 30/06/2021')).toBeInTheDocument();

    const figures = screen.getByRole('list', { name: 'Số liệu chính' });
    const figure = (key: string) => figures.querySelector(`[data-figure="${key}"]`);
    expect(figure('communes')).toHaveTextContent('21xã đạt chuẩn nông thôn mớitrên tổng số 115 xã');
    expect(figure('villages')).toHaveTextContent('28thôn, bản đạt chuẩn nông thôn mới');
    expect(figure('products')).toHaveTextContent(
      '35sản phẩm OCOP được chứng nhận2 sản phẩm 4 sao · 33 sản phẩm 3 sao',
    );
    expect(figure('producers')).toHaveTextContent('19chủ thể OCOP');
    expect(figure('average')).toHaveTextContent('12,86');

    const without = screen.getByTestId('districts-without-standard');
    expect(without).toHaveTextContent('4 huyện chưa có xã đạt chuẩn NTM');
    for (const name of ['Mường Chà', 'Điện Biên Đông', 'Tuần Giáo', 'Tủa Chùa'])
      expect(within(without).getByText(`Huyện ${name}`)).toBeInTheDocument();

    const ntm = screen.getByRole('table', {
      name: 'Bảng số xã theo mức đạt chuẩn nông thôn mới, theo huyện',
    });
    const ntmRows = rows(ntm);
    expect(ntmRows[0]).toEqual(['Huyện', 'Số xã', 'Đạt chuẩn NTM', 'Nâng cao', 'Kiểu mẫu', 'Chưa đạt chuẩn']);
    expect(ntmRows).toContainEqual(['Điện Biên', '21', '12', '0', '0', '9']);
    expect(ntmRows).toContainEqual(['Mường Chà', '11', '0', '0', '0', '11']);
    expect(ntmRows.at(-1)).toEqual(['Toàn tỉnh', '115', '21', '0', '0', '94']);

    const stars = rows(screen.getByRole('table', { name: 'Bảng số sản phẩm OCOP theo hạng sao' }));
    expect(stars.slice(1)).toEqual([
      ['5 sao', '0'],
      ['4 sao', '2'],
      ['3 sao', '33'],
      ['Tổng', '35'],
    ]);
    const sectors = rows(screen.getByRole('table', { name: 'Bảng số sản phẩm OCOP theo ngành' }));
    expect(sectors).toContainEqual(['Thực phẩm', '32']);
    const types = rows(
      screen.getByRole('table', { name: 'Bảng số chủ thể và sản phẩm OCOP theo loại hình chủ thể' }),
    );
    expect(types).toContainEqual(['Hợp tác xã', '12', '24']);
    expect(types.at(-1)).toEqual(['Tổng', '19', '35']);

    // A chart beside each table.
    expect(screen.getAllByTestId('chart')).toHaveLength(4);
  });

  it('keeps the province and the day as chosen, offering the provinces that have data', async () => {
    renderWithProviders(<StatisticsRoute />, { url: '/statistics?province=11&asOf=2021-06-30', mocks });
    const province = await screen.findByRole('combobox', { name: 'Tỉnh, thành phố' });
    await screen.findByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' });
    expect(province).toHaveValue('11');
    expect(
      within(province)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Điện Biên', 'Hà Nội']);
    expect(screen.getByLabelText('Ngày')).toHaveValue('2021-06-30');
  });

  it('says so when no province has the code on that day', async () => {
    renderWithProviders(<StatisticsRoute />, {
      url: '/statistics?province=99&asOf=2021-06-30',
      locale: 'en',
      mocks: [
        {
          request: {
            query: StatisticsRouteQuery,
            variables: {
              provinceCode: '99',
              asOf: '2021-06-30',
              beforeReform: '2025-06-30',
              afterReform: false,
            },
          },
          result: {
            data: null,
            errors: [{ message: 'No province 99 on 2021-06-30', extensions: { code: 'NOT_FOUND' } }],
          },
        },
      ],
    });
    expect(await screen.findByText('No province with code 99 on 30 Jun 2021')).toBeInTheDocument();
  });

  it("on the platform's today after the reform, says why the re-formed communes count 0 and gives the last figure before it", async () => {
    const TODAY = '2031-02-14'; // any day after the reform; never the real date
    const today = {
      ...DIEN_BIEN_2021,
      today: TODAY,
      ntmProgress: {
        ...DIEN_BIEN_2021.ntmProgress,
        asOf: TODAY,
        communes: 45,
        atLeastStandard: 0,
        byDistrict: [],
      },
      ocopSummary: { ...DIEN_BIEN_2021.ocopSummary, asOf: TODAY },
      ntmBeforeReform: {
        __typename: 'NtmProgress',
        asOf: '2025-06-30',
        atLeastStandard: 48,
        communes: 115,
        province: { __typename: 'AdministrativeUnit', id: 'u-11', code: '11', fullName: 'Tỉnh Điện Biên' },
      },
    };
    renderWithProviders(<StatisticsRoute />, {
      url: '/statistics?province=11',
      mocks: [
        {
          request: {
            query: StatisticsRouteQuery,
            variables: { provinceCode: '11', asOf: null, beforeReform: '2025-06-30', afterReform: true },
          },
          result: { data: today },
        },
      ],
    });
    const note = await screen.findByRole('complementary', { name: 'Vì sao 0 xã đạt chuẩn?' });
    expect(note).toHaveTextContent('chưa được công nhận lại');
    expect(note).toHaveTextContent(
      'Ngày 30/06/2025, trước khi sắp xếp, Tỉnh Điện Biên có 48/115 xã đạt chuẩn nông thôn mới.',
    );
    expect(within(note).getByRole('link', { name: 'Xem số liệu ngày 30/06/2025' })).toHaveAttribute(
      'href',
      '/statistics?province=11&asOf=2025-06-30',
    );
    expect(screen.getByText('Số liệu tại ngày 14/02/2031')).toBeInTheDocument();
    expect(screen.getByLabelText('Ngày')).toHaveValue(TODAY);
  });

  it('gives no reform note for a day before the reform', async () => {
    renderWithProviders(<StatisticsRoute />, { url: '/statistics?province=11&asOf=2021-06-30', mocks });
    await screen.findByRole('heading', { level: 1, name: 'Thống kê Tỉnh Điện Biên' });
    expect(screen.queryByTestId('reform-note')).not.toBeInTheDocument();
  });
});
