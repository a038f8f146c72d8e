import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { ListingCreateForm } from '../components/listing/ListingCreateForm';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const ListingCreateRouteQuery = graphql(`
  query ListingCreateRouteQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on OcopProduct {
        name
        producer {
          id
          name
        }
      }
    }
  }
`);

/** Adding a listing (a way to buy) to one of the producer's products. */
export default function ListingCreateRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{() => <ListingCreate />}</RequireRole>;
}

function ListingCreate() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ListingCreateRouteQuery, { variables: { id } });

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const product = data.node?.__typename === 'OcopProduct' ? data.node : null;
  if (!product)
    return (
      <EmptyState title={t('listing.productNotFound')}>
        <Link to="/my/products" className="button">
          {t('listing.backToMyProducts')}
        </Link>
      </EmptyState>
    );
  return (
    <div className="listing-edit">
      <title>{`${t('listing.addListingTitle')} · ${product.name} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/my/products">{t('listing.myProductsTitle')}</Link>
          </li>
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>
          {t('listing.addListingTitle')}: <span lang="vi">{product.name}</span>
        </h1>
        <p className="page-lead">{product.producer.name}</p>
        <p className="muted">{t('listing.addListingLead')}</p>
      </header>
      <ListingCreateForm key={product.id} productId={product.id} />
    </div>
  );
}
