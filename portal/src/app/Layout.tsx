import { NavLink, Outlet, Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { ViewerMenu, ViewerNavLinks } from '../components/account/ViewerMenu';

/** The frame of every page: header with navigation and language switch, main content, footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true">
              ★
            </span>
            <span className="brand-name">{t('app.name')}</span>
          </Link>
          <div className="header-tools">
            <ViewerMenu />
            <button
              type="button"
              className="lang-switch"
              lang={locale === 'vi' ? 'en' : 'vi'}
              onClick={() => setLocale(locale === 'vi' ? 'en' : 'vi')}
              aria-label={`${t('app.language')}: ${t('app.switchTo')}`}
            >
              {t('app.switchTo')}
            </button>
          </div>
        </div>
        <nav className="container site-nav" aria-label={t('nav.menu')}>
          <NavLink to="/" end>
            {t('nav.home')}
          </NavLink>
          <NavLink to="/products">{t('nav.products')}</NavLink>
          <NavLink to="/verify">{t('nav.verify')}</NavLink>
          <NavLink to="/statistics">{t('nav.statistics')}</NavLink>
          <ViewerNavLinks />
        </nav>
      </header>
      <main id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p>
            <a href="/graphql">{t('app.api')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
