import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { renderWithProviders } from '../test-utils';
import { ViewerQuery } from '../app/viewer';
import { LoginMutation } from '../components/account/useLogin';
import LoginRoute from './LoginRoute';

const PUBLIC: MockLink.MockedResponse = {
  request: { query: ViewerQuery },
  result: { data: { viewer: null } },
};

function refused(code: string, retryAfterSeconds: number | null): MockLink.MockedResponse {
  return {
    request: { query: LoginMutation, variables: { input: { email: 'htx@example.vn', password: 'sai' } } },
    result: {
      data: {
        login: {
          __typename: 'LoginPayload',
          viewer: null,
          userErrors: [{ __typename: 'UserError', field: ['input'], code, message: '…', retryAfterSeconds }],
        },
      },
    },
    delay: 30,
  };
}

async function submit() {
  await userEvent.type(await screen.findByLabelText('Email'), ' htx@example.vn ');
  await userEvent.type(screen.getByLabelText('Mật khẩu'), 'sai');
  await userEvent.click(screen.getByRole('button', { name: 'Đăng nhập' }));
}

describe('LoginRoute', () => {
  it('asks for both fields before sending anything', async () => {
    renderWithProviders(<LoginRoute />, { url: '/login', mocks: [PUBLIC] });
    await userEvent.click(await screen.findByRole('button', { name: 'Đăng nhập' }));
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Hãy nhập email.');
    expect(screen.getByLabelText('Mật khẩu')).toHaveAccessibleDescription('Hãy nhập mật khẩu.');
  });

  it('is busy while sending, then says the credentials are wrong and empties the password', async () => {
    renderWithProviders(<LoginRoute />, {
      url: '/login',
      mocks: [PUBLIC, refused('INVALID_CREDENTIALS', null)],
    });
    await submit();
    expect(screen.getByRole('button', { name: 'Đang đăng nhập…' })).toBeDisabled();
    expect(await screen.findByRole('alert')).toHaveTextContent('Email hoặc mật khẩu không đúng.');
    expect(screen.getByLabelText('Mật khẩu')).toHaveValue('');
  });

  it('when throttled, says how long to wait and keeps the button disabled meanwhile', async () => {
    renderWithProviders(<LoginRoute />, { url: '/login', mocks: [PUBLIC, refused('THROTTLED', 125)] });
    await submit();
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 2 phút 5 giây.',
    );
    expect(screen.getByRole('button', { name: 'Đăng nhập' })).toBeDisabled();
  });
});
