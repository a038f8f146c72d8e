import type { Availability, SalesChannelKind } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { Field } from '../form/Field';
import type { VndRefusal } from '../form/parseVnd';
import { VndInput } from '../form/VndInput';
import type { ListingValues } from './listingForm';

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

/** The id of a listing form's control for an error key ("salesChannels.0.url"). */
export const listingFieldId = (key: string) => `listing-${key.replace(/\./g, '-')}`;

/**
 * The fields of a listing — price, unit, availability, packaging, season, minimum order,
 * description, contact and sales channels — with each error under its field. Shared by the edit
 * form and the form that adds a listing, so that both read and fail alike.
 */
export function ListingFields(props: {
  values: ListingValues;
  onChange: <K extends keyof ListingValues>(field: K, value: ListingValues[K]) => void;
  /** Why the price typed cannot be read (null once it can): the form then refuses to send. */
  onPriceRefusal: (refusal: VndRefusal | null) => void;
  errors: Record<string, string>;
  disabled?: boolean;
}) {
  const { t } = useI18n();
  const { values, errors, disabled = false } = props;
  const set = props.onChange;
  const setChannel = (index: number, change: Partial<ListingValues['salesChannels'][number]>) =>
    set(
      'salesChannels',
      values.salesChannels.map((c, i) => (i === index ? { ...c, ...change } : c)),
    );
  const fieldId = listingFieldId;
  const control = (key: string) => ({ id: fieldId(key), error: errors[key] });

  return (
    <>
      <fieldset className="form-section" disabled={disabled}>
        <div className="form-grid">
          <Field {...control('priceVnd')} label={t('listing.price')} hint={t('listing.priceHint')}>
            {(p) => (
              <VndInput
                {...p}
                name="priceVnd"
                value={values.priceVnd}
                onChange={(v, refusal) => {
                  set('priceVnd', v);
                  props.onPriceRefusal(refusal);
                }}
              />
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

      <fieldset className="form-section" disabled={disabled}>
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

      <fieldset className="form-section" disabled={disabled}>
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
    </>
  );
}
