import { Link } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { ArrowRightIcon } from '../icons';

export const OriginCommune_unit = graphql(`
  fragment OriginCommune_unit on AdministrativeUnit {
    id
    code
    fullName
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
      }
    }
  }
`);

/**
 * Where the product is made: the commune with its New Rural Development status (linking to the
 * commune's page) and, for a commune merged in the 2025 reform, what it became.
 */
export function OriginCommune({ commune: ref }: { commune: FragmentType<typeof OriginCommune_unit> }) {
  const { t, formatDate } = useI18n();
  const c = getFragmentData(OriginCommune_unit, ref);
  const above = [c.parent?.fullName, c.parent?.parent?.fullName].filter(Boolean).join(', ');
  return (
    <section className="card side-card" aria-labelledby="origin-title">
      <p className="side-card-eyebrow" id="origin-title">
        {t('product.originTitle')}
      </p>
      <h3 className="side-card-name">
        {c.code ? <Link to={`/communes/${c.code}`}>{c.fullName}</Link> : c.fullName}
      </h3>
      {above && <p className="muted">{above}</p>}
      <p className="ntm-line">
        <span className={`origin-ntm origin-ntm-${c.ntmStatus.toLowerCase()}`}>
          {t(`product.ntmStatus.${c.ntmStatus}`)}
        </span>
      </p>
      {c.successors.length > 0 && (
        <p className="origin-successors">
          {t('product.becameOn', { date: formatDate(c.successors[0]!.effectiveOn) })}{' '}
          {c.successors.map((s, i) => (
            <span key={s.unit.id}>
              {i > 0 && ', '}
              {s.unit.code ? <Link to={`/communes/${s.unit.code}`}>{s.unit.fullName}</Link> : s.unit.fullName}
            </span>
          ))}
        </p>
      )}
      {c.code && (
        <Link to={`/communes/${c.code}`} className="side-card-more">
          {t('product.communeMore')} <ArrowRightIcon size={16} />
        </Link>
      )}
    </section>
  );
}
