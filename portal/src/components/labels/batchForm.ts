import type { MessageKey } from '../../i18n/i18n';

/** What the batch form holds, as typed. */
export interface BatchValues {
  productId: string;
  listingId: string;
  lotNumber: string;
  producedOn: string;
  bestBefore: string;
  itemCount: string;
}

export type BatchField = keyof BatchValues;

export const MAX_ITEMS = 10_000;
export const MAX_LOT_LENGTH = 50;

export function emptyBatchValues(productId = '', today = ''): BatchValues {
  return { productId, listingId: '', lotNumber: '', producedOn: today, bestBefore: '', itemCount: '' };
}

/**
 * The item count typed, or null when it is not a whole number from 1 to MAX_ITEMS. Thousands may
 * be grouped ("10.000", "10,000", "10 000"); "12,5" is a decimal, not 125.
 */
export function parseItemCount(typed: string): number | null {
  const trimmed = typed.trim();
  if (!/^(\d{1,3}([.,\s]\d{3})*|\d{1,6})$/.test(trimmed)) return null;
  const digits = trimmed.replace(/[.,\s]/g, '');
  const n = Number(digits);
  return n >= 1 && n <= MAX_ITEMS ? n : null;
}

/**
 * What the person can fix before sending, by field (the API checks it all again): a product, a
 * lot of 1–50 characters, a production day not after the platform's `today`, a best-before day
 * not before it, and 1–10,000 labels.
 */
export function batchClientErrors(
  v: BatchValues,
  today: string | null,
): Partial<Record<BatchField, MessageKey>> {
  const errors: Partial<Record<BatchField, MessageKey>> = {};
  if (!v.productId) errors.productId = 'labels.errorProduct';
  const lot = v.lotNumber.trim();
  if (!lot) errors.lotNumber = 'labels.errorLot';
  else if (lot.length > MAX_LOT_LENGTH) errors.lotNumber = 'labels.errorLotLong';
  if (!v.producedOn) errors.producedOn = 'labels.errorProducedOn';
  else if (today && v.producedOn > today) errors.producedOn = 'labels.errorProducedFuture';
  if (v.bestBefore && v.producedOn && v.bestBefore < v.producedOn)
    errors.bestBefore = 'labels.errorBestBefore';
  if (parseItemCount(v.itemCount) === null) errors.itemCount = 'labels.errorItemCount';
  return errors;
}

/** The mutation's input (without its idempotency key) from valid values. */
export function batchInput(v: BatchValues) {
  return {
    productId: v.productId,
    listingId: v.listingId || null,
    lotNumber: v.lotNumber.trim(),
    producedOn: v.producedOn,
    bestBefore: v.bestBefore || null,
    itemCount: parseItemCount(v.itemCount) ?? 0,
  };
}

const FIELDS: readonly BatchField[] = [
  'productId',
  'listingId',
  'lotNumber',
  'producedOn',
  'bestBefore',
  'itemCount',
];

/** The field an API error path names ("lotNumber"), or null for the form as a whole. */
export function batchFieldOf(path: string): BatchField | null {
  const head = path.split('.')[0] as BatchField;
  return FIELDS.includes(head) ? head : null;
}

export const batchFieldId = (key: string) => `label-batch-${key}`;
