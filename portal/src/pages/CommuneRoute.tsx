import { useEffect } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { CriteriaChecklist } from '../components/ntm/CriteriaChecklist';
import { DayPicker } from '../components/ntm/DayPicker';
import { LineagePanel } from '../components/ntm/LineagePanel';
import { NtmStatusBadge } from '../components/ntm/NtmStatusBadge';
import { RecognitionHistory } from '../components/ntm/RecognitionHistory';
import { VillageList } from '../components/ntm/VillageList';
import { dayBefore, isIsoDay } from '../app/day';
import { communeHref, urbanType } from '../components/ntm/links';
import { SameCodeNotice } from '../components/ntm/SameCodeNotice';
import { ProductTile } from '../components/producer/ProductTile';
import { useDocumentTitle } from '../components/useDocumentTitle';

export const CommuneRouteQuery = graphql(`
  query CommuneRouteQuery($code: String!, $asOf: Date) {
    today
    commune(code: $code, asOf: $asOf) {
      id
      code
      name
      fullName
      nameEn
      unitType
      validFrom
      validTo
      ...SameCodeNotice_unit
      parent {
        id
        code
        fullName
        level
        parent {
          id
          code
          fullName
        }
      }
      statusToday: ntmStatus
      statusOnDay: ntmStatus(asOf: $asOf)
      recognitions {
        id
        ...RecognitionHistory_recognition
      }
      latestEvaluations(asOf: $asOf) {
        id
        ...CriteriaChecklist_evaluation
      }
      villages(asOf: $asOf) {
        id
        ...VillageList_village
      }
      predecessors {
        ...LineagePanel_edge
      }
      successors {
        unit {
          id
          code
          fullName
          validTo
        }
        ...LineagePanel_edge
      }
      ocopProducts(first: 24, certificateStatus: [VALID, EXPIRED, REVOKED]) {
        totalCount
        edges {
          cursor
          node {
            id
            ...ProductTile_product
          }
        }
      }
    }
  }
`);

/** A GSO commune code: 5 digits. */
const COMMUNE_CODE = /^[0-9]{5}$/;

/**
 * A commune's New Rural Development page: its NTM status today and on a chosen day (`?asOf=`), the
 * criteria met or not in its latest evaluation against each criteria set, its recognitions,
 * villages and products, and what the 2025 reform made of it. "Today" is the platform's day (the
 * route query's `today`). A code alone opens the unit of today, with a way to the older units that
 * had the code; a unit that no longer exists is shown on a day of its lifetime (its last day by
 * default), never "today"; a ward, township or special zone shows no NTM commune status.
 */
export default function CommuneRoute() {
  const { code = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const { t, tp, formatDate, formatNumber } = useI18n();
  const requested = searchParams.get('asOf');
  const asOf = isIsoDay(requested) ? requested : null;
  // The API refuses a code that is not 5 digits (an error, which would read as a network failure
  // with a retry): such a code names no commune, said as such without asking.
  const validCode = COMMUNE_CODE.test(code);
  const { data, previousData, loading, error, refetch } = useQuery(CommuneRouteQuery, {
    variables: { code, asOf },
    skip: !validCode,
  });
  // While another day loads, the page keeps showing the last one rather than flashing a spinner.
  const shown = data ?? (loading ? previousData : undefined);
  // Showing the last day's answer while the chosen day's loads: dimmed, and no status for the new day yet.
  const stale = !data && loading;
  const commune = shown?.commune;
  useDocumentTitle(commune?.fullName ?? t('commune.title'));
  const today = shown?.today ?? '';
  // A unit that no longer exists is read on a day of its lifetime: its last day unless one is chosen.
  const lastDay = commune?.validTo ? dayBefore(commune.validTo) : null;
  const gone = Boolean(commune?.validTo && commune.validTo <= today);
  const day = asOf ?? (gone && lastDay ? lastDay : today);

  const chooseDay = (next: string | null) => {
    const params = new URLSearchParams(searchParams);
    const chosen = next ?? (gone ? lastDay : null);
    if (chosen) params.set('asOf', chosen);
    else params.delete('asOf');
    setSearchParams(params, { replace: true });
  };
  const needsDay = Boolean(data && gone && !asOf && lastDay);
  useEffect(() => {
    if (needsDay) chooseDay(null);
    // chooseDay changes every render; what matters is whether the day is missing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needsDay]);
  // The day the page chose itself (a former unit's last day) loading: the answer for today is not
  // shown dimmed in the meantime, the page waits for its own day.
  const choosingDay = stale && Boolean(asOf && lastDay === asOf && previousData?.commune?.validTo);

  if (validCode && ((!shown && loading) || needsDay || choosingDay)) return <Loading />;
  if (validCode && error) return <ErrorState onRetry={() => void refetch()} />;
  if (!commune)
    return (
      <EmptyState page title={t('commune.notFound', { code })}>
        {!validCode && <p>{t('edges.communeCodeFormat')}</p>}
        {validCode && asOf && <p>{t('commune.notFoundOnDay', { date: formatDate(asOf) })}</p>}
        <p>
          {validCode && asOf ? (
            <Link to={`/communes/${encodeURIComponent(code)}`}>{t('commune.showToday')}</Link>
          ) : (
            <Link to="/statistics">{t('commune.seeStatistics')}</Link>
          )}
        </p>
      </EmptyState>
    );

  const district = commune.parent?.level === 'DISTRICT' ? commune.parent : null;
  const province = district ? district.parent : commune.parent;
  const urban = urbanType(commune.unitType);
  const successors = commune.successors.map((edge) => edge.unit);
  const products = commune.ocopProducts;

  return (
    <article className={stale ? 'page commune-page is-stale' : 'page commune-page'} aria-busy={loading}>
      <header className="page-hero">
        <p className="eyebrow-row">
          {[district?.fullName, province?.fullName].filter(Boolean).join(' · ')}
          <span className="muted small">{t('commune.code', { code: commune.code ?? '' })}</span>
        </p>
        <h1>{commune.fullName}</h1>
        <SameCodeNotice unit={commune} />
        {gone && (
          <p className="notice">
            {t('commune.gone', { date: formatDate(commune.validTo!) })}{' '}
            {successors.map((unit, index) => {
              const href = communeHref(unit);
              return (
                <span key={unit.id}>
                  {index > 0 && ', '}
                  {href ? <Link to={href}>{unit.fullName}</Link> : unit.fullName}
                </span>
              );
            })}
          </p>
        )}
      </header>

      <section className="card status-panel" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('commune.statusTitle')}</h2>
        {urban && (
          <p className="not-rural" data-testid="not-rural">
            {t('commune.notRural', { type: t(`commune.urbanType.${urban}`) })}
          </p>
        )}
        <div className="status-grid">
          {!urban && !gone && (
            <div className="status-cell">
              <p className="status-label">{t('commune.statusToday', { date: formatDate(today) })}</p>
              <NtmStatusBadge status={commune.statusToday} large />
            </div>
          )}
          <div className="status-cell">
            <DayPicker
              label={t('commune.chooseDay')}
              value={day}
              today={gone && lastDay ? lastDay : today}
              min={commune.validFrom}
              resetLabel={gone ? t('commune.lastDay') : undefined}
              onChange={chooseDay}
            />
            {!urban && (
              <p className="status-label" aria-live="polite">
                {asOf ? (
                  <>
                    {gone && asOf === lastDay
                      ? t('commune.statusOnLastDay', { date: formatDate(asOf) })
                      : t('commune.statusOn', { date: formatDate(asOf) })}{' '}
                    {stale ? (
                      <span className="muted">{t('state.loading')}</span>
                    ) : (
                      <NtmStatusBadge status={commune.statusOnDay} large />
                    )}
                  </>
                ) : (
                  <span className="muted">{t('commune.chooseDayHint')}</span>
                )}
              </p>
            )}
          </div>
        </div>
      </section>

      {(!urban || commune.latestEvaluations.length > 0) && (
        <section className="section" aria-labelledby="criteria-heading">
          <h2 id="criteria-heading">{t('commune.criteriaTitle')}</h2>
          <p className="muted section-intro">{t('commune.criteriaIntro', { date: formatDate(day) })}</p>
          {commune.latestEvaluations.length === 0 ? (
            <p className="muted">{t('commune.noEvaluation')}</p>
          ) : (
            <div className="checklist-grid">
              {commune.latestEvaluations.map((evaluation) => (
                <CriteriaChecklist key={evaluation.id} evaluation={evaluation} />
              ))}
            </div>
          )}
        </section>
      )}

      <div className="split">
        {(!urban || commune.recognitions.length > 0) && (
          <section className="section" aria-labelledby="recognitions-heading">
            <h2 id="recognitions-heading">{t('commune.recognitions.title')}</h2>
            <RecognitionHistory recognitions={commune.recognitions} asOf={day} />
            {commune.recognitions.length === 0 && commune.predecessors.length > 0 && (
              <p className="muted small">{t('commune.recognitions.onPredecessors')}</p>
            )}
          </section>
        )}
        <section className="section" aria-labelledby="villages-heading">
          <h2 id="villages-heading">{t('commune.villages.title')}</h2>
          <VillageList villages={commune.villages} communeId={commune.id} />
        </section>
      </div>

      <section className="section" aria-labelledby="products-heading">
        <h2 id="products-heading">
          {t('commune.products.title')} <span className="count">{formatNumber(products.totalCount)}</span>
        </h2>
        {products.edges.length === 0 ? (
          <p className="muted">{t('commune.products.none')}</p>
        ) : (
          <ul className="tile-grid">
            {products.edges.map((edge) => (
              <li key={edge.node.id}>
                <ProductTile product={edge.node} showProducer />
              </li>
            ))}
          </ul>
        )}
        {products.totalCount > products.edges.length && (
          <p className="muted small">
            {tp('commune.products.shown', products.totalCount, {
              shown: formatNumber(products.edges.length),
            })}
          </p>
        )}
      </section>

      <section className="section" aria-labelledby="lineage-heading">
        <h2 id="lineage-heading">{t('commune.lineage.title')}</h2>
        <LineagePanel predecessors={commune.predecessors} successors={commune.successors} />
      </section>
    </article>
  );
}
