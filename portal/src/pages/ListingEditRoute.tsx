import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { ListingEditForm } from '../components/listing/ListingEditForm';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const ListingEditRouteQuery = graphql(`
  query ListingEditRouteQuery($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on ProductListing {
        unit
        product {
          id
          name
          producer {
            id
            name
          }
        }
        ...ListingEditForm_listing
      }
    }
  }
`);

/** The edit page of one listing, for its producer's editors. */
export default function ListingEditRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{() => <ListingEdit />}</RequireRole>;
}

function ListingEdit() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  // Always from the server: an edit must start from the listing's current version.
  const { data, error, refetch } = useQuery(ListingEditRouteQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });

  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const node = data.node;
  const listing = node?.__typename === 'ProductListing' ? node : null;
  if (!listing)
    return (
      <EmptyState title={t('listing.notFound')}>
        <Link to="/my/products" className="button">
          {t('listing.backToMyProducts')}
        </Link>
      </EmptyState>
    );
  return (
    <div className="listing-edit">
      <title>{`${t('listing.editTitle')} · ${listing.product.name} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/my/products">{t('listing.myProductsTitle')}</Link>
          </li>
          <li aria-current="page">{listing.product.name}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>
          {t('listing.editTitle')}: <span lang="vi">{listing.product.name}</span>
        </h1>
        <p className="page-lead">
          {listing.unit} · {listing.product.producer.name}
        </p>
      </header>
      <ListingEditForm
        key={listing.id}
        listing={listing}
        productId={listing.product.id}
        productName={listing.product.name}
      />
    </div>
  );
}
