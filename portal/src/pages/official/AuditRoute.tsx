import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { AuditLogFilter, AuditOutcome } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { OFFICIAL_ROLES } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { AuditEntryRow } from '../../components/official/AuditEntryRow';
import { EmptyState, ErrorState, Loading } from '../../components/PageState';

export const AuditRouteQuery = graphql(`
  query AuditRouteQuery($filter: AuditLogFilter, $after: String) {
    auditLog(first: 25, filter: $filter, after: $after) {
      edges {
        cursor
        node {
          id
          ...AuditEntryRow_entry
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const OUTCOMES: readonly AuditOutcome[] = ['APPLIED', 'REJECTED', 'DENIED'];
const ACTIONS = [
  'login',
  'logout',
  'productListingUpdate',
  'photoUpload',
  'productPhotoAdd',
  'productPhotoRemove',
  'evaluationRecord',
  'ocopCertificationRecord',
  'recognitionRecord',
  'partnerUpdate',
  'apiKeyIssue',
  'webhookEndpointCreate',
  'webhookEndpointUpdate',
  'webhookEndpointDelete',
];
const FILTER_KEYS = ['outcome', 'action', 'entityType', 'since', 'until'] as const;

/** The start of a day in Vietnam as an instant: the filters speak in days, the API in instants. */
const dayStart = (day: string, plusDays = 0) => {
  const d = new Date(`${day}T00:00:00+07:00`);
  d.setUTCDate(d.getUTCDate() + plusDays);
  return d.toISOString();
};

/** The filter the URL describes (so that a filtered view can be shared and reloaded). */
function filterOf(params: URLSearchParams): AuditLogFilter | undefined {
  const filter: AuditLogFilter = {};
  const outcome = params.get('outcome');
  if (outcome && (OUTCOMES as readonly string[]).includes(outcome)) filter.outcome = outcome as AuditOutcome;
  if (params.get('action')) filter.action = params.get('action')!;
  if (params.get('entityType')) filter.entityType = params.get('entityType')!;
  const since = params.get('since');
  if (since && /^\d{4}-\d{2}-\d{2}$/.test(since)) filter.since = dayStart(since);
  const until = params.get('until');
  if (until && /^\d{4}-\d{2}-\d{2}$/.test(until)) filter.until = dayStart(until, 1);
  return Object.keys(filter).length > 0 ? filter : undefined;
}

/** The audit log for officials and administrators: newest first, filtered, a page at a time. */
export default function AuditRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{() => <AuditLog />}</RequireRole>;
}

function AuditLog() {
  const { t, tp } = useI18n();
  const [params, setParams] = useSearchParams();
  const filter = filterOf(params);
  const { data, error, refetch, fetchMore, loading } = useQuery(AuditRouteQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const [more, setMore] = useState(false);

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const log = data?.auditLog;
  return (
    <div className="official-page audit-page">
      <title>{`${t('official.auditTitle')} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/official">{t('official.hubTitle')}</Link>
          </li>
          <li aria-current="page">{t('official.auditTitle')}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t('official.auditTitle')}</h1>
        <p className="page-lead">{t('official.auditLead')}</p>
      </header>
      <form className="audit-filters card" onSubmit={onFilter} key={params.toString()}>
        <div className="field">
          <label htmlFor="audit-outcome">{t('official.filterOutcome')}</label>
          <select id="audit-outcome" name="outcome" defaultValue={params.get('outcome') ?? ''}>
            <option value="">{t('official.filterAll')}</option>
            {OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {t(`official.outcome.${o}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="audit-action">{t('official.filterAction')}</label>
          <input
            id="audit-action"
            name="action"
            type="text"
            list="audit-actions"
            defaultValue={params.get('action') ?? ''}
          />
          <datalist id="audit-actions">
            {ACTIONS.map((a) => (
              <option key={a} value={a} />
            ))}
          </datalist>
        </div>
        <div className="field">
          <label htmlFor="audit-entity">{t('official.filterEntity')}</label>
          <input
            id="audit-entity"
            name="entityType"
            type="text"
            defaultValue={params.get('entityType') ?? ''}
          />
        </div>
        <div className="field">
          <label htmlFor="audit-since">{t('official.filterSince')}</label>
          <input id="audit-since" name="since" type="date" defaultValue={params.get('since') ?? ''} />
        </div>
        <div className="field">
          <label htmlFor="audit-until">{t('official.filterUntil')}</label>
          <input id="audit-until" name="until" type="date" defaultValue={params.get('until') ?? ''} />
        </div>
        <div className="audit-filter-buttons">
          <button type="submit" className="button">
            {t('official.filterApply')}
          </button>
          {filter && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setParams(new URLSearchParams())}
            >
              {t('official.filterClear')}
            </button>
          )}
        </div>
      </form>

      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !log ? (
        <Loading />
      ) : log.edges.length === 0 ? (
        <EmptyState title={t('official.auditEmpty')} />
      ) : (
        <>
          <p className="muted small" aria-live="polite">
            {tp('official.shown', log.edges.length)}
          </p>
          <div className="audit-table-wrap">
            <table className="audit-table">
              <thead>
                <tr>
                  <th scope="col">{t('official.when')}</th>
                  <th scope="col">{t('official.who')}</th>
                  <th scope="col">{t('official.what')}</th>
                  <th scope="col">{t('official.change')}</th>
                </tr>
              </thead>
              <tbody>
                {log.edges.map((edge) => (
                  <AuditEntryRow key={edge.node.id} entry={edge.node} />
                ))}
              </tbody>
            </table>
          </div>
          {log.pageInfo.hasNextPage && (
            <div className="load-more">
              <button
                type="button"
                className="button button-secondary"
                disabled={more || loading}
                onClick={() => {
                  setMore(true);
                  void fetchMore({ variables: { after: log.pageInfo.endCursor } }).finally(() =>
                    setMore(false),
                  );
                }}
              >
                {more && <span className="spinner" aria-hidden="true" />}
                {t('official.loadMore')}
              </button>
            </div>
          )}
        </>
      )}
    </div>
  );
}
