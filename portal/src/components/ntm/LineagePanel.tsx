import { Link } from 'react-router';
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { communeHref, urbanType } from './links';
import { NtmStatusBadge } from './NtmStatusBadge';

export const LineagePanel_edge = graphql(`
  fragment LineagePanel_edge on LineageEdge {
    effectiveOn
    kind
    share
    legalBasis
    unit {
      id
      code
      fullName
      validFrom
      validTo
      unitType
      statusToday: ntmStatus
    }
  }
`);

type Edge = ResultOf<typeof LineagePanel_edge>;

/**
 * The 2025 reform seen from one commune: what it became (successors) or what it was formed from
 * (predecessors), with the kind of change, the share and links to those communes' pages (each on a
 * day of its lifetime). A former ward or township shows no NTM status: NTM recognises rural communes.
 */
export function LineagePanel(props: {
  predecessors: ReadonlyArray<FragmentType<typeof LineagePanel_edge>>;
  successors: ReadonlyArray<FragmentType<typeof LineagePanel_edge>>;
}) {
  const predecessors = getFragmentData(LineagePanel_edge, props.predecessors);
  const successors = getFragmentData(LineagePanel_edge, props.successors);
  const { t, tp, formatDate } = useI18n();
  if (predecessors.length === 0 && successors.length === 0)
    return <p className="muted">{t('commune.lineage.none')}</p>;

  const list = (edges: readonly Edge[], side: 'predecessor' | 'successor') => (
    <ul className="lineage-list">
      {edges.map((edge) => {
        const href = communeHref(edge.unit);
        return (
          <li key={`${edge.unit.id}-${edge.effectiveOn}`} className="lineage-item">
            <span className="lineage-arrow" aria-hidden="true">
              {side === 'successor' ? '→' : '←'}
            </span>
            <div>
              <p className="lineage-name">
                {href ? <Link to={href}>{edge.unit.fullName}</Link> : edge.unit.fullName}
                {edge.unit.code && (
                  <span className="muted small"> · {t('commune.code', { code: edge.unit.code })}</span>
                )}
              </p>
              <p className="small muted">
                {t(`commune.lineage.kind.${edge.kind}`)} · {t(`commune.lineage.share.${edge.share}`)} ·{' '}
                {t('commune.lineage.effectiveOn', { date: formatDate(edge.effectiveOn) })}
              </p>
              {side === 'predecessor' && !urbanType(edge.unit.unitType) && (
                <p className="small">
                  {t('commune.lineage.lastStatus')} <NtmStatusBadge status={edge.unit.statusToday} />
                </p>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );

  const legalBasis = [...successors, ...predecessors].find((edge) => edge.legalBasis)?.legalBasis;
  return (
    <div className="lineage">
      {successors.length > 0 && (
        <>
          <p>{t('commune.lineage.becameIntro', { count: successors.length })}</p>
          {list(successors, 'successor')}
        </>
      )}
      {predecessors.length > 0 && (
        <>
          <p>{tp('commune.lineage.formedFromIntro', predecessors.length)}</p>
          {list(predecessors, 'predecessor')}
        </>
      )}
      {legalBasis && <p className="small muted">{t('commune.lineage.legalBasis', { basis: legalBasis })}</p>}
    </div>
  );
}
