import { useI18n } from '../i18n/i18n';

/**
 * Marks a product or producer invented for the demonstration data set (`demo` in the API), as
 * the footer promises: a buyer must never take an illustrative row for a real producer.
 */
export function DemoBadge({ demo }: { demo: boolean | null | undefined }) {
  const { t } = useI18n();
  if (!demo) return null;
  return (
    <span className="badge badge-demo" title={t('app.demoTitle')}>
      {t('app.demo')}
    </span>
  );
}
