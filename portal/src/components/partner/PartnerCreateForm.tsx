import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { usePartnerCreate } from './usePartnerCreate';

const FIELDS = ['name', 'contactName', 'contactEmail', 'contactPhone'] as const;
type Key = (typeof FIELDS)[number];
const EMPTY: Record<Key, string> = { name: '', contactName: '', contactEmail: '', contactPhone: '' };
const fieldId = (key: string) => `partner-new-${key}`;

/**
 * Registering a partner organisation: its name (required, unique regardless of case) and whom to
 * contact. A refusal (a name already registered, an e-mail that is not one) is shown under its
 * field, with what was typed kept; on success the form empties and the page lists the partner.
 */
export function PartnerCreateForm(props: { onCreated: (name: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [values, setValues] = useState(EMPTY);
  const [create] = usePartnerCreate();
  const form = useFormSubmit({ forbidden: 'partners.forbidden', failed: 'partners.failed' });
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = form.handleSubmit(async () => {
    if (!values.name.trim()) return form.showErrors({ byField: { name: t('form.required') }, general: [] });
    const input = {
      name: values.name.trim(),
      contactName: values.contactName.trim() || null,
      contactEmail: values.contactEmail.trim() || null,
      contactPhone: values.contactPhone.trim() || null,
    };
    const { data } = await create({ variables: { input } });
    const payload = data?.partnerCreate;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.partner) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => !values[key as Key]?.trim(),
      );
      return;
    }
    form.clearErrors();
    setValues(EMPTY);
    props.onCreated(input.name);
  });

  const err = (key: Key) => form.errors.byField[key];
  const text = (key: Key, type: 'text' | 'email' | 'tel', autoComplete: string) => (
    <Field id={fieldId(key)} label={t(`partners.${key}`)} error={err(key)}>
      {(p) => (
        <input
          {...p}
          type={type}
          autoComplete={autoComplete}
          value={values[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="partners.errorSummary" />
      <div className="form-grid">
        {text('name', 'text', 'organization')}
        {text('contactName', 'text', 'name')}
        {text('contactEmail', 'email', 'email')}
        {text('contactPhone', 'tel', 'tel')}
      </div>
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          label={t('partners.registerSubmit')}
          busyLabel={t('partners.registering')}
        />
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
