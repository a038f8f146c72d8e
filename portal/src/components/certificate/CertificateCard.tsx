import { lazy, Suspense } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Stars } from '../Stars';
import { CertificateBadge } from './CertificateBadge';
import { useBadgeStatus } from './certificateStatus';
import { verifyHref, verifyUrl } from './verifyHref';

// The QR library is loaded only when a certificate card is on screen.
const CertificateQr = lazy(() => import('./CertificateQr'));

export const CertificateCard_certificate = graphql(`
  fragment CertificateCard_certificate on OcopCertificate {
    id
    certificateNumber
    decisionNumber
    decisionDate
    expiresOn
    issuerName
    issuerLevel
    stars
    score
    status
    revokedOn
    revocationReason
    supersededOn
    supersededBy {
      id
      certificateNumber
    }
  }
`);

/**
 * A product's current OCOP certificate: number, stars, issuer, decision, validity and a status
 * badge that never shows an expired certificate as valid, with the QR code of its check.
 */
export function CertificateCard({
  certificate: ref,
  today,
}: {
  certificate: FragmentType<typeof CertificateCard_certificate>;
  /** The day to judge expiry on; default the platform's `today`. */
  today?: string | null;
}) {
  const { t, formatDate, formatNumber } = useI18n();
  const c = getFragmentData(CertificateCard_certificate, ref);
  const shown = useBadgeStatus(c.status, c.expiresOn, today);
  return (
    <section
      className={`card certificate-card certificate-${shown.toLowerCase()}`}
      aria-labelledby="certificate-title"
    >
      <div className="certificate-head">
        <h2 id="certificate-title">{t('product.certificateTitle')}</h2>
        <CertificateBadge status={c.status} expiresOn={c.expiresOn} today={today} size="large" />
      </div>
      <dl className="cert-facts">
        <div className="cert-facts-wide">
          <dt>{t('product.certificateNumber')}</dt>
          <dd className="certificate-number">{c.certificateNumber}</dd>
        </div>
        <div>
          <dt>{t('product.rating')}</dt>
          <dd>
            <Stars count={c.stars} />{' '}
            <span className="muted">{t('product.score', { score: formatNumber(c.score) })}</span>
          </dd>
        </div>
        <div>
          <dt>{t('product.issuer')}</dt>
          <dd>
            {c.issuerName}
            <span className="muted"> · {t(`product.issuerLevel.${c.issuerLevel}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('product.decision')}</dt>
          <dd>{t('product.decisionOn', { number: c.decisionNumber, date: formatDate(c.decisionDate) })}</dd>
        </div>
        <div>
          <dt>{shown === 'VALID' ? t('product.validUntil') : t('product.expiresOn')}</dt>
          <dd>{formatDate(c.expiresOn)}</dd>
        </div>
        {c.revokedOn && (
          <div>
            <dt>{t('product.revokedOn')}</dt>
            <dd>
              {formatDate(c.revokedOn)}
              {c.revocationReason && <span className="certificate-reason">{c.revocationReason}</span>}
            </dd>
          </div>
        )}
        {c.supersededBy && (
          <div>
            <dt>{t('product.supersededBy')}</dt>
            <dd>
              <Link to={verifyHref(c.supersededBy.certificateNumber)}>
                {c.supersededBy.certificateNumber}
              </Link>
              {c.supersededOn && <span className="muted"> · {formatDate(c.supersededOn)}</span>}
            </dd>
          </div>
        )}
      </dl>
      <div className="certificate-qr">
        <Suspense fallback={<div className="qr-placeholder" aria-hidden="true" />}>
          <CertificateQr
            url={verifyUrl(c.certificateNumber)}
            title={t('product.qrTitle', { number: c.certificateNumber })}
          />
        </Suspense>
        <div>
          <p className="certificate-qr-text">{t('product.qrText')}</p>
          <Link to={verifyHref(c.certificateNumber)}>{t('product.qrLink')}</Link>
        </div>
      </div>
    </section>
  );
}
