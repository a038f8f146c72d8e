import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test-utils';
import { RoleTargetQuery } from './RoleTargetFields';
import { RoleGrantMutation } from './useRoleGrant';
import { RoleRevokeMutation } from './useRoleRevoke';
import { UserDisableMutation } from './useUserDisable';
import { UserRow, UserRow_user } from './UserRow';

const ROLE = {
  __typename: 'RoleAssignment' as const,
  id: 'Um9sZUFzc2lnbm1lbnQ6MQ==',
  role: 'PRODUCER_EDITOR' as const,
  producer: { __typename: 'Producer' as const, id: 'UHJvZHVjZXI6MQ==', name: 'HTX Séng Cù' },
  unit: null,
};
const USER = {
  __typename: 'User' as const,
  id: 'VXNlcjox',
  email: 'htx.sengcu@demo.ocop.vn',
  displayName: 'HTX Séng Cù',
  status: 'ACTIVE' as const,
  version: 4,
  lastLoginAt: null,
  roles: [ROLE],
};
type User = typeof USER;

function payload(field: string, user: User | null, userErrors: object[] = []) {
  return {
    data: {
      [field]: {
        __typename: field === 'userDisable' ? 'UserStatusChangePayload' : 'RoleChangePayload',
        user,
        userErrors: userErrors.map((e) => ({ __typename: 'UserError', currentVersion: null, ...e })),
      },
    },
  };
}

function renderRow(mocks: MockLink.MockedResponse[], onReload = vi.fn()) {
  renderWithProviders(<UserRow user={makeFragmentData(USER, UserRow_user)} onReload={onReload} />, { mocks });
  return onReload;
}

describe('UserRow', () => {
  it('disables the account at the version shown and says so', async () => {
    renderRow([
      {
        request: { query: UserDisableMutation, variables: { input: { id: USER.id, version: 4 } } },
        result: payload('userDisable', { ...USER, status: 'DISABLED' as never, version: 5 }),
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Khoá tài khoản' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã khoá tài khoản htx.sengcu@demo.ocop.vn.');
  });

  it('on a CONFLICT, says someone else changed the account and reloads the list', async () => {
    const onReload = renderRow([
      {
        request: { query: UserDisableMutation, variables: { input: { id: USER.id, version: 4 } } },
        result: payload('userDisable', { ...USER, version: 6 }, [
          { field: ['input', 'version'], code: 'CONFLICT', message: 'Đã đổi', currentVersion: 6 },
        ]),
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Khoá tài khoản' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tài khoản vừa được người khác thay đổi; đã tải lại.',
    );
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('revokes a role only after a confirmation, by its assignment id', async () => {
    renderRow([
      {
        request: { query: RoleRevokeMutation, variables: { input: { id: ROLE.id } } },
        result: payload('roleRevoke', { ...USER, roles: [] }),
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: 'Thu hồi vai trò Biên tập viên chủ thể' }));
    const confirm = screen.getByRole('group', { name: 'Thu hồi vai trò này?' });
    await userEvent.click(within(confirm).getByRole('button', { name: 'Thu hồi' }));
    // Applied: the confirmation closes without an error (the list shows the roles left from the cache).
    await expect.poll(() => screen.queryByRole('group', { name: 'Thu hồi vai trò này?' })).toBeNull();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('grants a province official role bound to the province chosen, and shows an error under the province', async () => {
    const provinces = {
      request: { query: RoleTargetQuery, variables: () => true },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: {
        data: {
          provinces: [
            { __typename: 'AdministrativeUnit', id: 'QWRtaW5Vbml0OjEx', code: '11', name: 'Tỉnh Điện Biên' },
          ],
        },
      },
    };
    renderRow([
      provinces,
      {
        request: {
          query: RoleGrantMutation,
          variables: { input: { userId: USER.id, role: 'PROVINCE_OFFICIAL', unitId: 'QWRtaW5Vbml0OjEx' } },
        },
        result: payload('roleGrant', null, [
          { field: ['input', 'unitId'], code: 'INVALID', message: 'Không phải tỉnh của hôm nay.' },
        ]),
      },
    ]);
    await userEvent.click(screen.getByRole('button', { name: '+ Cấp vai trò' }));
    await userEvent.selectOptions(screen.getByLabelText('Vai trò'), 'PROVINCE_OFFICIAL');
    const province = screen.getByLabelText('Tỉnh, thành phố');
    await within(province).findByRole('option', { name: 'Tỉnh Điện Biên' });
    await userEvent.selectOptions(province, 'QWRtaW5Vbml0OjEx');
    await userEvent.click(screen.getByRole('button', { name: 'Cấp' }));
    await expect.poll(() => province.getAttribute('aria-invalid')).toBe('true');
    expect(province).toHaveAccessibleDescription('Không phải tỉnh của hôm nay.');
  });
});
