import type { ReactElement, ReactNode } from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MemoryRouter, Route, Routes } from 'react-router';
import { I18nProvider, type Locale } from './i18n/i18n';

export interface RenderOptions {
  locale?: Locale;
  /** The URL the component is rendered at (with its query string). */
  url?: string;
  /** The route pattern that matches `url`, for components that read route params. */
  path?: string;
  mocks?: MockLink.MockedResponse[];
}

/** Renders inside the portal's providers: i18n, a mocked Apollo Client and a router at `url`. */
export function renderWithProviders(ui: ReactElement, options: RenderOptions = {}): RenderResult {
  const { locale = 'vi', url = '/', path = '*', mocks = [] } = options;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nProvider locale={locale}>
      <MockedProvider mocks={mocks}>
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
