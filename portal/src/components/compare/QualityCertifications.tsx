import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';

export const QualityCertifications_product = graphql(`
  fragment QualityCertifications_product on OcopProduct {
    qualityCertifications {
      id
      scheme
      schemeName
      issuer
      number
      validFrom
      validUntil
      status
      expiredSince
    }
  }
`);

/**
 * A product's quality certifications besides OCOP, each with its status on the platform's day as
 * the API derived it ("Expired since 12/09/2028"): never the browser's calendar. `compact` leaves
 * out issuer and dates (the compare table).
 */
export function QualityCertifications(props: {
  product: FragmentType<typeof QualityCertifications_product>;
  compact?: boolean;
}) {
  const { t, formatDate } = useI18n();
  const { qualityCertifications: list } = getFragmentData(QualityCertifications_product, props.product);
  if (list.length === 0) return <p className="muted">{t('buyer.noCertifications')}</p>;
  return (
    <ul className="quality-certifications">
      {list.map((c) => {
        const name = c.scheme === 'OTHER' && c.schemeName ? c.schemeName : t(`buyer.scheme.${c.scheme}`);
        const status =
          c.status === 'EXPIRED'
            ? t('buyer.certStatus.EXPIRED', { date: formatDate(c.expiredSince ?? c.validUntil ?? '') })
            : c.status === 'NOT_YET_VALID'
              ? t('buyer.certStatus.NOT_YET_VALID', { date: formatDate(c.validFrom) })
              : t('buyer.certStatus.VALID');
        return (
          <li key={c.id} className="quality-certification" data-status={c.status}>
            <span className="quality-certification-name">{name}</span>{' '}
            <span className={`badge quality-badge quality-${c.status.toLowerCase()}`}>{status}</span>
            {!props.compact && (
              <>
                <span className="quality-certification-issuer muted" lang="vi">
                  {c.number
                    ? t('buyer.certLine', { issuer: c.issuer, number: c.number })
                    : t('buyer.certLineNoNumber', { issuer: c.issuer })}
                </span>
                <span className="quality-certification-dates muted">
                  {c.validUntil
                    ? t('buyer.validRange', { from: formatDate(c.validFrom), to: formatDate(c.validUntil) })
                    : t('buyer.validFromOnly', { from: formatDate(c.validFrom) })}
                </span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
