import { CombinedGraphQLErrors } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { catalogueHref } from '../components/catalogue/catalogueUrl';
import { CertificateBadge } from '../components/certificate/CertificateBadge';
import { CertificateCard } from '../components/certificate/CertificateCard';
import { CertificateHistory } from '../components/certificate/CertificateHistory';
import { PinIcon } from '../components/icons';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { ListingCard } from '../components/product/ListingCard';
import { OriginCommune } from '../components/product/OriginCommune';
import { ProducerCard } from '../components/product/ProducerCard';
import { ProductVisual } from '../components/product/ProductVisual';
import { Stars } from '../components/Stars';
import { DemoBadge } from '../components/DemoBadge';
import { inLocale } from '../components/compare/buyerText';
import { capacityText } from '../components/compare/capacityText';
import { CompareToggle } from '../components/compare/CompareToggle';
import { QualityCertifications } from '../components/compare/QualityCertifications';
import { InquiryButton } from '../components/inquiry/InquiryButton';

export const ProductRouteQuery = graphql(`
  query ProductRouteQuery($id: ID!) {
    today
    ocopProduct(id: $id) {
      id
      name
      nameEn
      demo
      stars
      description
      descriptionEn
      certificateStatus
      shelfLifeDays
      storageInstructions
      capacity {
        quantity
        unit
        period
      }
      ...QualityCertifications_product
      photos {
        id
        url
        altVi
        altEn
        width
        height
      }
      classification {
        sector {
          code
          nameVi
          nameEn
        }
        group {
          code
          nameVi
          nameEn
        }
        productSet {
          code
          nameVi
          nameEn
        }
      }
      currentCertificate {
        id
        expiresOn
        ...CertificateCard_certificate
      }
      ...CertificateHistory_product
      listings {
        id
        ...ListingCard_listing
      }
      producer {
        id
        name
        ...ProducerCard_producer
      }
      originCommune {
        id
        fullName
        parent {
          id
          fullName
        }
        ...OriginCommune_unit
      }
    }
  }
`);

/** An ID this API never issued is a BAD_USER_INPUT error: for a reader, a product not found. */
function isBadId(error: unknown): boolean {
  return (
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'BAD_USER_INPUT')
  );
}

/**
 * A product: what it is, its certificate (with the QR code of its check), where and at what
 * price to buy it, who makes it, and where it comes from.
 */
export default function ProductRoute() {
  const { t, tp, locale, formatNumber } = useI18n();
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(ProductRouteQuery, { variables: { id } });

  if (error && !data) {
    if (isBadId(error)) return <NotFound />;
    return <ErrorState onRetry={() => void refetch()} />;
  }
  if (!data) return <Loading />;
  const product = data.ocopProduct;
  if (!product) return <NotFound />;

  const c = product.classification;
  const photo = product.photos.find((p) => p.url);
  const name = (o: { nameVi: string; nameEn: string }) => (locale === 'vi' ? o.nameVi : o.nameEn);
  const place = product.originCommune
    ? [product.originCommune.fullName, product.originCommune.parent?.fullName].filter(Boolean).join(', ')
    : null;

  const title = inLocale(locale, product.name, product.nameEn);
  const description = product.description
    ? inLocale(locale, product.description, product.descriptionEn)
    : null;
  const capacity = capacityText({ t, formatNumber }, product.capacity);
  const mark = (marked: boolean) =>
    marked && (
      <span className="lang-mark" lang="en">
        {' '}
        {t('buyer.vietnameseMark')}
      </span>
    );

  return (
    <article className="product-page">
      <title>{`${title.text} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/products">{t('nav.products')}</Link>
          </li>
          {c && (
            <li>
              <Link to={catalogueHref({ sector: c.sector.code, group: c.group.code })}>{name(c.group)}</Link>
            </li>
          )}
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>

      <div className="product-hero">
        <ProductVisual
          sectorCode={c?.sector.code}
          size="hero"
          caption={t('product.noPhoto')}
          photo={
            photo?.url
              ? {
                  url: photo.url,
                  alt: (locale === 'en' ? photo.altEn : null) ?? photo.altVi ?? product.name,
                  width: photo.width,
                  height: photo.height,
                }
              : null
          }
        />
        <div className="product-summary">
          {c && (
            <p className="product-eyebrow">
              {name(c.sector)} · {name(c.group)}
            </p>
          )}
          <h1 lang={title.lang}>
            {title.text}
            {mark(title.marked)}
          </h1>
          {title.lang === 'en' && (
            <p className="product-name-vi muted" lang="vi">
              {product.name}
            </p>
          )}
          <div className="product-rating">
            <Stars count={product.stars} />
            <CertificateBadge
              status={product.certificateStatus}
              expiresOn={product.currentCertificate?.expiresOn}
              size="large"
            />
            <DemoBadge demo={product.demo} />
          </div>
          <p className="product-by">
            {t('product.madeBy')}{' '}
            <Link to={`/producers/${encodeURIComponent(product.producer.id)}`}>{product.producer.name}</Link>
          </p>
          {place && (
            <p className="product-place muted">
              <PinIcon size={16} /> {place}
            </p>
          )}
          {description && (
            <p className="product-description" lang={description.lang}>
              {description.text}
              {mark(description.marked)}
            </p>
          )}
          {c && (
            <p className="product-set muted">
              {t('product.productSet')}: {name(c.productSet)} ({c.productSet.code})
            </p>
          )}
          <div className="product-actions">
            <InquiryButton query={{ product: product.id }} name={title.text} />
            {product.listings.length > 0 && (
              <a href="#listings-title" className="button button-secondary product-buy">
                {t('product.whereToBuy')}
              </a>
            )}
            <CompareToggle productId={product.id} name={title.text} />
          </div>
        </div>
      </div>

      <div className="product-layout">
        <div className="product-certificate">
          {product.currentCertificate ? (
            <CertificateCard certificate={product.currentCertificate} />
          ) : (
            <section className="card certificate-card">
              <h2>{t('product.certificateTitle')}</h2>
              <CertificateBadge status={null} />
              <p className="muted">{t('product.neverCertified')}</p>
            </section>
          )}
        </div>

        <div className="product-main">
          <section aria-labelledby="listings-title" className="product-section">
            <h2 id="listings-title" tabIndex={-1}>
              {t('product.listingsTitle')}
            </h2>
            {product.listings.length === 0 ? (
              <p className="muted">{t('product.noListings')}</p>
            ) : (
              <div className="listings">
                {product.listings.map((listing) => (
                  <ListingCard key={listing.id} listing={listing} />
                ))}
              </div>
            )}
          </section>
          <section aria-labelledby="buyer-title" className="product-section">
            <h2 id="buyer-title">{t('buyer.title')}</h2>
            <dl className="buyer-facts">
              <div>
                <dt>{t('buyer.capacity')}</dt>
                <dd>{capacity ?? t('buyer.notStated')}</dd>
              </div>
              <div>
                <dt>{t('buyer.shelfLife')}</dt>
                <dd>
                  {product.shelfLifeDays
                    ? tp('buyer.shelfLifeDays', product.shelfLifeDays)
                    : t('buyer.notStated')}
                </dd>
              </div>
              <div>
                <dt>{t('buyer.storage')}</dt>
                {product.storageInstructions ? (
                  <dd lang="vi">
                    {product.storageInstructions}
                    {mark(locale === 'en')}
                  </dd>
                ) : (
                  <dd>{t('buyer.notStated')}</dd>
                )}
              </div>
            </dl>
            <h3 className="buyer-subtitle">{t('buyer.certifications')}</h3>
            <QualityCertifications product={product} />
          </section>
          <section aria-labelledby="history-title" className="product-section">
            <h2 id="history-title">{t('product.historyTitle')}</h2>
            <CertificateHistory product={product} />
          </section>
        </div>

        <div className="product-side">
          <ProducerCard producer={product.producer} />
          {product.originCommune && <OriginCommune commune={product.originCommune} />}
        </div>
      </div>
    </article>
  );
}

function NotFound() {
  const { t } = useI18n();
  return (
    <EmptyState page title={t('product.notFound')}>
      <Link to="/products" className="button">
        {t('product.backToCatalogue')}
      </Link>
    </EmptyState>
  );
}
