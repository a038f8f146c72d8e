import { useState } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { hasRole, OFFICIAL_ROLES, useViewer } from '../../app/viewer';
import { loginHref } from './loginHref';
import { useLogout } from './useLogout';

/**
 * The header's account corner: "Log in" for the public; for a logged-in person their name,
 * role, the pages of their work and "Log out".
 */
export function ViewerMenu() {
  const { t } = useI18n();
  const location = useLocation();
  const { viewer, loading } = useViewer();
  const [logout] = useLogout();
  const [busy, setBusy] = useState(false);

  if (loading) return null;
  if (!viewer) {
    if (location.pathname === '/login') return null;
    return (
      <Link to={loginHref(location.pathname + location.search)} className="account-login">
        {t('account.login')}
      </Link>
    );
  }
  const grant = viewer.roles[0];
  const scope = grant?.producer?.name ?? grant?.unit?.name;
  const onLogout = async () => {
    setBusy(true);
    try {
      await logout();
    } catch {
      setBusy(false);
    }
  };
  return (
    <div className="account-menu" aria-label={t('account.menu')} role="group">
      <p className="account-who">
        <span className="account-name">{viewer.displayName}</span>
        {grant && (
          <span className="account-role">
            {t(`account.role.${grant.role}`)}
            {scope && ` · ${scope}`}
          </span>
        )}
      </p>
      <button type="button" className="account-logout" onClick={() => void onLogout()} disabled={busy}>
        {busy ? t('account.loggingOut') : t('account.logout')}
      </button>
    </div>
  );
}

/** Links to the pages of the viewer's work, in the main navigation. */
export function ViewerNavLinks() {
  const { t } = useI18n();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <>
      {hasRole(viewer, ['PRODUCER_EDITOR']) && (
        <>
          <NavLink to="/my/products">{t('account.myProducts')}</NavLink>
          <NavLink to="/my/labels">{t('labels.nav')}</NavLink>
        </>
      )}
      {hasRole(viewer, OFFICIAL_ROLES) && <NavLink to="/official">{t('account.officialWork')}</NavLink>}
      {hasRole(viewer, ['ADMINISTRATOR']) && (
        <>
          <NavLink to="/admin/users">{t('admin.nav')}</NavLink>
          <NavLink to="/admin/partners">{t('partners.nav')}</NavLink>
        </>
      )}
    </>
  );
}
