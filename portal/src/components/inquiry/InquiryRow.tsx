import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { useFormatDateTime } from './Conversation';

export const InquiryRow_inquiry = graphql(`
  fragment InquiryRow_inquiry on Inquiry {
    id
    reference
    createdAt
    status
    outcome
    unread
    buyerName
    organisation
    subject
    quantity
    unit
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

/** One inquiry in the inbox: unread ones say so in words and weight, not by colour alone. */
export function InquiryRow(props: {
  inquiry: FragmentType<typeof InquiryRow_inquiry>;
  showProducer: boolean;
}) {
  const { t, formatNumber } = useI18n();
  const when = useFormatDateTime();
  const i = getFragmentData(InquiryRow_inquiry, props.inquiry);
  const what = i.product?.name ?? i.subject ?? '';
  return (
    <li className={`card inquiry-row ${i.unread ? 'inquiry-unread' : ''}`.trim()}>
      <Link to={`/my/inquiries/${encodeURIComponent(i.id)}`} className="inquiry-row-link">
        <span className="inquiry-row-head">
          {i.unread && <span className="badge inquiry-unread-badge">{t('inquiry.unread')}</span>}
          <span className="inquiry-row-who">
            {i.buyerName}
            {i.organisation && <span className="muted"> · {i.organisation}</span>}
          </span>
        </span>
        <span className="inquiry-row-what" lang="vi">
          {what}
          {i.quantity !== null && i.quantity !== undefined && (
            <span className="muted">
              {' · '}
              {t('inquiry.quantityValue', { quantity: formatNumber(i.quantity), unit: i.unit ?? '' }).trim()}
            </span>
          )}
        </span>
        <span className="inquiry-row-meta muted small">
          {i.reference} · <time dateTime={i.createdAt}>{when(i.createdAt)}</time>
          {props.showProducer && ` · ${i.producer.name}`}
          {i.status === 'CLOSED' && ` · ${t(`inquiry.outcome.${i.outcome}`)}`}
        </span>
      </Link>
    </li>
  );
}
