import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useFocusAfterRender } from './useFocusAfterRender';
import { usePartnerUpdate } from './usePartnerUpdate';

const FIELDS = ['name', 'contactName', 'contactEmail', 'contactPhone'] as const;
type Key = (typeof FIELDS)[number];
export type PartnerValues = Record<Key, string>;

/** What the form edits, as the API answered it (a contact not given is an empty field). */
export interface PartnerEditable {
  id: string;
  version: number;
  name: string;
  contactName?: string | null;
  contactEmail?: string | null;
  contactPhone?: string | null;
}

export const valuesOf = (p: PartnerEditable): PartnerValues => ({
  name: p.name,
  contactName: p.contactName ?? '',
  contactEmail: p.contactEmail ?? '',
  contactPhone: p.contactPhone ?? '',
});

/**
 * After someone else's change: what the administrator changed stays as typed, the fields they
 * left alone take the other person's values (so that saving again does not undo them).
 */
export function keepTyped(read: PartnerValues, typed: PartnerValues, theirs: PartnerValues): PartnerValues {
  const out = { ...theirs };
  for (const key of FIELDS) if (typed[key] !== read[key]) out[key] = typed[key];
  return out;
}

/**
 * Editing a partner's name and contacts, at the version read when the form opened. Only the
 * fields changed are sent (an emptied contact is cleared). A refusal is shown under its field with
 * what was typed kept; a CONFLICT (someone else saved first) says so and offers to load the
 * current version, which keeps what was typed and takes their values for the fields left alone.
 */
export function PartnerEditForm(props: {
  partner: PartnerEditable;
  idPrefix: string;
  /** Loads the partners again and answers this one as it is now (null when it is gone). */
  onReload: () => Promise<PartnerEditable | null>;
  /** Saved: the partner's version now. */
  onSaved: (version: number) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const { idPrefix } = props;
  const fieldId = (key: string) => `${idPrefix}-${key}`;
  // The version and values the form is based on: those read when it opened (or reloaded), not
  // the card's, which may move on meanwhile.
  const [based, setBased] = useState(() => ({
    version: props.partner.version,
    values: valuesOf(props.partner),
  }));
  const [values, setValues] = useState(based.values);
  const [conflict, setConflict] = useState(false);
  const [note, setNote] = useState<'nothingChanged' | 'reloaded' | null>(null);
  const [reloading, setReloading] = useState(false);
  const conflictPanel = useRef<HTMLDivElement>(null);
  const first = useRef<HTMLInputElement>(null);
  const [update] = usePartnerUpdate();
  const focusLater = useFocusAfterRender();
  const form = useFormSubmit({ forbidden: 'partners.forbidden', failed: 'partners.failed' });
  const set = (key: Key) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  useEffect(() => first.current?.focus(), []);
  // The conflict said as soon as it is in the page, for a screen reader and a keyboard.
  useEffect(() => {
    if (conflict) conflictPanel.current?.focus();
  }, [conflict]);

  const onSubmit = form.handleSubmit(async () => {
    setNote(null);
    if (!values.name.trim()) return form.showErrors({ byField: { name: t('form.required') }, general: [] });
    const changed = FIELDS.filter((key) => values[key].trim() !== based.values[key].trim());
    if (changed.length === 0) {
      form.clearErrors();
      return setNote('nothingChanged');
    }
    const input: Record<string, unknown> = { id: props.partner.id, version: based.version };
    for (const key of changed) input[key] = key === 'name' ? values.name.trim() : values[key].trim() || null;
    const { data } = await update({ variables: { input: input as { id: string; version: number } } });
    const payload = data?.partnerUpdate;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
      form.clearErrors();
      setConflict(true);
      return;
    }
    if (payload.userErrors.length > 0 || !payload.partner) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => !values[key as Key]?.trim(),
      );
      return;
    }
    form.clearErrors();
    props.onSaved(payload.partner.version);
  });

  const reload = async () => {
    setReloading(true);
    try {
      const now = await props.onReload();
      if (!now) throw new Error('gone');
      const theirs = valuesOf(now);
      setValues(keepTyped(based.values, values, theirs));
      setBased({ version: now.version, values: theirs });
      setConflict(false);
      setNote('reloaded');
      focusLater(() => first.current);
    } catch {
      form.showErrors({ byField: {}, general: [t('partners.failed')] });
    } finally {
      setReloading(false);
    }
  };

  const err = (key: Key) => form.errors.byField[key];
  const text = (key: Key, type: 'text' | 'email' | 'tel', autoComplete: string) => (
    <Field id={fieldId(key)} label={t(`partners.${key}`)} error={err(key)}>
      {(p) => (
        <input
          {...p}
          ref={key === 'name' ? first : undefined}
          type={type}
          autoComplete={autoComplete}
          value={values[key]}
          onChange={(e) => set(key)(e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <form className="form partner-subform" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="partners.errorSummary" />
      {conflict && (
        <div ref={conflictPanel} tabIndex={-1} className="form-alert partner-conflict" role="alert">
          <p className="form-alert-title">{t('partners.conflictTitle')}</p>
          <p>{t('partners.conflictText')}</p>
          <button type="button" className="button" disabled={reloading} onClick={() => void reload()}>
            {reloading && <span className="spinner spinner-small" aria-hidden="true" />}
            {t('partners.conflictReload')}
          </button>
        </div>
      )}
      {note && (
        <p className="muted partner-edit-note" role="status">
          {t(`partners.${note}`)}
        </p>
      )}
      <div className="form-grid">
        {text('name', 'text', 'organization')}
        {text('contactName', 'text', 'name')}
        {text('contactEmail', 'email', 'email')}
        {text('contactPhone', 'tel', 'tel')}
      </div>
      <div className="form-buttons">
        <SubmitButton
          busy={form.submitting}
          disabled={conflict}
          label={t('partners.editSubmit')}
          busyLabel={t('partners.saving')}
        />
        <button type="button" className="button button-secondary" onClick={props.onCancel}>
          {t('partners.cancel')}
        </button>
      </div>
    </form>
  );
}
