import { afterEach, describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import {
  compareHref,
  MAX_COMPARED,
  parseCompareIds,
  storeCompareIds,
  toggled,
  useCompareList,
} from './compareList';

describe('the compare list', () => {
  afterEach(() => window.sessionStorage.clear());

  it('reads ids from the URL: distinct, well-formed, at most four, in order', () => {
    expect(parseCompareIds('a,b,c')).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds('a, b ,a,,c')).toEqual(['a', 'b', 'c']);
    expect(parseCompareIds('a,b,c,d,e,f')).toHaveLength(MAX_COMPARED);
    expect(parseCompareIds('a,<script>,b')).toEqual(['a', 'b']);
    expect(parseCompareIds(null)).toEqual([]);
  });

  it('writes a shareable address that reads back the same', () => {
    const ids = ['T2NvcFByb2R1Y3Q6MQ==', 'T2NvcFByb2R1Y3Q6Mg=='];
    const href = compareHref(ids);
    expect(href.startsWith('/compare?ids=')).toBe(true);
    const back = new URL(href, 'https://example.vn').searchParams.get('ids');
    expect(parseCompareIds(back)).toEqual(ids);
    expect(compareHref([])).toBe('/compare');
  });

  it('toggles: adds at the end, removes, never past four', () => {
    expect(toggled(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
    expect(toggled(['a', 'b', 'c', 'd'], 'e')).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps the list in sessionStorage and tells every user of the hook', () => {
    const first = renderHook(() => useCompareList());
    const second = renderHook(() => useCompareList());
    act(() => first.result.current.toggle('a'));
    act(() => second.result.current.toggle('b'));
    expect(first.result.current.ids).toEqual(['a', 'b']);
    expect(second.result.current.ids).toEqual(['a', 'b']);
    expect(window.sessionStorage.getItem('ocop.compare')).toBe('a,b');
    act(() => storeCompareIds(['c', 'd', 'e', 'f']));
    expect(first.result.current.full).toBe(true);
    act(() => first.result.current.clear());
    expect(second.result.current.ids).toEqual([]);
  });
});
