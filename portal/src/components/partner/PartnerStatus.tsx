import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { failureMessage } from '../form/failure';
import { splitUserErrors } from '../form/userErrors';
import { useFocusAfterRender } from './useFocusAfterRender';
import { usePartnerUpdate } from './usePartnerUpdate';

/** What the last action answered; "done" is said while the partner is at the version it made. */
type Notice = { kind: 'done' | 'error'; text: string; version?: number } | null;

/**
 * Disabling a partner (every key of theirs refused, no webhook delivered) or enabling it again,
 * each after a confirmation that says what it does. The button then offers the other, and keeps
 * the focus; a CONFLICT (someone changed the partner meanwhile) reloads it and says so.
 */
export function PartnerStatus(props: {
  partner: { id: string; name: string; version: number; disabled: boolean };
  idPrefix: string;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useI18n();
  const { partner, idPrefix } = props;
  const [update, updating] = usePartnerUpdate();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLDivElement>(null);
  const names = { name: partner.name };
  const focusLater = useFocusAfterRender();
  useEffect(() => {
    if (confirming) question.current?.focus();
  }, [confirming]);
  const close = (next: Notice) => {
    setConfirming(false);
    setNotice(next);
    focusLater(() => toggle.current);
  };

  const onConfirm = async () => {
    setNotice(null);
    const enabled = partner.disabled;
    try {
      const { data } = await update({
        variables: { input: { id: partner.id, version: partner.version, enabled } },
      });
      const payload = data?.partnerUpdate;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        await props.onReload();
        return close({ kind: 'error', text: t('partners.toggleConflict') });
      }
      if (payload.userErrors.length > 0)
        return close({
          kind: 'error',
          text: splitUserErrors(t, payload.userErrors, () => null).general.join(' '),
        });
      close({
        kind: 'done',
        text: t(enabled ? 'partners.enabledDone' : 'partners.disabledDone', names),
        version: payload.partner?.version,
      });
    } catch (failure) {
      setNotice({
        kind: 'error',
        text: t(failureMessage(failure, { forbidden: 'partners.forbidden', failed: 'partners.failed' })),
      });
    }
  };

  const busy = updating.loading;
  return (
    <div className="partner-status">
      {confirming ? (
        <div
          ref={question}
          tabIndex={-1}
          className="key-confirm"
          role="group"
          aria-labelledby={`${idPrefix}-status-confirm`}
        >
          <p id={`${idPrefix}-status-confirm`}>
            {t(partner.disabled ? 'partners.enableConfirm' : 'partners.disableConfirm', names)}
          </p>
          <div className="form-buttons">
            <button
              type="button"
              className={partner.disabled ? 'button' : 'button button-danger'}
              disabled={busy}
              onClick={() => void onConfirm()}
            >
              {busy && <span className="spinner spinner-small" aria-hidden="true" />}
              {partner.disabled
                ? t(busy ? 'partners.enabling' : 'partners.enableYes')
                : t(busy ? 'partners.disabling' : 'partners.disableYes')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              disabled={busy}
              onClick={() => close(null)}
            >
              {t('partners.no')}
            </button>
          </div>
        </div>
      ) : (
        <button
          ref={toggle}
          type="button"
          className={partner.disabled ? 'button' : 'button button-secondary button-danger-outline'}
          aria-label={t(partner.disabled ? 'partners.enablePartner' : 'partners.disablePartner', names)}
          onClick={() => (setNotice(null), setConfirming(true))}
        >
          {t(partner.disabled ? 'partners.enable' : 'partners.disable')}
        </button>
      )}
      {notice && (notice.version === undefined || notice.version === partner.version) && (
        <p
          className={notice.kind === 'done' ? 'form-success' : 'form-alert'}
          role={notice.kind === 'done' ? 'status' : 'alert'}
        >
          {notice.text}
        </p>
      )}
    </div>
  );
}
