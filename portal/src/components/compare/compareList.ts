import { useCallback, useSyncExternalStore } from 'react';

/**
 * The products a buyer is comparing (at most MAX_COMPARED): kept in sessionStorage while they
 * browse (the "add to compare" toggles on cards and product pages), and in the URL of the compare
 * page (`/compare?ids=a,b,c`), which is what they share. The URL wins when a compare page opens: it
 * replaces the stored list, so a shared link shows what its sender saw.
 */
export const MAX_COMPARED = 4;
const STORAGE_KEY = 'ocop.compare';
const CHANGED = 'ocop-compare-changed';
/** IDs are opaque base64 strings: anything else in a URL is dropped, not sent. */
const ID_PATTERN = /^[A-Za-z0-9+/=_-]{1,200}$/;

/** The IDs of `?ids=a,b,c`: valid-looking, distinct, at most MAX_COMPARED, in their order. */
export function parseCompareIds(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids: string[] = [];
  for (const part of value.split(',')) {
    const id = part.trim();
    if (ID_PATTERN.test(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === MAX_COMPARED) break;
  }
  return ids;
}

/** The compare page's address for `ids` (commas kept readable; IDs never carry one). */
export function compareHref(ids: readonly string[]): string {
  if (ids.length === 0) return '/compare';
  return `/compare?ids=${ids.map((id) => encodeURIComponent(id)).join(',')}`;
}

/** `ids` with `id` added at the end (unless full) or removed. */
export function toggled(ids: readonly string[], id: string): string[] {
  if (ids.includes(id)) return ids.filter((other) => other !== id);
  if (ids.length >= MAX_COMPARED) return [...ids];
  return [...ids, id];
}

function read(): string {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Replaces the stored list and tells every toggle on the page. */
export function storeCompareIds(ids: readonly string[]): void {
  try {
    window.sessionStorage.setItem(STORAGE_KEY, ids.join(','));
  } catch {
    // Storage refused (private mode, quota): the list lives until the page is left.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(CHANGED, onChange);
  // Another tab of the same session does not share sessionStorage; nothing else to listen to.
  return () => window.removeEventListener(CHANGED, onChange);
}

/** The stored list and the ways to change it; every component using it re-renders on a change. */
export function useCompareList() {
  const raw = useSyncExternalStore(subscribe, read, () => '');
  const ids = parseCompareIds(raw);
  const toggle = useCallback((id: string) => storeCompareIds(toggled(parseCompareIds(read()), id)), []);
  const clear = useCallback(() => storeCompareIds([]), []);
  return { ids, toggle, clear, full: ids.length >= MAX_COMPARED };
}
