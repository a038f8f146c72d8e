import type { VndRefusal } from '../form/parseVnd';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
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
  const [priceRefusal, setPriceRefusal] = useState<VndRefusal | null>(null);
  const [created, setCreated] = useState<{ unit: string } | null>(null);
  const [create] = useListingCreate();
  const keyFor = useIdempotencyKey();
  const form = useFormSubmit({ forbidden: 'listing.createNotAllowed', failed: 'listing.failed' });

  const set = <K extends keyof ListingValues>(field: K, value: ListingValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setCreated(null);
  };

  const onSubmit = form.handleSubmit(async () => {
    const local = clientErrors(values, priceRefusal);
    if (Object.keys(local).length > 0) {
      form.showErrors({
        byField: Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(key)])),
        general: [],
      });
      return;
    }
    const input = createInput(props.productId, values);
    const { data } = await create({ variables: { input: { ...input, idempotencyKey: keyFor(input) } } });
    const payload = data?.productListingCreate;
    if (!payload) throw new Error('no payload');
    if (payload.userErrors.length > 0 || !payload.listing) {
      form.showUserErrors(
        payload.userErrors,
        (path) => listingFormKey(path, values),
        (key) => listingFieldIsEmpty(values, key),
      );
      return;
    }
    form.clearErrors();
    setCreated({ unit: payload.listing.unit });
  });

  return (
    <form className="form listing-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrors form={form} fieldId={listingFieldId} title="listing.errorSummary" />
      <ListingFields
        values={values}
        onChange={set}
        onPriceRefusal={setPriceRefusal}
        errors={form.errors.byField}
      />
      <div className="form-actions" aria-live="polite">
        {created && (
          <p className="form-success" role="status">
            {t('listing.created', { unit: created.unit })}{' '}
            <Link to="/my/products">{t('listing.backToMyProducts')}</Link>
          </p>
        )}
        <div className="form-buttons">
          <SubmitButton
            busy={form.submitting}
            label={t('listing.create')}
            busyLabel={t('listing.creating')}
          />
          <Link to="/my/products" className="button button-secondary">
            {t('listing.backToMyProducts')}
          </Link>
        </div>
      </div>
    </form>
  );
}
