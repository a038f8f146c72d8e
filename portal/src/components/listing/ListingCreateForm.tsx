import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useI18n } from '../../i18n/i18n';
import { FormErrors } from '../form/FormErrors';
import { splitUserErrors } from '../form/userErrors';
import { useIdempotencyKey } from '../form/useIdempotencyKey';
import { ListingFields, listingFieldId } from './ListingFields';
import {
  clientErrors,
  createInput,
  EMPTY_LISTING_VALUES,
  listingFieldIsEmpty,
  listingFormKey,
  type ListingValues,
} from './listingForm';
import { useListingCreate } from './useListingCreate';

/**
 * Adds a listing (a new pack or unit of sale) to a product, with the fields and the field errors
 * of the edit form. A retry of the same input carries the same idempotency key, so a double
 * click or a lost answer never adds the listing twice; a changed input is a new request.
 */
export function ListingCreateForm(props: { productId: string }) {
  const { t } = useI18n();
  const [values, setValues] = useState<ListingValues>(EMPTY_LISTING_VALUES);
  const [errors, setErrors] = useState<{ byField: Record<string, string>; general: string[] }>({
    byField: {},
    general: [],
  });
  const [created, setCreated] = useState<{ unit: string } | null>(null);
  const [create, { loading }] = useListingCreate();
  const keyFor = useIdempotencyKey();
  const summary = useRef<HTMLDivElement>(null);
  const showErrors = (next: { byField: Record<string, string>; general: string[] }) => {
    setErrors(next);
    window.setTimeout(() => summary.current?.focus(), 0);
  };

  const set = <K extends keyof ListingValues>(field: K, value: ListingValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setCreated(null);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const local = clientErrors(values);
    if (Object.keys(local).length > 0) {
      showErrors({
        byField: Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(`listing.${key}`)])),
        general: [],
      });
      return;
    }
    const input = createInput(props.productId, values);
    try {
      const { data } = await create({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
      const payload = data?.productListingCreate;
      if (!payload) throw new Error('no payload');
      if (payload.userErrors.length > 0 || !payload.listing) {
        showErrors(
          splitUserErrors(
            t,
            payload.userErrors,
            (path) => listingFormKey(path, values),
            (key) => listingFieldIsEmpty(values, key),
          ),
        );
        return;
      }
      setErrors({ byField: {}, general: [] });
      setCreated({ unit: payload.listing.unit });
    } catch (failure) {
      const code = CombinedGraphQLErrors.is(failure) ? failure.errors[0]?.extensions?.['code'] : undefined;
      showErrors({
        byField: {},
        general: [code === 'FORBIDDEN' ? t('listing.createNotAllowed') : t('listing.failed')],
      });
    }
  };

  return (
    <form className="form listing-form" onSubmit={(e) => void onSubmit(e)} noValidate aria-busy={loading}>
      <FormErrors
        ref={summary}
        byField={errors.byField}
        general={errors.general}
        fieldId={listingFieldId}
        title="listing.errorSummary"
      />
      <ListingFields values={values} onChange={set} errors={errors.byField} />
      <div className="form-actions" aria-live="polite">
        {created && (
          <p className="form-success" role="status">
            {t('listing.created', { unit: created.unit })}{' '}
            <Link to="/my/products">{t('listing.backToMyProducts')}</Link>
          </p>
        )}
        <div className="form-buttons">
          <button type="submit" className="button" disabled={loading}>
            {loading && <span className="spinner spinner-small" aria-hidden="true" />}
            {loading ? t('listing.creating') : t('listing.create')}
          </button>
          <Link to="/my/products" className="button button-secondary">
            {t('listing.backToMyProducts')}
          </Link>
        </div>
      </div>
    </form>
  );
}
