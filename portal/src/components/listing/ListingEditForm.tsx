import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { userErrorText } from '../form/userErrorText';
import { ConflictPanel } from './ConflictPanel';
import { ListingFields, listingFieldId } from './ListingFields';
import {
  changedFields,
  clientErrors,
  errorKey,
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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<{ theirs: ListingData | null } | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [update, { loading }] = useListingUpdate();
  const summaryRef = useRef<HTMLDivElement>(null);
  const conflictRef = useRef<HTMLDivElement>(null);

  const set = <K extends keyof ListingValues>(field: K, value: ListingValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setOutcome(null);
  };
  const focusLater = (element: () => HTMLElement | null) => window.setTimeout(() => element()?.focus(), 0);

  const save = async (base: Based, mine: ListingValues) => {
    const local = clientErrors(mine);
    if (Object.keys(local).length > 0) {
      setErrors(Object.fromEntries(Object.entries(local).map(([k, key]) => [k, t(`listing.${key}`)])));
      setFormErrors([]);
      focusLater(() => summaryRef.current);
      return;
    }
    if (changedFields(base.values, mine).length === 0) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setErrors({});
    setFormErrors([]);
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
        focusLater(() => conflictRef.current);
        return;
      }
      if (payload.userErrors.length > 0) {
        const byField: Record<string, string> = {};
        const general: string[] = [];
        for (const error of payload.userErrors) {
          const key = listingFormKey(errorKey(error.field), mine);
          const empty = key !== null && listingFieldIsEmpty(mine, key);
          if (key) byField[key] ??= userErrorText(t, error, empty);
          else general.push(userErrorText(t, error));
        }
        setErrors(byField);
        setFormErrors(general);
        focusLater(() => summaryRef.current);
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
      const code = CombinedGraphQLErrors.is(error) ? error.errors[0]?.extensions?.['code'] : undefined;
      setOutcome({
        kind: 'failed',
        message: code === 'FORBIDDEN' ? t('listing.notAllowed') : t('listing.failed'),
      });
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!loading && !conflict) void save(based, values);
  };

  const reload = (theirs: ListingData) => {
    const fresh = valuesOf(theirs);
    setBased({ version: theirs.version, values: fresh });
    setValues(fresh);
    setErrors({});
    setFormErrors([]);
    setConflict(null);
    setOutcome({ kind: 'reloaded', version: theirs.version });
  };

  const keep = (theirs: ListingData) => {
    const next: Based = { version: theirs.version, values: valuesOf(theirs) };
    const merged = keepMine(based.values, values, next.values);
    setBased(next);
    setValues(merged);
    setConflict(null);
    void save(next, merged);
  };

  const errorCount = Object.keys(errors).length + formErrors.length;

  return (
    <form className="form listing-form" onSubmit={onSubmit} noValidate aria-busy={loading}>
      <p className="muted small">{t('listing.version', { version: based.version })}</p>

      {conflict && (
        <div ref={conflictRef} tabIndex={-1}>
          <ConflictPanel
            opened={based.values}
            mine={values}
            theirs={conflict.theirs}
            onReload={reload}
            onKeepMine={keep}
            busy={loading}
          />
        </div>
      )}

      {errorCount > 0 && (
        <div ref={summaryRef} tabIndex={-1} className="form-alert" role="alert">
          <p className="form-alert-title">{t('listing.errorSummary', { count: errorCount })}</p>
          <ul>
            {Object.entries(errors).map(([key, message]) => (
              <li key={key}>
                <a href={`#${fieldId(key)}`}>{message}</a>
              </li>
            ))}
            {formErrors.map((message, i) => (
              <li key={`form-${i}`}>{message}</li>
            ))}
          </ul>
        </div>
      )}

      <ListingFields values={values} onChange={set} errors={errors} disabled={!!conflict} />

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
          <button type="submit" className="button" disabled={loading || !!conflict}>
            {loading && <span className="spinner spinner-small" aria-hidden="true" />}
            {loading ? t('listing.saving') : t('listing.save')}
          </button>
          <Link to="/my/products" className="button button-secondary">
            {t('listing.backToMyProducts')}
          </Link>
        </div>
      </div>
    </form>
  );
}
