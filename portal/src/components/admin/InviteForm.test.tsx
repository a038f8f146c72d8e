import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import type { UserInviteInput } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { RoleTargetQuery } from './RoleTargetFields';
import { InviteForm } from './InviteForm';
import { UserInviteMutation } from './useUserInvite';

const producers: MockLink.MockedResponse = {
  request: { query: RoleTargetQuery, variables: () => true },
  maxUsageCount: Number.POSITIVE_INFINITY,
  result: {
    data: {
      producers: {
        __typename: 'ProducerConnection',
        edges: [
          {
            __typename: 'ProducerEdge',
            node: { __typename: 'Producer', id: 'UHJvZHVjZXI6MQ==', name: 'HTX Séng Cù' },
          },
        ],
      },
    },
  },
};

type Answer = { url?: string; userErrors?: object[] };

function api(answers: Answer[]) {
  const sent: UserInviteInput[] = [];
  const mock: MockLink.MockedResponse = {
    request: { query: UserInviteMutation, variables: () => true },
    maxUsageCount: answers.length,
    result: (variables) => {
      const input = (variables as { input: UserInviteInput }).input;
      sent.push(input);
      const answer = answers[sent.length - 1]!;
      return {
        data: {
          userInvite: {
            __typename: 'UserInvitePayload',
            invitationUrl: answer.url ?? null,
            user: answer.url
              ? {
                  __typename: 'User',
                  id: 'VXNlcjo5',
                  email: input.email,
                  displayName: input.displayName,
                  status: 'INVITED',
                  version: 1,
                  lastLoginAt: null,
                  roles: [],
                }
              : null,
            userErrors: (answer.userErrors ?? []).map((e) => ({
              __typename: 'UserError',
              currentVersion: null,
              ...e,
            })),
          },
        },
      };
    },
  };
  return { mock, sent };
}

async function fillIn(email: string) {
  await userEvent.type(screen.getByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Tên hiển thị'), 'Lò Văn Hùng');
  const producer = screen.getByLabelText('Chủ thể');
  await screen.findByRole('option', { name: 'HTX Séng Cù' });
  await userEvent.selectOptions(producer, 'UHJvZHVjZXI6MQ==');
}

const submit = () => userEvent.click(screen.getByRole('button', { name: 'Tạo lời mời' }));

describe('InviteForm', () => {
  it('shows the invitation link once, to copy, and forgets it for the next invitation', async () => {
    const { mock, sent } = api([{ url: '/invitation/abcDEF123' }]);
    const onInvited = vi.fn();
    renderWithProviders(<InviteForm onInvited={onInvited} />, { mocks: [producers, mock] });
    await fillIn('hung@htx.vn');
    await submit();
    const link = await screen.findByLabelText('Đường dẫn mời');
    expect(link).toHaveValue(`${window.location.origin}/invitation/abcDEF123`);
    expect(
      screen.getByText('Đã mời hung@htx.vn. Gửi đường dẫn này cho họ (dùng được một lần trong 7 ngày):'),
    ).toBeInTheDocument();
    expect(onInvited).toHaveBeenCalledTimes(1);
    expect(sent[0]).toMatchObject({
      email: 'hung@htx.vn',
      displayName: 'Lò Văn Hùng',
      locale: 'vi',
      role: 'PRODUCER_EDITOR',
      producerId: 'UHJvZHVjZXI6MQ==',
    });
    await userEvent.click(screen.getByRole('button', { name: 'Mời người khác' }));
    expect(screen.queryByLabelText('Đường dẫn mời')).not.toBeInTheDocument();
    expect(screen.queryByText(/abcDEF123/)).not.toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('');
  });

  it('shows errors under their fields, and reuses the idempotency key for the same input only', async () => {
    const taken = {
      field: ['input', 'email'],
      code: 'ALREADY_EXISTS',
      message: 'Email này đã có tài khoản.',
    };
    const { mock, sent } = api([
      { userErrors: [taken] },
      { userErrors: [taken] },
      { url: '/invitation/xyz98765' },
    ]);
    renderWithProviders(<InviteForm onInvited={() => undefined} />, { mocks: [producers, mock] });
    await fillIn('hung@htx.vn');
    await submit();
    const email = screen.getByLabelText('Email');
    await expect.poll(() => email.getAttribute('aria-invalid')).toBe('true');
    expect(email).toHaveAccessibleDescription('Email này đã có tài khoản.');
    await submit();
    await expect.poll(() => sent.length).toBe(2);
    await userEvent.clear(email);
    await userEvent.type(email, 'hung2@htx.vn');
    await submit();
    await screen.findByLabelText('Đường dẫn mời');
    expect(sent.map((i) => i.email)).toEqual(['hung@htx.vn', 'hung@htx.vn', 'hung2@htx.vn']);
    expect(sent[1]!.idempotencyKey).toBe(sent[0]!.idempotencyKey);
    expect(sent[2]!.idempotencyKey).not.toBe(sent[0]!.idempotencyKey);
  });
});
