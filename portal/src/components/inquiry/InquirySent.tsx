import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** The private link's path for a buyer's token. */
export const inquiryPath = (token: string) => `/inquiry/${encodeURIComponent(token)}`;

/**
 * What the buyer sees once the inquiry is sent: its reference and the private link, shown this
 * once (the platform keeps only its hash), in full, selectable, with a copy button and the advice
 * to keep it. The heading takes the focus so a screen reader reads the outcome first.
 */
export function InquirySent(props: { token: string | null; reference: string | null; producerName: string }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);
  const url = props.token ? `${window.location.origin}${inquiryPath(props.token)}` : null;

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(url!);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="card inquiry-sent" aria-labelledby="inquiry-sent-title">
      <h2 id="inquiry-sent-title" ref={heading} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {t('inquiry.sentTitle', { reference: props.reference ?? '' }).trim()}
      </h2>
      <p>{t('inquiry.sentLead', { producer: props.producerName })}</p>
      {url && props.token && (
        <>
          <p className="inquiry-link-label" id="inquiry-link-label">
            {t('inquiry.privateLink')}
          </p>
          <p className="inquiry-link">
            <a href={inquiryPath(props.token)} data-testid="inquiry-private-link">
              {url}
            </a>
          </p>
          <p className="callout">{t('inquiry.keepLink')}</p>
          <div className="form-buttons">
            <button type="button" className="button" onClick={() => void onCopy()}>
              {copy === 'copied' ? `✓ ${t('inquiry.copied')}` : t('inquiry.copy')}
            </button>
            <Link to={inquiryPath(props.token)} className="button button-secondary">
              {t('inquiry.openLink')}
            </Link>
          </div>
          <p className="muted small" role="status">
            {copy === 'failed' ? t('inquiry.copyFailed') : copy === 'copied' ? t('inquiry.copied') : ''}
          </p>
        </>
      )}
    </section>
  );
}
