import { useId } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { DayPicker } from '../ntm/DayPicker';

/*
 * The API has no list of provinces, so the choice offers the provinces that have data: those of the
 * producers with the most products and of the communes recognised on the day (a commune's province
 * is its district's parent before the 2025 reform, its own parent after it), plus the province shown.
 */
export const StatisticsFilters_query = graphql(`
  fragment StatisticsFilters_query on Query {
    provincesOfProducers: producers(first: 100, orderBy: { field: PRODUCT_COUNT }) {
      nodes {
        id
        commune {
          id
          ...StatisticsFilters_unit
        }
      }
    }
    provincesOfCommunes: communes(
      first: 100
      filter: { asOf: $asOf, ntmStatus: [STANDARD, ADVANCED, MODEL] }
    ) {
      nodes {
        id
        ...StatisticsFilters_unit
      }
    }
  }
`);

export const StatisticsFilters_unit = graphql(`
  fragment StatisticsFilters_unit on AdministrativeUnit {
    parent {
      id
      level
      code
      name
      parent {
        id
        level
        code
        name
      }
    }
  }
`);

export interface ProvinceOption {
  code: string;
  name: string;
}

/** The provinces that have data, by name, from the query's fragment (and the one shown). */
export function provinceOptions(
  query: FragmentType<typeof StatisticsFilters_query> | undefined,
  current: ProvinceOption | null,
): ProvinceOption[] {
  const byCode = new Map<string, string>();
  if (current) byCode.set(current.code, current.name);
  if (query) {
    const data = getFragmentData(StatisticsFilters_query, query);
    const units = [
      ...data.provincesOfProducers.nodes.map((producer) => producer.commune),
      ...data.provincesOfCommunes.nodes,
    ];
    for (const ref of units) {
      if (!ref) continue;
      const unit = getFragmentData(StatisticsFilters_unit, ref);
      const province = [unit.parent, unit.parent?.parent].find((u) => u?.level === 'PROVINCE');
      if (province?.code && !byCode.has(province.code)) byCode.set(province.code, province.name);
    }
  }
  return [...byCode]
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/** The two choices of the statistics page: which province and which day. Both live in the URL. */
export function StatisticsFilters(props: {
  options: ProvinceOption[];
  province: string;
  day: string;
  today: string;
  onProvince: (code: string) => void;
  onDay: (day: string | null) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const options = props.options.some((o) => o.code === props.province)
    ? props.options
    : [
        { code: props.province, name: t('statistics.filters.provinceCode', { code: props.province }) },
        ...props.options,
      ];
  return (
    <div className="card filters" role="group" aria-label={t('statistics.filters.label')}>
      <div className="field">
        <label htmlFor={id}>{t('statistics.filters.province')}</label>
        <select id={id} value={props.province} onChange={(event) => props.onProvince(event.target.value)}>
          {options.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </div>
      <DayPicker
        label={t('statistics.filters.day')}
        value={props.day}
        today={props.today}
        onChange={props.onDay}
      />
    </div>
  );
}
