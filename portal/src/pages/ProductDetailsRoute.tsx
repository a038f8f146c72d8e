import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { CertificationsEditor } from '../components/details/CertificationsEditor';
import { ProductDetailsForm } from '../components/details/ProductDetailsForm';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const ProductDetailsRouteQuery = graphql(`
  query ProductDetailsRouteQuery($id: ID!) {
    today
    node(id: $id) {
      __typename
      id
      ... on OcopProduct {
        name
        producer {
          id
          name
        }
        ...ProductDetailsForm_product
        ...CertificationsEditor_product
      }
    }
  }
`);

/** `/my/products/<id>/details`: what buyers read about a product, kept by its producer's editors. */
export default function ProductDetailsRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{() => <ProductDetails />}</RequireRole>;
}

function ProductDetails() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  // Always from the server: an edit starts from the current version.
  const { data, error, refetch } = useQuery(ProductDetailsRouteQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
  });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const product = data.node?.__typename === 'OcopProduct' ? data.node : null;
  if (!product)
    return (
      <EmptyState title={t('buyer.notFound')}>
        <Link to="/my/products" className="button">
          {t('buyer.back')}
        </Link>
      </EmptyState>
    );
  return (
    <div className="details-edit">
      <title>{`${t('buyer.editTitle')} · ${product.name} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/my/products">{t('listing.myProductsTitle')}</Link>
          </li>
          <li aria-current="page" lang="vi">
            {product.name}
          </li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>
          {t('buyer.editTitle')}: <span lang="vi">{product.name}</span>
        </h1>
        <p className="page-lead">{t('buyer.editLead')}</p>
      </header>
      <div className="details-layout">
        <ProductDetailsForm key={product.id} product={product} />
        <CertificationsEditor product={product} onChanged={() => refetch()} />
      </div>
    </div>
  );
}
