import { Link, useLocation } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { compareHref, useCompareList } from './compareList';

/** While products are chosen, a bar at the foot of every page (but the compare page) leads to them. */
export function CompareBar() {
  const { tp, t } = useI18n();
  const { ids, clear } = useCompareList();
  const { pathname } = useLocation();
  if (ids.length === 0 || pathname === '/compare') return null;
  return (
    <div className="compare-bar" role="region" aria-label={t('buyer.compareTitle')}>
      <Link to={compareHref(ids)} className="button compare-bar-go">
        {tp('buyer.compareBar', ids.length)}
      </Link>
      <button type="button" className="button button-secondary compare-bar-clear" onClick={clear}>
        {t('buyer.compareClear')}
      </button>
    </div>
  );
}
