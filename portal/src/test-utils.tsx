import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { InMemoryCache } from '@apollo/client';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { PlatformTodayQuery } from './app/platformToday';
import { I18nProvider, type Locale } from './i18n/i18n';

export interface RenderOptions {
  locale?: Locale;
  /** The URL the component is rendered at (with its query string). */
  url?: string;
  /** The route pattern that matches `url`, for components that read route params. */
  path?: string;
  mocks?: MockLink.MockedResponse[];
  /**
   * The platform's day ('YYYY-MM-DD') already in the cache, as a route query that selected `today`
   * leaves it; left out, the day is unknown until a mocked query answers with it. Tests never
   * depend on the real date.
   */
  today?: string;
  /** The cache to start from (the portal's own, `createCache()`, for lists that page); a bare one by default. */
  cache?: InMemoryCache;
}

/** Renders inside the portal's providers: i18n, a mocked Apollo Client and a router at `url`. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const { locale = 'vi', url = '/', path = '*', mocks = [], today } = options;
  const cache = options.cache ?? new InMemoryCache();
  if (today) cache.writeQuery({ query: PlatformTodayQuery, data: { today } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider locale={locale}>
      <MockedProvider mocks={mocks} cache={cache}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>
            <Route path={path} element={children} />
          </Routes>
        </MemoryRouter>
      </MockedProvider>
    </I18nProvider>
  );
  return render(ui, { wrapper });
}
