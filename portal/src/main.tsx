import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './app/apollo';
import { createRouter } from './app/routes';
import { I18nProvider, initialLocale } from './i18n/i18n';
import { prefetchVerification } from './pages/verifyQuery';
import { prefetchLabelCheck } from './components/labels/labelCheck';
import './styles.css';

const client = createApolloClient();
// The early requests below ask in the page's language (Accept-Language follows <html lang>), before
// I18nProvider sets it: a scanned label's sentence comes in the language the page shows.
document.documentElement.lang = initialLocale();
// A scanned QR code: the verdict is asked for now, not after the page's script has arrived.
prefetchVerification(client, window.location.pathname);
prefetchLabelCheck(client, window.location.pathname);

// Rendering replaces the frame index.html shows while the scripts load.
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider>
      <ApolloProvider client={client}>
        <RouterProvider router={createRouter()} />
      </ApolloProvider>
    </I18nProvider>
  </StrictMode>,
);
