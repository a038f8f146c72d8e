import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import type { MockLink } from '@apollo/client/testing';
import { InquiryUnreadCountQuery } from '../components/inquiry/UnreadBadge';
import { ViewerQuery } from './viewer';
import { withLayout } from './routes';

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
      producer: { __typename: 'Producer', id: 'h1', name: 'HTX Chè Tủa Chùa' },
      unit: null,
    },
  ],
};

/** The unread count the API answers, as many times as the header asks. */
const unread = (count: number): MockLink.MockedResponse => ({
  request: { query: InquiryUnreadCountQuery },
  result: { data: { inquiryUnreadCount: count } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

function renderLayout(options: { viewer?: object | null; unreadCount?: number } = {}) {
  const { viewer = EDITOR, unreadCount = 0 } = options;
  const cache = new InMemoryCache();
  cache.writeQuery({ query: ViewerQuery, data: { viewer } as never });
  const router = createMemoryRouter(
    withLayout([
      { path: '/', element: <h1>Trang chủ thử</h1> },
      { path: '/statistics', element: <h1>Thống kê thử</h1> },
    ]),
    { initialEntries: ['/'] },
  );
  render(
    <I18nProvider locale="vi">
      <MockedProvider mocks={[unread(unreadCount)]} cache={cache}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nProvider>,
  );
  return router;
}

describe('the phone menu', () => {
  it('a button opens the list (aria-expanded), focus goes to the first entry, Escape closes and returns focus', async () => {
    renderLayout();
    const nav = screen.getByRole('navigation', { name: 'Điều hướng chính' });
    const toggle = within(nav).getByRole('button', { name: 'Mở menu' });
    const list = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('is-open');
    // Every entry is in the list, the viewer's too.
    expect(
      within(list)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual([
      'Trang chủ',
      'Sản phẩm',
      'Kiểm tra chứng nhận',
      'Thống kê',
      'Sản phẩm của tôi',
      'Tem sản phẩm',
    ]);

    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Đóng menu');
    expect(list).toHaveClass('is-open');
    await waitFor(() => expect(within(list).getByRole('link', { name: 'Trang chủ' })).toHaveFocus());

    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(list).not.toHaveClass('is-open');
    expect(toggle).toHaveFocus();
  });

  it('following an entry closes the list and opens the page', async () => {
    const router = renderLayout();
    const toggle = screen.getByRole('button', { name: 'Mở menu' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('link', { name: 'Thống kê' }));
    expect(await screen.findByRole('heading', { name: 'Thống kê thử' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/statistics');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    // A second click on the button closes it too.
    await userEvent.click(toggle);
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('a tap outside the menu closes it; a tap inside does not', async () => {
    renderLayout();
    const toggle = screen.getByRole('button', { name: 'Mở menu' });
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('navigation', { name: 'Điều hướng chính' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByRole('contentinfo'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the unread inquiries badge', () => {
  it('shows a producer editor the number of unread inquiries, said in words, linking to the inbox', async () => {
    renderLayout({ unreadCount: 3 });
    const banner = screen.getByRole('banner');
    const badge = await within(banner).findByRole('link', { name: 'Hỏi mua: 3 yêu cầu chưa đọc' });
    expect(badge).toHaveAttribute('href', '/my/inquiries');
    expect(within(badge).getByTestId('inquiry-unread-count')).toHaveTextContent('3');
  });

  it('shows no count when nothing is unread', async () => {
    renderLayout({ unreadCount: 0 });
    const badge = await within(screen.getByRole('banner')).findByRole('link', { name: 'Hỏi mua' });
    await waitFor(() => expect(badge).toHaveAccessibleName('Hỏi mua'));
    expect(within(badge).queryByTestId('inquiry-unread-count')).not.toBeInTheDocument();
  });

  it('is not there for the public', async () => {
    renderLayout({ viewer: null, unreadCount: 5 });
    expect(await screen.findByRole('heading', { name: 'Trang chủ thử' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Hỏi mua/ })).not.toBeInTheDocument();
  });

  it('is not there for an official', async () => {
    renderLayout({
      viewer: {
        ...EDITOR,
        roles: [
          {
            __typename: 'RoleGrant',
            role: 'PROVINCE_OFFICIAL',
            producer: null,
            unit: {
              __typename: 'AdministrativeUnit',
              id: 'p11',
              name: 'Điện Biên',
              fullName: 'Tỉnh Điện Biên',
              code: '11',
              level: 'PROVINCE',
            },
          },
        ],
      },
      unreadCount: 5,
    });
    expect(await screen.findByRole('heading', { name: 'Trang chủ thử' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Hỏi mua/ })).not.toBeInTheDocument();
  });
});
