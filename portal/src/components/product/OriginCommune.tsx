import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { dayBefore } from '../../app/day';
import { ArrowRightIcon } from '../icons';
import { communeHref, urbanType } from '../ntm/links';

export const OriginCommune_unit = graphql(`
  fragment OriginCommune_unit on AdministrativeUnit {
    id
    code
    fullName
    unitType
    ntmStatus
    validTo
    parent {
      id
      fullName
      parent {
        id
        fullName
      }
    }
    successors {
      effectiveOn
      unit {
        id
        code
        fullName
        validTo
      }
    }
  }
`);

/**
 * Where the product is made: the commune with its New Rural Development status (linking to the
 * commune's page as it existed: a commune merged in the 2025 reform on its last day, since its code
 * may name another unit today) and, for such a commune, what it became. A ward, township or
 * special zone has no NTM commune status.
 */
export function OriginCommune({ commune: ref }: { commune: FragmentType<typeof OriginCommune_unit> }) {
  const { t, formatDate } = useI18n();
  const c = getFragmentData(OriginCommune_unit, ref);
  const above = [c.parent?.fullName, c.parent?.parent?.fullName].filter(Boolean).join(', ');
  const href = communeHref(c);
  const urban = urbanType(c.unitType);
  return (
    <section className="card side-card" aria-labelledby="origin-title">
      <p className="side-card-eyebrow" id="origin-title">
        {t('product.originTitle')}
      </p>
      <h3 className="side-card-name">{href ? <Link to={href}>{c.fullName}</Link> : c.fullName}</h3>
      {above && <p className="muted">{above}</p>}
      {c.validTo && (
        <p className="muted small">{t('product.originUntil', { date: formatDate(dayBefore(c.validTo)) })}</p>
      )}
      {!urban && (
        <p className="ntm-line">
          <span className={`origin-ntm origin-ntm-${c.ntmStatus.toLowerCase()}`}>
            {t(`product.ntmStatus.${c.ntmStatus}`)}
          </span>
        </p>
      )}
      {c.successors.length > 0 && (
        <p className="origin-successors">
          {t('product.becameOn', { date: formatDate(c.successors[0]!.effectiveOn) })}{' '}
          {c.successors.map((s, i) => (
            <span key={s.unit.id}>
              {i > 0 && ', '}
              {communeHref(s.unit) ? (
                <Link to={communeHref(s.unit)!}>{s.unit.fullName}</Link>
              ) : (
                s.unit.fullName
              )}
            </span>
          ))}
        </p>
      )}
      {href && (
        <Link to={href} className="side-card-more">
          {urban ? t('product.unitMore') : t('product.communeMore')} <ArrowRightIcon size={16} />
        </Link>
      )}
    </section>
  );
}
