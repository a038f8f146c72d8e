import { skipToken, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES, type Viewer } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { LabelBatchForm } from '../components/labels/LabelBatchForm';
import { LabelBatchList } from '../components/labels/LabelBatchList';

export const MyLabelsRouteQuery = graphql(`
  query MyLabelsRouteQuery($producerId: ID!, $after: String) {
    today
    producer(id: $producerId) {
      id
      name
      products(first: 50) {
        nodes {
          id
          name
          certificateStatus
          listings {
            id
            unit
          }
        }
      }
    }
    labelBatches(first: 20, after: $after, filter: { producerId: $producerId }) {
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

/** The producer editor's labels: record a batch (and so its labels), download its sheet, follow its checks, recall it. */
export default function MyLabelsRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{(viewer) => <MyLabels viewer={viewer} />}</RequireRole>;
}

function MyLabels({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const producers = viewer.roles.flatMap((grant) => (grant.producer ? [grant.producer] : []));
  const chosen = producers.find((p) => p.id === params.get('producer')) ?? producers[0];
  const { data, error, refetch, fetchMore } = useQuery(
    MyLabelsRouteQuery,
    chosen ? { variables: { producerId: chosen.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  if (!chosen)
    return (
      <EmptyState title={t('listing.noProducer')}>
        {viewer.roles.some((r) => r.role === 'ADMINISTRATOR') && (
          <Link to="/official/labels" className="button">
            {t('labels.officialTitle')}
          </Link>
        )}
      </EmptyState>
    );
  const producer = data?.producer;
  return (
    <div className="my-labels">
      <title>{`${t('labels.myTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('labels.myTitle')}</h1>
        <p className="page-lead">{t('labels.myLead')}</p>
        <p className="muted">{chosen.name}</p>
        {producers.length > 1 && (
          <label className="sort-select">
            <span>{t('listing.chooseProducer')}</span>
            <select value={chosen.id} onChange={(e) => setParams({ producer: e.target.value })}>
              {producers.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </header>
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !data || !producer ? (
        <Loading />
      ) : (
        <>
          <LabelBatchForm
            key={producer.id}
            products={producer.products.nodes}
            today={data.today}
            onCreated={() => void refetch()}
          />
          <section className="label-batches" aria-labelledby="label-batches-heading">
            <h2 id="label-batches-heading">{t('labels.batches')}</h2>
            <LabelBatchList
              nodes={data.labelBatches.nodes}
              totalCount={data.labelBatches.totalCount}
              hasNextPage={data.labelBatches.pageInfo.hasNextPage}
              onLoadMore={() => fetchMore({ variables: { after: data.labelBatches.pageInfo.endCursor } })}
            />
          </section>
        </>
      )}
    </div>
  );
}
