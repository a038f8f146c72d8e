import { useMemo, useState } from 'react';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useNavigate, useSearchParams } from 'react-router';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { CatalogueFilters } from '../components/catalogue/CatalogueFilters';
import {
  activeFilterCount,
  DEFAULT_FILTERS,
  parseCatalogueSearch,
  toCatalogueSearch,
  toProductFilter,
  toProductOrder,
  updateFilters,
  type CatalogueFilters as Filters,
  type CatalogueSort,
} from '../components/catalogue/catalogueUrl';
import { CloseIcon, FilterIcon } from '../components/icons';
import { EmptyState, ErrorState, Loading } from '../components/PageState';
import { HOME_PROVINCE_CODE, LAST_DAY_OF_DISTRICTS } from '../components/places';
import { ProductCard } from '../components/ProductCard';
import { SearchBox } from '../components/SearchBox';

/**
 * The server's export of the catalogue as filtered now (GET /export/products.csv|xlsx, the same
 * query string as the page's, server/src/modules/ocop-product/catalogue-export.route.ts).
 */
export function exportHref(format: 'csv' | 'xlsx', filters: Filters, locale: string): string {
  const search = toCatalogueSearch(filters);
  return `/export/products.${format}?${search ? `${search}&` : ''}lang=${locale === 'en' ? 'en' : 'vi'}`;
}

/** Products a page: a multiple of 2, 3 and 4 columns. */
export const PAGE_SIZE = 12;

export const CatalogueRouteQuery = graphql(`
  query CatalogueRouteQuery(
    $first: Int!
    $after: String
    $filter: OcopProductFilter!
    $orderBy: OcopProductOrder!
    $homeProvince: String!
    $province: String!
    $hasProvince: Boolean!
    $district: String!
    $hasDistrict: Boolean!
    $districtsAsOf: Date!
  ) {
    today
    ocopProducts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges {
        cursor
        node {
          id
          ...ProductCard_product
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
    ocopSectors {
      code
      nameVi
      nameEn
      groups {
        code
        nameVi
        nameEn
      }
    }
    homeProvince: province(code: $homeProvince, asOf: $districtsAsOf) {
      id
      code
      name
    }
    selectedProvince: province(code: $province, asOf: $districtsAsOf) @include(if: $hasProvince) {
      id
      code
      name
      children(asOf: $districtsAsOf) {
        id
        code
        name
        level
      }
    }
    # The district of the filter by itself: its chip is named even without a province in the URL.
    selectedDistrict: district(code: $district, asOf: $districtsAsOf) @include(if: $hasDistrict) {
      id
      code
      fullName
    }
  }
`);

/** The variables of the catalogue query for the filters in the URL. */
export function catalogueVariables(filters: Filters) {
  return {
    first: PAGE_SIZE,
    filter: toProductFilter(filters),
    orderBy: toProductOrder(filters),
    homeProvince: HOME_PROVINCE_CODE,
    province: filters.province ?? HOME_PROVINCE_CODE,
    hasProvince: filters.province !== null,
    // Not asked when absent (@include); the variable is required all the same.
    district: filters.district ?? '',
    hasDistrict: filters.district !== null,
    districtsAsOf: LAST_DAY_OF_DISTRICTS,
  };
}

const SORT_LABELS: Record<CatalogueSort, MessageKey> = {
  relevance: 'catalogue.sortRelevance',
  stars: 'catalogue.sortStars',
  name: 'catalogue.sortName',
  certified: 'catalogue.sortCertified',
};

/**
 * The OCOP catalogue: search, filters, order, count and "load more". Everything the reader sets
 * is in the URL (see catalogueUrl.ts), so the view can be shared, bookmarked and reloaded.
 */
export default function CatalogueRoute() {
  const { t, tp, locale, formatNumber } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const filters = useMemo(() => parseCatalogueSearch(params), [params]);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);

  const { data, previousData, error, loading, networkStatus, fetchMore, refetch } = useQuery(
    CatalogueRouteQuery,
    { variables: catalogueVariables(filters) },
  );
  // While the results of new filters load, the previous ones stay on screen, dimmed (no jump).
  const facets = data ?? previousData;
  const stale = !data && loading && previousData !== undefined;
  const products = (data ?? (stale ? previousData : undefined))?.ocopProducts;

  const go = (next: Filters, replace: boolean) => {
    const search = toCatalogueSearch(next);
    void navigate(
      { pathname: '/products', search: search ? `?${search}` : '' },
      { replace, preventScrollReset: true },
    );
  };
  const change = (patch: Partial<Filters>) => go(updateFilters(filters, patch), true);
  const clearFilters = () =>
    go({ ...DEFAULT_FILTERS, q: filters.q, sort: filters.q ? 'relevance' : 'stars' }, false);

  const sectors = facets?.ocopSectors ?? [];
  const provinces = facets?.homeProvince?.code
    ? [{ code: facets.homeProvince.code, name: facets.homeProvince.name }]
    : [];
  if (facets?.selectedProvince?.code && !provinces.some((p) => p.code === facets.selectedProvince?.code)) {
    provinces.push({ code: facets.selectedProvince.code, name: facets.selectedProvince.name });
  }
  const districts =
    filters.province && facets?.selectedProvince?.code === filters.province
      ? facets.selectedProvince.children
          .filter((c) => c.level === 'DISTRICT' && c.code)
          .map((c) => ({ code: c.code!, name: c.name }))
      : [];
  const activeCount = activeFilterCount(filters);
  const sortOptions: CatalogueSort[] = filters.q
    ? ['relevance', 'stars', 'name', 'certified']
    : ['stars', 'name', 'certified'];

  // The chips of the active filters, each with a button that removes it.
  const sectorOf = sectors.find((s) => s.code === filters.sector);
  const groupOf = sectorOf?.groups.find((g) => g.code === filters.group);
  const named = (o: { nameVi: string; nameEn: string } | undefined, code: string) =>
    o ? (locale === 'vi' ? o.nameVi : o.nameEn) : code;
  // A unit's name once known; its code while the answer is coming; said to be unknown when the
  // answer has no unit of that code (a hand-edited link), so the chip still reads and removes.
  const unitLabel = (name: string | undefined, code: string) =>
    name ?? (data ? t('edges.unknownUnit', { code }) : code);
  const chips: { key: string; label: string; remove: Partial<Filters> }[] = [];
  if (filters.stars.length)
    chips.push({ key: 'stars', label: `${filters.stars.join(', ')} ★`, remove: { stars: [] } });
  if (filters.sector)
    chips.push({ key: 'sector', label: named(sectorOf, filters.sector), remove: { sector: null } });
  if (filters.group)
    chips.push({ key: 'group', label: named(groupOf, filters.group), remove: { group: null } });
  if (filters.province)
    chips.push({
      key: 'province',
      label: unitLabel(provinces.find((p) => p.code === filters.province)?.name, filters.province),
      remove: { province: null },
    });
  if (filters.district)
    chips.push({
      key: 'district',
      label: unitLabel(
        facets?.selectedDistrict?.code === filters.district ? facets.selectedDistrict.fullName : undefined,
        filters.district,
      ),
      remove: { district: null },
    });
  if (filters.type)
    chips.push({ key: 'type', label: t(`product.producerType.${filters.type}`), remove: { type: null } });
  if (filters.expired)
    chips.push({ key: 'expired', label: t('catalogue.chipExpired'), remove: { expired: false } });

  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const shown = products?.edges.length ?? 0;

  let results;
  if (error && !products) {
    results = <ErrorState onRetry={() => void refetch()} />;
  } else if (!products || (stale && shown === 0)) {
    results = <Loading label={t('catalogue.loading')} />;
  } else if (products.totalCount === 0 || shown === 0) {
    results = (
      <EmptyState title={filters.q ? t('catalogue.emptySearch', { q: filters.q }) : t('catalogue.empty')}>
        <p>{t('catalogue.emptyHint')}</p>
        <div className="state-actions">
          {activeCount > 0 && (
            <button type="button" className="button" onClick={clearFilters}>
              {t('catalogue.clearFilters')}
            </button>
          )}
          {filters.q && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => go(updateFilters(filters, { q: '' }), false)}
            >
              {t('catalogue.clearSearch')}
            </button>
          )}
          {!filters.expired && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => change({ expired: true })}
            >
              {t('catalogue.tryExpired')}
            </button>
          )}
        </div>
      </EmptyState>
    );
  } else {
    results = (
      <>
        <ul className={`product-grid product-grid-catalogue${stale ? ' is-stale' : ''}`} aria-busy={loading}>
          {products.edges.map(({ node }) => (
            <li key={node.id}>
              <ProductCard product={node} />
            </li>
          ))}
        </ul>
        <div className="load-more">
          <p className="muted">
            {tp('catalogue.shown', products.totalCount, { shown: formatNumber(shown) })}
          </p>
          {products.pageInfo.hasNextPage && (
            <button
              type="button"
              className="button button-secondary"
              disabled={loadingMore}
              onClick={() => {
                setMoreFailed(false);
                fetchMore({ variables: { after: products.pageInfo.endCursor } }).catch(() =>
                  setMoreFailed(true),
                );
              }}
            >
              {loadingMore ? t('state.loading') : t('catalogue.loadMore')}
            </button>
          )}
          {moreFailed && <ErrorState message={t('catalogue.loadMoreError')} />}
        </div>
      </>
    );
  }

  return (
    <div className="catalogue">
      <title>{`${t('catalogue.title')} · ${t('app.name')}`}</title>
      <header className="page-head">
        <h1>{t('catalogue.title')}</h1>
        <p className="page-lead">{t('catalogue.lead')}</p>
        <SearchBox
          key={filters.q}
          defaultValue={filters.q}
          onSearch={(q) => go(updateFilters(filters, { q }), false)}
        />
        <button
          type="button"
          className="button button-secondary filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="catalogue-filters"
          onClick={() => setFiltersOpen((open) => !open)}
        >
          <FilterIcon size={18} />
          {activeCount
            ? t('catalogue.filtersButtonCount', { count: activeCount })
            : t('catalogue.filtersButton')}
        </button>
      </header>

      <div className="catalogue-layout">
        <aside
          id="catalogue-filters"
          className={`catalogue-filters${filtersOpen ? ' is-open' : ''}`}
          aria-label={t('catalogue.filtersTitle')}
        >
          <h2 className="filters-title">{t('catalogue.filtersTitle')}</h2>
          <CatalogueFilters
            filters={filters}
            onChange={change}
            onClear={clearFilters}
            sectors={sectors}
            provinces={provinces}
            districts={districts}
          />
        </aside>

        <section className="catalogue-results" aria-labelledby="catalogue-count">
          <div className="results-bar">
            <p id="catalogue-count" className="results-count" role="status" aria-live="polite">
              {products && !stale
                ? filters.q
                  ? tp('catalogue.countSearch', products.totalCount, { q: filters.q })
                  : tp('catalogue.count', products.totalCount)
                : t('catalogue.loading')}
            </p>
            <div className="results-tools">
              <label className="sort-select">
                <span>{t('catalogue.sortLabel')}</span>
                <select
                  value={filters.sort}
                  onChange={(event) => change({ sort: event.target.value as CatalogueSort })}
                >
                  {sortOptions.map((sort) => (
                    <option key={sort} value={sort}>
                      {t(SORT_LABELS[sort])}
                    </option>
                  ))}
                </select>
              </label>
              <span className="export-links" role="group" aria-label={t('catalogue.exportLabel')}>
                {(['csv', 'xlsx'] as const).map((format) => (
                  <a
                    key={format}
                    className="button button-secondary"
                    href={exportHref(format, filters, locale)}
                    download
                    title={t('catalogue.exportLabel')}
                  >
                    {t(format === 'csv' ? 'catalogue.exportCsv' : 'catalogue.exportXlsx')}
                  </a>
                ))}
              </span>
            </div>
          </div>

          {chips.length > 0 && (
            <ul className="link-chips active-filters" aria-label={t('catalogue.activeFilters')}>
              {chips.map((chip) => (
                <li key={chip.key}>
                  <button
                    type="button"
                    className="link-chip link-chip-removable"
                    onClick={() => change(chip.remove)}
                    aria-label={t('catalogue.removeFilter', { name: chip.label })}
                  >
                    {chip.label}
                    <CloseIcon size={14} />
                  </button>
                </li>
              ))}
            </ul>
          )}

          {results}
        </section>
      </div>
    </div>
  );
}
