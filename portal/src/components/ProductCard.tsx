import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../gql';
import { useI18n } from '../i18n/i18n';
import { DemoBadge } from './DemoBadge';
import { CertificateBadge } from './certificate/CertificateBadge';
import { useBadgeStatus } from './certificate/certificateStatus';
import { PinIcon } from './icons';
import { ProductVisual } from './product/ProductVisual';
import { CompareToggle } from './compare/CompareToggle';
import { inLocale } from './compare/buyerText';
import { Stars } from './Stars';

export const ProductCard_product = graphql(`
  fragment ProductCard_product on OcopProduct {
    id
    name
    nameEn
    stars
    demo
    coverPhoto {
      id
      url
      width
      height
      altVi
      altEn
    }
    certificateStatus
    currentCertificate {
      id
      expiresOn
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
    }
    producer {
      id
      name
    }
    originCommune {
      id
      name
      parent {
        id
        name
      }
    }
    listings {
      id
      priceVnd
      unit
    }
  }
`);

/** The path of a product's page (IDs are opaque: always encoded). */
export function productHref(id: string): string {
  return `/products/${encodeURIComponent(id)}`;
}

/**
 * A product in a list: picture, group, name (the link: the whole card is clickable), stars,
 * producer, place and a price. The certificate badge appears when the product is not
 * certified today, so an expired one is never mistaken for a valid one.
 */
export function ProductCard({ product: ref }: { product: FragmentType<typeof ProductCard_product> }) {
  const { t, locale, formatVnd } = useI18n();
  const product = getFragmentData(ProductCard_product, ref);
  const group = product.classification?.group;
  const status = useBadgeStatus(product.certificateStatus, product.currentCertificate?.expiresOn);
  // The producer's first listing with a price (units differ between listings: no "from" price).
  const priced = product.listings.find((l) => l.priceVnd !== null && l.priceVnd !== undefined);
  const price = priced?.priceVnd;
  const place = [product.originCommune?.name, product.originCommune?.parent?.name].filter(Boolean).join(', ');
  const title = inLocale(locale, product.name, product.nameEn);
  const cover = product.coverPhoto?.url ? product.coverPhoto : null;
  return (
    <article className="product-card">
      <ProductVisual
        sectorCode={product.classification?.sector.code}
        lazy
        photo={
          cover?.url
            ? {
                url: cover.url,
                // The name is next to it: the photo's own caption, else nothing more to say.
                alt: (locale === 'en' ? cover.altEn : null) ?? cover.altVi ?? '',
                width: cover.width,
                height: cover.height,
              }
            : null
        }
      />
      <div className="product-card-body">
        {group && <p className="product-card-group">{locale === 'vi' ? group.nameVi : group.nameEn}</p>}
        <h3 className="product-card-title" lang={title.lang}>
          <Link to={productHref(product.id)} className="card-link">
            {title.text}
          </Link>
          {title.marked && (
            <span className="lang-mark" lang="en">
              {' '}
              {t('buyer.vietnameseMark')}
            </span>
          )}
        </h3>
        <div className="product-card-rating">
          <Stars count={product.stars} />
          {status !== 'VALID' && (
            <CertificateBadge
              status={product.certificateStatus}
              expiresOn={product.currentCertificate?.expiresOn}
            />
          )}
          <DemoBadge demo={product.demo} />
        </div>
        <p className="product-card-producer" lang="vi">
          {product.producer.name}
        </p>
        {place && (
          <p className="product-card-place muted">
            <PinIcon size={14} /> {place}
          </p>
        )}
        {priced && price !== null && price !== undefined && (
          <p className="product-card-price">
            {t('catalogue.pricePer', { price: formatVnd(price), unit: priced.unit })}
          </p>
        )}
        <CompareToggle productId={product.id} name={title.text} />
      </div>
    </article>
  );
}
