import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { CertificateBadge } from '../certificate/CertificateBadge';
import { MinusIcon } from '../icons';
import { Stars } from '../Stars';
import { usePlatformToday } from '../../app/platformToday';

/** A valid certificate this close to its end: its editor is told to prepare the renewal. */
export const RENEWAL_NOTICE_DAYS = 90;
const DAY_MS = 86_400_000;

export const MyProductCard_product = graphql(`
  fragment MyProductCard_product on OcopProduct {
    id
    name
    stars
    certificateStatus
    currentCertificate {
      id
      expiresOn
    }
    photos {
      id
    }
    listings {
      id
      unit
      packaging
      priceVnd
      availability
    }
  }
`);

/**
 * One of the producer's products as its editor sees it: each listing with its price, unit and
 * availability and a way to edit it; the product's photos and its public page.
 */
export function MyProductCard({ product: ref }: { product: FragmentType<typeof MyProductCard_product> }) {
  const { t, tp, formatVnd, formatDate } = useI18n();
  const product = getFragmentData(MyProductCard_product, ref);
  const today = usePlatformToday();
  // Days between two ISO days of the platform (never the browser's clock).
  const daysLeft =
    today && product.currentCertificate && product.certificateStatus === 'VALID'
      ? Math.round((Date.parse(product.currentCertificate.expiresOn) - Date.parse(today)) / DAY_MS)
      : null;
  const productId = encodeURIComponent(product.id);
  return (
    <article className="card my-product" aria-labelledby={`p-${product.id}`}>
      <header className="my-product-head">
        <h2 id={`p-${product.id}`} lang="vi">
          {product.name}
        </h2>
        <div className="my-product-rating">
          {product.currentCertificate ? (
            <>
              <Stars count={product.stars} />
              <CertificateBadge
                status={product.certificateStatus}
                expiresOn={product.currentCertificate.expiresOn}
              />
            </>
          ) : (
            // A proposed product, never certified: said in so many words, as it is not OCOP yet.
            <span className="badge badge-none" data-status="NONE">
              <MinusIcon size={14} strokeWidth={2.5} />
              {t('listing.notCertified')}
            </span>
          )}
        </div>
      </header>
      {daysLeft !== null && daysLeft <= RENEWAL_NOTICE_DAYS && (
        <p className="form-alert renewal-notice" role="status">
          {tp('listing.renewalNotice', daysLeft, { date: formatDate(product.currentCertificate!.expiresOn) })}
        </p>
      )}
      {product.listings.length === 0 ? (
        <p className="muted">{t('listing.noListings')}</p>
      ) : (
        <ul className="my-listings">
          {product.listings.map((l) => (
            <li key={l.id} className="my-listing">
              <div className="my-listing-main">
                <p className="my-listing-price">
                  <strong>
                    {l.priceVnd !== null && l.priceVnd !== undefined
                      ? formatVnd(l.priceVnd)
                      : t('product.priceOnRequest')}
                  </strong>
                  <span className="listing-unit"> / {l.unit}</span>
                </p>
                {l.packaging && <p className="my-listing-packaging muted">{l.packaging}</p>}
                <span className={`availability availability-${l.availability.toLowerCase()}`}>
                  {t(`product.availability.${l.availability}`)}
                </span>
              </div>
              <Link
                to={`/my/listings/${encodeURIComponent(l.id)}`}
                className="button button-secondary my-listing-edit"
                aria-label={t('listing.editListing', { unit: l.unit })}
              >
                {t('listing.edit')}
              </Link>
            </li>
          ))}
        </ul>
      )}
      <footer className="my-product-links">
        <Link
          to={`/my/products/${productId}/listings/new`}
          aria-label={t('listing.addListingFor', { product: product.name })}
        >
          + {t('listing.addListing')}
        </Link>
        <Link to={`/my/products/${productId}/photos`}>
          {t('listing.photos')} ({tp('listing.photoCount', product.photos.length)})
        </Link>
        <Link to={`/my/products/${productId}/details`}>{t('buyer.editLink')}</Link>
        <Link to={`/products/${productId}`}>{t('listing.publicPage')}</Link>
      </footer>
    </article>
  );
}
