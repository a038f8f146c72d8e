import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { productHref } from '../ProductCard';
import { ErrorState, Loading } from '../PageState';
import { vietnamDay } from './checkDays';
import { DownloadButton } from './DownloadButton';
import { RecallDialog } from './RecallDialog';

export const LabelBatchCard_batch = graphql(`
  fragment LabelBatchCard_batch on LabelBatch {
    id
    product {
      id
      name
      producer {
        id
        name
      }
    }
    listing {
      id
      unit
    }
    lotNumber
    producedOn
    bestBefore
    itemCount
    createdAt
    recalledAt
    recallReason
    checkCount
    checkedCodes
    suspiciousCodes
    checksWithInvalidCertificate
    lastCheckedAt
    labelSheetPdfUrl
    labelSheetCsvUrl
  }
`);

export const LabelBatchSuspiciousQuery = graphql(`
  query LabelBatchSuspiciousQuery($id: ID!) {
    labelBatch(id: $id) {
      id
      suspiciousLabels {
        serial
        checkCount
        placeCount
        firstCheckedAt
        lastCheckedAt
        flaggedAt
      }
    }
  }
`);

/** A date-time as a day and an hour in Vietnam. */
function useInstant() {
  const { locale } = useI18n();
  const format = new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    dateStyle: 'short',
    timeStyle: 'short',
    timeZone: 'Asia/Ho_Chi_Minh',
  });
  return (instant: string | null | undefined) => (instant ? format.format(new Date(instant)) : null);
}

/**
 * One production batch: its product, lot, days and labels, how its codes were checked (suspicious
 * codes expand into their figures; checks after the certificate ended stand out), the label sheet
 * and the codes to download, and a recall.
 */
export function LabelBatchCard(props: {
  batch: FragmentType<typeof LabelBatchCard_batch>;
  showProducer?: boolean;
  /** The sheet and the codes: for the producer's editors and administrators (the platform refuses officials). */
  downloads?: boolean;
}) {
  const { t, tp, formatDate, formatNumber } = useI18n();
  const instant = useInstant();
  const b = getFragmentData(LabelBatchCard_batch, props.batch);
  const [recalling, setRecalling] = useState(false);
  const [showSuspicious, setShowSuspicious] = useState(false);
  return (
    <article
      className={`card label-batch${b.recalledAt ? ' label-batch-recalled' : ''}`}
      data-lot={b.lotNumber}
    >
      <header className="label-batch-head">
        <h3>{t('labels.lotTitle', { lot: b.lotNumber })}</h3>
        <p>
          <Link to={productHref(b.product.id)}>{b.product.name}</Link>
          {b.listing && <span className="muted"> · {b.listing.unit}</span>}
          {props.showProducer && <span className="muted"> · {b.product.producer.name}</span>}
        </p>
        {b.recalledAt && (
          <p className="badge badge-revoked label-recalled-badge">
            {t('labels.recalledBadge', {
              date: formatDate(vietnamDay(b.recalledAt)),
              reason: b.recallReason ?? '',
            })}
          </p>
        )}
      </header>
      <dl className="label-batch-facts">
        <div>
          <dt>{t('labels.producedOn')}</dt>
          <dd>{formatDate(b.producedOn)}</dd>
        </div>
        {b.bestBefore && (
          <div>
            <dt>{t('labels.bestBefore')}</dt>
            <dd>{formatDate(b.bestBefore)}</dd>
          </div>
        )}
        <div>
          <dt>{t('labels.fieldItemCount')}</dt>
          <dd>{tp('labels.items', b.itemCount)}</dd>
        </div>
        <div>
          <dt>{t('labels.checks')}</dt>
          <dd>{formatNumber(b.checkCount)}</dd>
        </div>
        <div>
          <dt>{t('labels.checkedCodes')}</dt>
          <dd>{formatNumber(b.checkedCodes)}</dd>
        </div>
        <div className={b.suspiciousCodes > 0 ? 'label-alert' : undefined}>
          <dt>{t('labels.suspiciousCodes')}</dt>
          <dd>{formatNumber(b.suspiciousCodes)}</dd>
        </div>
        <div>
          <dt>{t('labels.lastChecked')}</dt>
          <dd>{instant(b.lastCheckedAt) ?? t('labels.never')}</dd>
        </div>
      </dl>
      <p className="muted label-batch-created">
        {t('labels.createdOn', { date: formatDate(vietnamDay(b.createdAt)) })}
      </p>
      {b.checksWithInvalidCertificate > 0 && (
        <p className="label-invalid-checks" role="note">
          {tp('labels.invalidCertificateChecks', b.checksWithInvalidCertificate)}
        </p>
      )}
      {b.suspiciousCodes > 0 && (
        <div className="label-suspicious">
          <button
            type="button"
            className="button button-secondary label-suspicious-toggle"
            aria-expanded={showSuspicious}
            onClick={() => setShowSuspicious((s) => !s)}
          >
            {tp('labels.showSuspicious', b.suspiciousCodes)}
          </button>
          {showSuspicious && <SuspiciousLabels batchId={b.id} />}
        </div>
      )}
      <div className="label-batch-actions">
        {props.downloads !== false && (
          <>
            <DownloadButton
              url={b.labelSheetPdfUrl}
              filename={`nhan-${b.lotNumber}.pdf`}
              label={t('labels.downloadPdf')}
              itemCount={b.itemCount}
            />
            <DownloadButton
              url={b.labelSheetCsvUrl}
              filename={`nhan-${b.lotNumber}.csv`}
              label={t('labels.downloadCsv')}
              itemCount={b.itemCount}
            />
          </>
        )}
        {!b.recalledAt && (
          <button type="button" className="button button-danger" onClick={() => setRecalling(true)}>
            {t('labels.recall')}
          </button>
        )}
      </div>
      {recalling && <RecallDialog batchId={b.id} lot={b.lotNumber} onClose={() => setRecalling(false)} />}
    </article>
  );
}

function SuspiciousLabels({ batchId }: { batchId: string }) {
  const { t, formatNumber } = useI18n();
  const instant = useInstant();
  const { data, error, refetch } = useQuery(LabelBatchSuspiciousQuery, {
    variables: { id: batchId },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState onRetry={() => void refetch()} />;
  if (!data) return <Loading />;
  const rows = data.labelBatch?.suspiciousLabels ?? [];
  return (
    // Scrolls sideways on a phone: a region that the keyboard can reach.
    <div className="table-scroll" role="region" aria-label={t('labels.suspiciousCodes')} tabIndex={0}>
      <table className="label-suspicious-table">
        <thead>
          <tr>
            <th scope="col">{t('labels.suspiciousSerial')}</th>
            <th scope="col">{t('labels.suspiciousChecks')}</th>
            <th scope="col">{t('labels.suspiciousPlaces')}</th>
            <th scope="col">{t('labels.suspiciousFirst')}</th>
            <th scope="col">{t('labels.suspiciousLast')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.serial}>
              <th scope="row">{formatNumber(r.serial)}</th>
              <td>{formatNumber(r.checkCount)}</td>
              <td>{formatNumber(r.placeCount)}</td>
              <td>{instant(r.firstCheckedAt) ?? '—'}</td>
              <td>{instant(r.lastCheckedAt) ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
