import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { OrderDirection } from '../src/common/connection';
import { keysetCondition, rowKeysetCondition, type SortKey } from '../src/common/sql/keyset';
import { SqlParams } from '../src/common/sql/params';
import {
  checkedSearch,
  foldedContains,
  MAX_SEARCH_LENGTH,
  MAX_SEARCH_WORDS,
  nameSearchConditions,
  searchWords,
  synonymsOf,
  forgivingNameMatch,
  spacedWords,
} from '../src/common/sql/search';
import { givenUnitCodes } from '../src/common/sql/unit-scope';

/**
 * The shared SQL tools (server/src/common/sql) as text: what each returns and which parameters it
 * appends. What the statements find is tested over HTTP on a real database (test/src/api-*.test.ts).
 */

function refusal(run: () => unknown): { message: string; code: unknown; argumentName: unknown } {
  try {
    run();
  } catch (error) {
    const { message, extensions } = error as GraphQLError;
    return { message, code: extensions.code, argumentName: extensions.argumentName };
  }
  throw new Error('expected a refusal');
}

describe('SqlParams', () => {
  it('numbers placeholders after the leading values, with their casts', () => {
    const params = new SqlParams<[string, number, ...unknown[]]>(['id', 3]);
    expect(params.add('a')).toBe('$3');
    expect(params.add([1, 2], '::int[]')).toBe('$4::int[]');
    expect(params.values).toEqual(['id', 3, 'a', [1, 2]]);
    expect(new SqlParams().add(null)).toBe('$1');
  });
});

describe('keyset conditions', () => {
  const asc = (sql: string, cast?: string): SortKey => ({ sql, direction: OrderDirection.ASC, cast });
  const desc = (sql: string, cast?: string): SortKey => ({ sql, direction: OrderDirection.DESC, cast });

  it('continue after the cursor with an OR-chain, keys in order, casts on the values', () => {
    const params = new SqlParams(['before']);
    expect(keysetCondition([asc('k'), desc('id', '::uuid')], ['x', 'u'], params)).toBe(
      '((k > $2) OR (k = $2 AND id < $3::uuid))',
    );
    expect(params.values).toEqual(['before', 'x', 'u']);
  });

  it('compare rows when every key runs the same way and no value is NULL, else fall back', () => {
    expect(rowKeysetCondition([desc('s', '::int'), desc('id', '::uuid')], [5, 'u'], new SqlParams())).toBe(
      '(s, id) < ($1::int, $2::uuid)',
    );
    expect(rowKeysetCondition([asc('s'), desc('id')], [5, 'u'], new SqlParams())).toBe(
      '((s > $1) OR (s = $1 AND id < $2))',
    );
    expect(rowKeysetCondition([asc('s'), asc('id')], [null, 'u'], new SqlParams())).toBe(
      '((s > $1) OR (s = $1 AND id > $2))',
    );
  });
});

describe('search', () => {
  it('takes MAX_SEARCH_LENGTH characters and refuses one more, naming the argument', () => {
    expect(MAX_SEARCH_LENGTH).toBe(200);
    const longest = 'a'.repeat(MAX_SEARCH_LENGTH);
    expect(checkedSearch(longest, 'filter')).toBe(longest);
    expect(searchWords(longest)).toEqual([longest]);
    expect(spacedWords(longest, 'filter')).toEqual([longest]);
    for (const check of [
      () => checkedSearch(`${longest}a`, 'filter'),
      () => searchWords(`${longest}a`, 'filter'),
      () => spacedWords(`${longest}a`, 'filter'),
    ]) {
      expect(refusal(check)).toEqual({
        message: '"search" must be at most 200 characters.',
        code: 'BAD_USER_INPUT',
        argumentName: 'filter',
      });
    }
  });

  it('takes MAX_SEARCH_WORDS words and refuses one more', () => {
    const words = Array.from({ length: MAX_SEARCH_WORDS }, (_, i) => `w${i}`);
    expect(searchWords(words.join(' '))).toEqual(words);
    expect(spacedWords(words.join(' '), 'filter')).toEqual(words);
    expect(refusal(() => searchWords([...words, 'more'].join(' '))).message).toBe(
      '"search" may hold at most 8 words.',
    );
    expect(refusal(() => spacedWords([...words, 'more'].join(' '), 'filter')).argumentName).toBe('filter');
  });

  it('cuts names at anything not a letter, a mark or a digit; spaced words keep punctuation', () => {
    expect(searchWords('  Gạo-séng, cù 50% ')).toEqual(['Gạo', 'séng', 'cù', '50']);
    expect(searchWords('%_\\')).toBeNull();
    expect(searchWords(null)).toBeNull();
    expect(spacedWords('  Tân-Lập   50% ', 'filter')).toEqual(['Tân-Lập', '50%']);
    expect(spacedWords('   ', 'filter')).toBeNull();
    // NFC, whatever the client sent (a decomposed "ạ").
    expect(searchWords('ga\u0323o')).toEqual(['gạo']);
  });

  it('matches substrings with LIKE wildcards literal, syllables of 1–2 letters whole', () => {
    const params = new SqlParams();
    expect(foldedContains('c.search_text', '50%_\\', params)).toBe(
      "c.search_text LIKE '%' || ocop_fold($1) || '%'",
    );
    expect(params.values).toEqual(['50\\%\\_\\\\']);
    const words = new SqlParams();
    expect(nameSearchConditions('p.search_text', ['cá', 'séng'], words)).toEqual([
      "to_tsvector('simple', p.search_text) @@ plainto_tsquery('simple', ocop_fold($1::text))",
      "p.search_text LIKE '%' || ocop_fold($2) || '%'",
    ]);
    expect(words.values).toEqual(['cá', 'séng']);
  });

  it('finds the regional words of a word, with marks only when they are its own', () => {
    expect(synonymsOf('che')).toEqual(['trà']);
    expect(synonymsOf('Chè')).toEqual(['trà']);
    expect(synonymsOf('TRÀ')).toEqual(['chè']);
    expect(synonymsOf('heo')).toEqual(['lợn']);
    expect(synonymsOf('lon')).toEqual(['heo']);
    // Other marks, another word: "lớn" (big) is not "lợn", "chế" is not "chè".
    expect(synonymsOf('lớn')).toEqual([]);
    expect(synonymsOf('chế')).toEqual([]);
    expect(synonymsOf('gạo')).toEqual([]);
    // A spelling pair: the other spelling only (its letters differ).
    expect(synonymsOf('mì')).toEqual(['mỳ']);
  });

  it('matches a query as typed, with regional words, or with one typo (other words indexed)', () => {
    const params = new SqlParams();
    const match = forgivingNameMatch('p.search_text', 'p.name', ['che', 'ku'], params);
    expect(match.typed).toBe(
      "(p.search_text LIKE '%' || ocop_fold($1) || '%' AND to_tsvector('simple', p.search_text) @@ plainto_tsquery('simple', ocop_fold($2::text)))",
    );
    // "trà" for "che", with its marks checked on the name; the tier tells them apart.
    expect(match.found).toContain('lower(p.name) LIKE $4');
    expect(params.values.slice(2, 4)).toEqual(['trà', '%trà%']);
    expect(match.tier).toBe(`CASE WHEN ${match.typed} THEN 2 ELSE 1 END`);
    // The typo: one of the two longest words as typed (indexed), then one opaque filter.
    expect(match.typo).toBe(
      `(((${match.typed.slice(1, -1).split(' AND ').join(' OR ')}) AND ocop_one_typo(p.search_text, ocop_fold($5::text))))`,
    );
    expect(params.values[4]).toBe('che ku');
    // No regional word: a constant tier. A single short word is never fuzzy; a long one needs a half.
    const plain = forgivingNameMatch('c', 'n', ['xyzzy'], new SqlParams());
    expect(plain.tier).toBe('2');
    expect(plain.typo).toBeNull();
    const long = new SqlParams();
    expect(forgivingNameMatch('c', 'n', ['arabica'], long).typo).toContain('ocop_near_word');
    expect(long.values).toEqual(['arabica', 'ara', 'bica', 'arabica']);
  });
});

describe('unit codes', () => {
  it('lists the places given, province to commune, each code checked on its own argument', () => {
    expect(givenUnitCodes({ communeCode: '03328', provinceCode: '11', districtCode: null })).toEqual([
      ['province', '11'],
      ['commune', '03328'],
    ]);
    expect(givenUnitCodes({})).toEqual([]);
    expect(refusal(() => givenUnitCodes({ provinceCode: '11', districtCode: '1' }))).toEqual({
      message: '"districtCode": a district code is 3 digits (GSO code, e.g. "100"); got "1".',
      code: 'BAD_USER_INPUT',
      argumentName: 'districtCode',
    });
  });
});
