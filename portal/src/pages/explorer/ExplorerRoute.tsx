import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import { EXAMPLE_OPERATIONS } from './examples';
import './explorer.css';

/**
 * The GraphiQL explorer at /graphql (a browser's GET; the server answers it with the portal, see
 * server/src/portal-static.ts), full screen, outside the portal's layout. Everything comes from
 * the platform's own origin: GraphiQL and its Monaco editor are bundled into this route's chunk
 * (~1.9 MB gzip), loaded only here. Requests go to the same origin with the session cookie (a
 * logged-in official can try writes) or the API key a partner puts in the Headers tab.
 */
export default function ExplorerRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('developers.explorerTitle'));
  const fetcher = useMemo(() => createGraphiQLFetcher({ url: '/graphql' }), []);
  // GraphiQL (5.4) fills the first tab's variables editor from `initialVariables` only, not from
  // `defaultTabs`: given on a first visit (no tabs stored yet), so a later visit's tabs stay as left.
  const [firstVariables] = useState(() =>
    localStorage.getItem('graphiql:tabState') === null ? EXAMPLE_OPERATIONS[0]!.variables : undefined,
  );
  return (
    <div className="explorer">
      <header className="explorer-bar">
        <h1>{t('developers.explorerTitle')}</h1>
        <p className="explorer-lead">{t('developers.explorerLead')}</p>
        <nav className="explorer-links">
          <Link to="/developers">{t('developers.explorerDocs')}</Link>
          <Link to="/">{t('developers.explorerHome')}</Link>
        </nav>
      </header>
      <div className="explorer-body">
        <GraphiQL
          fetcher={fetcher}
          defaultTabs={EXAMPLE_OPERATIONS}
          initialVariables={firstVariables}
          defaultEditorToolsVisibility="variables"
        />
      </div>
    </div>
  );
}
