import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { hasRole, useViewer, type Viewer } from '../../app/viewer';
import { EmptyState, ErrorState, Loading } from '../PageState';
import { loginHref } from './loginHref';

/**
 * A page for people with one of `roles`: the public is sent to the login page (and brought back
 * here afterwards); a logged-in person without the role is told so. The API checks every
 * write again; this only spares people a form they could not send.
 */
export function RequireRole({
  roles,
  children,
}: {
  roles: readonly Role[];
  children: (viewer: Viewer) => ReactNode;
}) {
  const { t } = useI18n();
  const location = useLocation();
  const { viewer, loading, error, refetch } = useViewer();
  if (loading) return <Loading />;
  if (error && !viewer) return <ErrorState onRetry={() => void refetch()} />;
  if (!viewer)
    return (
      <Navigate to={loginHref(location.pathname + location.search)} state={{ loginRequired: true }} replace />
    );
  if (!hasRole(viewer, roles)) return <EmptyState title={t('account.notAllowed')} />;
  return <>{children(viewer)}</>;
}
