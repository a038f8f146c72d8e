import { type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import type { TradeInquiryGroup } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import { PlatformTodayQuery } from '../../app/platformToday';
import { addMonths, isIsoDay } from '../../app/day';
import { OFFICIAL_ROLES, type Viewer } from '../../app/viewer';
import { RequireRole } from '../../components/account/RequireRole';
import { officialScope } from '../../components/official/scope';
import { EmptyState, ErrorState, Loading } from '../../components/PageState';

export const TradeRouteQuery = graphql(`
  query TradeRouteQuery($input: TradeInquiryStatsInput!) {
    tradeInquiryStats(input: $input) {
      total {
        received
        ...FiguresRow_figures
      }
      rows {
        key
        label
        figures {
          ...FiguresRow_figures
        }
      }
    }
  }
`);

export const FiguresRow_figures = graphql(`
  fragment FiguresRow_figures on TradeInquiryFigures {
    received
    answered
    answeredShare
    medianHoursToFirstAnswer
    won
    lost
  }
`);

const GROUPS: readonly TradeInquiryGroup[] = ['PROVINCE', 'PRODUCER', 'PRODUCT', 'MONTH'];

/** The first day of the month eleven months before `today`: the last twelve calendar months. */
const twelveMonthsFrom = (today: string) => `${addMonths(today, -11)!.slice(0, 7)}-01`;

/**
 * `/official/trade`: the trade-promotion figures for officials (inside their unit, which the API
 * applies) and administrators: inquiries received, answered and their share, the median time to
 * a first answer, won and lost, grouped as chosen over a range of days. Counts only: the query
 * asks for no contact, and the API has none to give here.
 */
export default function TradeRoute() {
  return <RequireRole roles={OFFICIAL_ROLES}>{(viewer) => <Trade viewer={viewer} />}</RequireRole>;
}

function Trade({ viewer }: { viewer: Viewer }) {
  const { t, formatDate } = useI18n();
  const [params, setParams] = useSearchParams();
  const { data: day } = useQuery(PlatformTodayQuery);
  const today = day?.today ?? null;
  const scope = officialScope(viewer);

  const groupParam = params.get('group');
  const groupBy: TradeInquiryGroup = (GROUPS as readonly string[]).includes(groupParam ?? '')
    ? (groupParam as TradeInquiryGroup)
    : 'MONTH';
  const fromParam = params.get('from');
  const toParam = params.get('to');
  const from = isIsoDay(fromParam) ? fromParam : today ? twelveMonthsFrom(today) : null;
  const to = isIsoDay(toParam) ? toParam : today;
  const rangeBad = !!from && !!to && from > to;

  const { data, error, refetch, loading } = useQuery(TradeRouteQuery, {
    variables: { input: { from: from ?? '', to: to ?? '', groupBy } },
    skip: !from || !to || rangeBad,
    fetchPolicy: 'cache-and-network',
  });

  const onFilter = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next = new URLSearchParams();
    for (const key of ['group', 'from', 'to']) {
      const value = String(form.get(key) ?? '').trim();
      if (value) next.set(key, value);
    }
    setParams(next);
  };

  const stats = data?.tradeInquiryStats;
  return (
    <div className="official-page trade-page">
      <title>{`${t('inquiry.tradeTitle')} · ${t('app.name')}`}</title>
      <nav className="breadcrumb" aria-label={t('product.breadcrumb')}>
        <ol>
          <li>
            <Link to="/official">{t('official.hubTitle')}</Link>
          </li>
          <li aria-current="page">{t('inquiry.tradeTitle')}</li>
        </ol>
      </nav>
      <header className="page-head">
        <h1>{t('inquiry.tradeTitle')}</h1>
        <p className="page-lead">
          {scope.kind === 'all' ? t('inquiry.tradeLeadAll') : t('inquiry.tradeLead', { unit: scope.name })}
        </p>
      </header>
      {from && to && (
        <form
          className="audit-filters card trade-filters"
          onSubmit={onFilter}
          key={`${groupBy}-${from}-${to}`}
        >
          <div className="field">
            <label htmlFor="trade-group">{t('inquiry.groupBy')}</label>
            <select id="trade-group" name="group" defaultValue={groupBy}>
              {GROUPS.map((g) => (
                <option key={g} value={g}>
                  {t(`inquiry.group.${g}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="trade-from">{t('inquiry.from')}</label>
            <input id="trade-from" name="from" type="date" defaultValue={from} />
          </div>
          <div className="field">
            <label htmlFor="trade-to">{t('inquiry.until')}</label>
            <input id="trade-to" name="to" type="date" defaultValue={to} />
          </div>
          <div className="audit-filter-buttons">
            <button type="submit" className="button">
              {t('inquiry.show')}
            </button>
          </div>
        </form>
      )}
      {rangeBad ? (
        <p className="form-alert" role="alert">
          {t('inquiry.rangeInvalid')}
        </p>
      ) : error && !data ? (
        <ErrorState onRetry={() => void refetch()} />
      ) : !stats || !from || !to ? (
        loading || !today ? (
          <Loading />
        ) : null
      ) : stats.total.received === 0 ? (
        <EmptyState title={t('inquiry.noFigures')} />
      ) : (
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="trade-caption">
          <table className="data-table trade-table">
            <caption id="trade-caption">
              {t('inquiry.tableCaption', {
                group: t(`inquiry.group.${groupBy}`),
                from: formatDate(from),
                until: formatDate(to),
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t(`inquiry.group.${groupBy}`)}</th>
                <th scope="col">{t('inquiry.received')}</th>
                <th scope="col">{t('inquiry.answered')}</th>
                <th scope="col">{t('inquiry.answeredShare')}</th>
                <th scope="col">{t('inquiry.medianHours')}</th>
                <th scope="col">{t('inquiry.won')}</th>
                <th scope="col">{t('inquiry.lost')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.rows.map((row) => (
                <FiguresRow key={row.key} label={row.label} figures={row.figures} />
              ))}
            </tbody>
            <tfoot>
              <FiguresRow label={t('inquiry.total')} figures={stats.total} />
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}

function FiguresRow(props: { label: string; figures: FragmentType<typeof FiguresRow_figures> }) {
  const { label } = props;
  const { locale, formatNumber } = useI18n();
  const f = getFragmentData(FiguresRow_figures, props.figures);
  const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{formatNumber(f.received)}</td>
      <td>{formatNumber(f.answered)}</td>
      <td>
        {f.answeredShare === null || f.answeredShare === undefined ? '—' : percent.format(f.answeredShare)}
      </td>
      <td>
        {f.medianHoursToFirstAnswer === null || f.medianHoursToFirstAnswer === undefined
          ? '—'
          : hours.format(f.medianHoursToFirstAnswer)}
      </td>
      <td>{formatNumber(f.won)}</td>
      <td>{formatNumber(f.lost)}</td>
    </tr>
  );
}
