import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/**
 * "Hỏi mua / Request a quote": opens the inquiry form for a product, a listing or a producer.
 * `name` completes its accessible name where several sit on one page (one per listing).
 */
export function InquiryButton(props: {
  query: { product: string } | { listing: string } | { producer: string };
  name: string;
  secondary?: boolean;
}) {
  const { t } = useI18n();
  const [kind, id] = Object.entries(props.query)[0]!;
  return (
    <Link
      to={`/inquiries/new?${kind}=${encodeURIComponent(id)}`}
      className={props.secondary ? 'button button-secondary inquiry-ask' : 'button inquiry-ask'}
      aria-label={t('inquiry.askLabel', { name: props.name })}
    >
      <span aria-hidden="true">✉ </span>
      {t('inquiry.ask')}
    </Link>
  );
}
