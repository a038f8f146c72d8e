import { badUserInput } from '../errors';
import type { SqlParams } from './params';

/**
 * Accent- and case-insensitive search, the one implementation every list uses. Both sides are
 * folded by the database's own `ocop_fold` (NFC, đ → d, accents and tone marks removed, lower
 * case), so the query and the column are folded by exactly the same rule; the column is a
 * `search_text` (= `ocop_fold(name)`, generated) with a trigram GIN index for substrings and a
 * `simple` tsvector GIN index for whole syllables, as db/README.md ("Accent-insensitive search") describes.
 *
 * Every search is checked the same way (at most MAX_SEARCH_LENGTH characters and, where it is cut
 * into words, MAX_SEARCH_WORDS words: each word is one more condition), then matched by one of:
 * - `nameSearchConditions` (products, producers): the query is cut into words at anything that is
 *   not a letter, a mark or a digit, and every word must match (AND); a word of 3 letters or more
 *   matches as a substring, through the trigram index; a word of 1–2 letters only as a whole word
 *   (a syllable), through the tsvector index: many Vietnamese syllables ("cá", "bò", "ớt") are too
 *   short for trigrams, and as substrings they would match nearly everything;
 * - `spacedWords` + `foldedContains` (communes): every word between white space must occur as a
 *   substring, punctuation and LIKE's wildcards included, literally;
 * - `foldedContains` alone (users): the whole text as a substring.
 */

/** The most characters a search may have (the catalogue's documented limit, and its search box's). */
export const MAX_SEARCH_LENGTH = 200;
/** The most words a search may have: each is a condition of its own. */
export const MAX_SEARCH_WORDS = 8;

/** The search as given, once its length is checked; null when there is none. */
export function checkedSearch(search: string | null | undefined, argumentName: string): string | null {
  if (search === null || search === undefined) return null;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`"search" must be at most ${MAX_SEARCH_LENGTH} characters.`, argumentName);
  }
  return search;
}

function checkedWords(words: string[], argumentName: string): string[] | null {
  if (words.length === 0) return null;
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(`"search" may hold at most ${MAX_SEARCH_WORDS} words.`, argumentName);
  }
  return words;
}

/**
 * The words of a name search (NFC), cut at anything that is not a letter, a mark or a digit; null
 * when there are none (no filter).
 */
export function searchWords(search: string | null | undefined, argumentName = 'search'): string[] | null {
  const text = checkedSearch(search, argumentName);
  if (text === null) return null;
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
  return checkedWords(words, argumentName);
}

/** The words of a search (NFC) between white space, kept whole; null when there are none. */
export function spacedWords(search: string | null | undefined, argumentName: string): string[] | null {
  const text = checkedSearch(search, argumentName);
  if (text === null) return null;
  return checkedWords(text.normalize('NFC').split(/\s+/u).filter(Boolean), argumentName);
}

/** Escapes LIKE's wildcards; folding (ocop_fold) leaves `\`, `%` and `_` unchanged. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A LIKE pattern "contains `text`", its wildcards literal (a search for "50%" finds "50%" only). */
export const containsPattern = (text: string): string => `%${escapeLike(text)}%`;

/**
 * "`foldedColumn` (already folded: a `search_text` column or an `ocop_fold(...)`) contains `text`
 * folded", LIKE's wildcards in `text` literal; on a `search_text` column, served by its trigram index.
 */
export function foldedContains(foldedColumn: string, text: string, params: SqlParams): string {
  return `${foldedColumn} LIKE '%' || ocop_fold(${params.add(escapeLike(text))}) || '%'`;
}

/** Letters a word has once its marks are removed (what its folded form will have). */
function foldedLength(word: string): number {
  return word.normalize('NFD').replace(/\p{M}/gu, '').length;
}

/**
 * One condition per word of `searchWords` on `column` (a `search_text` column), all to be ANDed.
 */
export function nameSearchConditions(column: string, words: string[], params: SqlParams): string[] {
  return words.map((word) =>
    foldedLength(word) <= 2
      ? `to_tsvector('simple', ${column}) @@ plainto_tsquery('simple', ocop_fold(${params.add(word, '::text')}))`
      : foldedContains(column, word, params),
  );
}

/**
 * An integer relevance score of `column` for the whole query (integers keep cursors exact):
 * an exact name 1000, a name that starts with the query 100, plus up to 100 for how well the
 * query matches a part of the name (word similarity) and up to 100 for how close the whole name
 * is to it (similarity: shorter names first).
 */
export function relevanceSql(column: string, words: string[], params: SqlParams): string {
  const query = `ocop_fold(${params.add(words.join(' '), '::text')})`;
  return `(CASE WHEN ${column} = ${query} THEN 1000 ELSE 0 END
    + CASE WHEN ${column} LIKE ${query} || '%' THEN 100 ELSE 0 END
    + round(word_similarity(${query}, ${column}) * 100)::int
    + round(similarity(${column}, ${query}) * 100)::int)`;
}
