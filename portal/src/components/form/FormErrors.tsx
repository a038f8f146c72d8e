import { forwardRef } from 'react';
import { useI18n, type MessageKey } from '../../i18n/i18n';

/**
 * The summary above a form that the API refused: how many things to fix, each a link to its
 * field, and the errors that belong to no field. Focused after a refusal.
 */
export const FormErrors = forwardRef<
  HTMLDivElement,
  {
    byField: Record<string, string>;
    general: readonly string[];
    fieldId: (key: string) => string;
    title: MessageKey;
  }
>(function FormErrors({ byField, general, fieldId, title }, ref) {
  const { t } = useI18n();
  const count = Object.keys(byField).length + general.length;
  if (count === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} className="form-alert" role="alert">
      <p className="form-alert-title">{t(title, { count })}</p>
      <ul>
        {Object.entries(byField).map(([key, message]) => (
          <li key={key}>
            <a href={`#${fieldId(key)}`}>{message}</a>
          </li>
        ))}
        {general.map((message, i) => (
          <li key={`general-${i}`}>{message}</li>
        ))}
      </ul>
    </div>
  );
});
