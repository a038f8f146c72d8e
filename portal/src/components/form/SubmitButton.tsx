/**
 * A form's submit button: while the form is sending, disabled, with a spinner and the words
 * that say so ("Đang lưu…").
 */
export function SubmitButton(props: {
  busy: boolean;
  label: string;
  busyLabel: string;
  /** Disabled for another reason than sending (a conflict to settle, a wait). */
  disabled?: boolean;
  className?: string;
}) {
  const { busy, label, busyLabel, disabled, className = 'button' } = props;
  return (
    <button type="submit" className={className} disabled={busy || disabled}>
      {busy && <span className="spinner spinner-small" aria-hidden="true" />}
      {busy ? busyLabel : label}
    </button>
  );
}
