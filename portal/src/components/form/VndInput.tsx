import { useState, type InputHTMLAttributes } from 'react';
import { useI18n } from '../../i18n/i18n';
import { parseVnd, type VndRefusal } from './parseVnd';

export { parseVnd } from './parseVnd';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  id: string;
  value: number | null;
  /** The amount read (null when empty), and why the text is refused (the amount is then `value` unchanged). */
  onChange: (value: number | null, refusal: VndRefusal | null) => void;
};

/**
 * An amount in whole đồng as people type it — "38.000", "38 000", "38k", "38,5k", "1,2tr" — with
 * the amount it reads shown beside it as it is typed ("= 38.500 ₫"), so that nothing is saved
 * that the person did not see. What it cannot read for sure (a negative amount, a fraction of a
 * đồng, letters) is not rounded into some other amount: it is reported as a refusal, said beside
 * the field, and the form refuses to send it. On leaving the field an amount read is written
 * back with the reader's thousands separators ("38,5k" becomes "38.500").
 */
export function VndInput({ id, value, onChange, onBlur, ...rest }: Props) {
  const { t, locale, formatVnd } = useI18n();
  const format = (n: number | null) =>
    n === null ? '' : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  const [text, setText] = useState(() => format(value));
  // The amount the text stands for; a value set from outside (another version loaded) replaces the text.
  const [textValue, setTextValue] = useState(value);
  if (value !== textValue) {
    setTextValue(value);
    setText(format(value));
  }
  const parsed = parseVnd(text);
  const described = [rest['aria-describedby'], `${id}-amount`].filter(Boolean).join(' ');

  return (
    <span className="vnd-input-wrap">
      <span className="vnd-input">
        <input
          {...rest}
          id={id}
          aria-describedby={described}
          type="text"
          autoComplete="off"
          value={text}
          onChange={(event) => {
            const typed = event.target.value;
            setText(typed);
            const next = parseVnd(typed);
            if (next.ok) {
              setTextValue(next.value);
              onChange(next.value, null);
            } else onChange(value, next.refusal);
          }}
          onBlur={(event) => {
            if (parsed.ok) setText(format(parsed.value));
            onBlur?.(event);
          }}
        />
        <span className="vnd-suffix" aria-hidden="true">
          ₫
        </span>
      </span>
      <span
        id={`${id}-amount`}
        className={`vnd-amount ${parsed.ok ? '' : 'vnd-amount-refused'}`.trim()}
        aria-live="polite"
      >
        {parsed.ok
          ? parsed.value === null
            ? ''
            : `= ${formatVnd(parsed.value)}`
          : t(`form.vnd.${parsed.refusal}`)}
      </span>
    </span>
  );
}
