import { useState, type FormEvent } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import type { FailureMessages } from '../form/failure';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useIdempotencyKey } from '../form/useIdempotencyKey';
import { useProductCertificationAdd, useProductCertificationRemove } from './useProductDetails';

export const CertificationsEditor_product = graphql(`
  fragment CertificationsEditor_product on OcopProduct {
    id
    qualityCertifications {
      id
      version
      scheme
      schemeName
      issuer
      number
      validFrom
      validUntil
      status
      expiredSince
    }
  }
`);

const SCHEMES = ['VIETGAP', 'GLOBALGAP', 'ORGANIC', 'HACCP', 'ISO_22000', 'OTHER'] as const;
type Scheme = (typeof SCHEMES)[number];
const FAILURES: FailureMessages = { forbidden: 'buyer.notAllowed', failed: 'buyer.failed' };
const fieldId = (key: string) => `cert-${key}`;

interface Draft {
  scheme: Scheme;
  schemeName: string;
  issuer: string;
  number: string;
  validFrom: string;
  validUntil: string;
}
const EMPTY: Draft = {
  scheme: 'VIETGAP',
  schemeName: '',
  issuer: '',
  number: '',
  validFrom: '',
  validUntil: '',
};

/**
 * A product's other certifications as its editor keeps them: each with its status (from the API,
 * on the platform's day) and a remove button; a form to add one. `onChanged` reloads the page's
 * query (the list and the statuses come from the server, never computed here).
 */
export function CertificationsEditor(props: {
  product: FragmentType<typeof CertificationsEditor_product>;
  onChanged: () => Promise<unknown>;
}) {
  const { t, formatDate } = useI18n();
  const product = getFragmentData(CertificationsEditor_product, props.product);
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [notice, setNotice] = useState<string | null>(null);
  const [add] = useProductCertificationAdd();
  const [remove] = useProductCertificationRemove();
  const form = useFormSubmit(FAILURES);
  const removal = useFormSubmit(FAILURES);
  const idempotencyKey = useIdempotencyKey();

  const set = (field: keyof Draft, value: string) => {
    setDraft((d) => ({ ...d, [field]: value }));
    setNotice(null);
  };

  const send = async () => {
    // A date field gives '' for nothing or a half-typed day: said here, since the API's Date type
    // would refuse the whole request instead of naming the field.
    const missing: Record<string, string> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.validFrom)) missing.validFrom = t('form.required');
    if (draft.validUntil && !/^\d{4}-\d{2}-\d{2}$/.test(draft.validUntil))
      missing.validUntil = t('form.required');
    if (Object.keys(missing).length > 0) {
      form.showErrors({ byField: missing, general: [] });
      return;
    }
    const { data } = await add({
      variables: {
        input: {
          productId: product.id,
          scheme: draft.scheme,
          schemeName: draft.scheme === 'OTHER' ? draft.schemeName || null : null,
          issuer: draft.issuer,
          number: draft.number || null,
          validFrom: draft.validFrom,
          validUntil: draft.validUntil || null,
          idempotencyKey: idempotencyKey(draft),
        },
      },
    });
    const payload = data?.productCertificationAdd;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0) {
      form.showUserErrors(
        payload.userErrors,
        (path) => (path in EMPTY ? path : null),
        (key) => !draft[key as keyof Draft],
      );
      return;
    }
    form.clearErrors();
    setDraft(EMPTY);
    setNotice(t('buyer.certAdded'));
    await props.onChanged();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void form.run(send);
  };

  const drop = (id: string, version: number) =>
    removal.run(async () => {
      const { data } = await remove({ variables: { input: { id, version } } });
      const payload = data?.productCertificationRemove;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.some((e) => e.code === 'CONFLICT')) setNotice(t('buyer.certRemoveConflict'));
      else if (payload.userErrors.length > 0) removal.showUserErrors(payload.userErrors, () => null);
      else setNotice(t('buyer.certRemoved'));
      await props.onChanged();
    });

  const nameOf = (c: { scheme: Scheme; schemeName?: string | null }) =>
    c.scheme === 'OTHER' && c.schemeName ? c.schemeName : t(`buyer.scheme.${c.scheme}`);

  return (
    <section className="card certifications-editor" aria-labelledby="certifications-title">
      <h2 id="certifications-title">{t('buyer.certifications')}</h2>
      <FormErrors form={removal} fieldId={fieldId} title="buyer.errorSummary" />
      {product.qualityCertifications.length === 0 ? (
        <p className="muted">{t('buyer.noCertifications')}</p>
      ) : (
        <ul className="quality-certifications">
          {product.qualityCertifications.map((c) => (
            <li key={c.id} className="quality-certification" data-status={c.status}>
              <span className="quality-certification-name">{nameOf(c)}</span>{' '}
              <span className={`badge quality-badge quality-${c.status.toLowerCase()}`}>
                {c.status === 'EXPIRED'
                  ? t('buyer.certStatus.EXPIRED', { date: formatDate(c.expiredSince ?? c.validUntil ?? '') })
                  : c.status === 'NOT_YET_VALID'
                    ? t('buyer.certStatus.NOT_YET_VALID', { date: formatDate(c.validFrom) })
                    : t('buyer.certStatus.VALID')}
              </span>
              <span className="quality-certification-issuer muted" lang="vi">
                {c.number ? t('buyer.certLine', { issuer: c.issuer, number: c.number }) : c.issuer}
              </span>
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('buyer.certRemoveNamed', { name: nameOf(c) })}
                disabled={removal.submitting}
                onClick={() => void drop(c.id, c.version)}
              >
                {t('buyer.certRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {notice && (
        <p className="form-info" role="status">
          {notice}
        </p>
      )}

      <form className="form cert-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
        <h3>{t('buyer.certAddTitle')}</h3>
        <FormErrors form={form} fieldId={fieldId} title="buyer.errorSummary" />
        <Field id={fieldId('scheme')} label={t('buyer.certScheme')} error={form.errors.byField.scheme}>
          {(control) => (
            <select {...control} value={draft.scheme} onChange={(e) => set('scheme', e.target.value)}>
              {SCHEMES.map((scheme) => (
                <option key={scheme} value={scheme}>
                  {t(`buyer.scheme.${scheme}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {draft.scheme === 'OTHER' && (
          <Field
            id={fieldId('schemeName')}
            label={t('buyer.certSchemeName')}
            error={form.errors.byField.schemeName}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={draft.schemeName}
                onChange={(e) => set('schemeName', e.target.value)}
              />
            )}
          </Field>
        )}
        <Field id={fieldId('issuer')} label={t('buyer.certIssuer')} error={form.errors.byField.issuer}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.issuer}
              onChange={(e) => set('issuer', e.target.value)}
            />
          )}
        </Field>
        <Field id={fieldId('number')} label={t('buyer.certNumber')} error={form.errors.byField.number}>
          {(control) => (
            <input
              {...control}
              type="text"
              value={draft.number}
              onChange={(e) => set('number', e.target.value)}
            />
          )}
        </Field>
        <div className="details-capacity-row">
          <Field
            id={fieldId('validFrom')}
            label={t('buyer.certValidFrom')}
            error={form.errors.byField.validFrom}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.validFrom}
                onChange={(e) => set('validFrom', e.target.value)}
              />
            )}
          </Field>
          <Field
            id={fieldId('validUntil')}
            label={t('buyer.certValidUntil')}
            error={form.errors.byField.validUntil}
          >
            {(control) => (
              <input
                {...control}
                type="date"
                value={draft.validUntil}
                onChange={(e) => set('validUntil', e.target.value)}
              />
            )}
          </Field>
        </div>
        <SubmitButton busy={form.submitting} label={t('buyer.certAdd')} busyLabel={t('buyer.certAdding')} />
      </form>
    </section>
  );
}
