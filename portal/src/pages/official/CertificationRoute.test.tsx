import { screen } from '@testing-library/react';
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
});
