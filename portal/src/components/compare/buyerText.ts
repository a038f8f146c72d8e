import type { Locale } from '../../i18n/i18n';

/**
 * A product's text in the reader's language: on the English portal its English name or
 * description when its producer gave one, else the Vietnamese one marked "(Vietnamese)" and tagged
 * `lang="vi"` (so a screen reader reads it as Vietnamese, not as garbled English).
 */
export function inLocale(
  locale: Locale,
  vietnamese: string,
  english: string | null | undefined,
): { text: string; lang: 'vi' | 'en'; marked: boolean } {
  if (locale === 'en' && english) return { text: english, lang: 'en', marked: false };
  return { text: vietnamese, lang: 'vi', marked: locale === 'en' };
}

/**
 * A Zalo chat link from a phone number (https://zalo.me/<digits>): Zalo accounts are phone numbers;
 * +84 is written as Vietnam's leading 0. Null when there are not 9–11 digits left.
 */
export function zaloHref(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  if (phone.trim().startsWith('+84') || (digits.startsWith('84') && digits.length === 11)) {
    digits = `0${digits.slice(2)}`;
  }
  if (digits.length < 9 || digits.length > 11) return null;
  return `https://zalo.me/${digits}`;
}

/** Only https addresses become links (the API refuses others now; older rows may hold http). */
export function httpsUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
