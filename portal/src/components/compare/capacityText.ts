import type { I18n } from '../../i18n/i18n';

/** "120 tấn / vụ", "2.5 tonnes per month": a capacity as the reader's language says it. */
export function capacityText(
  i18n: Pick<I18n, 't' | 'formatNumber'>,
  capacity: { quantity: number; unit: string; period: 'MONTH' | 'SEASON' | 'YEAR' } | null | undefined,
): string | null {
  if (!capacity) return null;
  return i18n.t('buyer.capacityValue', {
    quantity: i18n.formatNumber(capacity.quantity),
    unit: capacity.unit,
    period: i18n.t(`buyer.period.${capacity.period}`),
  });
}
