import { useI18n } from '../i18n/i18n';

/** OCOP stars (3 to 5) as ★ marks with a text label for screen readers. */
export function Stars({ count }: { count: number | null | undefined }) {
  const { t } = useI18n();
  if (!count) return <span className="stars stars-none">{t('stars.none')}</span>;
  return (
    // role="img": a label on a plain span is not announced by every screen reader (ARIA forbids it).
    <span
      className="stars"
      role="img"
      aria-label={t('stars.label', { count })}
      title={t('stars.label', { count })}
    >
      <span aria-hidden="true">{'★'.repeat(count)}</span>
    </span>
  );
}
