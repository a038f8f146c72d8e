import type { MessageKey } from '../../i18n/i18n';

export type CapacityPeriod = 'MONTH' | 'SEASON' | 'YEAR';

/** What the API says of a product's buyer details (the form's fragment). */
export interface DetailsData {
  detailsVersion: number;
  nameEn?: string | null;
  descriptionEn?: string | null;
  shelfLifeDays?: number | null;
  storageInstructions?: string | null;
  capacity?: { quantity: number; unit: string; period: CapacityPeriod } | null;
}

/** The form's fields as typed (numbers as text: "2,5" is a Vietnamese 2.5). */
export interface DetailsValues {
  quantity: string;
  unit: string;
  period: CapacityPeriod | '';
  shelfLife: string;
  storage: string;
  nameEn: string;
  descriptionEn: string;
}

export type DetailsField = keyof DetailsValues;
export const DETAILS_FIELDS: readonly DetailsField[] = [
  'quantity',
  'unit',
  'period',
  'shelfLife',
  'storage',
  'nameEn',
  'descriptionEn',
];

/** A quantity as shown in the field, with the reader's decimal mark. */
function quantityText(quantity: number, decimalComma: boolean): string {
  const text = String(quantity);
  return decimalComma ? text.replace('.', ',') : text;
}

export function valuesOf(data: DetailsData, decimalComma = true): DetailsValues {
  return {
    quantity: data.capacity ? quantityText(data.capacity.quantity, decimalComma) : '',
    unit: data.capacity?.unit ?? '',
    period: data.capacity?.period ?? '',
    shelfLife: data.shelfLifeDays ? String(data.shelfLifeDays) : '',
    storage: data.storageInstructions ?? '',
    nameEn: data.nameEn ?? '',
    descriptionEn: data.descriptionEn ?? '',
  };
}

/**
 * A quantity typed either way — "2,5" or "2.5", "1.500" or "1,500" (thousands) — as a number; null
 * when it is not one. A single separator followed by exactly three digits is ambiguous ("1.500"): it
 * is read as thousands, as both languages write big quantities, never silently as 1.5.
 */
export function parseQuantity(text: string): number | null {
  const value = text.trim().replace(/\s/g, '');
  if (!/^\d[\d.,]*$/.test(value)) return null;
  const separators = value.replace(/\d/g, '');
  let normalised: string;
  if (separators.length === 0) normalised = value;
  else if (/^(\d{1,3})([.,]\d{3})+$/.test(value) && new Set(separators).size === 1) {
    normalised = value.replace(/[.,]/g, '');
  } else if (separators.length === 1) normalised = value.replace(',', '.');
  else {
    // "1.234,5" or "1,234.5": the last separator is the decimal one, the others group thousands.
    const last = Math.max(value.lastIndexOf('.'), value.lastIndexOf(','));
    const whole = value.slice(0, last).replace(/[.,]/g, '');
    normalised = `${whole}.${value.slice(last + 1)}`;
    if (/[.,]/.test(value.slice(last + 1))) return null;
  }
  const number = Number(normalised);
  return Number.isFinite(number) ? number : null;
}

/** Checks the form makes before sending: a field key → the message key to show under it. */
export function clientErrors(values: DetailsValues): Partial<Record<DetailsField, MessageKey>> {
  const errors: Partial<Record<DetailsField, MessageKey>> = {};
  const given = [values.quantity.trim(), values.unit.trim(), values.period].filter((v) => v !== '').length;
  if (given > 0 && given < 3) {
    if (!values.quantity.trim()) errors.quantity = 'buyer.capacityIncomplete';
    if (!values.unit.trim()) errors.unit = 'buyer.capacityIncomplete';
    if (!values.period) errors.period = 'buyer.capacityIncomplete';
  }
  if (values.quantity.trim() && parseQuantity(values.quantity) === null) errors.quantity = 'buyer.badNumber';
  if (values.shelfLife.trim() && !/^\d+$/.test(values.shelfLife.trim())) errors.shelfLife = 'buyer.badNumber';
  return errors;
}

const same = (a: string, b: string) => a.trim() === b.trim();

/** The fields the person changed since the version they opened. */
export function changedFields(opened: DetailsValues, mine: DetailsValues): DetailsField[] {
  return DETAILS_FIELDS.filter((field) => !same(opened[field], mine[field]));
}

/**
 * The mutation's input: only what changed (the capacity whole, or null to clear it; an empty text
 * clears its field), based on `version`.
 */
export function updateInput(productId: string, version: number, opened: DetailsValues, mine: DetailsValues) {
  const changed = new Set(changedFields(opened, mine));
  const input: Record<string, unknown> = { productId, version };
  if (changed.has('quantity') || changed.has('unit') || changed.has('period')) {
    const quantity = parseQuantity(mine.quantity);
    input.capacity =
      quantity === null || !mine.unit.trim() || !mine.period
        ? null
        : { quantity, unit: mine.unit.trim(), period: mine.period };
  }
  if (changed.has('shelfLife'))
    input.shelfLifeDays = mine.shelfLife.trim() ? Number(mine.shelfLife.trim()) : null;
  if (changed.has('storage')) input.storageInstructions = mine.storage.trim() || null;
  if (changed.has('nameEn')) input.nameEn = mine.nameEn.trim() || null;
  if (changed.has('descriptionEn')) input.descriptionEn = mine.descriptionEn.trim() || null;
  return input as {
    productId: string;
    version: number;
    capacity?: { quantity: number; unit: string; period: CapacityPeriod } | null;
    shelfLifeDays?: number | null;
    storageInstructions?: string | null;
    nameEn?: string | null;
    descriptionEn?: string | null;
  };
}

/** "Keep mine" after a CONFLICT: their version, with the fields I changed set to mine. */
export function keepMine(opened: DetailsValues, mine: DetailsValues, theirs: DetailsValues): DetailsValues {
  const merged: Record<DetailsField, string> = { ...theirs };
  for (const field of changedFields(opened, mine)) merged[field] = mine[field];
  return merged as DetailsValues;
}

/** The form's field an API error path (without "input") belongs to. */
export function detailsFormKey(path: string): DetailsField | null {
  if (path === 'capacity' || path === 'capacity.quantity') return 'quantity';
  if (path === 'capacity.unit') return 'unit';
  if (path === 'capacity.period') return 'period';
  if (path === 'shelfLifeDays') return 'shelfLife';
  if (path === 'storageInstructions') return 'storage';
  if (path === 'nameEn' || path === 'descriptionEn') return path;
  return null;
}

export const detailsFieldId = (field: string) => `details-${field}`;
