import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  catalogueHref,
  DEFAULT_FILTERS,
  parseCatalogueSearch,
  toCatalogueSearch,
  toProductFilter,
  toProductOrder,
  updateFilters,
  type CatalogueFilters,
} from './catalogueUrl';

const FULL: CatalogueFilters = {
  q: 'gạo séng cù',
  stars: [4, 5],
  sector: '1',
  group: '1.2',
  province: '11',
  district: '100',
  type: 'COOPERATIVE_GROUP',
  expired: true,
  sort: 'name',
};

describe('catalogue URL ↔ filters', () => {
  it('reads defaults from an empty query string and writes none back', () => {
    expect(parseCatalogueSearch('')).toEqual(DEFAULT_FILTERS);
    expect(toCatalogueSearch(DEFAULT_FILTERS)).toBe('');
    expect(catalogueHref()).toBe('/products');
  });

  it('round-trips every filter: filters → URL → the same filters', () => {
    const search = toCatalogueSearch(FULL);
    expect(search).toBe(
      'q=g%E1%BA%A1o+s%C3%A9ng+c%C3%B9&stars=4,5&sector=1&group=1.2&province=11&district=100' +
        '&type=cooperative_group&expired=1&sort=name',
    );
    expect(parseCatalogueSearch(search)).toEqual(FULL);
    expect(parseCatalogueSearch(`?${search}`)).toEqual(FULL);
  });

  it('round-trips URLs in canonical form: URL → filters → the same URL', () => {
    for (const url of [
      'q=ca+phe',
      'q=ca+phe&sort=stars',
      'stars=3',
      'sort=certified',
      'expired=1&sort=name',
    ]) {
      expect(toCatalogueSearch(parseCatalogueSearch(url))).toBe(url);
    }
  });

  it('sorts by relevance by default when searching, by stars otherwise, and leaves the default out', () => {
    expect(parseCatalogueSearch('q=seng+cu').sort).toBe('relevance');
    expect(parseCatalogueSearch('').sort).toBe('stars');
    expect(toCatalogueSearch({ ...DEFAULT_FILTERS, q: 'seng cu', sort: 'relevance' })).toBe('q=seng+cu');
    expect(toCatalogueSearch({ ...DEFAULT_FILTERS, q: 'seng cu', sort: 'stars' })).toBe(
      'q=seng+cu&sort=stars',
    );
  });

  it('ignores invalid values and unknown parameters', () => {
    expect(
      parseCatalogueSearch(
        'stars=2,6,x,4,4&sector=food&group=1.x&province=011&district=1&type=farmer&expired=yes&sort=price&utm=1',
      ),
    ).toEqual({ ...DEFAULT_FILTERS, stars: [4] });
    // Relevance needs a search.
    expect(parseCatalogueSearch('sort=relevance').sort).toBe('stars');
    // A group of another sector is dropped; a group alone implies its sector.
    expect(parseCatalogueSearch('sector=2&group=1.2')).toMatchObject({ sector: '2', group: null });
    expect(parseCatalogueSearch('group=1.2')).toMatchObject({ sector: '1', group: '1.2' });
  });

  it('accepts forgiving spellings: repeated stars, upper case, spaces', () => {
    const filters = parseCatalogueSearch('stars=5&stars=3&type=ENTERPRISE&q=++cà+++phê++&expired=true');
    expect(filters).toMatchObject({ stars: [3, 5], type: 'ENTERPRISE', q: 'cà phê', expired: true });
  });

  it('builds links with the filter for the home page', () => {
    expect(catalogueHref({ sector: '4' })).toBe('/products?sector=4');
    expect(catalogueHref({ province: '11', district: '098' })).toBe('/products?province=11&district=098');
    expect(catalogueHref({ q: 'seng cu' })).toBe('/products?q=seng+cu');
  });
});

describe('updating filters', () => {
  it('lets the sort follow the search while it is the default', () => {
    expect(updateFilters(DEFAULT_FILTERS, { q: 'mật ong' }).sort).toBe('relevance');
    const byName = updateFilters(DEFAULT_FILTERS, { sort: 'name' });
    expect(updateFilters(byName, { q: 'mật ong' }).sort).toBe('name');
    const searching = parseCatalogueSearch('q=mat+ong');
    expect(updateFilters(searching, { q: '' }).sort).toBe('stars');
  });

  it('drops a group outside the new sector and a district outside the new province', () => {
    const current = parseCatalogueSearch('group=1.2&province=11&district=100');
    expect(updateFilters(current, { sector: '2' })).toMatchObject({ sector: '2', group: null });
    expect(updateFilters(current, { province: null })).toMatchObject({ province: null, district: null });
  });

  it('counts the active filters', () => {
    expect(activeFilterCount(DEFAULT_FILTERS)).toBe(0);
    expect(activeFilterCount(FULL)).toBe(7);
  });
});

describe('API variables', () => {
  it('asks for valid certificates only unless expired ones are included', () => {
    expect(toProductFilter(DEFAULT_FILTERS)).toEqual({ certificateStatus: ['VALID'] });
    expect(toProductFilter(FULL)).toEqual({
      certificateStatus: ['VALID', 'EXPIRED'],
      search: 'gạo séng cù',
      stars: [4, 5],
      sector: '1',
      group: '1.2',
      provinceCode: '11',
      districtCode: '100',
      producerType: 'COOPERATIVE_GROUP',
    });
  });

  it('maps each sort to the API order', () => {
    expect(toProductOrder({ ...DEFAULT_FILTERS, q: 'x', sort: 'relevance' })).toEqual({
      field: 'RELEVANCE',
      direction: 'DESC',
    });
    expect(toProductOrder({ ...DEFAULT_FILTERS, sort: 'stars' })).toEqual({
      field: 'STARS',
      direction: 'DESC',
    });
    expect(toProductOrder({ ...DEFAULT_FILTERS, sort: 'name' })).toEqual({ field: 'NAME', direction: 'ASC' });
    expect(toProductOrder({ ...DEFAULT_FILTERS, sort: 'certified' })).toEqual({
      field: 'CERTIFIED_ON',
      direction: 'DESC',
    });
  });
});
