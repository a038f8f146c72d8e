import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { Role, UserFilter, UserStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { RequireRole } from '../../components/account/RequireRole';
import { InviteForm } from '../../components/admin/InviteForm';
import { ROLES } from '../../components/admin/RoleTargetFields';
import { UserRow } from '../../components/admin/UserRow';
import { EmptyState, ErrorState, Loading } from '../../components/PageState';

export const UsersRouteQuery = graphql(`
  query UsersRouteQuery($filter: UserFilter, $after: String) {
    users(first: 20, filter: $filter, after: $after) {
      totalCount
      edges {
        node {
          id
          ...UserRow_user
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const STATUSES: readonly UserStatus[] = ['ACTIVE', 'INVITED', 'DISABLED'];
const ADMINISTRATOR: readonly Role[] = ['ADMINISTRATOR'];

/** The filter in the URL (?q=&role=&status=), so that a filtered list can be shared and reloaded. */
function filterOf(params: URLSearchParams): UserFilter | undefined {
  const filter: UserFilter = {};
  const q = params.get('q')?.trim();
  // The API takes at most 200 characters (UserFilter.search): a longer URL is cut, not refused.
  if (q) filter.search = q.slice(0, 200);
  const role = params.get('role') as Role | null;
  if (role && ROLES.includes(role)) filter.role = role;
  const status = params.get('status') as UserStatus | null;
  if (status && STATUSES.includes(status)) filter.status = status;
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The administrators' users page: the accounts (filtered, a page at a time) and invitations. */
export default function UsersRoute() {
  return <RequireRole roles={ADMINISTRATOR}>{() => <Users />}</RequireRole>;
}

function Users() {
  const { t, tp, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  // Always from the network: accounts change under other administrators' hands.
  const { data, error, refetch, fetchMore, loading } = useQuery(UsersRouteQuery, {
    variables: { filter },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const [more, setMore] = useState(false);
  const [inviting, setInviting] = useState(false);

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['q', 'role', 'status']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };
  const reload = () => void refetch();
  const users = data?.users;

  return (
    <div className="official-page users-page">
      <title>{`${t('admin.usersTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('admin.usersTitle')}</h1>
        <p className="page-lead">{t('admin.usersLead')}</p>
        {!inviting && (
          <button type="button" className="button" onClick={() => setInviting(true)}>
            + {t('admin.invite')}
          </button>
        )}
      </header>
      {inviting && (
        <section className="card invite-card" aria-labelledby="invite-title">
          <h2 id="invite-title">{t('admin.inviteTitle')}</h2>
          <p className="muted">{t('admin.inviteLead')}</p>
          <InviteForm onInvited={reload} />
        </section>
      )}
      <form className="audit-filters card" onSubmit={onFilter} key={params.toString()} role="search">
        <div className="field">
          <label htmlFor="users-q">{t('admin.search')}</label>
          <input id="users-q" name="q" type="search" defaultValue={params.get('q') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="users-role">{t('admin.role')}</label>
          <select id="users-role" name="role" defaultValue={params.get('role') ?? ''}>
            <option value="">{t('admin.all')}</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`account.role.${r}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="users-status">{t('admin.status')}</label>
          <select id="users-status" name="status" defaultValue={params.get('status') ?? ''}>
            <option value="">{t('admin.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`admin.statusName.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="audit-filter-buttons">
          <button type="submit" className="button">
            {t('admin.apply')}
          </button>
          {filter && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setParams(new URLSearchParams())}
            >
              {t('admin.clear')}
            </button>
          )}
        </div>
      </form>

      {error && !data ? (
        <ErrorState onRetry={reload} />
      ) : !users ? (
        <Loading />
      ) : users.edges.length === 0 ? (
        <EmptyState title={t('admin.empty')} />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {tp('admin.shown', users.totalCount, { shown: formatNumber(users.edges.length) })}
          </p>
          <ul className="user-list">
            {users.edges.map((edge) => (
              <UserRow key={edge.node.id} user={edge.node} onReload={reload} />
            ))}
          </ul>
          {users.pageInfo.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button-secondary"
                disabled={more || loading}
                onClick={() => {
                  setMore(true);
                  void fetchMore({ variables: { after: users.pageInfo.endCursor } }).finally(() =>
                    setMore(false),
                  );
                }}
              >
                {more && <span className="spinner" aria-hidden="true" />}
                {t('admin.loadMore')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
