import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../test-utils';
import CommuneRoute, { CommuneRouteQuery } from './CommuneRoute';

const PATH = '/communes/:code';
/** The platform's day in these answers: any day after the reform (never the real date). */
const TODAY = '2026-11-28';

function criterion(number: number, nameVi: string, met: boolean) {
  return {
    __typename: 'CriterionResult',
    met,
    note: met ? null : 'Thu nhập bình quân đầu người chưa đạt.',
    criterion: { __typename: 'Criterion', id: `c${number}`, number, nameVi, nameEn: nameVi },
  };
}

/** Thanh Hưng as of 2021-06-30, trimmed to what the page shows. */
const THANH_HUNG = {
  __typename: 'AdministrativeUnit',
  id: 'u-03331',
  code: '03331',
  name: 'Thanh Hưng',
  fullName: 'Xã Thanh Hưng',
  nameEn: 'Thanh Hung',
  unitType: 'Xã',
  validFrom: null,
  validTo: '2025-07-01',
  otherUnitsWithCode: [],
  parent: {
    __typename: 'AdministrativeUnit',
    id: 'u-100',
    code: '100',
    fullName: 'Huyện Điện Biên',
    level: 'DISTRICT',
    parent: { __typename: 'AdministrativeUnit', id: 'u-11', code: '11', fullName: 'Tỉnh Điện Biên' },
  },
  statusToday: 'ADVANCED',
  statusOnDay: 'STANDARD',
  recognitions: [
    {
      __typename: 'Recognition',
      id: 'r1',
      tier: 'STANDARD',
      standardYear: 2016,
      decisionNumber: '1285/QĐ-UBND',
      decisionDate: '2016-12-28',
      issuer: 'UBND tỉnh Điện Biên',
      signer: null,
      revokedOn: null,
      revocationDecision: null,
      revocationReason: null,
      inForceOnDay: true,
    },
  ],
  latestEvaluations: [
    {
      __typename: 'Evaluation',
      id: 'e1',
      evaluatedOn: '2021-05-14',
      progress: '14/16',
      criteriaMet: 14,
      criteriaTotal: 16,
      assessor: null,
      note: null,
      criteriaSet: {
        __typename: 'CriteriaSet',
        id: 's1',
        code: 'NTM-11-ADVANCED',
        nameVi: 'Bộ tiêu chí xã NTM nâng cao tỉnh Điện Biên',
        nameEn: 'Advanced commune criteria of Điện Biên',
        tier: 'ADVANCED',
        illustrative: false,
        legalDocument: '—',
      },
      results: Array.from({ length: 16 }, (_, i) =>
        criterion(i + 1, i === 6 ? 'Thu nhập' : `Tiêu chí ${i + 1}`, i !== 6 && i !== 13),
      ),
    },
  ],
  villages: [
    {
      __typename: 'AdministrativeUnit',
      id: 'v1',
      name: 'Co Mận',
      fullName: 'Bản Co Mận',
      statusOnDay: 'STANDARD',
      parent: { __typename: 'AdministrativeUnit', id: 'u-03331', code: '03331', fullName: 'Xã Thanh Hưng' },
    },
  ],
  predecessors: [],
  successors: [
    {
      __typename: 'LineageEdge',
      effectiveOn: '2025-07-01',
      kind: 'MERGE',
      share: 'FULL',
      legalBasis: null,
      unit: {
        __typename: 'AdministrativeUnit',
        id: 'u-03328-new',
        code: '03328',
        fullName: 'Xã Thanh Nưa',
        unitType: 'Xã',
        validFrom: '2025-07-01',
        validTo: null,
        statusToday: 'NONE',
      },
    },
  ],
  ocopProducts: { __typename: 'OcopProductConnection', totalCount: 0, edges: [] },
};

const request = (code: string, asOf: string | null) => ({
  query: CommuneRouteQuery,
  variables: { code, asOf },
});

describe('CommuneRoute', () => {
  it('is loading (announced) until the answer comes, then shows the commune and "14/16"', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03331?asOf=2021-06-30',
      path: PATH,
      mocks: [
        {
          request: request('03331', '2021-06-30'),
          result: { data: { today: TODAY, commune: THANH_HUNG } },
          delay: 20,
        },
      ],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Đang tải…');

    expect(await screen.findByRole('heading', { level: 1, name: 'Xã Thanh Hưng' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByText('14/16')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '14');
    // A unit that no longer exists: the chosen day's status only, never one "today".
    const panel = screen.getByRole('region', { name: 'Trạng thái nông thôn mới' });
    expect(within(panel).queryByText('NTM nâng cao')).not.toBeInTheDocument();
    expect(within(panel).queryByText(/Hôm nay/)).not.toBeInTheDocument();
    expect(within(panel).getByText('Ngày 30/06/2021:').parentElement).toHaveTextContent('Đạt chuẩn NTM');
    expect(within(panel).getByLabelText('Xem vào ngày')).toHaveValue('2021-06-30');
    // Recognition history: the standard year and the decision are two things.
    expect(screen.getByText('Đạt chuẩn nông thôn mới năm 2016')).toBeInTheDocument();
    expect(screen.getByText(/Quyết định số 1285\/QĐ-UBND ngày 28\/12\/2016/)).toBeInTheDocument();
    // What it became in the 2025 reform, linked.
    const links = screen.getAllByRole('link', { name: 'Xã Thanh Nưa' });
    expect(links[0]).toHaveAttribute('href', '/communes/03328');
    expect(screen.getByText('1/1 thôn, bản đạt chuẩn NTM')).toBeInTheDocument();
  });

  it('opens a unit that no longer exists on its last day, without a "today" status', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03331',
      path: PATH,
      mocks: [
        { request: request('03331', null), result: { data: { today: TODAY, commune: THANH_HUNG } } },
        {
          request: request('03331', '2025-06-30'),
          result: { data: { today: TODAY, commune: { ...THANH_HUNG, statusOnDay: 'ADVANCED' } } },
        },
      ],
    });
    const label = await screen.findByText('Ngày cuối cùng đơn vị tồn tại (30/06/2025)');
    // The label shows while the status of that day is still loading (the page moves to the last day).
    await waitFor(() => expect(label.parentElement).toHaveTextContent('NTM nâng cao'));
    expect(screen.getByLabelText('Xem vào ngày')).toHaveValue('2025-06-30');
    expect(screen.getByLabelText('Xem vào ngày')).toHaveAttribute('max', '2025-06-30');
    expect(screen.queryByText(/Hôm nay/)).not.toBeInTheDocument();
  });

  it('a code alone is the unit of today, with the way to the older unit of the code; a ward has no NTM status', async () => {
    const ward = {
      ...THANH_HUNG,
      id: 'u-03334-new',
      code: '03334',
      name: 'Mường Thanh',
      fullName: 'Phường Mường Thanh',
      nameEn: 'Muong Thanh',
      unitType: 'Phường',
      validFrom: '2025-07-01',
      validTo: null,
      parent: {
        __typename: 'AdministrativeUnit',
        id: 'u-11-new',
        code: '11',
        fullName: 'Tỉnh Điện Biên',
        level: 'PROVINCE',
        parent: null,
      },
      statusToday: 'NONE',
      statusOnDay: 'NONE',
      recognitions: [],
      latestEvaluations: [],
      successors: [],
      otherUnitsWithCode: [
        {
          __typename: 'AdministrativeUnit',
          id: 'u-03334',
          code: '03334',
          fullName: 'Xã Thanh Xương',
          validFrom: null,
          validTo: '2025-07-01',
        },
      ],
    };
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03334',
      path: PATH,
      mocks: [{ request: request('03334', null), result: { data: { today: TODAY, commune: ward } } }],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Phường Mường Thanh' })).toBeInTheDocument();
    expect(screen.getByText(/Mã 03334 trước ngày 01\/07\/2025 là Xã Thanh Xương/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'xem đơn vị cũ' })).toHaveAttribute(
      'href',
      '/communes/03334?asOf=2025-06-30',
    );
    const panel = screen.getByRole('region', { name: 'Trạng thái nông thôn mới' });
    expect(
      within(panel).getByText(/Phường không thuộc diện xét công nhận nông thôn mới/),
    ).toBeInTheDocument();
    expect(panel.querySelector('.ntm-badge')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Tiêu chí đạt và chưa đạt' })).not.toBeInTheDocument();
  });

  it('says plainly when no commune has the code (empty state)', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/99999',
      path: PATH,
      mocks: [{ request: request('99999', null), result: { data: { today: TODAY, commune: null } } }],
    });
    expect(await screen.findByText('Không tìm thấy xã có mã 99999')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem thống kê theo tỉnh' })).toHaveAttribute(
      'href',
      '/statistics',
    );
  });

  it('on a day when the code did not exist, offers the commune that has it today', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03328?asOf=2010-01-01',
      path: PATH,
      locale: 'en',
      mocks: [{ request: request('03328', '2010-01-01'), result: { data: { today: TODAY, commune: null } } }],
    });
    expect(await screen.findByText('No commune with code 03328')).toBeInTheDocument();
    expect(screen.getByText('No commune had this code on 01 Jan 2010.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'See the commune with this code today' })).toHaveAttribute(
      'href',
      '/communes/03328',
    );
  });

  it('shows an error with a retry that loads again', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03331?asOf=2021-06-30',
      path: PATH,
      mocks: [
        { request: request('03331', '2021-06-30'), error: new Error('network down') },
        { request: request('03331', '2021-06-30'), result: { data: { today: TODAY, commune: THANH_HUNG } } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Không tải được dữ liệu');
    await userEvent.click(within(alert).getByRole('button', { name: 'Thử lại' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Xã Thanh Hưng'));
  });

  it('ignores a day in the URL that is not a calendar day (asks for today instead)', async () => {
    renderWithProviders(<CommuneRoute />, {
      url: '/communes/03331?asOf=2021-02-30',
      path: PATH,
      mocks: [{ request: request('03331', null), result: { data: { today: TODAY, commune: null } } }],
    });
    expect(await screen.findByText('Không tìm thấy xã có mã 03331')).toBeInTheDocument();
  });
});

describe('CommuneRoute with a code that cannot be a commune', () => {
  it('says "not found" with the format, never a network error with a retry', async () => {
    // No answer is mocked: asking the API would end in an error, and the test would see the retry.
    renderWithProviders(<CommuneRoute />, { url: '/communes/abc?asOf=2021-06-30', path: PATH });
    expect(await screen.findByText('Không tìm thấy xã có mã abc')).toBeInTheDocument();
    expect(screen.getByText('Mã xã gồm 5 chữ số, ví dụ 03328.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Xem thống kê theo tỉnh' })).toHaveAttribute(
      'href',
      '/statistics',
    );
    // Still nothing after a while: no request went out to fail.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Thử lại' })).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
