import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { failureMessage } from '../form/failure';
import { SubmitButton } from '../form/SubmitButton';
import { useLabelBatchRecall } from './useLabelBatchRecall';

const MAX_REASON = 500;

/**
 * The confirmation of a recall, with its required reason (buyers read it when they scan a
 * label). A modal dialog: the reason takes the focus, Escape or "Cancel" closes it.
 */
export function RecallDialog(props: { batchId: string; lot: string; onClose: () => void }) {
  const { t } = useI18n();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [recall] = useLabelBatchRecall();
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    }
  }, []);

  const submit = async () => {
    const trimmed = reason.trim();
    if (!trimmed) return setError(t('labels.recallReasonEmpty'));
    if (trimmed.length > MAX_REASON) return setError(t('labels.recallReasonLong'));
    setBusy(true);
    setError(null);
    try {
      const { data } = await recall({ variables: { input: { id: props.batchId, reason: trimmed } } });
      const payload = data?.labelBatchRecall;
      if (!payload) throw new Error('no payload');
      const refusal = payload.userErrors[0];
      if (refusal) {
        setError(refusal.code === 'ALREADY_RECALLED' ? t('labels.alreadyRecalled') : refusal.message);
        return;
      }
      props.onClose();
    } catch (failure) {
      setError(t(failureMessage(failure, { forbidden: 'labels.recallNotAllowed', failed: 'labels.failed' })));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={dialog}
      className="label-recall-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
    >
      <form
        method="dialog"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!busy) void submit();
        }}
      >
        <h2 id={`${id}-title`}>{t('labels.recallTitle', { lot: props.lot })}</h2>
        <p>{t('labels.recallText')}</p>
        <div className={`field ${error ? 'field-invalid' : ''}`}>
          <label htmlFor={`${id}-reason`}>{t('labels.recallReason')}</label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            value={reason}
            autoFocus
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p id={`${id}-hint`} className="field-hint">
            {t('labels.recallReasonHint')}
          </p>
          {error && (
            <p id={`${id}-error`} className="field-error" role="alert">
              {error}
            </p>
          )}
        </div>
        <div className="form-buttons">
          <SubmitButton
            busy={busy}
            label={t('labels.recallConfirm')}
            busyLabel={t('labels.recalling')}
            className="button button-danger"
          />
          <button type="button" className="button button-secondary" onClick={props.onClose}>
            {t('labels.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
