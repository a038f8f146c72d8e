import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { PRODUCER_ROLES } from '../app/viewer';
import { RequireRole } from '../components/account/RequireRole';
import { PhotoGallery } from '../components/photo/PhotoGallery';
import { PhotoUploader } from '../components/photo/PhotoUploader';
import { formatBytes, PHOTO_MAX_BYTES } from '../components/photo/uploadPhoto';
import { EmptyState, ErrorState, Loading } from '../components/PageState';

export const ProductPhotosRouteQuery = graphql(`
  query ProductPhotosRouteQuery($id: ID!) {
    ocopProduct(id: $id) {
      id
      name
      photos {
        id
        ...PhotoGallery_photo
      }
    }
  }
`);

/** A product's photos for its producer's editors: the gallery and adding one. */
export default function ProductPhotosRoute() {
  return <RequireRole roles={PRODUCER_ROLES}>{() => <ProductPhotos />}</RequireRole>;
}

function ProductPhotos() {
  const { t, locale } = useI18n();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ProductPhotosRouteQuery, { variables: { id } });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const product = data.ocopProduct;
  if (!product) return <EmptyState title={t('product.notFound')} />;
  return (
    <div className="product-photos">
      <title>{`${t('listing.photosTitle')} · ${product.name} · ${t('app.name')}`}</title>
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
          {t('listing.photosTitle')}: <span lang="vi">{product.name}</span>
        </h1>
        <p className="page-lead">{t('listing.photosLead', { max: formatBytes(PHOTO_MAX_BYTES, locale) })}</p>
      </header>
      <PhotoUploader productId={product.id} />
      <section className="product-section" aria-label={t('listing.photosTitle')}>
        <PhotoGallery photos={product.photos} productName={product.name} />
      </section>
      <p>
        <Link to={`/products/${encodeURIComponent(product.id)}`}>{t('listing.publicPage')}</Link>
      </p>
    </div>
  );
}
