import { today as clockToday } from '@ocop/db';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './gql';
import type { OcopProductFilter } from './gql/graphql';
import { graphql } from './graphql-client';
import { connectPlatformDatabase, fold, productFacts, type ProductFact } from './ocop-test-db';

/**
 * The catalogue's forgiving search (server/src/common/sql/search.ts): one typo, regional words of
 * the same thing, and a ranking that keeps what was typed first. The expected answers come from
 * the demo products in the database, matched here by a model of the documented rule.
 */

const SEARCH = gql(`
  query ForgivingSearch($first: Int!, $filter: OcopProductFilter) {
    ocopProducts(first: $first, filter: $filter) {
      totalCount
      nodes { id name }
    }
  }`);

const EVERY_STATUS: OcopProductFilter['certificateStatus'] = ['VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED'];

/** The regional pair this test relies on (the server's table has more: search-synonyms.ts). */
const TEA = ['chè', 'trà'];

const syllables = (name: string) =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Whether a folded word is in a name as the search matches it: a syllable (1–2 letters) or a substring. */
const holds = (name: string, word: string) =>
  word.length <= 2 ? syllables(name).includes(word) : fold(name).includes(word);

/** Levenshtein distance, small strings only. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}

const near = (name: string, word: string) => syllables(name).some((part) => distance(part, word) <= 1);

/** Whether a word matches as typed or as a regional word of its group (with its marks in the name). */
function holdsWithSynonyms(name: string, word: string): boolean {
  if (holds(name, word)) return true;
  const group = TEA.map(fold).includes(word) ? TEA : [];
  return group.some((other) => holds(name, fold(other)) && name.toLowerCase().includes(other));
}

/** The tier the server ranks a name in for a query: 2 as typed, 1 with regional words, 0 with a typo, null no match. */
function tier(name: string, query: string): number | null {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.every((word) => holds(name, word))) return 2;
  if (words.every((word) => holdsWithSynonyms(name, word))) return 1;
  if (words.length >= 2) {
    const typo = words.some(
      (word, i) => near(name, word) && words.every((other, j) => j === i || holds(name, other)),
    );
    return typo ? 0 : null;
  }
  return null;
}

let db: Client;
let facts: ProductFact[];

beforeAll(async () => {
  db = await connectPlatformDatabase();
  facts = await productFacts(db, clockToday());
});

afterAll(async () => {
  await db?.end();
});

async function search(query: string): Promise<{ names: string[]; total: number }> {
  const { status, body } = await graphql(SEARCH, {
    first: 100,
    filter: { search: query, certificateStatus: EVERY_STATUS },
  });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return {
    names: body.data!.ocopProducts.nodes.map((n) => n.name),
    total: body.data!.ocopProducts.totalCount,
  };
}

/**
 * Every certified demo product (any status) the model matches, with its tier: those found as typed
 * or with regional words; only when there are none, those one typo away.
 */
function expected(query: string): { name: string; tier: number }[] {
  const rows = facts
    .filter((fact) => fact.status !== null)
    .map((fact) => ({ name: fact.name, tier: tier(fact.name, query) }))
    .filter((row): row is { name: string; tier: number } => row.tier !== null);
  return rows.some((row) => row.tier > 0) ? rows.filter((row) => row.tier > 0) : rows;
}

describe('ocopProducts: a search that forgives', () => {
  it('finds the Séng Cù rice through one typo ("gao seng ku"), and typed right, no typo matches', async () => {
    const seng = facts.filter((f) => f.status !== null && fold(f.name).includes('gao seng cu'));
    expect(seng.length, 'the demo data has Séng Cù rice').toBeGreaterThan(0);
    // Nothing holds "ku" as a word: only the typo finds them.
    expect(expected('gao seng ku').every((row) => row.tier === 0)).toBe(true);

    const typo = await search('gao seng ku');
    for (const fact of seng) expect(typo.names).toContain(fact.name);
    expect(typo.names.slice().sort()).toEqual(
      expected('gao seng ku')
        .map((row) => row.name)
        .sort(),
    );
    expect(typo.total).toBe(typo.names.length);

    // Typed right: the names holding every word, and no typo's.
    const right = await search('gao seng cu');
    const exact = expected('gao seng cu');
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.every((row) => row.tier === 2)).toBe(true);
    expect(right.names.slice().sort()).toEqual(exact.map((row) => row.name).sort());
  });

  it('finds every Shan tuyết tea whether it is called chè or trà ("che shan tuyet")', async () => {
    const teas = facts.filter((f) => f.status !== null && fold(f.name).includes('shan tuyet'));
    const [che, tra] = [teas.filter((f) => /chè/i.test(f.name)), teas.filter((f) => /trà/i.test(f.name))];
    expect(che.length, 'demo teas named chè').toBeGreaterThan(0);
    expect(tra.length, 'demo teas named trà').toBeGreaterThan(0);

    const found = await search('che shan tuyet');
    for (const fact of teas) expect(found.names).toContain(fact.name);
    expect(found.names.slice().sort()).toEqual(
      expected('che shan tuyet')
        .map((row) => row.name)
        .sort(),
    );
    // The names as typed (chè) before the regional word (trà).
    const tiers = found.names.map((name) => tier(name, 'che shan tuyet')!);
    expect(tiers).toEqual(tiers.slice().sort((a, b) => b - a));
    expect(tier(found.names[0]!, 'che shan tuyet')).toBe(2);

    // And the other way round.
    const fromTra = await search('trà shan tuyết');
    for (const fact of teas) expect(fromTra.names).toContain(fact.name);
    expect(tier(fromTra.names[0]!, 'tra shan tuyet')).toBe(2);
  });

  it('keeps an exact name first', async () => {
    const target = facts.find((f) => f.status !== null && fold(f.name).startsWith('gao seng cu'));
    expect(target, 'a Séng Cù rice in the demo data').toBeDefined();
    const found = await search(target!.name);
    expect(found.names[0]).toBe(target!.name);
    // Typed with one letter too many in its last word, it is still found, and ranked first.
    const words = target!.name.split(/\s+/);
    const typed = [...words.slice(0, -1), `${words[words.length - 1]!}x`].join(' ');
    const withTypo = await search(typed);
    expect(withTypo.names.slice().sort()).toEqual(
      expected(typed)
        .map((row) => row.name)
        .sort(),
    );
    expect(withTypo.names[0]).toBe(target!.name);
  });

  it('does not forgive a short single word', async () => {
    // 'xyzzy': five letters, one word: no typo allowed, nothing holds it.
    expect((await search('xyzzy')).names).toEqual([]);
  });
});
