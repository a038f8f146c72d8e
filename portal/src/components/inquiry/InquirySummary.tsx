import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** What an inquiry asks for, as facts: product (or listing), subject, quantity, delivery, wanted by. */
export function InquirySummary(props: {
  inquiry: {
    product?: { id: string; name: string } | null;
    listing?: { id: string; unit: string } | null;
    subject?: string | null;
    quantity?: number | null;
    unit?: string | null;
    wantedBy?: string | null;
    deliveryProvince?: { name: string } | null;
  };
}) {
  const { t, formatNumber, formatDate } = useI18n();
  const i = props.inquiry;
  return (
    <section className="card inquiry-summary" aria-labelledby="inquiry-summary-title">
      <h2 id="inquiry-summary-title">{t('inquiry.details')}</h2>
      <dl className="kv">
        {i.product && (
          <div>
            <dt>{t('inquiry.regarding')}</dt>
            <dd lang="vi">
              <Link to={`/products/${encodeURIComponent(i.product.id)}`}>{i.product.name}</Link>
              {i.listing && ` · ${i.listing.unit}`}
            </dd>
          </div>
        )}
        {i.subject && (
          <div>
            <dt>{t('inquiry.subject')}</dt>
            <dd>{i.subject}</dd>
          </div>
        )}
        {i.quantity !== null && i.quantity !== undefined && (
          <div>
            <dt>{t('inquiry.quantity')}</dt>
            <dd>
              {t('inquiry.quantityValue', { quantity: formatNumber(i.quantity), unit: i.unit ?? '' }).trim()}
            </dd>
          </div>
        )}
        {i.deliveryProvince && (
          <div>
            <dt>{t('inquiry.deliveryTo')}</dt>
            <dd>{i.deliveryProvince.name}</dd>
          </div>
        )}
        {i.wantedBy && (
          <div>
            <dt>{t('inquiry.wantedBy')}</dt>
            <dd>{formatDate(i.wantedBy)}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
