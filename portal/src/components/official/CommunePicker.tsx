import { useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n/i18n';
import { isIsoDay } from '../../app/day';
import type { OfficialScope } from './scope';

// A picker's own query, the one exception to "one query per route": what it lists follows what
// is typed in its search box, independently of the form around it.
export const CommunePickerQuery = graphql(`
  query CommunePickerQuery($filter: CommuneFilter!, $withProvinces: Boolean!, $asOf: Date) {
    provinces(asOf: $asOf) @include(if: $withProvinces) {
      id
      code
      name
    }
    communes(first: 100, filter: $filter) {
      nodes {
        id
        code
        fullName
        parent {
          id
          name
        }
      }
    }
  }
`);

export interface PickedUnit {
  id: string;
  code: string | null;
  name: string;
}

/**
 * Choosing a commune inside the official's unit, as it existed on `asOf` (the day of the record:
 * a day before the 2025 reform lists the communes of then); without `asOf`, the communes of the
 * platform's today (the API's default). A commune official's commune is fixed.
 */
export function CommunePicker(props: {
  id: string;
  scope: OfficialScope;
  asOf?: string | null;
  value: PickedUnit | null;
  onChange: (unit: PickedUnit | null) => void;
  error?: string;
  /** The picker's legend, when the form needs other words than "commune". */
  legend?: string;
}) {
  const { t } = useI18n();
  const ids = useId();
  const { scope, asOf, value, onChange, error } = props;
  const [search, setSearch] = useState('');
  const [province, setProvince] = useState('');
  const fixed = scope.kind === 'commune';
  const provinceCode = scope.kind === 'province' ? scope.code : province || undefined;
  const { data, previousData } = useQuery(CommunePickerQuery, {
    variables: {
      filter: {
        provinceCode,
        asOf: isIsoDay(asOf) ? asOf : undefined,
        search: search.trim() || undefined,
      },
      withProvinces: scope.kind === 'all',
      asOf: isIsoDay(asOf) ? asOf : undefined,
    },
    skip: fixed,
  });
  const shown = data ?? previousData;
  const communes = shown?.communes.nodes ?? [];
  const described = error ? `${props.id}-error` : undefined;

  if (fixed) {
    return (
      <div className="field">
        <span className="field-label">{t('official.commune')}</span>
        <p className="field-static" id={props.id}>
          {scope.name}
        </p>
      </div>
    );
  }
  return (
    <fieldset className="picker">
      <legend>{props.legend ?? t('official.commune')}</legend>
      {scope.kind === 'all' && (
        <div className="field">
          <label htmlFor={`${ids}-province`}>{t('official.province')}</label>
          <select
            id={`${ids}-province`}
            value={province}
            onChange={(e) => (setProvince(e.target.value), onChange(null))}
          >
            <option value="">{t('official.filterAll')}</option>
            {shown?.provinces?.map((p) => (
              <option key={p.id} value={p.code ?? ''}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${ids}-search`}>{t('official.communeSearch')}</label>
        <input
          id={`${ids}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={props.id} className="visually-hidden">
          {t('official.commune')}
        </label>
        <select
          id={props.id}
          value={value?.id ?? ''}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => {
            const unit = communes.find((c) => c.id === e.target.value);
            onChange(unit ? { id: unit.id, code: unit.code ?? null, name: unit.fullName } : null);
          }}
        >
          <option value="">
            {communes.length === 0 && shown ? t('official.communeNone') : t('official.choose')}
          </option>
          {value && !communes.some((c) => c.id === value.id) && (
            <option value={value.id}>{value.name}</option>
          )}
          {communes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.fullName}
              {c.parent && scope.kind === 'all' ? ` · ${c.parent.name}` : ''}
            </option>
          ))}
        </select>
        {error && (
          <p id={`${props.id}-error`} className="field-error">
            {error}
          </p>
        )}
      </div>
    </fieldset>
  );
}
