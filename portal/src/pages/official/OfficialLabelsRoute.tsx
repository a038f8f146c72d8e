import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { OFFICIAL_ROLES, type Viewer } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { officialScope } from '../../components/official/scope';
import { ErrorState, Loading } from '../../components/PageState';
import { LabelBatchList } from '../../components/labels/LabelBatchList';

export const OfficialLabelsRouteQuery = graphql(`
  query OfficialLabelsRouteQuery($filter: LabelBatchFilter, $after: String) {
    labelBatches(first: 20, after: $after, filter: $filter) {
      nodes {
        id
        ...LabelBatchCard_batch
      }
      pageInfo {
        hasNextPage
        endCursor
      }
      totalCount
    }
  }
`);

/**
 * The label batches of products in the official's units (all of them for an administrator; the
 * API applies the scope): by unit code, suspicious only, recalled only (the URL holds the
 * filter). Checks made after a certificate ended stand out on each batch; a batch can be recalled.
 */
export default function OfficialLabelsRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <OfficialLabels viewer={viewer} />}</RequireRole>;
}

function OfficialLabels({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const id = useId();
  const scope = officialScope(viewer);
  const [params, setParams] = useSearchParams();
  const unitCode = params.get('unit')?.trim() || null;
  const suspiciousOnly = params.get('suspicious') === '1';
  const recalled = params.get('recalled') === '1';
  const [typedUnit, setTypedUnit] = useState(unitCode ?? '');
  const filter = {
    ...(unitCode ? { unitCode } : {}),
    ...(suspiciousOnly ? { suspiciousOnly: true } : {}),
    ...(recalled ? { recalled: true } : {}),
  };
  const { data, error, refetch, fetchMore } = useQuery(OfficialLabelsRouteQuery, {
    variables: { filter },
    fetchPolicy: 'cache-and-network',
  });
  const setFlag = (name: string, on: boolean) => {
    const next = new URLSearchParams(params);
    if (on) next.set(name, '1');
    else next.delete(name);
    setParams(next);
  };

  return (
    <div className="official-page official-labels">
      <title>{`${t('labels.officialTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('labels.officialTitle')}</h1>
        <p className="page-lead">
          {scope.kind === 'all'
            ? t('labels.officialLeadAll')
            : t('labels.officialLead', { unit: scope.name })}
        </p>
      </header>
      <form
        className="card label-filter"
        onSubmit={(e) => {
          e.preventDefault();
          const next = new URLSearchParams(params);
          if (typedUnit.trim()) next.set('unit', typedUnit.trim());
          else next.delete('unit');
          setParams(next);
        }}
      >
        <div className="field">
          <label htmlFor={`${id}-unit`}>{t('labels.filterUnit')}</label>
          <div className="verify-form-row">
            <input
              id={`${id}-unit`}
              type="text"
              inputMode="numeric"
              value={typedUnit}
              autoComplete="off"
              onChange={(e) => setTypedUnit(e.target.value)}
            />
            <button type="submit" className="button">
              {t('labels.filterApply')}
            </button>
          </div>
        </div>
        <label className="checkbox-label">
          <input
            type="checkbox"
            checked={suspiciousOnly}
            onChange={(e) => setFlag('suspicious', e.target.checked)}
          />{' '}
          {t('labels.filterSuspicious')}
        </label>
        <label className="checkbox-label">
          <input type="checkbox" checked={recalled} onChange={(e) => setFlag('recalled', e.target.checked)} />{' '}
          {t('labels.filterRecalled')}
        </label>
      </form>
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !data ? (
        <Loading />
      ) : (
        <LabelBatchList
          nodes={data.labelBatches.nodes}
          totalCount={data.labelBatches.totalCount}
          hasNextPage={data.labelBatches.pageInfo.hasNextPage}
          onLoadMore={() => fetchMore({ variables: { after: data.labelBatches.pageInfo.endCursor } })}
          showProducer
          downloads={scope.kind === 'all' && viewer.roles.some((r) => r.role === 'ADMINISTRATOR')}
        />
      )}
    </div>
  );
}
