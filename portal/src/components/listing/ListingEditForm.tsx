import type { VndRefusal } from '../form/parseVnd';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { failureMessage, type FailureMessages } from '../form/failure';
import { FormErrors } from '../form/FormErrors';
import { SubmitButton } from '../form/SubmitButton';
import { useFormSubmit } from '../form/useFormSubmit';
import { ConflictPanel } from './ConflictPanel';
import { ListingFields, listingFieldId } from './ListingFields';
import {
  changedFields,
  clientErrors,
  keepMine,
  listingFieldIsEmpty,
  listingFormKey,
  updateInput,
  valuesOf,
  type ListingData,
  type ListingValues,
} from './listingForm';
import { useListingUpdate } from './useListingUpdate';

export const ListingEditForm_listing = graphql(`
  fragment ListingEditForm_listing on ProductListing {
    id
    version
    priceVnd
    unit
    packaging
    availability
    season
    minOrderQuantity
    description
    contact {
      name
      phone
      email
    }
    salesChannels {
      kind
      label
      url
    }
  }
`);

/** The version the person is editing: its number and values as the API returned them. */
interface Based {
  version: number;
  values: ListingValues;
}

type Outcome =
  | { kind: 'saved'; version: number }
  | { kind: 'reloaded'; version: number }
  | { kind: 'unchanged' }
  | { kind: 'failed'; message: string }
  | null;

const fieldId = listingFieldId;
const FAILURES: FailureMessages = { forbidden: 'listing.notAllowed', failed: 'listing.failed' };

/**
 * The edit form of a listing. Only the fields the person changed are sent, with the version
 * they opened; the API's field errors appear under their fields, and a CONFLICT (someone saved
 * in between) offers to load the new version or to compare and keep one's own changes on it.
 */
export function ListingEditForm(props: {
  listing: FragmentType<typeof ListingEditForm_listing>;
  productId: string;
  productName: string;
}) {
  const { t } = useI18n();
  const initial = getFragmentData(ListingEditForm_listing, props.listing);
  const listingId = initial.id;
  // The version opened is kept here, not read from the cache: the cache takes the other
  // person's version as soon as a CONFLICT answer brings it, and the form must not follow.
  const [based, setBased] = useState<Based>(() => ({ version: initial.version, values: valuesOf(initial) }));
  const [values, setValues] = useState<ListingValues>(() => valuesOf(initial));
  const [priceRefusal, setPriceRefusal] = useState<VndRefusal | null>(null);
  // Bumped when the new version is loaded: the fields start again from it, a price typed and
  // refused included (its text would otherwise stay when their price equals the one opened).
  const [loads, setLoads] = useState(0);
  const [conflict, setConflict] = useState<{ theirs: ListingData | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [update] = useListingUpdate();
  // A failure outright is said beside the buttons (an outcome), not in the summary: `save` catches it.
  const form = useFormSubmit(FAILURES);
  const conflictRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof ListingValues>(field: K, value: ListingValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setOutcome(null);
  };

  const save = async (base: Based, mine: ListingValues) => {
    const local = clientErrors(mine, priceRefusal);
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
        variables: { input: updateInput(listingId, base.version, base.values, mine) },
      });
      const payload = data?.productListingUpdate;
      if (!payload) throw new Error('no payload');
      const answered = payload.listing ? getFragmentData(ListingEditForm_listing, payload.listing) : null;
      const conflicted = payload.userErrors.find((e) => e.code === 'CONFLICT');
      if (conflicted) {
        setConflict({ theirs: answered });
        window.setTimeout(() => conflictRef.current?.focus(), 0);
        return;
      }
      if (payload.userErrors.length > 0) {
        form.showUserErrors(
          payload.userErrors,
          (path) => listingFormKey(path, mine),
          (key) => listingFieldIsEmpty(mine, key),
        );
        return;
      }
      if (answered) {
        const fresh = valuesOf(answered);
        setBased({ version: answered.version, values: fresh });
        setValues(fresh);
        setConflict(null);
        setOutcome({ kind: 'saved', version: answered.version });
      }
    } catch (error) {
      setOutcome({ kind: 'failed', message: t(failureMessage(error, FAILURES)) });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!conflict) void form.run(() => save(based, values));
  };

  const reload = (theirs: ListingData) => {
    const fresh = valuesOf(theirs);
    setBased({ version: theirs.version, values: fresh });
    setValues(fresh);
    setPriceRefusal(null);
    setLoads((n) => n + 1);
    form.clearErrors();
    setConflict(null);
    setOutcome({ kind: 'reloaded', version: theirs.version });
  };

  const keep = (theirs: ListingData) => {
    const next: Based = { version: theirs.version, values: valuesOf(theirs) };
    const merged = keepMine(based.values, values, next.values);
    setBased(next);
    setValues(merged);
    setConflict(null);
    void form.run(() => save(next, merged));
  };

  return (
    <form className="form listing-form" onSubmit={onSubmit} noValidate aria-busy={form.submitting}>
      <p className="muted small">{t('listing.version', { version: based.version })}</p>

      {conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <ConflictPanel
            opened={based.values}
            mine={values}
            theirs={conflict.theirs}
            onReload={reload}
            onKeepMine={keep}
            busy={form.submitting}
          />
        </div>
      )}

      <FormErrors form={form} fieldId={fieldId} title="listing.errorSummary" />

      <ListingFields
        key={loads}
        values={values}
        onChange={set}
        onPriceRefusal={setPriceRefusal}
        errors={form.errors.byField}
        disabled={!!conflict}
      />

      <div className="form-actions" aria-live="polite">
        {outcome?.kind === 'saved' && (
          <p className="form-success" role="status">
            {t('listing.saved', { version: outcome.version })}{' '}
            <Link to={`/products/${encodeURIComponent(props.productId)}`}>
              {t('listing.publicPage')}: {props.productName}
            </Link>
          </p>
        )}
        {outcome?.kind === 'reloaded' && (
          <p className="form-info" role="status">
            {t('listing.reloaded', { version: outcome.version })}
          </p>
        )}
        {outcome?.kind === 'unchanged' && (
          <p className="form-info" role="status">
            {t('listing.nothingChanged')}
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
            disabled={!!conflict}
            label={t('listing.save')}
            busyLabel={t('listing.saving')}
          />
          <Link to="/my/products" className="button button-secondary">
            {t('listing.backToMyProducts')}
          </Link>
        </div>
      </div>
    </form>
  );
}
