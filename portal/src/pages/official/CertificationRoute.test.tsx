import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ViewerQuery } from '../../app/viewer';
import { renderWithProviders } from '../../test-utils';
import CertificationRoute, { CertificationRouteQuery } from './CertificationRoute';

const OFFICIAL = {
  __typename: 'Viewer',
  id: 'v1',
  email: 'ocop.dienbien@demo.ocop.vn',
  displayName: 'Cán bộ OCOP Điện Biên',
  locale: 'vi',
  roles: [
    {
      __typename: 'RoleGrant',
      role: 'PROVINCE_OFFICIAL',
      producer: null,
      unit: {
        __typename: 'AdministrativeUnit',
        id: 'u-11',
        name: 'Điện Biên',
        fullName: 'Tỉnh Điện Biên',
        code: '11',
        level: 'PROVINCE',
      },
    },
  ],
};

describe('CertificationRoute', () => {
  it("takes the default and latest decision date from the platform's day, not the browser's", async () => {
    // A day far from the machine's clock: the form can only have it from the route query.
    renderWithProviders(<CertificationRoute />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: OFFICIAL } } },
        { request: { query: CertificationRouteQuery }, result: { data: { today: '2031-05-20' } } },
      ],
    });
    const date = await screen.findByLabelText(/Ngày quyết định/);
    await screen.findByDisplayValue('2031-05-20');
    expect(date).toHaveValue('2031-05-20');
    expect(date).toHaveAttribute('max', '2031-05-20');
    // The expiry, decision + 36 months, follows the same day.
    expect(screen.getByText(/20\/05\/2034/)).toBeInTheDocument();
  });

  it('reads a score with a decimal comma as the site shows it ("69,5"), and refuses finer or larger ones', async () => {
    renderWithProviders(<CertificationRoute />, {
      mocks: [
        { request: { query: ViewerQuery }, result: { data: { viewer: OFFICIAL } } },
        { request: { query: CertificationRouteQuery }, result: { data: { today: '2031-05-20' } } },
      ],
    });
    const score = await screen.findByLabelText('Điểm (0–100)');
    await userEvent.type(score, '69,5');
    expect(score).toHaveValue('69,5');
    // 69,5 is below 70: three stars, not the 695 it used to be read as.
    expect(screen.getByLabelText(/3 sao/)).toBeInTheDocument();
    await userEvent.clear(score);
    await userEvent.type(score, '89.9');
    expect(screen.getByLabelText(/4 sao/)).toBeInTheDocument();

    await userEvent.clear(score);
    await userEvent.type(score, '69,55');
    expect(score).toHaveValue('69,55');
    expect(screen.getByText('Điểm có tối đa một chữ số thập phân, ví dụ 69,5.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ghi nhận' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Điểm có tối đa một chữ số thập phân, ví dụ 69,5.' }),
    ).toHaveAttribute('href', '#certification-score');
    expect(score).toHaveAccessibleDescription(expect.stringContaining('tối đa một chữ số thập phân'));

    await userEvent.clear(score);
    await userEvent.type(score, '100,5');
    expect(screen.getByText('Điểm phải từ 0 đến 100.')).toBeInTheDocument();
  });
});
