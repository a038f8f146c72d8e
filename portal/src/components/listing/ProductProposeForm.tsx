import { useState } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { useIdempotencyKey } from '../form/useIdempotencyKey';
import { CommunePicker, type PickedUnit } from '../official/CommunePicker';
import { useProductPropose } from './useProductPropose';

export const ProductProposeForm_sector = graphql(`
  fragment ProductProposeForm_sector on OcopSector {
    code
    nameVi
    nameEn
    groups {
      code
      nameVi
      nameEn
      productSets {
        code
        nameVi
        nameEn
      }
    }
  }
`);

const FIELDS = ['name', 'description', 'productSetCode', 'originCommuneId'] as const;
const fieldId = (key: string) => `propose-${key}`;
// Anywhere in the country: a product may be made outside its producer's commune.
const WHOLE_COUNTRY = { kind: 'all' } as const;

/**
 * Proposing a new product of the producer: its name, description, OCOP classification (sector →
 * group → product set, optional) and the commune where it is made. The producer is the one the
 * editor works for, from their role, shown and never chosen here. A product proposed is not OCOP
 * until certified; the form says so before anything is sent.
 */
export function ProductProposeForm(props: {
  sectors: ReadonlyArray<FragmentType<typeof ProductProposeForm_sector>>;
  producer: { id: string; name: string };
  /** Whether to name the producer: only when the editor works for several (the API asks which). */
  nameProducer: boolean;
}) {
  const { t, locale } = useI18n();
  const sectors = props.sectors.map((s) => getFragmentData(ProductProposeForm_sector, s));
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [sectorCode, setSectorCode] = useState('');
  const [groupCode, setGroupCode] = useState('');
  const [productSetCode, setProductSetCode] = useState('');
  const [commune, setCommune] = useState<PickedUnit | null>(null);
  const [proposed, setProposed] = useState<{ id: string; name: string } | null>(null);
  const [propose] = useProductPropose();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit({ forbidden: 'listing.proposeNotAllowed', failed: 'listing.failed' });
  const label = (item: { nameVi: string; nameEn: string; code: string }) =>
    `${item.code} · ${locale === 'en' ? item.nameEn : item.nameVi}`;

  const sector = sectors.find((s) => s.code === sectorCode);
  const group = sector?.groups.find((g) => g.code === groupCode);

  const onSubmit = form.handleSubmit(async () => {
    setProposed(null);
    if (!name.trim()) {
      form.showErrors({ byField: { name: t('form.required') }, general: [] });
      return;
    }
    const input = {
      name: name.trim(),
      description: description.trim() || null,
      productSetCode: productSetCode || null,
      originCommuneId: commune?.id ?? null,
      ...(props.nameProducer ? { producerId: props.producer.id } : {}),
    };
    const { data } = await propose({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
    const payload = data?.productPropose;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.product) {
      form.showUserErrors(
        payload.userErrors,
        (path) => ((FIELDS as readonly string[]).includes(path) ? path : null),
        (key) => key === 'name' && !name.trim(),
      );
      return;
    }
    form.clearErrors();
    setProposed({ id: payload.product.id, name: payload.product.name });
  });

  const err = (key: string) => form.errors.byField[key];
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={fieldId} title="listing.errorSummary" />
      <section className="form-section">
        <div className="field">
          <span className="field-label">{t('listing.proposeProducer')}</span>
          <p className="field-static">{props.producer.name}</p>
        </div>
        <Field
          id={fieldId('name')}
          label={t('listing.productName')}
          hint={t('listing.productNameHint')}
          error={err('name')}
        >
          {(p) => (
            <input
              {...p}
              type="text"
              lang="vi"
              value={name}
              onChange={(e) => (setName(e.target.value), setProposed(null))}
            />
          )}
        </Field>
        <Field id={fieldId('description')} label={t('listing.productDescription')} error={err('description')}>
          {(p) => (
            <textarea
              {...p}
              rows={4}
              lang="vi"
              value={description}
              onChange={(e) => (setDescription(e.target.value), setProposed(null))}
            />
          )}
        </Field>
      </section>
      <fieldset className="form-section">
        <legend>{t('listing.classification')}</legend>
        <p className="field-hint">{t('listing.classificationHint')}</p>
        <div className="form-grid form-grid-3">
          <Field id={fieldId('sector')} label={t('listing.sector')}>
            {(p) => (
              <select
                {...p}
                value={sectorCode}
                onChange={(e) => {
                  setSectorCode(e.target.value);
                  setGroupCode('');
                  setProductSetCode('');
                }}
              >
                <option value="">{t('listing.chooseOption')}</option>
                {sectors.map((s) => (
                  <option key={s.code} value={s.code}>
                    {label(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('group')} label={t('listing.group')}>
            {(p) => (
              <select
                {...p}
                value={groupCode}
                disabled={!sector}
                onChange={(e) => {
                  setGroupCode(e.target.value);
                  setProductSetCode('');
                }}
              >
                <option value="">{t('listing.chooseOption')}</option>
                {sector?.groups.map((g) => (
                  <option key={g.code} value={g.code}>
                    {label(g)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('productSetCode')} label={t('listing.productSet')} error={err('productSetCode')}>
            {(p) => (
              <select
                {...p}
                value={productSetCode}
                disabled={!group}
                onChange={(e) => setProductSetCode(e.target.value)}
              >
                <option value="">{t('listing.chooseOption')}</option>
                {group?.productSets.map((s) => (
                  <option key={s.code} value={s.code}>
                    {label(s)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <section className="form-section">
        <CommunePicker
          legend={t('listing.originCommune')}
          id={fieldId('originCommuneId')}
          scope={WHOLE_COUNTRY}
          value={commune}
          onChange={setCommune}
          error={err('originCommuneId')}
        />
      </section>
      <div className="form-actions" aria-live="polite">
        {proposed && (
          <p className="form-success" role="status">
            {t('listing.proposed', { name: proposed.name })}{' '}
            <Link to={`/my/products/${encodeURIComponent(proposed.id)}/listings/new`}>
              {t('listing.addListingToIt')}
            </Link>
          </p>
        )}
        <div className="form-buttons">
          <SubmitButton
            busy={form.submitting}
            label={t('listing.proposeSubmit')}
            busyLabel={t('listing.proposing')}
          />
          <Link to="/my/products" className="button button-secondary">
            {t('listing.backToMyProducts')}
          </Link>
        </div>
      </div>
    </form>
  );
}
