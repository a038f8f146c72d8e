import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n } from '../i18n/i18n';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { isIsoDay } from '../app/day';
import { LAST_DAY_OF_DISTRICTS } from '../components/places';
import { isAfterReform, ReformNote } from '../components/statistics/ReformNote';
import { HeadlineFigures } from '../components/statistics/HeadlineFigures';
import { NtmDistrictSection } from '../components/statistics/NtmDistrictSection';
import { OcopSection } from '../components/statistics/OcopSection';
import { provinceOptions, StatisticsFilters } from '../components/statistics/StatisticsFilters';
import { useDocumentTitle } from '../components/useDocumentTitle';

/** The province shown when the URL names none: Điện Biên, the province of the source document. */
export const DEFAULT_PROVINCE = '11';

export const StatisticsRouteQuery = graphql(`
  query StatisticsRouteQuery(
    $provinceCode: String!
    $asOf: Date
    $beforeReform: Date!
    $afterReform: Boolean!
  ) {
    today
    ntmProgress(provinceCode: $provinceCode, asOf: $asOf) {
      asOf
      province {
        id
        code
        name
        fullName
      }
      atLeastStandard
      ...HeadlineFigures_ntm
      ...NtmDistrictSection_progress
    }
    ntmBeforeReform: ntmProgress(provinceCode: $provinceCode, asOf: $beforeReform)
      @include(if: $afterReform) {
      ...ReformNote_before
    }
    ocopSummary(provinceCode: $provinceCode, asOf: $asOf) {
      asOf
      ...HeadlineFigures_ocop
      ...OcopSection_summary
    }
    ...StatisticsFilters_query
  }
`);

/**
 * NTM and OCOP figures of a province on a day — `?province=11&asOf=2021-06-30` — as headline
 * numbers, charts (loaded lazily) and the tables behind them. The whole view is in the URL. The
 * default day is the platform's today (the route query's `today`); on a day after the 2025 reform
 * the page says why the re-formed communes count few or no recognitions and gives the figure of
 * the eve of the reform (read in the same query).
 */
export default function StatisticsRoute() {
  const [searchParams, setSearchParams] = useSearchParams();
  const { t, formatDate } = useI18n();
  const province = searchParams.get('province')?.trim() || DEFAULT_PROVINCE;
  const requested = searchParams.get('asOf');
  const asOf = isIsoDay(requested) ? requested : null;
  // Without a day the figures are the platform's today's, after the reform on any real instance.
  const afterReform = asOf === null || isAfterReform(asOf);

  const { data, previousData, loading, error, refetch } = useQuery(StatisticsRouteQuery, {
    variables: { provinceCode: province, asOf, beforeReform: LAST_DAY_OF_DISTRICTS, afterReform },
  });
  const shown = data ?? (loading ? previousData : undefined);
  const today = shown?.today ?? '';
  const day = asOf ?? today;
  const current = shown?.ntmProgress.province;
  const title = current
    ? t('statistics.titleFor', { fullName: current.fullName, name: current.name })
    : t('statistics.title');
  useDocumentTitle(title);

  const update = (name: 'province' | 'asOf', value: string | null) => {
    const params = new URLSearchParams(searchParams);
    if (value) params.set(name, value);
    else params.delete(name);
    if (!params.has('province')) params.set('province', province);
    setSearchParams(params, { replace: true });
  };

  const options = provinceOptions(
    shown ?? previousData,
    current ? { code: current.code ?? province, name: current.name } : null,
  );
  const notFound =
    CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.['code'] === 'NOT_FOUND');

  let body;
  if (!shown && loading) body = <Loading />;
  else if (notFound)
    body = (
      <EmptyState
        title={t('statistics.notFound', {
          code: province,
          date: day ? formatDate(day) : t('commune.today').toLowerCase(),
        })}
      >
        <Link to={`/statistics?province=${DEFAULT_PROVINCE}`}>{t('statistics.backToDefault')}</Link>
      </EmptyState>
    );
  else if (error || !shown) body = <ErrorState onRetry={() => void refetch()} />;
  else
    body = (
      <div className={!data && loading ? 'statistics-body is-stale' : 'statistics-body'} aria-busy={loading}>
        <HeadlineFigures ntm={shown.ntmProgress} ocop={shown.ocopSummary} />
        <ReformNote
          day={shown.ntmProgress.asOf}
          atLeastStandard={shown.ntmProgress.atLeastStandard}
          before={shown.ntmBeforeReform}
        />
        <NtmDistrictSection progress={shown.ntmProgress} />
        <OcopSection summary={shown.ocopSummary} />
        <p className="muted small source-note">{t('statistics.sourceNote')}</p>
      </div>
    );

  return (
    <article className="page statistics-page">
      <header className="page-hero">
        <p className="eyebrow">{t('statistics.eyebrow')}</p>
        <h1>{title}</h1>
        {/* The day of the figures shown (while another day loads, still the previous one). */}
        {(shown?.ntmProgress.asOf ?? day) && (
          <p className="muted">
            {t('statistics.asOf', { date: formatDate(shown?.ntmProgress.asOf ?? day) })}
          </p>
        )}
      </header>
      <StatisticsFilters
        options={options}
        province={province}
        day={day}
        today={today}
        onProvince={(code) => update('province', code)}
        onDay={(next) => update('asOf', next)}
      />
      {body}
    </article>
  );
}
