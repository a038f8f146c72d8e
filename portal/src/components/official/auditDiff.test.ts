import { describe, expect, it } from 'vitest';
import { auditDiff, refusal, refusalSummary } from './auditDiff';

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

  it('reads a summary of refusals; nothing from an ordinary refusal', () => {
    expect(
      refusalSummary({
        reason: 'CROSS_ORIGIN',
        summary: {
          source: 'ip:203.0.113.7',
          refusals: 450,
          writtenInFull: 50,
          windowStart: '2026-12-01T10:00:00.000Z',
          windowEnd: '2026-12-01T10:01:00.000Z',
          firstAt: '2026-12-01T10:00:02.000Z',
          lastAt: '2026-12-01T10:00:04.500Z',
        },
      }),
    ).toEqual({
      refusals: 450,
      source: 'ip:203.0.113.7',
      writtenInFull: 50,
      firstAt: '2026-12-01T10:00:02.000Z',
      lastAt: '2026-12-01T10:00:04.500Z',
    });
    expect(refusalSummary({ reason: 'FORBIDDEN', input: { id: 'x' } })).toBeNull();
  });
});
