import { today as clockToday } from '@ocop/db';
import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Loose, TypedDocument } from './client';
import { gql } from './gql';
import type {
  CatalogueDemoFlagsQuery,
  CatalogueQuery,
  CatalogueQueryVariables,
  CertificateStatus,
  OcopProductFilter,
  OcopProductOrder,
} from './gql/graphql';
import { graphql } from './graphql-client';
import { connectPlatformDatabase, fold, productFacts, type ProductFact } from './ocop-test-db';

const PAGE = gql(`
  query Catalogue($first: Int!, $after: String, $filter: OcopProductFilter, $orderBy: OcopProductOrder) {
    ocopProducts(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name stars } }
    }
  }`);

type Node = CatalogueQuery['ocopProducts']['edges'][number]['node'];

const ALL_STATUSES: CertificateStatus[] = ['VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED'];

/** The database key inside a global ID (ties are broken by it). */
const uuidOf = (id: string): string => Buffer.from(id, 'base64').toString('utf8').split(':')[1]!;

/** Whether a name matches a search: every word, 3+ letters anywhere, 1–2 letters as a whole syllable. */
function matches(name: string, search: string): boolean {
  const folded = fold(name);
  return fold(search)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => (word.length <= 2 ? folded.split(/\s+/).includes(word) : folded.includes(word)));
}

/** Ordered by stars (most first), then by ID, as the default order promises. */
function expectStarsOrder(nodes: Node[]): void {
  for (let i = 1; i < nodes.length; i += 1) {
    const [a, b] = [nodes[i - 1]!, nodes[i]!];
    expect((a.stars ?? 0) > (b.stars ?? 0) || (a.stars === b.stars && uuidOf(a.id) > uuidOf(b.id))).toBe(
      true,
    );
  }
}

async function page(variables: CatalogueQueryVariables): Promise<CatalogueQuery['ocopProducts']> {
  const { status, body } = await graphql(PAGE, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.ocopProducts;
}

async function names(filter: OcopProductFilter, orderBy?: OcopProductOrder): Promise<string[]> {
  return (await page({ first: 100, filter, orderBy })).edges.map((edge) => edge.node.name);
}

/** Every page of a list, `first` at a time, optionally running `between` after each page. */
async function walk(
  variables: Omit<CatalogueQueryVariables, 'first'>,
  first: number,
  between?: (pageIndex: number) => Promise<void>,
): Promise<Node[]> {
  const seen: Node[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i += 1) {
    const result = await page({ ...variables, first, after });
    expect(result.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(result.edges.length).toBeLessThanOrEqual(first);
    seen.push(...result.edges.map((edge) => edge.node));
    if (!result.pageInfo.hasNextPage) return seen;
    expect(result.pageInfo.endCursor).toBe(result.edges[result.edges.length - 1]!.cursor);
    after = result.pageInfo.endCursor;
    await between?.(i);
  }
  throw new Error('the walk did not end');
}

let db: Client;
let today: string;
let facts: ProductFact[];
const valid = () => facts.filter((fact) => fact.status === 'valid');
const sortedNames = (list: { name: string }[]) => list.map((item) => item.name).sort();

beforeAll(async () => {
  db = await connectPlatformDatabase();
  today = clockToday();
  facts = await productFacts(db, today);
});

afterAll(async () => {
  await db?.end();
});

const DEMO_FLAGS = gql(`
  query CatalogueDemoFlags($after: String) {
    ocopProducts(first: 100, after: $after, filter: { certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED] }) {
      pageInfo { hasNextPage endCursor }
      nodes { id demo producer { id demo } }
    }
  }`);

describe('demo data is marked', () => {
  it('says of every product and its producer whether it is demo data, as the database does', async () => {
    const seen = new Map<string, boolean>();
    const producers = new Map<string, boolean>();
    let after: string | null = null;
    do {
      const answer = await graphql(DEMO_FLAGS, { after });
      expect(answer.body.errors).toBeUndefined();
      const page: CatalogueDemoFlagsQuery['ocopProducts'] = answer.body.data!.ocopProducts;
      for (const node of page.nodes) {
        seen.set(uuidOf(node.id), node.demo);
        producers.set(uuidOf(node.producer.id), node.producer.demo);
      }
      after = page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null;
    } while (after);
    const { rows } = await db.query<{
      id: string;
      demo: boolean;
      producer_id: string;
      producer_demo: boolean;
    }>(
      `SELECT p.id, p.demo, p.producer_id, pr.demo AS producer_demo
       FROM ocop_product p JOIN producer pr ON pr.id = p.producer_id
       WHERE p.id = ANY($1::uuid[])`,
      [[...seen.keys()]],
    );
    expect(rows).toHaveLength(seen.size);
    expect(seen.size).toBeGreaterThan(0);
    for (const row of rows) {
      expect(seen.get(row.id)).toBe(row.demo);
      expect(producers.get(row.producer_id)).toBe(row.producer_demo);
    }
  });
});

describe('ocopProducts: search', () => {
  /**
   * A product valid on the clock's day to search for: the one named when it is valid that day,
   * else the first valid one whose name `has` what the test needs. Undefined when the demo data
   * holds none on that day, which the test then says.
   */
  function validProduct(preferred: string, has: (name: string) => boolean): ProductFact {
    const fact = valid().find((f) => f.name === preferred) ?? valid().find((f) => has(f.name));
    if (!fact)
      throw new Error(`the demo data has no valid product on ${today} to search for (like "${preferred}")`);
    return fact;
  }
  const accented = (name: string) => fold(name) !== name.toLowerCase() && name.split(/\s+/).length >= 3;

  it('finds a valid product ("Gạo Séng Cù Điện Biên") typed without accents and in capitals alike', async () => {
    const target = validProduct('Gạo Séng Cù Điện Biên', accented);
    // Its first three words; the whole name when it is not the usual one (nothing else ranks above it).
    const words = target.name.split(/\s+/);
    const typed = target.name === 'Gạo Séng Cù Điện Biên' ? words.slice(0, 3).join(' ') : target.name;
    const plain = await names({ search: fold(typed) });
    const capitals = await names({ search: typed.toUpperCase() });
    expect(plain).toContain(target.name);
    expect(capitals).toEqual(plain);
    // Exactly the valid products whose folded name holds every word, best match first.
    expect(plain.slice().sort()).toEqual(sortedNames(valid().filter((f) => matches(f.name, fold(typed)))));
    expect(plain[0]).toBe(target.name);
  });

  it('folds đ and d both ways', async () => {
    const target = validProduct('Đẳng sâm Mường Nhé', (name) => /[đĐ]/.test(name));
    const withD = await names({ search: fold(target.name) });
    const withDStroke = await names({ search: target.name });
    expect(withD).toContain(target.name);
    expect(withD.slice().sort()).toEqual(
      sortedNames(valid().filter((f) => matches(f.name, fold(target.name)))),
    );
    expect(withDStroke).toEqual(withD);
    expect(await names({ search: 'dien bien' })).toEqual(await names({ search: 'ĐIỆN BIÊN' }));
  });

  it('needs every word (AND), each as a substring of 3+ letters', async () => {
    const both = await names({ search: 'gao dien bien' });
    const expected = valid().filter((f) => matches(f.name, 'gao dien bien'));
    expect(both.slice().sort()).toEqual(sortedNames(expected));
    expect(both.length).toBeGreaterThan(0);
    expect(both.length).toBeLessThan((await names({ search: 'gao' })).length);
    // A substring inside a longer word matches: "arabi" in "Arabica".
    expect((await names({ search: 'arabi' })).length).toBeGreaterThan(0);
  });

  it('matches a 1–2-letter syllable only as a whole word', async () => {
    const found = await names({ search: 'ca' });
    const expected = valid().filter((f) => matches(f.name, 'ca'));
    expect(found.slice().sort()).toEqual(sortedNames(expected));
    expect(found).not.toContain('Cao giảo cổ lam Mường Nhé');
    expect(found.length).toBeGreaterThan(0);
  });

  it('finds nothing for a word no name holds, and rejects an over-long search', async () => {
    expect(await names({ search: 'xyzzy' })).toEqual([]);
    const { body } = await graphql(PAGE, { first: 5, filter: { search: 'a'.repeat(201) } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ocopProducts: filters', () => {
  it('lists only products valid today by default', async () => {
    expect((await names({})).slice().sort()).toEqual(sortedNames(valid()));
  });

  it('filters by certificate status of the current certificate', async () => {
    for (const status of ALL_STATUSES) {
      const expected = facts.filter((f) => f.status === status.toLowerCase());
      expect((await names({ certificateStatus: [status] })).slice().sort()).toEqual(sortedNames(expected));
    }
    expect(facts.some((f) => f.status === 'expired')).toBe(true);
    expect(facts.some((f) => f.status === 'revoked')).toBe(true);
    const any = await names({ certificateStatus: ALL_STATUSES });
    expect(any.length).toBe(facts.filter((f) => f.status !== null).length);
  });

  it('filters by stars', async () => {
    for (const stars of [[3], [4], [3, 4], [5]]) {
      const expected = valid().filter((f) => stars.includes(f.stars!));
      const result = await page({ first: 100, filter: { stars } });
      expect(result.edges.every((edge) => stars.includes(edge.node.stars!))).toBe(true);
      expect(sortedNames(result.edges.map((edge) => edge.node))).toEqual(sortedNames(expected));
    }
  });

  it('filters by sector, group and product set codes', async () => {
    for (const [field, key] of [
      ['sector', 'sector'],
      ['group', 'group'],
      ['productSet', 'product_set'],
    ] as const) {
      const codes = [...new Set(valid().map((f) => f[key]))].filter((code): code is string => code !== null);
      expect(codes.length).toBeGreaterThan(1);
      for (const code of codes) {
        const expected = valid().filter((f) => f[key] === code);
        const filter: OcopProductFilter = { [field]: code };
        expect((await names(filter)).slice().sort()).toEqual(sortedNames(expected));
      }
    }
  });

  it('filters by producer type', async () => {
    for (const type of ['COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS'] as const) {
      const expected = valid().filter((f) => f.producer_type === type.toLowerCase());
      expect((await names({ producerType: type })).slice().sort()).toEqual(sortedNames(expected));
    }
  });

  it('filters by the origin province, district and commune, old codes and new', async () => {
    // Province 11 (Điện Biên) exists in both eras: every demo product is made there.
    expect((await names({ provinceCode: '11' })).slice().sort()).toEqual(sortedNames(valid()));
    expect(await names({ provinceCode: '01' })).toEqual([]);

    // A pre-2025 district: the products recorded on its communes.
    const { rows: inDistrict } = await db.query<{ id: string; code: string }>(
      `SELECT p.id, d.code FROM ocop_product p JOIN admin_unit c ON c.id = p.origin_commune_id
       JOIN admin_unit d ON d.id = c.parent_id WHERE p.demo AND d.level = 'district'`,
    );
    const district = inDistrict[0]!.code;
    const districtIds = new Set(inDistrict.filter((row) => row.code === district).map((row) => row.id));
    expect((await names({ districtCode: district })).slice().sort()).toEqual(
      sortedNames(valid().filter((f) => districtIds.has(f.id))),
    );

    // A pre-2025 commune merged into a post-2025 commune of another code: the new code finds the
    // products recorded on the old commune, and so does the old code.
    const { rows: merged } = await db.query<{ old_code: string; new_code: string; name: string }>(
      `SELECT o.code AS old_code, n.code AS new_code, p.name
       FROM ocop_product p
       JOIN admin_unit o ON o.id = p.origin_commune_id
       JOIN unit_lineage l ON l.from_unit_id = o.id
       JOIN admin_unit n ON n.id = l.to_unit_id
       JOIN ocop_certificate c ON c.product_id = p.id
       WHERE p.demo AND n.code <> o.code AND o.valid_to IS NOT NULL
         AND ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1) = 'valid'
       ORDER BY p.name LIMIT 1`,
      [today],
    );
    const { old_code: oldCode, new_code: newCode, name } = merged[0]!;
    expect(await names({ communeCode: newCode })).toContain(name);
    expect(await names({ communeCode: oldCode })).toContain(name);
    // And filters combine with AND.
    expect(await names({ communeCode: newCode, provinceCode: '01' })).toEqual([]);
  });

  it('rejects malformed codes and values with BAD_USER_INPUT', async () => {
    for (const filter of [
      { provinceCode: '1' },
      { districtCode: '1000' },
      { communeCode: 'abcde' },
      { sector: '1.2' },
      { group: 'x' },
      { productSet: '1' },
      { stars: [6] },
      { stars: [] },
      { certificateStatus: [] },
    ]) {
      const { status, body } = await graphql(PAGE, { first: 5, filter });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('BAD_USER_INPUT');
      expect(status).toBeLessThan(500);
    }
  });
});

describe('ocopProducts: order and pagination', () => {
  it('orders by stars (default), name, certification date and relevance, ties by ID', async () => {
    expectStarsOrder((await page({ first: 100 })).edges.map((edge) => edge.node));
    const byName = await names({}, { field: 'NAME' });
    expect(byName).toEqual(
      byName.slice().sort((a, b) => (fold(a) < fold(b) ? -1 : fold(a) > fold(b) ? 1 : 0)),
    );
    expect(await names({}, { field: 'NAME', direction: 'DESC' })).toEqual(byName.slice().reverse());

    const byDate = await names({ certificateStatus: ALL_STATUSES }, { field: 'CERTIFIED_ON' });
    const dateOf = new Map(facts.map((f) => [f.name, f.decision_date!]));
    for (let i = 1; i < byDate.length; i += 1) {
      expect(dateOf.get(byDate[i - 1]!)! >= dateOf.get(byDate[i]!)!).toBe(true);
    }

    const { body } = await graphql(PAGE, { first: 5, orderBy: { field: 'RELEVANCE' } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  for (const [label, variables] of [
    ['default order', {}],
    ['by name', { orderBy: { field: 'NAME' } }],
    [
      'by certification date, all statuses',
      { filter: { certificateStatus: ALL_STATUSES }, orderBy: { field: 'CERTIFIED_ON', direction: 'ASC' } },
    ],
    ['a search by relevance', { filter: { search: 'dien bien' } }],
  ] as const) {
    it(`walking every page (first: 3) returns each product once, in order: ${label}`, async () => {
      const big = (await page({ ...variables, first: 100 })).edges.map((edge) => edge.node.id);
      const walked = (await walk(variables, 3)).map((node) => node.id);
      expect(walked).toEqual(big);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.length).toBeGreaterThan(3);
    });
  }

  it('skips and repeats nothing while products are inserted between pages', async () => {
    // New products (with a valid certificate, so the default list shows them) of a withdrawn
    // producer (so no producer list sees it), removed afterwards.
    const producerId = randomUUID();
    const inserted: string[] = [];
    await db.query(
      `INSERT INTO producer (id, name, type, deleted_at) VALUES ($1, 'HTX thử nghiệm phân trang', 'cooperative', now())`,
      [producerId],
    );
    try {
      const before = (await page({ first: 100 })).edges.map((edge) => edge.node.id);
      const walked = await walk({}, 3, async (pageIndex) => {
        for (let j = 0; j < 2; j += 1) {
          const productId = randomUUID();
          inserted.push(productId);
          await db.query(`INSERT INTO ocop_product (id, name, producer_id) VALUES ($1, $2, $3)`, [
            productId,
            `Sản phẩm chèn ${pageIndex}-${j}`,
            producerId,
          ]);
          const stars = j === 0 ? 3 : 4;
          await db.query(
            `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number,
               decision_date, issuer_level, issuer_name)
             VALUES ($1, $2, $3, $4, 'TEST/QĐ', $5, 'province', 'UBND tỉnh thử nghiệm')`,
            [`TEST-${productId}`, productId, stars === 3 ? 60 : 80, stars, today],
          );
        }
      });
      expect(inserted.length).toBeGreaterThan(4);
      const walkedIds = walked.map((node) => node.id);
      expect(new Set(walkedIds).size).toBe(walkedIds.length);
      // Every product that existed at the start, exactly once, in the same relative order.
      const existing = walkedIds.filter((id) => before.includes(id));
      expect(existing).toEqual(before);
      // The walk stays ordered (stars, then ID) across the inserted rows.
      expectStarsOrder(walked);
    } finally {
      await db.query(`DELETE FROM ocop_certificate WHERE product_id = ANY($1::uuid[])`, [inserted]);
      await db.query(`DELETE FROM ocop_product WHERE id = ANY($1::uuid[])`, [inserted]);
      await db.query(`DELETE FROM producer WHERE id = $1`, [producerId]);
    }
  });

  it('rejects first: 0, first: 101 (literal or variable) and a bad cursor with BAD_USER_INPUT', async () => {
    for (const first of [0, 101, -1]) {
      const asVariable = await graphql(PAGE, { first });
      expect(asVariable.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const literal = await graphql(`{ ocopProducts(first: ${first}) { edges { cursor } } }`);
      expect(literal.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    // A real cursor from a list that is never empty, whatever the day (every status).
    const filter = { certificateStatus: ALL_STATUSES };
    const first = await page({ first: 2, filter });
    const valid = first.pageInfo.endCursor!;
    expect(valid).toBeTruthy();
    const tampered = Buffer.from(
      JSON.stringify(['OcopProduct:STARS:DESC', ['x', 'not-a-uuid']]),
      'utf8',
    ).toString('base64url');
    for (const after of ['not a cursor', 'abc', tampered]) {
      const { body } = await graphql(PAGE, { first: 2, after });
      expect(body.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
    // A cursor of one order is refused by another.
    const { body } = await graphql(PAGE, { first: 2, after: valid, filter, orderBy: { field: 'NAME' } });
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('ocopProducts: SQL statements per request', () => {
  const NESTED = gql(`
    query Nested($first: Int!, $filter: OcopProductFilter) {
      ocopProducts(first: $first, filter: $filter) {
        nodes {
          id name stars
          producer { id name type }
          originCommune { name parent { name parent { name } } }
          currentCertificate { certificateNumber stars decisionDate expiresOn status }
        }
      }
    }`);

  async function statements(
    first: number,
    query: TypedDocument<Loose, Loose> = NESTED,
  ): Promise<{ count: number; size: number }> {
    const { body } = await graphql(
      query,
      { first, filter: { certificateStatus: ALL_STATUSES } },
      { 'x-ocop-sql-count': '1' },
    );
    expect(body.errors).toBeUndefined();
    return {
      count: (body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!,
      size: body.data!.ocopProducts.nodes.length,
    };
  }

  it('a page of 10 and a page of 40 with producer, commune chain and certificate run the same ≤ 4 statements', async () => {
    const ten = await statements(10);
    const forty = await statements(40);
    expect(ten.size).toBe(10);
    expect(forty.size).toBe(Math.min(40, facts.filter((f) => f.status !== null).length));
    expect(forty.size).toBeGreaterThan(30);
    expect(ten.count).toBe(forty.count);
    expect(forty.count).toBeLessThanOrEqual(4);
  });

  it('computes totalCount only when asked', async () => {
    const without = await statements(
      5,
      gql(`query OcopCatalogueOcopProducts($first: Int!, $filter: OcopProductFilter) {
      ocopProducts(first: $first, filter: $filter) { nodes { id } } }`),
    );
    const withCount = await statements(
      5,
      gql(`query OcopCatalogueOcopProducts2($first: Int!, $filter: OcopProductFilter) {
      ocopProducts(first: $first, filter: $filter) { totalCount nodes { id } } }`),
    );
    expect(without.count).toBe(1);
    expect(withCount.count).toBe(2);
    const { body } = await graphql(
      gql(`
      query OcopCatalogueOcopProducts3 {
        ocopProducts(first: 1) {
          totalCount
        }
      }
    `),
    );
    expect(body.data!.ocopProducts.totalCount).toBe(valid().length);
  });
});
