import { useId } from 'react';
import type { ProducerType } from '../../gql/graphql';
import { useI18n } from '../../i18n/i18n';
import {
  activeFilterCount,
  PRODUCER_TYPES,
  STAR_VALUES,
  type CatalogueFilters as Filters,
} from './catalogueUrl';

export interface SectorOption {
  code: string;
  nameVi: string;
  nameEn: string;
  groups: { code: string; nameVi: string; nameEn: string }[];
}

export interface PlaceOption {
  code: string;
  name: string;
}

export interface CatalogueFiltersProps {
  filters: Filters;
  onChange: (patch: Partial<Filters>) => void;
  onClear: () => void;
  sectors: SectorOption[];
  provinces: PlaceOption[];
  /** Districts of the chosen province (empty without one). */
  districts: PlaceOption[];
}

/**
 * The catalogue's filters as a plain form: every control has a visible label, works with the
 * keyboard, and applies at once (the list and the URL follow).
 */
export function CatalogueFilters({
  filters,
  onChange,
  onClear,
  sectors,
  provinces,
  districts,
}: CatalogueFiltersProps) {
  const { t, locale } = useI18n();
  const id = useId();
  const name = (o: { nameVi: string; nameEn: string }) => (locale === 'vi' ? o.nameVi : o.nameEn);
  const sector = sectors.find((s) => s.code === filters.sector);
  // A code in the URL that the lists do not know (yet) stays selectable, shown as its code.
  const provinceOptions =
    filters.province && !provinces.some((p) => p.code === filters.province)
      ? [...provinces, { code: filters.province, name: filters.province }]
      : provinces;
  const districtOptions =
    filters.district && !districts.some((d) => d.code === filters.district)
      ? [...districts, { code: filters.district, name: filters.district }]
      : districts;

  return (
    <form className="catalogue-filter-form" onSubmit={(event) => event.preventDefault()}>
      <fieldset className="filter-group">
        <legend>{t('catalogue.starsLabel')}</legend>
        <div className="star-options">
          {[...STAR_VALUES].reverse().map((stars) => {
            const checked = filters.stars.includes(stars);
            return (
              <label key={stars} className={`star-option${checked ? ' is-checked' : ''}`}>
                <input
                  type="checkbox"
                  checked={checked}
                  onChange={() =>
                    onChange({
                      stars: checked ? filters.stars.filter((s) => s !== stars) : [...filters.stars, stars],
                    })
                  }
                />
                <span aria-hidden="true" className="star-option-mark">
                  {stars}★
                </span>
                <span className="visually-hidden">{t('stars.label', { count: stars })}</span>
              </label>
            );
          })}
        </div>
      </fieldset>

      <div className="filter-group">
        <label htmlFor={`${id}-sector`}>{t('catalogue.sectorLabel')}</label>
        <select
          id={`${id}-sector`}
          value={filters.sector ?? ''}
          onChange={(event) => onChange({ sector: event.target.value || null })}
        >
          <option value="">{t('catalogue.allSectors')}</option>
          {sectors.map((s) => (
            <option key={s.code} value={s.code}>
              {name(s)}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-group">
        <label htmlFor={`${id}-group`}>{t('catalogue.groupLabel')}</label>
        <select
          id={`${id}-group`}
          value={filters.group ?? ''}
          disabled={!sector}
          aria-describedby={sector ? undefined : `${id}-group-hint`}
          onChange={(event) => onChange({ group: event.target.value || null })}
        >
          <option value="">{t('catalogue.allGroups')}</option>
          {sector?.groups.map((g) => (
            <option key={g.code} value={g.code}>
              {name(g)}
            </option>
          ))}
        </select>
        {!sector && (
          <p id={`${id}-group-hint`} className="filter-hint">
            {t('catalogue.groupHint')}
          </p>
        )}
      </div>

      <div className="filter-group">
        <label htmlFor={`${id}-province`}>{t('catalogue.provinceLabel')}</label>
        <select
          id={`${id}-province`}
          value={filters.province ?? ''}
          onChange={(event) => onChange({ province: event.target.value || null })}
        >
          <option value="">{t('catalogue.allProvinces')}</option>
          {provinceOptions.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-group">
        <label htmlFor={`${id}-district`}>{t('catalogue.districtLabel')}</label>
        <select
          id={`${id}-district`}
          value={filters.district ?? ''}
          disabled={!filters.province}
          aria-describedby={`${id}-district-hint`}
          onChange={(event) => onChange({ district: event.target.value || null })}
        >
          <option value="">{t('catalogue.allDistricts')}</option>
          {districtOptions.map((d) => (
            <option key={d.code} value={d.code}>
              {d.name}
            </option>
          ))}
        </select>
        <p id={`${id}-district-hint`} className="filter-hint">
          {filters.province ? t('catalogue.districtHint') : t('catalogue.districtNeedsProvince')}
        </p>
      </div>

      <div className="filter-group">
        <label htmlFor={`${id}-type`}>{t('catalogue.typeLabel')}</label>
        <select
          id={`${id}-type`}
          value={filters.type ?? ''}
          onChange={(event) => onChange({ type: (event.target.value || null) as ProducerType | null })}
        >
          <option value="">{t('catalogue.allTypes')}</option>
          {PRODUCER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`product.producerType.${type}`)}
            </option>
          ))}
        </select>
      </div>

      <div className="filter-group">
        <label className="filter-checkbox">
          <input
            type="checkbox"
            checked={filters.expired}
            onChange={(event) => onChange({ expired: event.target.checked })}
          />
          <span>{t('catalogue.includeExpired')}</span>
        </label>
      </div>

      {activeFilterCount(filters) > 0 && (
        <button type="button" className="button button-secondary filters-clear" onClick={onClear}>
          {t('catalogue.clearFilters')}
        </button>
      )}
    </form>
  );
}
