import { describe, expect, it } from 'vitest';
import { auditDiff, refusal } from './auditDiff';

describe('auditDiff', () => {
  it('lists only the fields whose values changed, without the bookkeeping columns', () => {
    expect(
      auditDiff(
        { price_vnd: '45000', unit: 'kg', version: 1, updated_at: 'a', sales_channels: [{ kind: 'SHOPEE' }] },
        { price_vnd: '47500', unit: 'kg', version: 2, updated_at: 'b', sales_channels: [] },
      ),
    ).toEqual([
      { field: 'price_vnd', before: '45000', after: '47500' },
      { field: 'sales_channels', before: '[{"kind":"SHOPEE"}]', after: '[]' },
    ]);
  });

  it('shows every field of a creation, nulls as a dash', () => {
    expect(auditDiff(null, { stars: 4, revoked_on: null })).toEqual([
      { field: 'stars', before: '—', after: '4' },
    ]);
  });

  it('reads the reason and messages of a refusal', () => {
    expect(
      refusal({
        reason: 'CONFLICT',
        userErrors: [{ code: 'CONFLICT', message: 'Đã có người sửa' }],
        input: { id: 'x' },
      }),
    ).toEqual({ reason: 'CONFLICT', messages: ['Đã có người sửa'], input: { id: 'x' } });
  });
});
