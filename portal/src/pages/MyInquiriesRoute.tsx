import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import type { InquiryStatus } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { hasRole, PRODUCER_ROLES, type Viewer } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { InquiryRow } from '../components/inquiry/InquiryRow';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const MyInquiriesRouteQuery = graphql(`
  query MyInquiriesRouteQuery($filter: InquiryFilter, $after: String) {
    inquiries(filter: $filter, first: 20, after: $after) {
      totalCount
      edges {
        cursor
        node {
          id
          ...InquiryRow_inquiry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const INBOX_TABS: readonly InquiryStatus[] = ['NEW', 'ANSWERED', 'CLOSED'];

/** The tab the URL names (`?status=ANSWERED`), new by default. */
function tabOf(params: URLSearchParams): InquiryStatus {
  const status = params.get('status');
  return (INBOX_TABS as readonly string[]).includes(status ?? '') ? (status as InquiryStatus) : 'NEW';
}

/** `/my/inquiries`: the producer editor's inbox of inquiries, by status, newest first, a page at a time. */
export default function MyInquiriesRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{(viewer) => <Inbox viewer={viewer} />}</RequireRole>;
}

function Inbox({ viewer }: { viewer: Viewer }) {
  const { t, tp, formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const tab = tabOf(params);
  const { data, error, refetch, fetchMore, loading } = useQuery(MyInquiriesRouteQuery, {
    variables: { filter: { status: tab } },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [more, setMore] = useState(false);
  const admin = hasRole(viewer, ['ADMINISTRATOR']);
  const producers = viewer.roles.flatMap((r) => (r.producer ? [r.producer.name] : []));
  const list = data?.inquiries;

  return (
    <div className="inquiry-inbox">
      <title>{`${t('inquiry.inboxTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('inquiry.inboxTitle')}</h1>
        <p className="page-lead">
          {admin && producers.length === 0
            ? t('inquiry.inboxLeadAll')
            : t('inquiry.inboxLead', { producer: producers.join(', ') })}
        </p>
      </header>
      <nav className="inquiry-tabs" aria-label={t('inquiry.tabs')}>
        {INBOX_TABS.map((status) => (
          <Link
            key={status}
            to={`?status=${status}`}
            className={status === tab ? 'inquiry-tab is-current' : 'inquiry-tab'}
            aria-current={status === tab ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              setParams(new URLSearchParams({ status }));
            }}
          >
            {t(`inquiry.tab.${status}`)}
          </Link>
        ))}
      </nav>
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !list ? (
        <Loading />
      ) : list.edges.length === 0 ? (
        <EmptyState title={t('inquiry.empty')} />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {tp('inquiry.shown', list.edges.length, { total: formatNumber(list.totalCount) })}
          </p>
          <ul className="inquiry-list">
            {list.edges.map((edge) => (
              <InquiryRow
                key={edge.node.id}
                inquiry={edge.node}
                showProducer={admin || producers.length > 1}
              />
            ))}
          </ul>
          {list.pageInfo.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button-secondary"
                disabled={more || loading}
                onClick={() => {
                  setMore(true);
                  void fetchMore({ variables: { after: list.pageInfo.endCursor } }).finally(() =>
                    setMore(false),
                  );
                }}
              >
                {more && <span className="spinner" aria-hidden="true" />}
                {t('inquiry.more')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
