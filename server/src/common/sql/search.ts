import { badUserInput } from '../errors';
import type { SqlParams } from './params';
import { SEARCH_SYNONYM_GROUPS } from './search-synonyms';

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
 *
 * The catalogue of products forgives more (`forgivingNameMatch`, ranked by `relevanceSql`):
 * - regional words of the same thing (search-synonyms.ts: chè / trà, lợn / heo …): a word of a
 *   group also matches the group's other words — only with their own marks in the name (the
 *   trigram or tsvector index finds the letters, `lower(name)` checks the marks), so "mì" finds
 *   "mỳ" but not "Mỹ";
 * - one typo, asked only when the words find nothing as typed or regional: with two words or more,
 *   one word (any length) may be one edit (a letter wrong, missing or extra: `ocop_near_word`)
 *   from a word of the name while the others match as typed (`ocop_one_typo`); one of the two
 *   longest words then holds, and their index conditions narrow the rows first; a single word only from 6
 *   letters on, and then one of its halves (3 letters or more) must be in the name as typed (one
 *   edit leaves one half whole), which the trigram index serves. A shorter single word must be
 *   typed right: one edit from a 2–5-letter word is too many other words, and no index narrows it;
 * - the ranking keeps what was typed first: names holding every word as typed, then those that
 *   need a regional word, then those that need the typo, each tier by the score below.
 */

/** The most characters a search may have (the catalogue's documented limit, and its search box's). */
export const MAX_SEARCH_LENGTH = 200;
/** The most words a search may have: each is a condition of its own. */
export const MAX_SEARCH_WORDS = 8;

/** The search as given, once its length is checked; null when there is none. */
export function checkedSearch(search: string | null | undefined, argumentName: string): string | null {
  if (search === null || search === undefined) return null;
  if (search.length > MAX_SEARCH_LENGTH) {
    throw badUserInput(
      {
        vi: `Từ khóa tìm kiếm dài tối đa ${MAX_SEARCH_LENGTH} ký tự.`,
        en: `"search" must be at most ${MAX_SEARCH_LENGTH} characters.`,
      },
      argumentName,
    );
  }
  return search;
}

function checkedWords(words: string[], argumentName: string): string[] | null {
  if (words.length === 0) return null;
  if (words.length > MAX_SEARCH_WORDS) {
    throw badUserInput(
      {
        vi: `Tìm kiếm có tối đa ${MAX_SEARCH_WORDS} từ.`,
        en: `"search" may hold at most ${MAX_SEARCH_WORDS} words.`,
      },
      argumentName,
    );
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

/** The condition of one word on `column` (a `search_text`): a syllable (1–2 letters) or a substring. */
function wordCondition(column: string, word: string, params: SqlParams): string {
  return foldedLength(word) <= 2
    ? `to_tsvector('simple', ${column}) @@ plainto_tsquery('simple', ocop_fold(${params.add(word, '::text')}))`
    : foldedContains(column, word, params);
}

/**
 * One condition per word of `searchWords` on `column` (a `search_text` column), all to be ANDed.
 */
export function nameSearchConditions(column: string, words: string[], params: SqlParams): string[] {
  return words.map((word) => wordCondition(column, word, params));
}

/** A word folded in TypeScript the way `ocop_fold` folds it in SQL (for the synonym table only). */
function foldWord(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const hasMarks = (word: string): boolean => foldWord(word) !== word.toLowerCase();

/** Each synonym group keyed by its words as typed with marks, and by their folded letters. */
const SYNONYMS_BY_WORD = new Map<string, readonly string[]>();
for (const group of SEARCH_SYNONYM_GROUPS) {
  for (const word of group) {
    SYNONYMS_BY_WORD.set(word, group);
    SYNONYMS_BY_WORD.set(foldWord(word), group);
  }
}

/**
 * The other words of `word`'s synonym group (with their marks), none when it has no group. A word
 * typed with marks must match a word of the group with the same marks ("lớn" is not "lợn").
 */
export function synonymsOf(word: string): string[] {
  const lower = word.normalize('NFC').toLowerCase();
  const group = SYNONYMS_BY_WORD.get(lower);
  if (!group || (hasMarks(lower) && !group.includes(lower))) return [];
  const folded = foldWord(lower);
  return group.filter((other) => other !== lower && foldWord(other) !== folded);
}

/** How a query's words are matched: as typed, with their regional words, with one typo. */
export interface ForgivingMatch {
  /** Every word as typed (the conditions of `nameSearchConditions`, ANDed). */
  typed: string;
  /** Every word as typed or as one of its regional words: what a search finds first. */
  found: string;
  /**
   * The tier of a row that `found` holds: 2 when it holds every word as typed, 1 when it needs a
   * regional word (a constant 2 when no word has any).
   */
  tier: string;
  /** One typo (any of these, ORed): asked only when `found` holds no row; null when none is allowed. */
  typo: string | null;
}

/**
 * The match of `words` (from `searchWords`) on a `search_text` column and the name it folds
 * (`nameColumn`, for the marks of regional words), as described at the top of this file.
 */
export function forgivingNameMatch(
  column: string,
  nameColumn: string,
  words: string[],
  params: SqlParams,
): ForgivingMatch {
  const typed = words.map((word) => wordCondition(column, word, params));
  const each = words.map((word, i) => {
    const others = synonymsOf(word).map(
      (other) =>
        `(${wordCondition(column, other, params)} AND lower(${nameColumn}) LIKE ${params.add(containsPattern(other))})`,
    );
    return others.length === 0 ? typed[i]! : `(${[typed[i]!, ...others].join(' OR ')})`;
  });
  const and = (conditions: string[]) => `(${conditions.join(' AND ')})`;
  const typedAll = and(typed);
  const regional = each.some((condition, i) => condition !== typed[i]);
  const near = (word: string) => `ocop_near_word(${column}, ocop_fold(${params.add(word, '::text')}))`;
  const typos: string[] = [];
  if (words.length >= 2) {
    // At most one word fails, so of the two longest (the most selective) one holds as typed: their
    // OR is the index condition; the rest is one opaque filter (ocop_one_typo, PL/pgSQL), so the
    // planner estimates two conditions, not one per word — the branch costs nothing to plan.
    const [a, b] = words
      .map((word, i) => ({ i, length: foldedLength(word) }))
      .sort((x, y) => y.length - x.length || x.i - y.i);
    typos.push(
      and([
        `(${typed[a!.i]!} OR ${typed[b!.i]!})`,
        `ocop_one_typo(${column}, ocop_fold(${params.add(words.join(' '), '::text')}))`,
      ]),
    );
  } else {
    const word = words[0]!.normalize('NFD').replace(/\p{M}/gu, '');
    if (word.length >= 6) {
      const middle = Math.floor(word.length / 2);
      const halves = [word.slice(0, middle), word.slice(middle)];
      typos.push(
        and([
          `(${halves.map((half) => foldedContains(column, half, params)).join(' OR ')})`,
          near(words[0]!),
        ]),
      );
    }
  }
  return {
    typed: typedAll,
    found: regional ? and(each) : typedAll,
    tier: regional ? `CASE WHEN ${typedAll} THEN 2 ELSE 1 END` : '2',
    typo: typos.length === 0 ? null : `(${typos.join('\n           OR ')})`,
  };
}

/**
 * An integer relevance score of `column` for the whole query (integers keep cursors exact):
 * first the tier of a forgiving match (`tierColumn`, × 10000: every word as typed 2, with a
 * regional word 1, with a typo 0), then an exact name 1000, a name that starts with the query 100,
 * plus up to 100 for how well the query matches a part of the name (word similarity) and up to 100
 * for how close the whole name is to it (similarity: shorter names first).
 */
export function relevanceSql(
  column: string,
  words: string[],
  params: SqlParams,
  tierColumn?: string,
): string {
  const query = `ocop_fold(${params.add(words.join(' '), '::text')})`;
  const tier = tierColumn ? `${tierColumn} * 10000 + ` : '';
  return `(${tier}CASE WHEN ${column} = ${query} THEN 1000 ELSE 0 END
    + CASE WHEN ${column} LIKE ${query} || '%' THEN 100 ELSE 0 END
    + round(word_similarity(${query}, ${column}) * 100)::int
    + round(similarity(${column}, ${query}) * 100)::int)`;
}
