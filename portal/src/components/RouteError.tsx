import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { useDocumentTitle } from './useDocumentTitle';

/**
 * Shown in place of a page whose rendering failed — most often its script (a lazy chunk) could not
 * be loaded because the network is gone, or a new build replaced it. It takes the place of React
 * Router's developer page. Reloading is the retry: React.lazy keeps a failed import, so only a new
 * document loads the script again. Rendered inside the layout, the header and footer stay.
 */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  useDocumentTitle(t('routeError.title'));
  if (isRouteErrorResponse(error) && error.status === 404) {
    return (
      <section className="state state-empty">
        <h1>{t('state.notFound')}</h1>
        <Link to="/">{t('state.backHome')}</Link>
      </section>
    );
  }
  const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
  return (
    <section className="state state-error" role="alert" data-testid="route-error">
      <h1>{t('routeError.title')}</h1>
      <p>{offline ? t('routeError.offline') : t('routeError.failed')}</p>
      <div className="state-actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        {/* In the app, not a new document: the home page's script is most likely loaded already. */}
        <Link to="/">{t('state.backHome')}</Link>
      </div>
    </section>
  );
}
