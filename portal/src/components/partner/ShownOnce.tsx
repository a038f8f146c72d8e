import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * A secret the API answers only once (an API key, a webhook signing secret), in a panel that
 * says so: the value to select or copy, what it is for, the warning that it will not be shown
 * again, and "I have saved it" to close it. It takes the focus when it appears, so that a screen
 * reader reads it at once and a keyboard is on the copy button.
 */
export function ShownOnce(props: {
  id: string;
  title: string;
  label: string;
  value: string;
  use: string;
  warning: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { id, title, label, value, use, warning, onClose } = props;
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => panel.current?.focus(), []);

  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    if (!clipboard) return setCopied('failed');
    void clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('failed'),
    );
  };

  return (
    <div
      ref={panel}
      className="shown-once"
      role="region"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
      data-testid="shown-once"
    >
      <p id={`${id}-title`} className="shown-once-title">
        {title}
      </p>
      <div className="shown-once-value">
        <label htmlFor={id} className="visually-hidden">
          {label}
        </label>
        {/* A textarea, so that the whole value wraps into view on a phone (a key is 54 characters). */}
        <textarea
          id={id}
          readOnly
          rows={2}
          value={value}
          spellCheck={false}
          autoComplete="off"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" className="button" onClick={copy}>
          {copied === 'yes' ? t('partners.copied') : t('partners.copy')}
        </button>
      </div>
      <p className="muted small" aria-live="polite">
        {copied === 'failed' ? t('partners.copyFailed') : use}
      </p>
      <p className="shown-once-warning">
        <span aria-hidden="true">⚠ </span>
        {warning}
      </p>
      <button type="button" className="button button-secondary" onClick={onClose}>
        {t('partners.done')}
      </button>
    </div>
  );
}
