import type { CertificateStatus, OcopProductFilter, OcopProductOrder, ProducerType } from '../../gql/graphql';

/**
 * The catalogue's whole state lives in the URL's query string, so that a link reproduces the
 * view: `/products?q=gao&stars=4,5&sector=1&group=1.2&province=11&district=100&type=cooperative
 * &expired=1&sort=name`. This module is the one place that maps the query string to filters and
 * back. It is pure: unknown parameters and invalid values are ignored (a hand-edited or old link
 * still opens, showing what it validly asks for), and defaults are left out of the URL.
 */

export const SORTS = ['relevance', 'stars', 'name', 'certified'] as const;
export type CatalogueSort = (typeof SORTS)[number];

/** Stars an OCOP certificate can carry (only 3★ to 5★ are certified). */
export const STAR_VALUES = [3, 4, 5] as const;

export const PRODUCER_TYPES = [
  'COOPERATIVE',
  'COOPERATIVE_GROUP',
  'ENTERPRISE',
  'HOUSEHOLD_BUSINESS',
] as const satisfies readonly ProducerType[];

export interface CatalogueFilters {
  /** Words of the name, typed with or without accents ('' = no search). */
  q: string;
  /** Stars to show, ascending; empty = any. */
  stars: number[];
  /** OCOP sector code, e.g. "1". */
  sector: string | null;
  /** OCOP group code inside the sector, e.g. "1.2". */
  group: string | null;
  /** 2-digit GSO province code. */
  province: string | null;
  /** 3-digit GSO district code (districts existed until 2025-07-01). */
  district: string | null;
  type: ProducerType | null;
  /** Also list products whose certificate has expired. */
  expired: boolean;
  /** Always concrete; `defaultSort(q)` when the URL does not say. */
  sort: CatalogueSort;
}

export const MAX_QUERY_LENGTH = 200;

/** Relevance when searching, most stars otherwise (as the API orders by default). */
export function defaultSort(q: string): CatalogueSort {
  return q ? 'relevance' : 'stars';
}

export const DEFAULT_FILTERS: CatalogueFilters = {
  q: '',
  stars: [],
  sector: null,
  group: null,
  province: null,
  district: null,
  type: null,
  expired: false,
  sort: 'stars',
};

const SECTOR = /^[1-9][0-9]?$/;
const GROUP = /^([1-9][0-9]?)\.[1-9][0-9]?$/;
const PROVINCE = /^[0-9]{2}$/;
const DISTRICT = /^[0-9]{3}$/;

function cleanQuery(value: string | null): string {
  return (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
}

function parseStars(params: URLSearchParams): number[] {
  const values = params
    .getAll('stars')
    .flatMap((v) => v.split(','))
    .map((v) => Number(v.trim()))
    .filter((n): n is (typeof STAR_VALUES)[number] => (STAR_VALUES as readonly number[]).includes(n));
  return [...new Set(values)].sort((a, b) => a - b);
}

function parseType(value: string | null): ProducerType | null {
  const upper = (value ?? '').trim().toUpperCase().replace(/-/g, '_');
  return (PRODUCER_TYPES as readonly string[]).includes(upper) ? (upper as ProducerType) : null;
}

function match(value: string | null, pattern: RegExp): string | null {
  const trimmed = value?.trim() ?? '';
  return pattern.test(trimmed) ? trimmed : null;
}

/** The filters a query string asks for (`?q=…` or a URLSearchParams). */
export function parseCatalogueSearch(search: string | URLSearchParams): CatalogueFilters {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const q = cleanQuery(params.get('q'));
  let sector = match(params.get('sector'), SECTOR);
  let group = match(params.get('group'), GROUP);
  if (group) {
    const groupSector = GROUP.exec(group)?.[1] ?? null;
    if (sector && sector !== groupSector) group = null;
    else sector = groupSector;
  }
  const sortParam = params.get('sort')?.trim().toLowerCase() ?? '';
  const sortValid =
    (SORTS as readonly string[]).includes(sortParam) && (sortParam !== 'relevance' || q !== '');
  const expired = (params.get('expired') ?? '').trim().toLowerCase();
  return {
    q,
    stars: parseStars(params),
    sector,
    group,
    province: match(params.get('province'), PROVINCE),
    district: match(params.get('district'), DISTRICT),
    type: parseType(params.get('type')),
    expired: expired === '1' || expired === 'true',
    sort: sortValid ? (sortParam as CatalogueSort) : defaultSort(q),
  };
}

/** The query string (without '?') for filters: parameters in a fixed order, defaults left out. */
export function toCatalogueSearch(filters: CatalogueFilters): string {
  const params = new URLSearchParams();
  const q = cleanQuery(filters.q);
  if (q) params.set('q', q);
  const stars = [...new Set(filters.stars)]
    .filter((n) => (STAR_VALUES as readonly number[]).includes(n))
    .sort((a, b) => a - b);
  if (stars.length) params.set('stars', stars.join(','));
  if (filters.sector) params.set('sector', filters.sector);
  if (filters.group) params.set('group', filters.group);
  if (filters.province) params.set('province', filters.province);
  if (filters.district) params.set('district', filters.district);
  if (filters.type) params.set('type', filters.type.toLowerCase());
  if (filters.expired) params.set('expired', '1');
  if (filters.sort !== defaultSort(q) && (filters.sort !== 'relevance' || q))
    params.set('sort', filters.sort);
  // Commas and dots are safe in a query string: keep `stars=4,5` readable.
  return params.toString().replace(/%2C/g, ',');
}

/** The catalogue's URL for filters: `/products` or `/products?…`. */
export function catalogueHref(filters: Partial<CatalogueFilters> = {}): string {
  const search = toCatalogueSearch({ ...DEFAULT_FILTERS, sort: defaultSort(filters.q ?? ''), ...filters });
  return search ? `/products?${search}` : '/products';
}

/** Filters changed by `patch`; the sort follows the search when it was the default. */
export function updateFilters(current: CatalogueFilters, patch: Partial<CatalogueFilters>): CatalogueFilters {
  const next = { ...current, ...patch };
  if (patch.q !== undefined && patch.sort === undefined && current.sort === defaultSort(current.q)) {
    next.sort = defaultSort(cleanQuery(patch.q));
  }
  if (next.sort === 'relevance' && !cleanQuery(next.q)) next.sort = 'stars';
  if (patch.sector !== undefined && patch.group === undefined && next.group) {
    if (!next.sector || !next.group.startsWith(`${next.sector}.`)) next.group = null;
  }
  if (patch.province !== undefined && patch.district === undefined && patch.province !== current.province) {
    next.district = null;
  }
  return next;
}

/** How many filters (not the search, not the order) narrow the list. */
export function activeFilterCount(filters: CatalogueFilters): number {
  return (
    (filters.stars.length ? 1 : 0) +
    (filters.sector ? 1 : 0) +
    (filters.group ? 1 : 0) +
    (filters.province ? 1 : 0) +
    (filters.district ? 1 : 0) +
    (filters.type ? 1 : 0) +
    (filters.expired ? 1 : 0)
  );
}

/** The API's filter. The certificate statuses are always explicit (a stable cache key). */
export function toProductFilter(filters: CatalogueFilters): OcopProductFilter {
  const certificateStatus: CertificateStatus[] = filters.expired ? ['VALID', 'EXPIRED'] : ['VALID'];
  const filter: OcopProductFilter = { certificateStatus };
  const q = cleanQuery(filters.q);
  if (q) filter.search = q;
  if (filters.stars.length) filter.stars = filters.stars;
  if (filters.sector) filter.sector = filters.sector;
  if (filters.group) filter.group = filters.group;
  if (filters.province) filter.provinceCode = filters.province;
  if (filters.district) filter.districtCode = filters.district;
  if (filters.type) filter.producerType = filters.type;
  return filter;
}

/** The API's order for the chosen sort. */
export function toProductOrder(filters: CatalogueFilters): OcopProductOrder {
  switch (filters.sort) {
    case 'relevance':
      return cleanQuery(filters.q)
        ? { field: 'RELEVANCE', direction: 'DESC' }
        : { field: 'STARS', direction: 'DESC' };
    case 'name':
      return { field: 'NAME', direction: 'ASC' };
    case 'certified':
      return { field: 'CERTIFIED_ON', direction: 'DESC' };
    case 'stars':
      return { field: 'STARS', direction: 'DESC' };
  }
}
