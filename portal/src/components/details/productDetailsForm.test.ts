import { describe, expect, it } from 'vitest';
import {
  clientErrors,
  detailsFormKey,
  keepMine,
  parseQuantity,
  updateInput,
  valuesOf,
} from './productDetailsForm';

const DATA = {
  detailsVersion: 2,
  nameEn: 'Rice',
  descriptionEn: null,
  shelfLifeDays: 365,
  storageInstructions: 'Khô ráo',
  capacity: { quantity: 2.5, unit: 'tấn', period: 'MONTH' as const },
};

describe('the details form’s logic', () => {
  it('reads quantities typed either way, never rounding silently', () => {
    expect(parseQuantity('2,5')).toBe(2.5);
    expect(parseQuantity('2.5')).toBe(2.5);
    expect(parseQuantity('1.500')).toBe(1500);
    expect(parseQuantity('1,500')).toBe(1500);
    expect(parseQuantity('1.234,5')).toBe(1234.5);
    expect(parseQuantity('12')).toBe(12);
    expect(parseQuantity('-3')).toBeNull();
    expect(parseQuantity('2,5 tấn')).toBeNull();
  });

  it('shows the quantity with the reader’s decimal mark', () => {
    expect(valuesOf(DATA, true).quantity).toBe('2,5');
    expect(valuesOf(DATA, false).quantity).toBe('2.5');
  });

  it('sends only what changed, the capacity whole, empty texts as null', () => {
    const opened = valuesOf(DATA);
    expect(updateInput('P', 2, opened, { ...opened, quantity: '3,75' })).toEqual({
      productId: 'P',
      version: 2,
      capacity: { quantity: 3.75, unit: 'tấn', period: 'MONTH' },
    });
    expect(updateInput('P', 2, opened, { ...opened, nameEn: '  ', shelfLife: '30' })).toEqual({
      productId: 'P',
      version: 2,
      nameEn: null,
      shelfLifeDays: 30,
    });
    expect(
      updateInput('P', 2, opened, { ...opened, quantity: '', unit: '', period: '' }).capacity,
    ).toBeNull();
  });

  it('asks for the whole capacity or none of it, and numbers where numbers go', () => {
    const opened = valuesOf({ detailsVersion: 0 });
    expect(clientErrors({ ...opened, quantity: '5' })).toEqual({
      unit: 'buyer.capacityIncomplete',
      period: 'buyer.capacityIncomplete',
    });
    expect(
      clientErrors({ ...opened, quantity: 'năm', unit: 'kg', period: 'YEAR', shelfLife: '1,5' }),
    ).toEqual({
      quantity: 'buyer.badNumber',
      shelfLife: 'buyer.badNumber',
    });
    expect(clientErrors(opened)).toEqual({});
  });

  it('keeps my changes on their version after a conflict, and places API errors under fields', () => {
    const opened = valuesOf(DATA);
    const theirs = { ...opened, storage: 'Tủ mát', nameEn: 'Their rice' };
    expect(keepMine(opened, { ...opened, nameEn: 'My rice' }, theirs)).toEqual({
      ...theirs,
      nameEn: 'My rice',
    });
    expect(detailsFormKey('capacity.quantity')).toBe('quantity');
    expect(detailsFormKey('shelfLifeDays')).toBe('shelfLife');
    expect(detailsFormKey('version')).toBeNull();
  });
});
