import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { usePlatformToday } from '../../app/platformToday';
import { verifyHref } from '../certificate/verifyHref';
import { BanIcon, CheckIcon, ClockIcon, QuestionIcon, SwapIcon } from '../icons';
import { productHref } from '../ProductCard';
import { Stars } from '../Stars';

export const VerifyResult_verification = graphql(`
  fragment VerifyResult_verification on CertificateVerification {
    number
    genuine
    status
    message
    messageEn
    checkedOn
    expiresOn
    expiredOn
    revokedOn
    supersededOn
    stars
    certificate {
      id
      certificateNumber
      decisionNumber
      decisionDate
      expiresOn
      issuerName
      revocationReason
    }
    currentCertificate {
      id
      certificateNumber
      status
      expiresOn
    }
    product {
      id
      name
    }
    producer {
      id
      name
    }
  }
`);

/** What the check concluded, as the reader sees it. */
export type VerifyOutcome = 'VALID' | 'EXPIRED' | 'REVOKED' | 'SUPERSEDED' | 'NOT_IN_FORCE' | 'UNKNOWN';

const ICONS = {
  VALID: CheckIcon,
  EXPIRED: ClockIcon,
  REVOKED: BanIcon,
  SUPERSEDED: SwapIcon,
  NOT_IN_FORCE: ClockIcon,
  UNKNOWN: QuestionIcon,
} satisfies Record<VerifyOutcome, unknown>;

const HEADINGS: Record<VerifyOutcome, MessageKey> = {
  VALID: 'verify.headingValid',
  EXPIRED: 'verify.headingExpired',
  REVOKED: 'verify.headingRevoked',
  SUPERSEDED: 'verify.headingSuperseded',
  NOT_IN_FORCE: 'verify.headingNotInForce',
  UNKNOWN: 'verify.headingUnknown',
};

/**
 * The result of a certificate check, unmistakable at a glance: a big icon, a colour and a heading
 * per outcome, then the API's own sentence in the reader's language and the facts behind it. The
 * outcome follows the API's `status`; a VALID answer whose validity has already ended by the
 * platform's day (an answer kept open past midnight) shows as expired. The day is `today` when
 * given, else the platform's `today` from the cache, else the day the answer was given for.
 */
export function VerifyResult({
  verification: ref,
  today,
}: {
  verification: FragmentType<typeof VerifyResult_verification>;
  today?: string;
}) {
  const { t, locale, formatDate } = useI18n();
  const v = getFragmentData(VerifyResult_verification, ref);
  const platformToday = usePlatformToday();
  const day = today ?? platformToday ?? v.checkedOn;
  const validEnded = v.status === 'VALID' && Boolean(v.expiresOn && v.expiresOn <= day);
  const outcome: VerifyOutcome = !v.genuine
    ? 'UNKNOWN'
    : !v.status
      ? 'NOT_IN_FORCE'
      : validEnded
        ? 'EXPIRED'
        : v.status;
  const Icon = ICONS[outcome];
  const expiredOn = v.expiredOn ?? (validEnded ? v.expiresOn : null);

  let detail: string | null = null;
  if (outcome === 'VALID' && v.expiresOn) detail = t('verify.validUntil', { date: formatDate(v.expiresOn) });
  if (outcome === 'EXPIRED' && expiredOn) detail = t('verify.expiredSince', { date: formatDate(expiredOn) });
  if (outcome === 'REVOKED' && v.revokedOn) detail = t('verify.revokedOn', { date: formatDate(v.revokedOn) });
  if (outcome === 'SUPERSEDED' && v.supersededOn)
    detail = t('verify.supersededOn', { date: formatDate(v.supersededOn) });

  return (
    <section
      className={`verify-result verify-${outcome.toLowerCase()}`}
      data-outcome={outcome}
      aria-labelledby="verify-heading"
    >
      <div className="verify-result-head">
        <span className="verify-icon" aria-hidden="true">
          <Icon size={40} strokeWidth={2.5} />
        </span>
        <div>
          <h2 id="verify-heading">{t(HEADINGS[outcome])}</h2>
          {detail && <p className="verify-detail">{detail}</p>}
        </div>
      </div>
      <p className="verify-message">{locale === 'vi' ? v.message : v.messageEn}</p>

      {outcome === 'SUPERSEDED' && v.currentCertificate && (
        <p className="verify-current">
          {t('verify.currentCertificate')}{' '}
          <Link to={verifyHref(v.currentCertificate.certificateNumber)}>
            {v.currentCertificate.certificateNumber}
          </Link>
        </p>
      )}

      <dl className="cert-facts verify-facts">
        <div>
          <dt>{t('verify.number')}</dt>
          <dd className="certificate-number">{v.certificate?.certificateNumber ?? v.number}</dd>
        </div>
        {v.product && (
          <div>
            <dt>{t('verify.product')}</dt>
            <dd>
              <Link to={productHref(v.product.id)}>{v.product.name}</Link>
            </dd>
          </div>
        )}
        {v.producer && (
          <div>
            <dt>{t('verify.producer')}</dt>
            <dd>
              <Link to={`/producers/${encodeURIComponent(v.producer.id)}`}>{v.producer.name}</Link>
            </dd>
          </div>
        )}
        {v.stars !== null && v.stars !== undefined && (
          <div>
            <dt>{t('verify.stars')}</dt>
            <dd>
              <Stars count={v.stars} />
            </dd>
          </div>
        )}
        {v.certificate && (
          <div>
            <dt>{t('verify.decision')}</dt>
            <dd>
              {t('product.decisionOn', {
                number: v.certificate.decisionNumber,
                date: formatDate(v.certificate.decisionDate),
              })}
              <span className="muted"> · {v.certificate.issuerName}</span>
            </dd>
          </div>
        )}
        {outcome === 'REVOKED' && v.certificate?.revocationReason && (
          <div>
            <dt>{t('verify.reason')}</dt>
            <dd>{v.certificate.revocationReason}</dd>
          </div>
        )}
      </dl>
      <p className="verify-checked muted">{t('verify.checkedOn', { date: formatDate(v.checkedOn) })}</p>
    </section>
  );
}
