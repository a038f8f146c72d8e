import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './messages.en';
import { vi, type Messages } from './messages.vi';

export type Locale = 'vi' | 'en';
const MESSAGES: Record<Locale, Messages> = { vi, en };
const STORAGE_KEY = 'ocop.locale';

/** Dotted paths to every string of the messages, e.g. 'nav.products'. */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];
export type MessageKey = Paths<Messages>;
/**
 * A message that depends on a count: an object of plural forms, `{ one, other }` (Intl.PluralRules'
 * categories; Vietnamese has only `other`, its `one` repeats it so both languages keep one shape).
 */
export type PluralKey = { [K in MessageKey]: K extends `${infer P}.other` ? P : never }[MessageKey];

export interface I18n {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  /** The string for `key` in the current language, with `{param}`s filled in. */
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
  /**
   * The form of `key` for `count` by the language's plural rules ("1 product", "2 products"), with
   * `{count}` filled in as a formatted number and the other `{param}`s from `params`.
   */
  tp: (key: PluralKey, count: number, params?: Record<string, string | number>) => string;
  /** A calendar day 'YYYY-MM-DD' as people write it: 12/09/2028 or 12 Sep 2028. */
  formatDate: (isoDay: string) => string;
  formatNumber: (value: number) => string;
  /** Whole đồng: 45.000 ₫. */
  formatVnd: (value: number | string) => string;
}

function lookup(messages: Messages, key: string): string {
  const value = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
  return typeof value === 'string' ? value : key;
}

/** The language a page load starts in: `?lang=`, else the one remembered, else Vietnamese. */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'en' || fromUrl === 'vi') return fromUrl;
  const stored = window.localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'vi';
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    window.localStorage.setItem(STORAGE_KEY, next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<I18n>(() => {
    const tag = locale === 'vi' ? 'vi-VN' : 'en-GB';
    const numbers = new Intl.NumberFormat(tag);
    const dates = new Intl.DateTimeFormat(tag, {
      day: '2-digit',
      month: locale === 'vi' ? '2-digit' : 'short',
      year: 'numeric',
      timeZone: 'UTC',
    });
    const plurals = new Intl.PluralRules(tag);
    const t: I18n['t'] = (key, params) =>
      lookup(MESSAGES[locale], key).replace(/\{(\w+)\}/g, (_, name: string) =>
        String(params?.[name] ?? `{${name}}`),
      );
    return {
      locale,
      setLocale,
      t,
      tp: (key, count, params) => {
        // A form the language's rules name but the message leaves out ("few", "many") reads as "other".
        const own = `${key}.${plurals.select(count)}`;
        const chosen = (lookup(MESSAGES[locale], own) === own ? `${key}.other` : own) as MessageKey;
        return t(chosen, { ...params, count: numbers.format(count) });
      },
      formatDate: (isoDay) => dates.format(new Date(`${isoDay}T00:00:00Z`)),
      formatNumber: (n) => numbers.format(n),
      formatVnd: (v) => `${numbers.format(Number(v))} ₫`,
    };
  }, [locale, setLocale]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
