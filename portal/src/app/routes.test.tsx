import { lazy } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, type Locale } from '../i18n/i18n';
import { ViewerQuery } from './viewer';
import { page, withLayout } from './routes';

// A page whose script cannot be loaded, as when the network is gone: the import rejects.
const MissingChunk = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/X.js')),
);
function Throws(): never {
  throw new Error('render failed');
}

const PAGES: RouteObject[] = [
  { path: '/', element: <h1>Trang chủ thử</h1> },
  { path: '/missing', element: page(<MissingChunk />) },
  { path: '/throws', element: <Throws /> },
];

function renderAt(url: string, locale: Locale = 'vi') {
  const cache = new InMemoryCache();
  cache.writeQuery({ query: ViewerQuery, data: { viewer: null } });
  const router = createMemoryRouter(withLayout(PAGES), { initialEntries: [url] });
  render(
    <I18nProvider locale={locale}>
      <MockedProvider mocks={[]} cache={cache}>
        <RouterProvider router={router} />
      </MockedProvider>
    </I18nProvider>,
  );
  return router;
}

describe('the route error element', () => {
  // React reports a caught render error on the console; keep the output readable.
  beforeEach(() => vi.spyOn(console, 'error').mockImplementation(() => {}));
  afterEach(() => vi.restoreAllMocks());

  it('a page script that fails to load shows a friendly error inside the layout, with reload and home', async () => {
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
    renderAt('/missing');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent('Không mở được trang này');
    expect(screen.queryByText(/Unexpected Application Error/)).not.toBeInTheDocument();
    expect(screen.queryByText(/Hey developer/)).not.toBeInTheDocument();
    // The header and footer stay.
    expect(screen.getByRole('navigation', { name: 'Điều hướng chính' })).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Tải lại trang' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('an exception while rendering shows it too, in English, and the home link leaves it', async () => {
    renderAt('/throws', 'en');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This page could not be opened');
    expect(within(alert).getByRole('button', { name: 'Reload the page' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('link', { name: 'Back to home' }));
    expect(await screen.findByRole('heading', { name: 'Trang chủ thử' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says the device is offline when it is', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderAt('/missing');
    expect(await screen.findByRole('alert')).toHaveTextContent('mất kết nối mạng');
  });
});
