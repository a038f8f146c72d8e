import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useBadgeStatus } from '../certificate/certificateStatus';
import { useI18n } from '../../i18n/i18n';
import { SectorIcon } from '../icons';
import { Stars } from '../Stars';
import { inLocale } from '../compare/buyerText';

export const ProductTile_product = graphql(`
  fragment ProductTile_product on OcopProduct {
    id
    name
    nameEn
    stars
    certificateStatus
    coverPhoto {
      id
      url
      width
      height
    }
    currentCertificate {
      id
      expiresOn
      revokedOn
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
  }
`);

/**
 * A product as a card linking to its page: name, stars, OCOP group and the status today of its
 * current certificate, which never reads as valid once it has expired or been revoked (it comes
 * from the API's `certificateStatus`, never from the stars, with the badge's guard: past its
 * `expiresOn` on the platform's day it reads expired, and "checking" while that day is unknown).
 */
export function ProductTile(props: {
  product: FragmentType<typeof ProductTile_product>;
  showProducer?: boolean;
}) {
  const product = getFragmentData(ProductTile_product, props.product);
  const { t, locale, formatDate } = useI18n();
  const group = product.classification?.group;
  const sector = product.classification?.sector.code ?? 'none';
  const certificate = product.currentCertificate;
  const status = useBadgeStatus(product.certificateStatus, certificate?.expiresOn);
  const title = inLocale(locale, product.name, product.nameEn);

  let statusText: string;
  switch (status) {
    case 'VALID':
      statusText = t('producer.certificate.validUntil', { date: formatDate(certificate!.expiresOn) });
      break;
    case 'EXPIRED':
      statusText = t('producer.certificate.expiredOn', { date: formatDate(certificate!.expiresOn) });
      break;
    case 'REVOKED':
      statusText = certificate?.revokedOn
        ? t('producer.certificate.revokedOn', { date: formatDate(certificate.revokedOn) })
        : t('producer.certificate.revoked');
      break;
    case 'SUPERSEDED':
      statusText = t('producer.certificate.superseded');
      break;
    case 'UNCONFIRMED':
      statusText = t('product.status.UNCONFIRMED');
      break;
    default:
      statusText = t('producer.certificate.none');
  }
  const badgeClass = status === 'NONE' ? 'badge-superseded' : `badge-${status.toLowerCase()}`;

  return (
    <article className="card product-tile">
      {product.coverPhoto?.url ? (
        // Beside the name: decorative here (empty alt), loaded when near the screen, its room kept.
        <img
          className="product-tile-mark product-tile-photo"
          src={product.coverPhoto.url}
          alt=""
          width={product.coverPhoto.width ?? undefined}
          height={product.coverPhoto.height ?? undefined}
          loading="lazy"
          decoding="async"
        />
      ) : (
        <div className={`product-tile-mark tone-${sector}`} aria-hidden="true">
          <SectorIcon code={product.classification?.sector.code} size={30} strokeWidth={1.75} />
        </div>
      )}
      <div className="product-tile-body">
        {group && <p className="eyebrow">{locale === 'vi' ? group.nameVi : group.nameEn}</p>}
        <h3 className="product-tile-name" lang={title.lang}>
          <Link to={`/products/${encodeURIComponent(product.id)}`} className="tile-link">
            {title.text}
          </Link>
          {title.marked && (
            <span className="lang-mark" lang="en">
              {' '}
              {t('buyer.vietnameseMark')}
            </span>
          )}
        </h3>
        {props.showProducer && <p className="small muted">{product.producer.name}</p>}
        <Stars count={product.stars} />
        <p>
          <span className={`badge ${badgeClass}`} data-status={status}>
            <span aria-hidden="true">{status === 'VALID' ? '✓' : status === 'NONE' ? '–' : '!'}</span>
            <span className="sr-only">{t('producer.certificate.label')}: </span>
            {statusText}
          </span>
        </p>
      </div>
    </article>
  );
}
