import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test-utils';
import { InvitationAcceptMutation } from '../components/account/useInvitationAccept';
import InvitationRoute from './InvitationRoute';

function refused(field: string[], code: string, message: string): MockLink.MockedResponse {
  return {
    request: {
      query: InvitationAcceptMutation,
      variables: { input: { token: 'tok-123', password: 'mat-khau-dai-du', displayName: null } },
    },
    result: {
      data: {
        invitationAccept: {
          __typename: 'InvitationAcceptPayload',
          viewer: null,
          userErrors: [{ __typename: 'UserError', field, code, message }],
        },
      },
    },
  };
}

function renderPage(mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(<InvitationRoute />, {
    url: '/invitation/tok-123',
    path: '/invitation/:token',
    mocks,
  });
}

async function fill(password: string, again: string) {
  await userEvent.type(screen.getByLabelText('Mật khẩu mới'), password);
  await userEvent.type(screen.getByLabelText('Nhập lại mật khẩu'), again);
  await userEvent.click(screen.getByRole('button', { name: 'Đặt mật khẩu và đăng nhập' }));
}

describe('InvitationRoute', () => {
  it('checks the length and the repetition of the password before sending', async () => {
    renderPage();
    await fill('ngan', 'ngan');
    expect(screen.getByLabelText('Mật khẩu mới')).toHaveAccessibleDescription(
      expect.stringContaining('Mật khẩu quá ngắn: cần ít nhất 10 ký tự.'),
    );
    await userEvent.clear(screen.getByLabelText('Mật khẩu mới'));
    await userEvent.clear(screen.getByLabelText('Nhập lại mật khẩu'));
    await fill('mat-khau-dai-du', 'mat-khau-khac');
    expect(screen.getByLabelText('Nhập lại mật khẩu')).toHaveAccessibleDescription(
      'Hai mật khẩu không giống nhau.',
    );
  });

  it('says plainly that a used or expired invitation cannot be used', async () => {
    renderPage([refused(['input', 'token'], 'INVALID', 'Invalid token')]);
    await fill('mat-khau-dai-du', 'mat-khau-dai-du');
    expect(await screen.findByRole('alert')).toHaveTextContent('Lời mời này không còn dùng được');
  });

  it('shows a password the API refuses under the password field', async () => {
    renderPage([refused(['input', 'password'], 'INVALID', 'Mật khẩu quá phổ biến')]);
    await fill('mat-khau-dai-du', 'mat-khau-dai-du');
    await screen.findByRole('alert');
    expect(screen.getByLabelText('Mật khẩu mới')).toHaveAccessibleDescription(
      expect.stringContaining('Mật khẩu quá phổ biến'),
    );
  });
});
