import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { isIsoDay } from '../../app/day';

/**
 * A date input for "as of which day", bound to the URL by its page: `value` is the chosen day or
 * today; a cleared or half-typed value is not sent (the page keeps the last whole day). `today` is
 * the latest day offered (the platform's today, or the last day of a unit that no longer exists),
 * which the reset button (`resetLabel`, "Today" by default) goes back to.
 */
export function DayPicker(props: {
  label: string;
  value: string;
  today: string;
  min?: string | null;
  resetLabel?: string;
  onChange: (day: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="field day-picker">
      <label htmlFor={id}>{props.label}</label>
      <div className="field-row">
        <input
          id={id}
          type="date"
          value={props.value}
          min={props.min ?? '2010-01-01'}
          max={props.today}
          onChange={(event) => {
            const value = event.target.value;
            if (isIsoDay(value)) props.onChange(value === props.today ? null : value);
          }}
        />
        {props.value !== props.today && (
          <button type="button" className="button button-secondary" onClick={() => props.onChange(null)}>
            {props.resetLabel ?? t('commune.today')}
          </button>
        )}
      </div>
    </div>
  );
}
