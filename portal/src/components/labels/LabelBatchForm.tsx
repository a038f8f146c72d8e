import { useState } from 'react';
import type { CertificateStatus } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useIdempotencyKey } from '../form/useIdempotencyKey';
import {
  batchClientErrors,
  batchFieldId,
  batchFieldOf,
  batchInput,
  emptyBatchValues,
  MAX_LOT_LENGTH,
  type BatchValues,
} from './batchForm';
import { useLabelBatchCreate } from './useLabelBatchCreate';

export interface BatchProduct {
  id: string;
  name: string;
  certificateStatus?: CertificateStatus | null;
  listings: ReadonlyArray<{ id: string; unit: string }>;
}

/**
 * Records a production batch and so its labels. The checks a person can fix at once come before
 * sending (batchForm.ts), the API's user errors under their fields. A double submit, or a retry
 * of the same input after a lost answer, carries the same idempotency key: one batch.
 */
export function LabelBatchForm(props: {
  products: readonly BatchProduct[];
  today: string | null;
  onCreated: () => void;
}) {
  const { t, tp, formatNumber } = useI18n();
  const { products, today } = props;
  const certified = products.filter((p) => p.certificateStatus === 'VALID');
  const [values, setValues] = useState<BatchValues>(() =>
    emptyBatchValues(certified[0]?.id ?? '', today ?? ''),
  );
  const [created, setCreated] = useState<{ lot: string; count: number } | null>(null);
  const [create] = useLabelBatchCreate();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit({ forbidden: 'labels.createNotAllowed', failed: 'labels.failed' });
  const product = products.find((p) => p.id === values.productId);
  const set = (field: keyof BatchValues, value: string) => {
    setValues((v) => ({ ...v, [field]: value, ...(field === 'productId' ? { listingId: '' } : {}) }));
    setCreated(null);
  };
  // The production day starts as the platform's today (the page renders the form once it is known).
  const producedOn = values.producedOn;

  const onSubmit = form.handleSubmit(async () => {
    const current = { ...values, producedOn };
    const local = batchClientErrors(current, today);
    if (Object.keys(local).length > 0) {
      form.showErrors({
        byField: Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(key)])),
        general: [],
      });
      return;
    }
    const input = batchInput(current);
    const { data } = await create({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
    const payload = data?.labelBatchCreate;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.batch) {
      form.showUserErrors(payload.userErrors, batchFieldOf, (key) => !current[key as keyof BatchValues]);
      return;
    }
    form.clearErrors();
    setCreated({ lot: payload.batch.lotNumber, count: payload.batch.itemCount });
    setValues(emptyBatchValues(current.productId, today ?? ''));
    props.onCreated();
  });

  const err = form.errors.byField;
  return (
    <form className="form label-batch-form card" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <h2>{t('labels.newBatch')}</h2>
      <FormErrors form={form} fieldId={batchFieldId} title="labels.errorSummary" />
      <Field
        id={batchFieldId('productId')}
        label={t('labels.fieldProduct')}
        hint={t('labels.fieldProductHint')}
        error={err['productId']}
      >
        {(control) => (
          <select {...control} value={values.productId} onChange={(e) => set('productId', e.target.value)}>
            {!values.productId && <option value="">—</option>}
            {products.map((p) => (
              <option key={p.id} value={p.id} disabled={p.certificateStatus !== 'VALID'}>
                {p.name}
                {p.certificateStatus !== 'VALID'
                  ? ` (${t(`product.status.${p.certificateStatus ?? 'NONE'}`)})`
                  : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      {product && product.listings.length > 0 && (
        <Field id={batchFieldId('listingId')} label={t('labels.fieldListing')} error={err['listingId']}>
          {(control) => (
            <select {...control} value={values.listingId} onChange={(e) => set('listingId', e.target.value)}>
              <option value="">{t('labels.noListing')}</option>
              {product.listings.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.unit}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <div className="form-grid label-form-grid">
        <Field
          id={batchFieldId('lotNumber')}
          label={t('labels.fieldLot')}
          hint={t('labels.fieldLotHint')}
          error={err['lotNumber']}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              value={values.lotNumber}
              maxLength={MAX_LOT_LENGTH + 10}
              autoComplete="off"
              onChange={(e) => set('lotNumber', e.target.value)}
            />
          )}
        </Field>
        <Field
          id={batchFieldId('itemCount')}
          label={t('labels.fieldItemCount')}
          hint={t('labels.fieldItemCountHint')}
          error={err['itemCount']}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              value={values.itemCount}
              placeholder={formatNumber(500)}
              autoComplete="off"
              onChange={(e) => set('itemCount', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-grid label-form-grid">
        <Field id={batchFieldId('producedOn')} label={t('labels.fieldProducedOn')} error={err['producedOn']}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={producedOn}
              max={today ?? undefined}
              onChange={(e) => set('producedOn', e.target.value)}
            />
          )}
        </Field>
        <Field id={batchFieldId('bestBefore')} label={t('labels.fieldBestBefore')} error={err['bestBefore']}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={values.bestBefore}
              min={producedOn || undefined}
              onChange={(e) => set('bestBefore', e.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form-actions" aria-live="polite">
        {created && (
          <p className="form-success" role="status">
            {t('labels.created', { lot: created.lot, items: tp('labels.items', created.count) })}
          </p>
        )}
        <div className="form-buttons">
          <SubmitButton busy={form.submitting} label={t('labels.create')} busyLabel={t('labels.creating')} />
        </div>
      </div>
    </form>
  );
}
