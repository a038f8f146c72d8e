import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES, type Viewer } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { ProductProposeForm } from '../components/listing/ProductProposeForm';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const ProductProposeRouteQuery = graphql(`
  query ProductProposeRouteQuery {
    ocopSectors {
      code
      ...ProductProposeForm_sector
    }
  }
`);

/** Proposing a new product, for a producer editor (their producer from their role). */
export default function ProductProposeRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{(viewer) => <ProductPropose viewer={viewer} />}</RequireRole>;
}

function ProductPropose({ viewer }: { viewer: Viewer }) {
  const { t } = useI18n();
  const [params] = useSearchParams();
  // The producer chosen on "My products" (?producer=), only among those of the editor's roles.
  const producers = viewer.roles.flatMap((grant) => (grant.producer ? [grant.producer] : []));
  const chosen = producers.find((p) => p.id === params.get('producer')) ?? producers[0];
  const { data, error, refetch } = useQuery(ProductProposeRouteQuery);

  if (!chosen) return <EmptyState title={t('listing.noProducer')} />;
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  return (
    <div className="listing-edit">
      <title>{`${t('listing.proposeTitle')} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/my/products">{t('listing.myProductsTitle')}</Link>
          </li>
          <li aria-current="page">{t('listing.proposeTitle')}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t('listing.proposeTitle')}</h1>
        <p className="page-lead">{t('listing.proposeLead')}</p>
      </header>
      <ProductProposeForm sectors={data.ocopSectors} producer={chosen} nameProducer={producers.length > 1} />
    </div>
  );
}
