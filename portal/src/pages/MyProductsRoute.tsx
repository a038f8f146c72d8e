import { skipToken, useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES, type Viewer } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { MyProductCard } from '../components/listing/MyProductCard';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

// The producer is asked for by id rather than through `viewer.roles`: the API's cost estimate
// counts a list of roles as ten, and ten producers' products would exceed its limit.
export const MyProductsRouteQuery = graphql(`
  query MyProductsRouteQuery($producerId: ID!) {
    today
    producer(id: $producerId) {
      id
      name
      products(first: 50) {
        nodes {
          id
          ...MyProductCard_product
        }
      }
    }
  }
`);

/** "My products": the products of the producer a producer editor works for, to keep their listings. */
export default function MyProductsRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{(viewer) => <MyProducts viewer={viewer} />}</RequireRole>;
}

function MyProducts({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const producers = viewer.roles.flatMap((grant) => (grant.producer ? [grant.producer] : []));
  const chosen = producers.find((p) => p.id === params.get('producer')) ?? producers[0];
  const { data, error, refetch } = useQuery(
    MyProductsRouteQuery,
    chosen ? { variables: { producerId: chosen.id }, fetchPolicy: 'cache-and-network' } : skipToken,
  );

  if (!chosen) return <EmptyState title={t('listing.noProducer')} />;
  const producer = data?.producer;
  return (
    <div className="my-products">
      <title>{`${t('listing.myProductsTitle')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('listing.myProductsTitle')}</h1>
        <p className="page-lead">{t('listing.myProductsLead', { producer: chosen.name })}</p>
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
        <Link
          to={
            producers.length > 1
              ? `/my/products/new?producer=${encodeURIComponent(chosen.id)}`
              : '/my/products/new'
          }
          className="button"
        >
          + {t('listing.propose')}
        </Link>
      </header>
      {error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !producer ? (
        <Loading />
      ) : producer.products.nodes.length === 0 ? (
        <EmptyState title={t('listing.noProducts')} />
      ) : (
        <div className="my-product-list">
          {producer.products.nodes.map((p) => (
            <MyProductCard key={p.id} product={p} />
          ))}
        </div>
      )}
    </div>
  );
}
