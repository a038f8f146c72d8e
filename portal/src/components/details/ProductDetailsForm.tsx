import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { failureMessage, type FailureMessages } from '../form/failure';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import {
  changedFields,
  clientErrors,
  detailsFieldId,
  detailsFormKey,
  keepMine,
  updateInput,
  valuesOf,
  type DetailsData,
  type DetailsField,
  type DetailsValues,
} from './productDetailsForm';
import { useProductDetailsUpdate } from './useProductDetails';

export const ProductDetailsForm_product = graphql(`
  fragment ProductDetailsForm_product on OcopProduct {
    id
    detailsVersion
    nameEn
    descriptionEn
    shelfLifeDays
    storageInstructions
    capacity {
      quantity
      unit
      period
    }
  }
`);

const FAILURES: FailureMessages = { forbidden: 'buyer.notAllowed', failed: 'buyer.failed' };

type Outcome =
  { kind: 'saved'; version: number } | { kind: 'unchanged' } | { kind: 'failed'; message: string } | null;

/**
 * The producer editor's form of a product's buyer details. Only the fields changed are sent, with
 * the version opened; field errors appear under their fields (and in the summary, which takes the
 * focus); a CONFLICT keeps what the person typed and offers the other version or their own changes
 * on top of it, as the listing form does.
 */
export function ProductDetailsForm(props: { product: FragmentType<typeof ProductDetailsForm_product> }) {
  const { t, locale } = useI18n();
  const initial = getFragmentData(ProductDetailsForm_product, props.product);
  const comma = locale === 'vi';
  const [based, setBased] = useState(() => ({
    version: initial.detailsVersion,
    values: valuesOf(initial as DetailsData, comma),
  }));
  const [values, setValues] = useState<DetailsValues>(() => valuesOf(initial as DetailsData, comma));
  const [conflict, setConflict] = useState<{ theirs: DetailsData | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [update] = useProductDetailsUpdate();
  const form = useFormSubmit(FAILURES);
  const conflictRef = useRef<HTMLDivElement>(null);

  const set = (field: DetailsField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }) as DetailsValues);
    setOutcome(null);
  };

  const save = async (base: { version: number; values: DetailsValues }, mine: DetailsValues) => {
    const local = clientErrors(mine);
    if (Object.keys(local).length > 0) {
      form.showErrors({
        byField: Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(key)])),
        general: [],
      });
      return;
    }
    if (changedFields(base.values, mine).length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    form.clearErrors();
    setOutcome(null);
    try {
      const { data } = await update({
        variables: { input: updateInput(initial.id, base.version, base.values, mine) },
      });
      const payload = data?.productDetailsUpdate;
      if (!payload) throw new Error('no payload');
      const answered = payload.product
        ? (getFragmentData(ProductDetailsForm_product, payload.product) as DetailsData)
        : null;
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) {
        setConflict({ theirs: answered });
        window.setTimeout(() => conflictRef.current?.focus(), 0);
        return;
      }
      if (payload.userErrors.length > 0) {
        form.showUserErrors(
          payload.userErrors,
          detailsFormKey,
          (key) => !values[key as DetailsField]?.trim(),
        );
        return;
      }
      if (answered) {
        const fresh = valuesOf(answered, comma);
        setBased({ version: answered.detailsVersion, values: fresh });
        setValues(fresh);
        setConflict(null);
        setOutcome({ kind: 'saved', version: answered.detailsVersion });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: t(failureMessage(error, FAILURES)) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!conflict) void form.run(() => save(based, values));
  };

  const reload = (theirs: DetailsData) => {
    const fresh = valuesOf(theirs, comma);
    setBased({ version: theirs.detailsVersion, values: fresh });
    setValues(fresh);
    form.clearErrors();
    setConflict(null);
  };

  const keep = (theirs: DetailsData) => {
    const next = { version: theirs.detailsVersion, values: valuesOf(theirs, comma) };
    const merged = keepMine(based.values, values, next.values);
    setBased(next);
    setValues(merged);
    setConflict(null);
    void form.run(() => save(next, merged));
  };

  const error = (field: DetailsField) => form.errors.byField[field];
  const disabled = !!conflict;
  const text = (field: DetailsField, label: string, options: { multiline?: boolean; hint?: string } = {}) => (
    <Field id={detailsFieldId(field)} label={label} error={error(field)} hint={options.hint}>
      {(control) =>
        options.multiline ? (
          <textarea
            {...control}
            rows={4}
            value={values[field]}
            disabled={disabled}
            onChange={(e) => set(field, e.target.value)}
          />
        ) : (
          <input
            {...control}
            type="text"
            value={values[field]}
            disabled={disabled}
            onChange={(e) => set(field, e.target.value)}
          />
        )
      }
    </Field>
  );

  return (
    <form className="form details-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <p className="muted small">{t('buyer.version', { version: based.version })}</p>
      {conflict && (
        <div ref={conflictRef} tabIndex={-1} className="conflict" role="alert">
          <p className="conflict-title">
            {t('buyer.conflict', { version: conflict.theirs?.detailsVersion ?? based.version })}
          </p>
          {conflict.theirs && (
            <div className="form-buttons">
              <button type="button" className="button" onClick={() => reload(conflict.theirs!)}>
                {t('buyer.conflictReload')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={form.submitting}
                onClick={() => keep(conflict.theirs!)}
              >
                {t('listing.keepMine')}
              </button>
            </div>
          )}
        </div>
      )}
      <FormErrors form={form} fieldId={detailsFieldId} title="buyer.errorSummary" />

      <fieldset className="details-capacity">
        <legend>{t('buyer.capacity')}</legend>
        <p className="field-hint">{t('buyer.capacityHint')}</p>
        <div className="details-capacity-row">
          <Field
            id={detailsFieldId('quantity')}
            label={t('buyer.capacityQuantity')}
            error={error('quantity')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                value={values.quantity}
                disabled={disabled}
                onChange={(e) => set('quantity', e.target.value)}
              />
            )}
          </Field>
          {text('unit', t('buyer.capacityUnit'))}
          <Field id={detailsFieldId('period')} label={t('buyer.capacityPeriod')} error={error('period')}>
            {(control) => (
              <select
                {...control}
                value={values.period}
                disabled={disabled}
                onChange={(e) => set('period', e.target.value)}
              >
                <option value="">—</option>
                <option value="MONTH">{t('buyer.period.MONTH')}</option>
                <option value="SEASON">{t('buyer.period.SEASON')}</option>
                <option value="YEAR">{t('buyer.period.YEAR')}</option>
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <Field id={detailsFieldId('shelfLife')} label={t('buyer.shelfLifeLabel')} error={error('shelfLife')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            value={values.shelfLife}
            disabled={disabled}
            onChange={(e) => set('shelfLife', e.target.value)}
          />
        )}
      </Field>
      {text('storage', t('buyer.storageLabel'), { multiline: true })}
      {text('nameEn', t('buyer.nameEnLabel'))}
      {text('descriptionEn', t('buyer.descriptionEnLabel'), { multiline: true })}

      <div className="form-actions" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <p className="form-success" role="status">
            {t('buyer.saved', { version: outcome.version })}{' '}
            <Link to={`/products/${encodeURIComponent(initial.id)}`}>{t('listing.publicPage')}</Link>
          </p>
        )}
        {outcome?.kind === 'unchanged' && (
          <p className="form-info" role="status">
            {t('buyer.nothingChanged')}
          </p>
        )}
        {outcome?.kind === 'failed' && (
          <p className="form-alert" role="alert">
            {outcome.message}
          </p>
        )}
        <div className="form-buttons">
          <SubmitButton
            busy={form.submitting}
            disabled={disabled}
            label={t('buyer.save')}
            busyLabel={t('buyer.saving')}
          />
        </div>
      </div>
    </form>
  );
}
