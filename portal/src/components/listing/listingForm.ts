import type {
  Availability,
  ProductListingCreateInput,
  ProductListingUpdateInput,
  SalesChannelKind,
} from '../../gql/graphql';
import type { MessageKey } from '../../i18n/i18n';
import type { VndRefusal } from '../form/parseVnd';

/** A sales channel as the form edits it: empty strings for missing texts. */
export interface ChannelValues {
  kind: SalesChannelKind;
  label: string;
  url: string;
}

/** What the edit form holds: the listing's fields as typed, before they are sent. */
export interface ListingValues {
  priceVnd: number | null;
  unit: string;
  packaging: string;
  availability: Availability;
  season: string;
  minOrderQuantity: string;
  description: string;
  contactName: string;
  contactPhone: string;
  contactEmail: string;
  salesChannels: ChannelValues[];
}

export type ListingField = keyof ListingValues;

/** The fields in the order the form shows them (also the order of the comparison). */
export const LISTING_FIELDS: readonly ListingField[] = [
  'priceVnd',
  'unit',
  'packaging',
  'availability',
  'season',
  'minOrderQuantity',
  'description',
  'contactName',
  'contactPhone',
  'contactEmail',
  'salesChannels',
];

/** A listing as the API returns it (the fields the form edits, plus id and version). */
export interface ListingData {
  id: string;
  version: number;
  priceVnd?: number | string | null;
  unit: string;
  packaging?: string | null;
  availability: Availability;
  season?: string | null;
  minOrderQuantity?: number | null;
  description?: string | null;
  contact?: { name?: string | null; phone?: string | null; email?: string | null } | null;
  salesChannels: ReadonlyArray<{ kind: SalesChannelKind; label?: string | null; url?: string | null }>;
}

export function valuesOf(listing: ListingData): ListingValues {
  return {
    priceVnd: listing.priceVnd === null || listing.priceVnd === undefined ? null : Number(listing.priceVnd),
    unit: listing.unit,
    packaging: listing.packaging ?? '',
    availability: listing.availability,
    season: listing.season ?? '',
    minOrderQuantity:
      listing.minOrderQuantity === null || listing.minOrderQuantity === undefined
        ? ''
        : String(listing.minOrderQuantity),
    description: listing.description ?? '',
    contactName: listing.contact?.name ?? '',
    contactPhone: listing.contact?.phone ?? '',
    contactEmail: listing.contact?.email ?? '',
    salesChannels: listing.salesChannels.map((c) => ({
      kind: c.kind,
      label: c.label ?? '',
      url: c.url ?? '',
    })),
  };
}

/** An optional text as the API takes it: trimmed, and null when empty. */
const text = (value: string): string | null => value.trim() || null;

/** The value of one field as it would be sent, to compare two versions of the form. */
function sent(values: ListingValues, field: ListingField): unknown {
  switch (field) {
    case 'priceVnd':
    case 'availability':
      return values[field];
    case 'unit':
      return values.unit.trim();
    case 'minOrderQuantity':
      return values.minOrderQuantity.trim() === '' ? null : Number(values.minOrderQuantity);
    case 'salesChannels':
      return values.salesChannels.map((c) => ({ kind: c.kind, label: text(c.label), url: text(c.url) }));
    default:
      return text(values[field]);
  }
}

export function sameField(a: ListingValues, b: ListingValues, field: ListingField): boolean {
  return JSON.stringify(sent(a, field)) === JSON.stringify(sent(b, field));
}

/** The fields the person changed from the version they opened. */
export function changedFields(base: ListingValues, mine: ListingValues): ListingField[] {
  return LISTING_FIELDS.filter((field) => !sameField(base, mine, field));
}

/**
 * The update to send: only the fields the person changed, so that a change made on top of a
 * newer version (after a conflict) never silently puts back someone else's older values.
 */
export function updateInput(
  id: string,
  version: number,
  base: ListingValues,
  mine: ListingValues,
): ProductListingUpdateInput {
  const input: ProductListingUpdateInput = { id, version };
  for (const field of changedFields(base, mine)) {
    (input as Record<string, unknown>)[field] = sent(mine, field);
  }
  return input;
}

/**
 * After a conflict, "keep mine": the new version, with the person's own changes (made against
 * the version they opened) applied on top of it.
 */
export function keepMine(
  openedBase: ListingValues,
  mine: ListingValues,
  theirs: ListingValues,
): ListingValues {
  const merged: ListingValues = { ...theirs };
  for (const field of changedFields(openedBase, mine)) {
    (merged as unknown as Record<string, unknown>)[field] = mine[field];
  }
  return merged;
}

/**
 * Client-side checks that spare a round trip; the API checks everything again. A price the field
 * could not read (`priceRefusal`, see parseVnd) is never sent as some other amount.
 */
export function clientErrors(
  values: ListingValues,
  priceRefusal: VndRefusal | null = null,
): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (priceRefusal) errors.priceVnd = `form.vnd.${priceRefusal}`;
  const min = values.minOrderQuantity.trim();
  if (min !== '' && !/^[1-9]\d{0,6}$/.test(min)) errors.minOrderQuantity = 'listing.minOrderInvalid';
  return errors;
}

/**
 * The form field an error path points at ("salesChannels.0.url"), or null when the form has no
 * such field (the error is then shown above the form). An error about a whole channel row
 * ("salesChannels.2") is shown with the channels.
 */
export function listingFormKey(key: string, values: ListingValues): string | null {
  if ((LISTING_FIELDS as readonly string[]).includes(key)) return key;
  const row = /^salesChannels\.(\d+)(?:\.(kind|label|url))?$/.exec(key);
  if (!row || Number(row[1]) >= values.salesChannels.length) return null;
  return row[2] ? key : 'salesChannels';
}

/** Whether the field at `key` is empty, so that a TOO_SHORT error reads "cannot be empty". */
export function listingFieldIsEmpty(values: ListingValues, key: string): boolean {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], values);
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** An empty listing form: in stock, no price yet (contact for price), no channels. */
export const EMPTY_LISTING_VALUES: ListingValues = {
  priceVnd: null,
  unit: '',
  packaging: '',
  availability: 'IN_STOCK',
  season: '',
  minOrderQuantity: '',
  description: '',
  contactName: '',
  contactPhone: '',
  contactEmail: '',
  salesChannels: [],
};

/** A new listing as `productListingCreate` takes it (without its idempotency key). */
export function createInput(productId: string, values: ListingValues): ProductListingCreateInput {
  const input: Record<string, unknown> = { productId };
  for (const field of LISTING_FIELDS) input[field] = sent(values, field);
  return input as unknown as ProductListingCreateInput;
}
