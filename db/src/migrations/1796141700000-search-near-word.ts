import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Search that forgives one typo (server/src/common/sql/search.ts): `ocop_near_word(folded, word)`
 * says whether a folded name (a `search_text`) holds a word at most one edit (a letter wrong,
 * missing or extra) from `word` (already folded). Levenshtein comes from the fuzzystrmatch
 * extension (PostgreSQL contrib, like pg_trgm and unaccent). The function is only a filter: the
 * search always pairs it with conditions served by the name indexes (the query's other words, or
 * halves of a long word), so it runs on a few candidate rows, never on the whole table.
 */
export class SearchNearWord1796141700000 implements MigrationInterface {
  name = 'SearchNearWord1796141700000';

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    // Words of a folded name: runs of letters and digits (folded names are lower case, their
    // Vietnamese letters without marks). The length test first: most words are skipped before
    // levenshtein runs, and levenshtein_less_equal stops as soon as the distance passes 1.
    await q.query(`
      CREATE FUNCTION ocop_near_word(folded text, word text) RETURNS boolean
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN EXISTS (SELECT 1 FROM regexp_split_to_table(folded, '[^[:alnum:]]+') AS w(part)
                     WHERE abs(length(w.part) - length(word)) <= 1
                       AND public.levenshtein_less_equal(w.part, word, 1) <= 1)`);
    // "Every word of `words` (folded, between single spaces) is in `folded` as the search matches
    // it — a 1–2-letter word as a whole word, a longer one as a substring — but at most one, and
    // that one is one edit from a word of it." PL/pgSQL on purpose: never inlined, so the
    // planner of a search sees one opaque filter (costed high, evaluated last), not a condition
    // per word to estimate, and plans as fast as a search without it.
    await q.query(`
      CREATE FUNCTION ocop_one_typo(folded text, words text) RETURNS boolean
      LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 1000 AS $$
      DECLARE
        parts text[] := regexp_split_to_array(folded, '[^[:alnum:]]+');
        word text;
        missing text := NULL;
      BEGIN
        FOREACH word IN ARRAY string_to_array(words, ' ') LOOP
          CONTINUE WHEN word = '';
          CONTINUE WHEN (length(word) <= 2 AND word = ANY (parts)) OR (length(word) > 2 AND strpos(folded, word) > 0);
          IF missing IS NOT NULL THEN RETURN false; END IF;
          missing := word;
        END LOOP;
        RETURN missing IS NULL OR ocop_near_word(folded, missing);
      END $$`);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION ocop_one_typo(text, text)`);
    await q.query(`DROP FUNCTION ocop_near_word(text, text)`);
    await q.query(`DROP EXTENSION IF EXISTS fuzzystrmatch`);
  }
}
