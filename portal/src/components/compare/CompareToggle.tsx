import { useI18n } from '../../i18n/i18n';
import { useCompareList } from './compareList';

/**
 * "Add to compare" on a product: a toggle button (aria-pressed) that adds or removes the product
 * from the list kept for the compare page. When four are chosen, others are disabled and say why.
 * Its name begins with its visible text ("Thêm vào so sánh: Gạo …"): a speech-input user says what
 * they see (WCAG 2.5.3), a screen reader hears which product.
 */
export function CompareToggle({ productId, name }: { productId: string; name: string }) {
  const { t } = useI18n();
  const { ids, toggle, full } = useCompareList();
  const chosen = ids.includes(productId);
  const blocked = !chosen && full;
  return (
    <button
      type="button"
      className={`compare-toggle${chosen ? ' compare-toggle-on' : ''}`}
      aria-pressed={chosen}
      aria-label={chosen ? t('buyer.compareRemoveNamed', { name }) : t('buyer.compareAddNamed', { name })}
      title={blocked ? t('buyer.compareFull') : undefined}
      disabled={blocked}
      onClick={() => toggle(productId)}
    >
      <span aria-hidden="true" className="compare-toggle-box">
        {chosen ? '✓' : '+'}
      </span>
      {chosen ? t('buyer.compareRemove') : t('buyer.compareAdd')}
    </button>
  );
}
