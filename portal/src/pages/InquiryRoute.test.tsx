import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { createCache } from '../app/apollo';
import { renderWithProviders } from '../test-utils';
import { InquiryBuyerReplyMutation } from '../components/inquiry/useInquiryBuyerReply';
import InquiryRoute, { InquiryRouteQuery } from './InquiryRoute';

const message = (id: string, author: 'BUYER' | 'PRODUCER', authorName: string, body: string) => ({
  __typename: 'InquiryMessage',
  id,
  author,
  authorName,
  body,
  createdAt: '2026-12-01T03:30:00.000Z',
});

const BUYER_INQUIRY = {
  __typename: 'BuyerInquiry',
  reference: 'YC-2026-000001',
  createdAt: '2026-12-01T03:30:00.000Z',
  status: 'ANSWERED',
  producer: { __typename: 'Producer', id: 'h1', name: 'HTX Séng Cù' },
  product: { __typename: 'OcopProduct', id: 'p1', name: 'Gạo Séng Cù' },
  listing: null,
  subject: null,
  quantity: 500,
  unit: 'kg',
  wantedBy: null,
  messages: [
    message('m1', 'BUYER', 'Nguyễn Thị Mai', 'Cần báo giá 500 kg.'),
    message('m2', 'PRODUCER', 'HTX Séng Cù', 'Giá 38.000 ₫/kg.'),
  ],
};

describe('the buyer’s private link', () => {
  it('shows the status, the product and the conversation, and a reply appears in it', async () => {
    let key = '';
    renderWithProviders(<InquiryRoute />, {
      url: '/inquiry/tok_1',
      path: '/inquiry/:token',
      cache: createCache(),
      mocks: [
        {
          request: { query: InquiryRouteQuery, variables: { token: 'tok_1' } },
          result: { data: { today: '2026-12-02', inquiryByToken: BUYER_INQUIRY } },
        },
        {
          request: { query: InquiryBuyerReplyMutation, variables: () => true },
          result: (variables) => {
            const input = (variables as { input: { token: string; body: string; idempotencyKey: string } })
              .input;
            key = input.idempotencyKey;
            return {
              data: {
                inquiryBuyerReply: {
                  __typename: 'InquiryBuyerReplyPayload',
                  inquiry: {
                    ...BUYER_INQUIRY,
                    messages: [
                      ...BUYER_INQUIRY.messages,
                      message('m3', 'BUYER', 'Nguyễn Thị Mai', input.body),
                    ],
                  },
                  userErrors: [],
                },
              },
            };
          },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Yêu cầu YC-2026-000001' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Đã trả lời')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Gạo Séng Cù' })).toHaveAttribute('href', '/products/p1');
    expect(screen.getByText('Giá 38.000 ₫/kg.')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Nội dung trả lời'), 'Đồng ý.');
    await userEvent.click(screen.getByRole('button', { name: 'Gửi trả lời' }));
    expect(await screen.findByText('Đồng ý.')).toBeInTheDocument();
    expect(await screen.findByText('Đã gửi trả lời.')).toBeInTheDocument();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown token with a clear "not found" page', async () => {
    renderWithProviders(<InquiryRoute />, {
      url: '/inquiry/nope',
      path: '/inquiry/:token',
      mocks: [
        {
          request: { query: InquiryRouteQuery, variables: { token: 'nope' } },
          result: { data: { today: '2026-12-02', inquiryByToken: null } },
        },
      ],
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Không tìm thấy yêu cầu này' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Đường dẫn không đúng/)).toBeInTheDocument();
  });
});
