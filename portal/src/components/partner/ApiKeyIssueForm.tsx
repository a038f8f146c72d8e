import { useState } from 'react';
import type { ApiKeyScope } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useApiKeyIssue } from './useApiKeyIssue';

export const SCOPES: readonly ApiKeyScope[] = ['READ', 'SYNC', 'WEBHOOKS'];
const FIELDS = ['name', 'scopes', 'pointsPerHour'] as const;

/**
 * The points typed: null when empty; NaN when not a whole number from 1 to 1,000,000. Thousands
 * may be grouped as either language writes them (1.500, 1,500, 1 500), but only in whole groups
 * of three: "1.5" is refused, never read as 15.
 */
export function parsePoints(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed) && !/^\d{1,3}([.,\s]\d{3})+$/.test(trimmed)) return Number.NaN;
  const n = Number(trimmed.replace(/\D/g, ''));
  return n >= 1 && n <= 1_000_000 ? n : Number.NaN;
}

/**
 * Issuing a key to a partner: its name, its scopes (checkboxes, read by default) and, optionally,
 * its own points per hour. What is typed stays as typed when something is refused: the errors
 * are shown under their fields and in the summary above. On success the key goes to `onIssued`,
 * which shows it once.
 */
export function ApiKeyIssueForm(props: {
  partnerId: string;
  idPrefix: string;
  onIssued: (issued: { name: string; key: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { partnerId, idPrefix } = props;
  const fieldId = (key: string) => `${idPrefix}-${key}`;
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['READ']);
  const [points, setPoints] = useState('');
  const [issue] = useApiKeyIssue(partnerId);
  const form = useFormSubmit({ forbidden: 'partners.forbidden', failed: 'partners.failed' });

  const onSubmit = form.handleSubmit(async () => {
    // The portal's own checks first, in the portal's words; the API checks them all again.
    const byField: Record<string, string> = {};
    if (!name.trim()) byField.name = t('form.required');
    if (scopes.length === 0) byField.scopes = t('partners.scopesRequired');
    const pointsPerHour = parsePoints(points);
    if (Number.isNaN(pointsPerHour)) byField.pointsPerHour = t('partners.pointsInvalid');
    if (Object.keys(byField).length > 0) return form.showErrors({ byField, general: [] });

    const { data } = await issue({
      variables: { input: { partnerId, name: name.trim(), scopes, pointsPerHour } },
    });
    const payload = data?.apiKeyIssue;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.key) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => key === 'name' && !name.trim(),
      );
      return;
    }
    form.clearErrors();
    props.onIssued({ name: name.trim(), key: payload.key });
  });

  const toggle = (scope: ApiKeyScope, on: boolean) =>
    setScopes((now) => SCOPES.filter((s) => (s === scope ? on : now.includes(s))));
  const err = (key: string) => form.errors.byField[key];
  const scopesError = err('scopes');
  return (
    <form className="form partner-subform" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="partners.errorSummary" />
      <div className="form-grid">
        <Field
          id={fieldId('name')}
          label={t('partners.keyName')}
          hint={t('partners.keyNameHint')}
          error={err('name')}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </Field>
        <Field
          id={fieldId('pointsPerHour')}
          label={t('partners.pointsPerHour')}
          hint={t('partners.pointsHint')}
          error={err('pointsPerHour')}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              value={points}
              onChange={(e) => setPoints(e.target.value)}
            />
          )}
        </Field>
      </div>
      <fieldset
        id={fieldId('scopes')}
        className={`choice-group ${scopesError ? 'field-invalid' : ''}`}
        aria-describedby={scopesError ? `${fieldId('scopes')}-error` : undefined}
        tabIndex={-1}
      >
        <legend>{t('partners.scopes')}</legend>
        {SCOPES.map((scope) => (
          <label key={scope} className="checkbox-label">
            <input
              type="checkbox"
              name="scopes"
              value={scope}
              checked={scopes.includes(scope)}
              onChange={(e) => toggle(scope, e.target.checked)}
            />
            {t(`partners.scopeName.${scope}`)}
          </label>
        ))}
        {scopesError && (
          <p id={`${fieldId('scopes')}-error`} className="field-error">
            {scopesError}
          </p>
        )}
      </fieldset>
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          label={t('partners.issueSubmit')}
          busyLabel={t('partners.issuing')}
        />
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
