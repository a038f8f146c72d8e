/**
 * The language of the messages people read in an answer (user errors, the upload route's
 * refusals). Vietnamese is the platform's first language; English is the other one.
 *
 * Which one: the request's own `Accept-Language` (the portal sends the language it shows; a
 * partner's program sends its own) wins, then the logged-in viewer's preferred locale, then
 * Vietnamese. Programs read codes, never messages, so this changes nothing but the wording.
 */
export type Language = 'vi' | 'en';
export const LANGUAGES: readonly Language[] = ['vi', 'en'];
export const DEFAULT_LANGUAGE: Language = 'vi';

/** One message in each language, written side by side where it is raised. */
export type Localized = Readonly<Record<Language, string>>;

/** The longest header read, and the most entries: a header is the client's and may be anything. */
const MAX_HEADER_LENGTH = 256;
const MAX_ENTRIES = 16;

/**
 * The language an `Accept-Language` header prefers among ours, or null when it names neither
 * ("fr", "*", absent, unreadable). "en-GB,en;q=0.9,vi;q=0.8" → en; "vi-VN" → vi; on equal
 * weights the first named wins.
 */
export function languageOfHeader(header: string | string[] | undefined): Language | null {
  const text = (Array.isArray(header) ? header.join(',') : (header ?? '')).slice(0, MAX_HEADER_LENGTH);
  let best: { language: Language; q: number } | null = null;
  for (const entry of text.split(',').slice(0, MAX_ENTRIES)) {
    const [range = '', ...params] = entry.trim().toLowerCase().split(';');
    const primary = range.trim().split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (!best || q > best.q) best = { language: primary, q };
  }
  return best?.language ?? null;
}

/** The request's language, else the viewer's locale, else Vietnamese. */
export function chooseLanguage(requested: Language | null, viewerLocale?: string | null): Language {
  if (requested) return requested;
  return viewerLocale === 'en' || viewerLocale === 'vi' ? viewerLocale : DEFAULT_LANGUAGE;
}

/** A message people read: a Localized one in `language`, a plain string as it is. */
export function say(language: Language, message: string | Localized): string {
  return typeof message === 'string' ? message : message[language];
}

/** The language of a request's messages (what languageOf reads of the request's context). */
export interface AsksInLanguage {
  http: { language: Language | null };
  viewer: { locale: string } | null;
}

/** The language of this answer's messages: the request's, else the viewer's, else Vietnamese. */
export function languageOf(ctx: AsksInLanguage): Language {
  return chooseLanguage(ctx.http.language, ctx.viewer?.locale);
}
