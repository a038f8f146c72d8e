import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { Availability, SalesChannelKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import { userErrorText } from '../form/userErrorText';
import { VndInput } from '../form/VndInput';
import { ConflictPanel } from './ConflictPanel';
import {
  changedFields,
  clientErrors,
  errorKey,
  keepMine,
  LISTING_FIELDS,
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

export const AVAILABILITIES: readonly Availability[] = [
  'IN_STOCK',
  'OUT_OF_STOCK',
  'PRE_ORDER',
  'SEASONAL',
  'DISCONTINUED',
];
export const CHANNEL_KINDS: readonly SalesChannelKind[] = [
  'PROVINCIAL_ESHOP',
  'POSTMART',
  'VOSO',
  'SHOPEE',
  'LAZADA',
  'TIKI',
  'TIKTOK_SHOP',
  'FACEBOOK',
  'ZALO',
  'WEBSITE',
  'STORE',
  'OTHER',
];

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

/**
 * The form field an error path points at ("salesChannels.0.url"), or null when the form has no
 * such field (the error is then shown above the form). An error about a whole channel row
 * ("salesChannels.2") is shown with the channels.
 */
function formKey(key: string, values: ListingValues): string | null {
  if ((LISTING_FIELDS as readonly string[]).includes(key)) return key;
  const row = /^salesChannels\.(\d+)(?:\.(kind|label|url))?$/.exec(key);
  if (!row || Number(row[1]) >= values.salesChannels.length) return null;
  return row[2] ? key : 'salesChannels';
}

/** Whether the field at `key` is empty, so that a TOO_SHORT error reads "cannot be empty". */
function fieldIsEmpty(values: ListingValues, key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], values);
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

const fieldId = (key: string) => `listing-${key.replace(/\./g, '-')}`;

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
  const setChannel = (index: number, change: Partial<ListingValues['salesChannels'][number]>) =>
    set(
      'salesChannels',
      values.salesChannels.map((c, i) => (i === index ? { ...c, ...change } : c)),
    );

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
          const key = formKey(errorKey(error.field), mine);
          const empty = key !== null && fieldIsEmpty(mine, key);
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
  const control = (key: string) => ({ id: fieldId(key), error: errors[key] });

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

      <fieldset className="form-section" disabled={!!conflict}>
        <div className="form-grid">
          <Field {...control('priceVnd')} label={t('listing.price')} hint={t('listing.priceHint')}>
            {(p) => (
              <VndInput {...p} name="priceVnd" value={values.priceVnd} onChange={(v) => set('priceVnd', v)} />
            )}
          </Field>
          <Field {...control('unit')} label={t('listing.unit')} hint={t('listing.unitHint')}>
            {(p) => (
              <input
                {...p}
                type="text"
                name="unit"
                value={values.unit}
                onChange={(e) => set('unit', e.target.value)}
              />
            )}
          </Field>
          <Field {...control('availability')} label={t('listing.availability')}>
            {(p) => (
              <select
                {...p}
                name="availability"
                value={values.availability}
                onChange={(e) => set('availability', e.target.value as Availability)}
              >
                {AVAILABILITIES.map((a) => (
                  <option key={a} value={a}>
                    {t(`product.availability.${a}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            {...control('minOrderQuantity')}
            label={t('listing.minOrder')}
            hint={t('listing.minOrderHint')}
          >
            {(p) => (
              <input
                {...p}
                type="text"
                inputMode="numeric"
                name="minOrderQuantity"
                value={values.minOrderQuantity}
                onChange={(e) => set('minOrderQuantity', e.target.value)}
              />
            )}
          </Field>
          <Field {...control('packaging')} label={t('listing.packaging')}>
            {(p) => (
              <input
                {...p}
                type="text"
                name="packaging"
                value={values.packaging}
                onChange={(e) => set('packaging', e.target.value)}
              />
            )}
          </Field>
          <Field {...control('season')} label={t('listing.season')} hint={t('listing.seasonHint')}>
            {(p) => (
              <input
                {...p}
                type="text"
                name="season"
                value={values.season}
                onChange={(e) => set('season', e.target.value)}
              />
            )}
          </Field>
        </div>
        <Field {...control('description')} label={t('listing.description')}>
          {(p) => (
            <textarea
              {...p}
              name="description"
              rows={4}
              lang="vi"
              value={values.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
      </fieldset>

      <fieldset className="form-section" disabled={!!conflict}>
        <legend>{t('listing.contactTitle')}</legend>
        <div className="form-grid form-grid-3">
          <Field {...control('contactName')} label={t('listing.contactName')}>
            {(p) => (
              <input
                {...p}
                type="text"
                name="contactName"
                autoComplete="name"
                value={values.contactName}
                onChange={(e) => set('contactName', e.target.value)}
              />
            )}
          </Field>
          <Field {...control('contactPhone')} label={t('listing.contactPhone')}>
            {(p) => (
              <input
                {...p}
                type="tel"
                name="contactPhone"
                autoComplete="tel"
                value={values.contactPhone}
                onChange={(e) => set('contactPhone', e.target.value)}
              />
            )}
          </Field>
          <Field {...control('contactEmail')} label={t('listing.contactEmail')}>
            {(p) => (
              <input
                {...p}
                type="email"
                name="contactEmail"
                autoComplete="email"
                value={values.contactEmail}
                onChange={(e) => set('contactEmail', e.target.value)}
              />
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section" disabled={!!conflict}>
        <legend>{t('listing.channelsTitle')}</legend>
        {errors['salesChannels'] && (
          <p id={fieldId('salesChannels')} className="field-error">
            {errors['salesChannels']}
          </p>
        )}
        {values.salesChannels.length === 0 && <p className="muted">{t('listing.noChannels')}</p>}
        <ol className="channel-rows">
          {values.salesChannels.map((channel, index) => (
            <li
              key={index}
              className="channel-row"
              aria-label={t('listing.channelNumber', { number: index + 1 })}
            >
              <Field {...control(`salesChannels.${index}.kind`)} label={t('listing.channelKind')}>
                {(p) => (
                  <select
                    {...p}
                    value={channel.kind}
                    onChange={(e) => setChannel(index, { kind: e.target.value as SalesChannelKind })}
                  >
                    {CHANNEL_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`product.channel.${k}`)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field {...control(`salesChannels.${index}.label`)} label={t('listing.channelLabel')}>
                {(p) => (
                  <input
                    {...p}
                    type="text"
                    value={channel.label}
                    onChange={(e) => setChannel(index, { label: e.target.value })}
                  />
                )}
              </Field>
              <Field {...control(`salesChannels.${index}.url`)} label={t('listing.channelUrl')}>
                {(p) => (
                  <input
                    {...p}
                    type="url"
                    inputMode="url"
                    value={channel.url}
                    onChange={(e) => setChannel(index, { url: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="button button-secondary channel-remove"
                onClick={() =>
                  set(
                    'salesChannels',
                    values.salesChannels.filter((_, i) => i !== index),
                  )
                }
                aria-label={t('listing.channelRemove', { number: index + 1 })}
              >
                ✕
              </button>
            </li>
          ))}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            set('salesChannels', [...values.salesChannels, { kind: 'WEBSITE', label: '', url: '' }])
          }
        >
          + {t('listing.channelAdd')}
        </button>
      </fieldset>

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
