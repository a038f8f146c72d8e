import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { MockLink } from '@apollo/client/testing';
import { createCache } from '../app/apollo';
import { ViewerQuery } from '../app/viewer';
import { renderWithProviders } from '../test-utils';
import MyInquiriesRoute, { MyInquiriesRouteQuery } from './MyInquiriesRoute';

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

const inquiry = (n: number, over: object = {}) => ({
  __typename: 'Inquiry',
  id: `inq-${n}`,
  reference: `YC-2026-00000${n}`,
  createdAt: '2026-12-01T03:30:00.000Z',
  status: 'NEW',
  outcome: 'OPEN',
  unread: false,
  buyerName: `Người mua ${n}`,
  organisation: null,
  subject: null,
  quantity: null,
  unit: null,
  product: { __typename: 'OcopProduct', id: 'p1', name: 'Gạo Séng Cù' },
  producer: { __typename: 'Producer', id: 'h1', name: 'HTX Séng Cù' },
  ...over,
});

const page = (nodes: object[], hasNextPage: boolean, totalCount: number) => ({
  data: {
    inquiries: {
      __typename: 'InquiryConnection',
      totalCount,
      edges: nodes.map((node, i) => ({
        __typename: 'InquiryEdge',
        cursor: `c${(node as { id: string }).id}-${i}`,
        node,
      })),
      pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
    },
  },
});

function renderInbox(url: string, mocks: MockLink.MockedResponse[]) {
  renderWithProviders(<MyInquiriesRoute />, { url, path: '/my/inquiries', mocks, cache: createCache() });
}

/** The editor logged in, as the header's query leaves it in the cache. */
function withViewer(mocks: MockLink.MockedResponse[]): MockLink.MockedResponse[] {
  return [
    { request: { query: ViewerQuery }, result: { data: { viewer: EDITOR } }, maxUsageCount: 10 },
    ...mocks,
  ];
}

describe('MyInquiriesRoute', () => {
  it('lists the new inquiries first, marks the unread ones in words, and links each to its page', async () => {
    renderInbox(
      '/my/inquiries',
      withViewer([
        {
          request: { query: MyInquiriesRouteQuery, variables: { filter: { status: 'NEW' } } },
          result: page(
            [
              inquiry(2, { unread: true, organisation: 'Siêu thị Xanh', quantity: 500, unit: 'kg' }),
              inquiry(1, { product: null, subject: 'Chè Shan tuyết' }),
            ],
            false,
            2,
          ),
        },
      ]),
    );
    const list = await screen.findByRole('list');
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first).toHaveTextContent('Chưa đọc');
    expect(first).toHaveTextContent('Người mua 2 · Siêu thị Xanh');
    expect(first).toHaveTextContent('Gạo Séng Cù · 500 kg');
    expect(first).toHaveClass('inquiry-unread');
    expect(second).not.toHaveTextContent('Chưa đọc');
    expect(second).toHaveTextContent('Chè Shan tuyết');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', '/my/inquiries/inq-2');
    expect(screen.getByText('Đang hiện 2 / 2 yêu cầu')).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Lọc theo trạng thái' });
    expect(within(tabs).getByRole('link', { name: 'Mới' })).toHaveAttribute('aria-current', 'page');
  });

  it('switches tabs (answered, closed) and pages on with the cursor', async () => {
    renderInbox(
      '/my/inquiries?status=ANSWERED',
      withViewer([
        {
          request: { query: MyInquiriesRouteQuery, variables: { filter: { status: 'ANSWERED' } } },
          result: page([inquiry(5, { status: 'ANSWERED' })], true, 2),
        },
        {
          request: {
            query: MyInquiriesRouteQuery,
            variables: { filter: { status: 'ANSWERED' }, after: 'cursor-1' },
          },
          result: page([inquiry(4, { status: 'ANSWERED' })], false, 2),
        },
        {
          request: { query: MyInquiriesRouteQuery, variables: { filter: { status: 'CLOSED' } } },
          result: page([inquiry(3, { status: 'CLOSED', outcome: 'LOST' })], false, 1),
        },
      ]),
    );
    expect(await screen.findByText('Người mua 5')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Xem thêm' }));
    expect(await screen.findByText('Người mua 4')).toBeInTheDocument();
    expect(screen.getByText('Người mua 5')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).not.toBeInTheDocument();
    expect(screen.getByText('Đang hiện 2 / 2 yêu cầu')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('link', { name: 'Đã đóng' }));
    expect(await screen.findByText('Người mua 3')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Không thành');
    expect(screen.getByRole('link', { name: 'Đã đóng' })).toHaveAttribute('aria-current', 'page');
  });

  it('says so when a tab is empty', async () => {
    renderInbox(
      '/my/inquiries?status=CLOSED',
      withViewer([
        {
          request: { query: MyInquiriesRouteQuery, variables: { filter: { status: 'CLOSED' } } },
          result: page([], false, 0),
        },
      ]),
    );
    expect(await screen.findByText('Không có yêu cầu nào ở đây.')).toBeInTheDocument();
  });
});
