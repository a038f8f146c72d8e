import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../../app/apollo';
import { renderWithProviders } from '../../test-utils';
import MyInquiryRoute, { MyInquiryRouteQuery } from '../../pages/MyInquiryRoute';
import { ViewerQuery } from '../../app/viewer';
import { InquiryBlockSenderMutation, InquiryMarkReadMutation } from './useInquiryActions';
import { InquiryUnreadCountQuery } from './UnreadBadge';
import { zaloHref } from './ProducerInquiryView';

const EDITOR = {
  __typename: 'User',
  id: 'u1',
  email: 'editor@example.vn',
  displayName: 'Lò Văn Biên',
  locale: 'vi',
  roles: [
    {
      __typename: 'RoleGrant',
      role: 'PRODUCER_EDITOR',
      producer: { __typename: 'Producer', id: 'h1', name: 'HTX Séng Cù' },
      unit: null,
    },
  ],
};

const INQUIRY = {
  __typename: 'Inquiry',
  id: 'inq-1',
  reference: 'YC-2026-000001',
  createdAt: '2026-12-01T03:30:00.000Z',
  status: 'NEW',
  outcome: 'OPEN',
  outcomeReason: null,
  unread: true,
  producer: { __typename: 'Producer', id: 'h1', name: 'HTX Séng Cù' },
  product: { __typename: 'OcopProduct', id: 'p1', name: 'Gạo Séng Cù' },
  listing: null,
  subject: null,
  quantity: 500,
  unit: 'kg',
  deliveryProvince: { __typename: 'AdministrativeUnit', id: 'u01', name: 'Hà Nội' },
  wantedBy: '2026-12-20',
  buyerName: 'Nguyễn Thị Mai',
  organisation: 'Siêu thị Xanh',
  phone: '+84912345678',
  email: 'mai@example.vn',
  preferredChannel: 'ZALO',
  firstAnsweredAt: null,
  messages: [
    {
      __typename: 'InquiryMessage',
      id: 'm1',
      author: 'BUYER',
      authorName: 'Nguyễn Thị Mai',
      body: 'Cần báo giá 500 kg.',
      createdAt: '2026-12-01T03:30:00.000Z',
    },
  ],
};

const errors = { userErrors: [] as object[] };

function renderDetail(extra: MockLink.MockedResponse[] = []) {
  const sent = { markRead: 0, block: 0 };
  const mocks: MockLink.MockedResponse[] = [
    { request: { query: ViewerQuery }, result: { data: { viewer: EDITOR } }, maxUsageCount: 10 },
    {
      request: { query: MyInquiryRouteQuery, variables: { id: 'inq-1' } },
      result: { data: { today: '2026-12-02', node: INQUIRY } },
    },
    {
      request: { query: InquiryMarkReadMutation, variables: { input: { inquiryId: 'inq-1' } } },
      result: () => {
        sent.markRead++;
        return {
          data: {
            inquiryMarkRead: {
              __typename: 'InquiryPayload',
              inquiry: { __typename: 'Inquiry', id: 'inq-1', unread: false },
              ...errors,
            },
          },
        };
      },
      maxUsageCount: 5,
    },
    {
      request: { query: InquiryUnreadCountQuery },
      result: { data: { inquiryUnreadCount: 0 } },
      maxUsageCount: 5,
    },
    {
      request: { query: InquiryBlockSenderMutation, variables: { input: { inquiryId: 'inq-1' } } },
      result: () => {
        sent.block++;
        return {
          data: {
            inquiryBlockSender: {
              __typename: 'InquiryPayload',
              inquiry: { ...INQUIRY, unread: false },
              ...errors,
            },
          },
        };
      },
    },
    ...extra,
  ];
  renderWithProviders(<MyInquiryRoute />, {
    url: '/my/inquiries/inq-1',
    path: '/my/inquiries/:id',
    mocks,
    cache: createCache(),
  });
  return sent;
}

describe('an inquiry for its producer editor', () => {
  it('shows the contact as tel:, Zalo and mailto: links, what is asked, the conversation; opening marks it read once', async () => {
    const sent = renderDetail();
    await screen.findByRole('heading', { level: 1, name: 'Yêu cầu YC-2026-000001' });
    const contact = screen.getByRole('region', { name: 'Người hỏi mua' });
    expect(within(contact).getByRole('link', { name: 'Gọi +84912345678' })).toHaveAttribute(
      'href',
      'tel:+84912345678',
    );
    expect(within(contact).getByRole('link', { name: 'Nhắn Zalo' })).toHaveAttribute(
      'href',
      'https://zalo.me/0912345678',
    );
    expect(within(contact).getByRole('link', { name: /mai@example\.vn/ })).toHaveAttribute(
      'href',
      'mailto:mai@example.vn',
    );
    expect(contact).toHaveTextContent('Muốn liên hệ qua: Zalo');
    const summary = screen.getByRole('region', { name: 'Nội dung yêu cầu' });
    expect(summary).toHaveTextContent('500 kg');
    expect(summary).toHaveTextContent('Hà Nội');
    expect(summary).toHaveTextContent('20/12/2026');
    expect(screen.getByRole('region', { name: 'Trao đổi' })).toHaveTextContent('Cần báo giá 500 kg.');
    await expect.poll(() => sent.markRead).toBe(1);
  });

  it('blocks the sender only after a confirmation, and a "no" sends nothing', async () => {
    const sent = renderDetail();
    await userEvent.click(await screen.findByRole('button', { name: 'Chặn người gửi' }));
    const dialog = screen.getByRole('alertdialog');
    expect(dialog).toHaveTextContent(/Chặn người gửi này\?/);
    await waitFor(() => expect(within(dialog).getByRole('button', { name: 'Chặn' })).toHaveFocus());
    await userEvent.click(within(dialog).getByRole('button', { name: 'Không' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(sent.block).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'Chặn người gửi' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Chặn' }));
    expect(await screen.findByText('Đã chặn người gửi.')).toBeInTheDocument();
    expect(sent.block).toBe(1);
  });
});

describe('zaloHref', () => {
  it('takes the national form of a Vietnamese number', () => {
    expect(zaloHref('+84912345678')).toBe('https://zalo.me/0912345678');
    expect(zaloHref('0912 345 678')).toBe('https://zalo.me/0912345678');
  });
});
