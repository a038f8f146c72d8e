import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { LabelVerdict as Verdict } from '../../gql/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { CertificateBadge } from '../certificate/CertificateBadge';
import { BanIcon, CheckIcon, ClockIcon, QuestionIcon, ShieldIcon } from '../icons';
import { productHref } from '../ProductCard';
import { Stars } from '../Stars';
import { daysSince, vietnamDay } from './checkDays';

export const LabelVerdict_check = graphql(`
  fragment LabelVerdict_check on LabelCheck {
    verdict
    message
    code
    checkedOn
    productId
    productName
    stars
    photoUrl
    producerId
    producerName
    certificateNumber
    certificateStatus
    certificateExpiresOn
    lotNumber
    producedOn
    bestBefore
    serial
    itemCount
    recalledAt
    recallReason
    checkCount
    firstCheckedAt
    copyWarning
  }
`);

const ICONS = {
  GENUINE: CheckIcon,
  SUSPECTED_COPY: ShieldIcon,
  RECALLED: BanIcon,
  CERTIFICATE_NOT_VALID: ClockIcon,
  UNKNOWN: QuestionIcon,
} satisfies Record<Verdict, unknown>;

const HEADINGS: Record<Verdict, { title: MessageKey; text: MessageKey; tone: string }> = {
  GENUINE: { title: 'labels.verdictGenuine', text: 'labels.verdictGenuineText', tone: 'valid' },
  SUSPECTED_COPY: {
    title: 'labels.verdictSuspectedCopy',
    text: 'labels.verdictSuspectedCopyText',
    tone: 'revoked',
  },
  RECALLED: { title: 'labels.verdictRecalled', text: 'labels.verdictRecalledText', tone: 'revoked' },
  CERTIFICATE_NOT_VALID: {
    title: 'labels.verdictCertificateNotValid',
    text: 'labels.verdictCertificateNotValidText',
    tone: 'expired',
  },
  UNKNOWN: { title: 'labels.verdictUnknown', text: 'labels.verdictUnknownText', tone: 'unknown' },
};

/** Photos are shown in a 4:3 frame; the attributes reserve its place before the photo arrives. */
const PHOTO_WIDTH = 640;
const PHOTO_HEIGHT = 480;

/**
 * The verdict on a scanned label, first and unmistakable (a big icon, a colour and a heading per
 * verdict, never the colour alone), then the API's sentence in the reader's language, the facts
 * a buyer compares with the package, how often the code was checked, and the photo last: it loads
 * lazily, so on a slow phone the verdict and the facts are readable before it arrives.
 */
export function LabelVerdict({ check: ref }: { check: FragmentType<typeof LabelVerdict_check> }) {
  const { t, tp, formatDate, formatNumber } = useI18n();
  const c = getFragmentData(LabelVerdict_check, ref);
  const heading = HEADINGS[c.verdict];
  const Icon = ICONS[c.verdict];
  const has = <T,>(v: T | null | undefined): v is T => v !== null && v !== undefined;

  let history: string | null = null;
  if (has(c.checkCount)) {
    if (c.checkCount <= 1) history = t('labels.firstCheck');
    else if (c.firstCheckedAt) {
      const days = daysSince(c.firstCheckedAt, c.checkedOn);
      history =
        days === 0
          ? tp('labels.firstCheckedToday', c.checkCount)
          : `${tp('labels.firstCheckedDaysAgo', days)}, ${tp('labels.checkedTimes', c.checkCount)}`;
    } else history = tp('labels.checkedTimes', c.checkCount);
  }

  return (
    <section
      className={`verify-result verify-${heading.tone} label-verdict`}
      data-verdict={c.verdict}
      aria-labelledby="label-verdict-heading"
    >
      <div className="verify-result-head">
        <span className="verify-icon" aria-hidden="true">
          <Icon size={40} strokeWidth={2.5} />
        </span>
        <div>
          <h2 id="label-verdict-heading">{t(heading.title)}</h2>
          <p className="verify-detail">{t(heading.text)}</p>
        </div>
      </div>
      <p className="verify-message">{c.message}</p>
      {c.verdict === 'RECALLED' && (
        <div className="label-recall">
          <p className="label-recall-title">
            {t('labels.recallReason')}
            {c.recalledAt && (
              <span className="muted">
                {' '}
                · {t('labels.recalledOn', { date: formatDate(vietnamDay(c.recalledAt)) })}
              </span>
            )}
          </p>
          {c.recallReason && <p className="label-recall-reason">{c.recallReason}</p>}
        </div>
      )}
      {c.copyWarning && c.verdict !== 'SUSPECTED_COPY' && (
        <p className="label-copy-warning" role="note">
          {t('labels.copyWarning')}
        </p>
      )}

      <dl className="cert-facts verify-facts">
        <div>
          <dt>{t('labels.code')}</dt>
          <dd className="certificate-number label-code">{c.code}</dd>
        </div>
        {c.productName && (
          <div>
            <dt>{t('labels.product')}</dt>
            <dd>
              {c.productId ? <Link to={productHref(c.productId)}>{c.productName}</Link> : c.productName}
            </dd>
          </div>
        )}
        {has(c.stars) && (
          <div>
            <dt>{t('labels.stars')}</dt>
            <dd>
              <Stars count={c.stars} />
            </dd>
          </div>
        )}
        {c.producerName && (
          <div>
            <dt>{t('labels.producer')}</dt>
            <dd>
              {c.producerId ? (
                <Link to={`/producers/${encodeURIComponent(c.producerId)}`}>{c.producerName}</Link>
              ) : (
                c.producerName
              )}
            </dd>
          </div>
        )}
        {c.certificateNumber && (
          <div>
            <dt>{t('labels.certificate')}</dt>
            <dd>
              <span className="certificate-number">{c.certificateNumber}</span>{' '}
              <CertificateBadge
                status={c.certificateStatus}
                expiresOn={c.certificateExpiresOn}
                today={c.checkedOn}
              />
              {c.certificateExpiresOn && c.certificateStatus === 'VALID' && (
                <span className="label-valid-until muted">
                  {t('labels.certificateUntil', { date: formatDate(c.certificateExpiresOn) })}
                </span>
              )}
            </dd>
          </div>
        )}
        {c.lotNumber && (
          <div>
            <dt>{t('labels.lot')}</dt>
            <dd className="label-lot">{c.lotNumber}</dd>
          </div>
        )}
        {c.producedOn && (
          <div>
            <dt>{t('labels.producedOn')}</dt>
            <dd>{formatDate(c.producedOn)}</dd>
          </div>
        )}
        {c.bestBefore && (
          <div>
            <dt>{t('labels.bestBefore')}</dt>
            <dd>{formatDate(c.bestBefore)}</dd>
          </div>
        )}
        {has(c.serial) && has(c.itemCount) && (
          <div>
            <dt>{t('labels.serial')}</dt>
            <dd>
              {t('labels.serialOf', { serial: formatNumber(c.serial), count: formatNumber(c.itemCount) })}
            </dd>
          </div>
        )}
      </dl>
      {history && <p className="label-history">{history}</p>}
      <p className="verify-checked muted">{t('labels.checkedOn', { date: formatDate(c.checkedOn) })}</p>
      {c.photoUrl && (
        <img
          className="label-photo"
          src={c.photoUrl}
          alt={t('labels.photoAlt', { name: c.productName ?? '' })}
          loading="lazy"
          decoding="async"
          width={PHOTO_WIDTH}
          height={PHOTO_HEIGHT}
        />
      )}
    </section>
  );
}
