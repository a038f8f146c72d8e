import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../app/viewer';
import { renderWithProviders } from '../../test-utils';
import EvaluationRoute, { EvaluationRouteQuery } from './EvaluationRoute';

const COMMUNE_OFFICIAL = {
  __typename: 'Viewer',
  id: 'v2',
  email: 'ntm.thanhxuong@demo.ocop.vn',
  displayName: 'Cán bộ xã Thanh Xương',
  locale: 'vi',
  roles: [
    {
      __typename: 'RoleGrant',
      role: 'COMMUNE_OFFICIAL',
      producer: null,
      unit: {
        __typename: 'AdministrativeUnit',
        id: 'u-3316',
        name: 'Thanh Xương',
        fullName: 'Xã Thanh Xương',
        code: '03316',
        level: 'COMMUNE',
      },
    },
  ],
};

const criterion = (number: number, nameVi: string, nameEn: string) => ({
  __typename: 'NtmCriterion',
  id: `c-${number}`,
  number,
  nameVi,
  nameEn,
});

const ROUTE = {
  today: '2031-05-20',
  criteriaSets: [
    {
      __typename: 'NtmCriteriaSet',
      id: 'set-1',
      code: 'NTM-XA-2026',
      nameVi: 'Bộ tiêu chí xã nông thôn mới 2026–2030',
      nameEn: 'New Rural commune criteria 2026–2030',
      unitLevel: 'COMMUNE',
      tier: 'STANDARD',
      periodStart: '2026-01-01',
      periodEnd: '2035-12-31',
      criteria: [
        criterion(1, 'Quy hoạch', 'Planning'),
        criterion(2, 'Giao thông', 'Transport'),
        criterion(3, 'Thủy lợi', 'Irrigation'),
      ],
    },
  ],
};

function renderForm(locale?: 'en') {
  return renderWithProviders(<EvaluationRoute />, {
    locale,
    mocks: [
      { request: { query: ViewerQuery }, result: { data: { viewer: COMMUNE_OFFICIAL } } },
      { request: { query: EvaluationRouteQuery }, result: { data: ROUTE } },
    ],
  });
}

describe('EvaluationRoute', () => {
  it('names each criterion left unanswered in the error summary, not only under it', async () => {
    renderForm();
    await screen.findByText(/Thủy lợi/);
    // Criterion 2 answered: only 1 and 3 are left.
    const transport = screen.getByRole('group', { name: /Giao thông/ });
    await userEvent.click(within(transport).getByRole('radio', { name: 'Đạt' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));

    const summary = await screen.findByRole('alert');
    const entries = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(entries).toEqual([
      'Tiêu chí 1 – Quy hoạch: Không được để trống mục này.',
      'Tiêu chí 3 – Thủy lợi: Không được để trống mục này.',
    ]);
    expect(within(summary).getByRole('link', { name: /Thủy lợi/ })).toHaveAttribute(
      'href',
      '#evaluation-results-2',
    );
    // Under the criterion itself, where its name is already shown, the message stays short.
    expect(screen.getByRole('group', { name: /Quy hoạch/ })).toHaveAccessibleDescription(
      'Không được để trống mục này.',
    );
  });

  it('names them in English too', async () => {
    renderForm('en');
    await screen.findByText(/Irrigation/);
    await userEvent.click(screen.getByRole('button', { name: 'Record' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Criterion 1 – Planning: This cannot be empty.',
      'Criterion 2 – Transport: This cannot be empty.',
      'Criterion 3 – Irrigation: This cannot be empty.',
    ]);
  });
});
