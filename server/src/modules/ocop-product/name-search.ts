import { badUserInput } from '../../common/errors';
import type { SqlParams } from './sql-params';

/**
 * Accent- and case-insensitive name search over a `search_text` column (= `ocop_fold(name)`:
 * NFC, đ → d, accents and tone marks removed, lower case), as db/README.md ("Accent-insensitive search") describes:
 * - the query is cut into words at anything that is not a letter, a mark or a digit, and every
 *   word must match (AND);
 * - a word of 3 letters or more matches as a substring, through the trigram GIN index
 *   (`search_text LIKE '%' || word || '%'`);
 * - a word of 1–2 letters matches only as a whole word (a syllable), through the `simple`
 *   tsvector GIN index: many Vietnamese syllables ("cá", "bò", "ớt") are too short for trigrams,
 *   and as substrings they would match nearly everything.
 * Each word is folded by the database's own `ocop_fold`, so the query and the column are folded
 * by exactly the same rule.
 */

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_WORDS = 8;

/** The words of a search, NFC; null when the search is empty (no filter). */
export function searchWords(search: string | null | undefined): string[] | null {
  if (search === null || search === undefined) return null;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(`"search" must be at most ${MAX_SEARCH_LENGTH} characters.`, 'search');
  }
  const words = search
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(`"search" may hold at most ${MAX_SEARCH_WORDS} words.`, 'search');
  }
  return words;
}

/** Letters a word has once its marks are removed (what its folded form will have). */
function foldedLength(word: string): number {
  return word.normalize('NFD').replace(/\p{M}/gu, '').length;
}

/** One condition per word on `column` (a `search_text` column), all to be ANDed. */
export function searchConditions(column: string, words: string[], params: SqlParams): string[] {
  return words.map((word) => {
    const folded = `ocop_fold(${params.add(word, '::text')})`;
    return foldedLength(word) <= 2
      ? `to_tsvector('simple', ${column}) @@ plainto_tsquery('simple', ${folded})`
      : `${column} LIKE '%' || ${folded} || '%'`;
  });
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
