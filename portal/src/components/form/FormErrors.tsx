import { useI18n, type MessageKey } from '../../i18n/i18n';
import type { FormSubmit } from './useFormSubmit';

/**
 * The summary above a form that the API refused: how many things to fix, each a link to its
 * field, and the errors that belong to no field. The form's useFormSubmit focuses it when it
 * shows errors. `entry` words a field's entry when its message alone does not say which field it
 * is (ten criteria all "cannot be empty"): the message stays short under the field itself.
 */
export function FormErrors(props: {
  form: Pick<FormSubmit, 'errors' | 'summary'>;
  fieldId: (key: string) => string;
  title: MessageKey;
  entry?: (key: string, message: string) => string;
}) {
  const {
    form: { errors, summary },
    fieldId,
    title,
    entry = (_key, message) => message,
  } = props;
  const { t } = useI18n();
  const count = Object.keys(errors.byField).length + errors.general.length;
  if (count === 0) return null;
  return (
    <div ref={summary} tabIndex={-1} className="form-alert" role="alert">
      <p className="form-alert-title">{t(title, { count })}</p>
      <ul>
        {Object.entries(errors.byField).map(([key, message]) => (
          <li key={key}>
            <a href={`#${fieldId(key)}`}>{entry(key, message)}</a>
          </li>
        ))}
        {errors.general.map((message, i) => (
          <li key={`general-${i}`}>{message}</li>
        ))}
      </ul>
    </div>
  );
}
