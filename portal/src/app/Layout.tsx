import { useEffect, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { NavLink, Outlet, Link } from 'react-router';
import { CompareBar } from '../components/compare/CompareBar';
import { useI18n } from '../i18n/i18n';
import { ViewerMenu, ViewerNavLinks } from '../components/account/ViewerMenu';
import { useFocusHeadingOnNavigation } from './useFocusHeadingOnNavigation';
import { UnreadBadge } from '../components/inquiry/UnreadBadge';

/** The frame of every page: header with navigation and language switch, main content, footer. */
export function Layout() {
  const { t, locale, setLocale } = useI18n();
  const main = useRef<HTMLElement>(null);
  useFocusHeadingOnNavigation(main);
  // On a phone the menu is a button opening the list (styles.css shows the list inline on wider
  // screens, where the state does not matter): a row of links scrolled sideways hid the last ones.
  const [menuOpen, setMenuOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const openMenu = () => {
    setMenuOpen(true);
    // The first entry takes the focus once the list is shown (after this render).
    requestAnimationFrame(() => list.current?.querySelector<HTMLElement>('a')?.focus());
  };
  const closeMenu = (refocus: boolean) => {
    setMenuOpen(false);
    if (refocus) toggle.current?.focus();
  };
  const onNavKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && menuOpen) {
      event.preventDefault();
      closeMenu(true);
    }
  };
  // A tap anywhere outside the menu closes it, as on any phone menu (the focus stays where the
  // tap put it).
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!menuOpen) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setMenuOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [menuOpen]);
  // Following an entry closes the list: the new page is what the reader asked for.
  const onListClick = (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest('a')) closeMenu(false);
  };
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
            <UnreadBadge />
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
        <nav ref={nav} className="container site-nav" aria-label={t('nav.menu')} onKeyDown={onNavKeyDown}>
          <button
            ref={toggle}
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav-list"
            aria-label={menuOpen ? t('edges.menuClose') : t('edges.menuOpen')}
            onClick={() => (menuOpen ? closeMenu(false) : openMenu())}
          >
            <span className="menu-toggle-icon" aria-hidden="true">
              {menuOpen ? '✕' : '☰'}
            </span>
            {t('edges.menu')}
          </button>
          <div
            ref={list}
            id="site-nav-list"
            className={menuOpen ? 'site-nav-list is-open' : 'site-nav-list'}
            onClick={onListClick}
          >
            <NavLink to="/" end>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/products">{t('nav.products')}</NavLink>
            <NavLink to="/verify">{t('nav.verify')}</NavLink>
            <NavLink to="/statistics">{t('nav.statistics')}</NavLink>
            <ViewerNavLinks />
          </div>
        </nav>
      </header>
      <main ref={main} id="main" className="container site-main" tabIndex={-1}>
        <Outlet />
        <CompareBar />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('app.footer')}</p>
          <p className="footer-links">
            <Link to="/developers">{t('app.api')}</Link>
            {/* A document load, not a route change: the explorer's page has its own policy (CSP). */}
            <a href="/graphql">{t('app.explorer')}</a>
            <Link to="/open-data">{t('app.openData')}</Link>
          </p>
        </div>
      </footer>
    </>
  );
}
