import { useLayoutEffect, useRef, type InputHTMLAttributes } from 'react';
import { useI18n } from '../../i18n/i18n';

/** The most digits a price may have: 15 keeps every value an exact JavaScript integer. */
const MAX_DIGITS = 15;

/** The whole đồng in what was typed (every non-digit dropped); null when there is none. */
export function parseVnd(typed: string): number | null {
  const digits = typed
    .replace(/\D/g, '')
    .replace(/^0+(?=\d)/, '')
    .slice(0, MAX_DIGITS);
  return digits === '' ? null : Number(digits);
}

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> & {
  value: number | null;
  onChange: (value: number | null) => void;
};

/**
 * An amount in whole đồng, shown with the thousands separators people read ("1.250.000" in
 * Vietnamese) while it is typed, and handed over as an integer (null when empty). The caret
 * stays after the same digit when a separator appears or disappears.
 */
export function VndInput({ value, onChange, ...rest }: Props) {
  const { locale } = useI18n();
  const format = (n: number | null) =>
    n === null ? '' : new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-GB').format(n);
  const ref = useRef<HTMLInputElement>(null);
  // Digits before the caret after the last keystroke, to put the caret back after formatting.
  const digitsBeforeCaret = useRef<number | null>(null);
  const shown = format(value);

  useLayoutEffect(() => {
    const input = ref.current;
    const wanted = digitsBeforeCaret.current;
    if (!input || wanted === null || document.activeElement !== input) return;
    digitsBeforeCaret.current = null;
    let position = 0;
    for (let seen = 0; position < shown.length && seen < wanted; position++) {
      if (/\d/.test(shown[position]!)) seen++;
    }
    input.setSelectionRange(position, position);
  }, [shown]);

  return (
    <span className="vnd-input">
      <input
        {...rest}
        ref={ref}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        value={shown}
        onChange={(event) => {
          const { value: typed, selectionStart } = event.target;
          const before = typed.slice(0, selectionStart ?? typed.length).replace(/\D/g, '');
          const next = parseVnd(typed);
          // Leading zeros are dropped, so the caret moves back by as many digits.
          const dropped = typed.replace(/\D/g, '').length - String(next ?? '').length;
          digitsBeforeCaret.current = Math.max(0, before.length - Math.max(0, dropped));
          onChange(next);
        }}
      />
      <span className="vnd-suffix" aria-hidden="true">
        ₫
      </span>
    </span>
  );
}
