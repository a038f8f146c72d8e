import { today as clockToday } from '@ocop/db';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './gql';
import type { ProducerOrder, ProducersQuery, ProducersQueryVariables } from './gql/graphql';
import { graphql } from './graphql-client';
import { connectPlatformDatabase, fold } from './ocop-test-db';

const PRODUCERS = gql(`
  query Producers($first: Int!, $after: String, $filter: ProducerFilter, $orderBy: ProducerOrder) {
    producers(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { id name type productCount validProductCount }
    }
  }`);

async function producers(variables: ProducersQueryVariables): Promise<ProducersQuery['producers']> {
  const { body } = await graphql(PRODUCERS, variables);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!.producers;
}

interface ProducerFact {
  id: string;
  name: string;
  type: string;
  products: number;
  valid_products: number;
}

let db: Client;
let today: string;
let facts: ProducerFact[];

beforeAll(async () => {
  db = await connectPlatformDatabase();
  today = clockToday();
  const { rows } = await db.query<ProducerFact>(
    `SELECT pr.id, pr.name, pr.type,
            (SELECT count(*) FROM ocop_product p WHERE p.producer_id = pr.id AND p.deleted_at IS NULL)::int AS products,
            (SELECT count(*) FROM ocop_product p
             JOIN LATERAL (SELECT x.* FROM ocop_certificate x WHERE x.product_id = p.id AND x.decision_date <= $1
                           ORDER BY x.decision_date DESC LIMIT 1) cur ON true
             WHERE p.producer_id = pr.id AND p.deleted_at IS NULL
               AND ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1)
                   = 'valid')::int AS valid_products
     FROM producer pr WHERE pr.demo AND pr.deleted_at IS NULL`,
    [today],
  );
  facts = rows;
});

afterAll(async () => {
  await db?.end();
});

describe('producers', () => {
  it('lists every producer by name, with its product counts', async () => {
    const list = await producers({ first: 100 });
    expect(list.totalCount).toBe(facts.length);
    expect(list.nodes.map((node) => node.name).sort()).toEqual(facts.map((fact) => fact.name).sort());
    const names = list.nodes.map((node) => fold(node.name));
    expect(names).toEqual(names.slice().sort());
    const byName = new Map(facts.map((fact) => [fact.name, fact]));
    for (const node of list.nodes) {
      expect(node.type).toBe(byName.get(node.name)!.type.toUpperCase());
      expect(node.productCount, node.name).toBe(byName.get(node.name)!.products);
      expect(node.validProductCount, node.name).toBe(byName.get(node.name)!.valid_products);
    }
  });

  for (const orderBy of [
    undefined,
    { field: 'NAME', direction: 'DESC' },
    { field: 'PRODUCT_COUNT' },
    { field: 'VALID_PRODUCT_COUNT', direction: 'ASC' },
  ] satisfies (ProducerOrder | undefined)[]) {
    it(`walking every page (first: 3) gives the big page: ${JSON.stringify(orderBy ?? 'default')}`, async () => {
      const big = (await producers({ first: 100, orderBy })).nodes.map((node) => node.id);
      const walked: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 50; i += 1) {
        const result = await producers({ first: 3, after, orderBy });
        walked.push(...result.nodes.map((node) => node.id));
        if (!result.pageInfo.hasNextPage) break;
        after = result.pageInfo.endCursor;
      }
      expect(walked).toEqual(big);
      expect(new Set(walked).size).toBe(facts.length);
    });
  }

  it('orders by product counts, most first', async () => {
    const counts = (await producers({ first: 100, orderBy: { field: 'PRODUCT_COUNT' } })).nodes.map(
      (node) => node.productCount,
    );
    expect(counts).toEqual(counts.slice().sort((a, b) => b - a));
    expect(counts[0]).toBeGreaterThan(counts[counts.length - 1]!);
  });

  it('filters by type, search (accents optional) and place', async () => {
    for (const type of ['COOPERATIVE', 'COOPERATIVE_GROUP', 'ENTERPRISE', 'HOUSEHOLD_BUSINESS'] as const) {
      const expected = facts.filter((fact) => fact.type === type.toLowerCase()).map((fact) => fact.name);
      const found = (await producers({ first: 100, filter: { type } })).nodes.map((node) => node.name);
      expect(found.sort(), type).toEqual(expected.sort());
    }
    const seng = (await producers({ first: 100, filter: { search: 'seng cu' } })).nodes.map(
      (node) => node.name,
    );
    expect(seng).toEqual(['HTX Nông nghiệp Séng Cù Mường Thanh']);
    const accented = (await producers({ first: 100, filter: { search: 'SÉNG CÙ' } })).nodes.map(
      (n) => n.name,
    );
    expect(accented).toEqual(seng);

    expect((await producers({ first: 100, filter: { provinceCode: '11' } })).nodes.length).toBe(facts.length);
    expect((await producers({ first: 100, filter: { provinceCode: '01' } })).nodes).toEqual([]);
    const { rows } = await db.query<{ code: string; name: string }>(
      `SELECT c.code, pr.name FROM producer pr JOIN admin_unit c ON c.id = pr.commune_id
       WHERE pr.demo ORDER BY pr.name LIMIT 1`,
    );
    const inCommune = (await producers({ first: 100, filter: { communeCode: rows[0]!.code } })).nodes;
    expect(inCommune.map((node) => node.name)).toContain(rows[0]!.name);

    const bad = await graphql(PRODUCERS, { first: 5, filter: { districtCode: '1' } });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badCursor = await graphql(PRODUCERS, { first: 5, after: 'nope' });
    expect(badCursor.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await graphql(PRODUCERS, { first: 101 });
    expect(tooMany.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('producer(id): contact, commune, all its products (any status), linkages, raw-material areas', async () => {
    const seng = (await producers({ first: 1, filter: { search: 'seng cu' } })).nodes[0]!;
    const fact = facts.find((f) => f.id === Buffer.from(seng.id, 'base64').toString('utf8').split(':')[1])!;
    const { rows: contact } = await db.query(
      `SELECT pr.representative, pr.phone, pr.email, pr.website, pr.address, c.code AS commune
       FROM producer pr LEFT JOIN admin_unit c ON c.id = pr.commune_id WHERE pr.id = $1`,
      [fact.id],
    );
    const { rows: productNames } = await db.query<{ name: string }>(
      `SELECT name FROM ocop_product WHERE producer_id = $1 AND deleted_at IS NULL`,
      [fact.id],
    );
    const { rows: linkageCount } = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM linkage WHERE producer_id = $1 OR partner_producer_id = $1`,
      [fact.id],
    );
    const { body } = await graphql(
      gql(`
        query OcopProducersProducer($id: ID!) {
          producer(id: $id) {
            name
            contact {
              representative
              phone
              email
              website
              address
            }
            commune {
              code
              parent {
                level
              }
            }
            products(first: 100) {
              totalCount
              nodes {
                name
                producer {
                  id
                }
              }
            }
            linkages {
              kind
              partnerName
              producer {
                id
              }
            }
            rawMaterialAreas {
              crop
              areaHa
            }
          }
          node(id: $id) {
            __typename
          }
        }
      `),
      { id: seng.id },
    );
    expect(body.errors).toBeUndefined();
    const producer = body.data!.producer;
    const { commune, ...expectedContact } = contact[0]!;
    expect(producer!.contact).toEqual(expectedContact);
    expect(producer!.commune).toEqual({ code: commune, parent: { level: 'DISTRICT' } });
    expect(producer!.products.totalCount).toBe(productNames.length);
    expect(producer!.products.nodes.map((node) => node.name).sort()).toEqual(
      productNames.map((r) => r.name).sort(),
    );
    expect(producer!.products.nodes.every((node) => node.producer.id === seng.id)).toBe(true);
    expect(producer!.linkages.length).toBe(linkageCount[0]!.n);
    expect(producer!.linkages.length).toBeGreaterThan(0);
    expect(producer!.rawMaterialAreas.length).toBeGreaterThan(0);
    expect(body.data!.node).toEqual({ __typename: 'Producer' });

    const wrongType = await graphql(
      gql(`
        query OcopProducersProducer2($id: ID!) {
          producer(id: $id) {
            name
          }
        }
      `),
      {
        id: Buffer.from('OcopProduct:00000000-0000-4000-8000-000000000000').toString('base64'),
      },
    );
    expect(wrongType.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('nested product lists of a page of producers run a constant number of statements', async () => {
    const query = gql(`query OcopProducersProducers($first: Int!) {
      producers(first: $first) {
        nodes { name commune { name parent { name } } products(first: 5) { totalCount nodes { name stars currentCertificate { status } } } }
      }
    }`);
    const run = async (first: number) => {
      const { body } = await graphql(query, { first }, { 'x-ocop-sql-count': '1' });
      expect(body.errors).toBeUndefined();
      return {
        statements: (body as { extensions?: { sqlStatements?: number } }).extensions!.sqlStatements!,
        products: body.data!.producers.nodes.reduce((sum, node) => sum + node.products.totalCount, 0),
      };
    };
    const small = await run(3);
    const large = await run(20);
    expect(small.statements).toBe(large.statements);
    expect(large.statements).toBeLessThanOrEqual(5);
    expect(large.products).toBeGreaterThan(small.products);
  });
});

describe('OCOP around the rest of the API', () => {
  it('ocopSectors: the classification of Decision 148, 6 sectors → 17 groups → 26 product sets', async () => {
    const { body } = await graphql(
      gql(`
      query OcopProducersOcopSectors {
        ocopSectors {
          code
          nameVi
          nameEn
          groups {
            code
            nameVi
            productSets {
              code
              nameVi
              nameEn
            }
          }
        }
      }
    `),
    );
    const sectors = body.data!.ocopSectors;
    expect(sectors.map((sector) => sector.code)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(sectors.flatMap((sector) => sector.groups).length).toBe(17);
    expect(sectors.flatMap((sector) => sector.groups.flatMap((group) => group.productSets)).length).toBe(26);
  });

  it('a unit’s ocopProducts: a commune through lineage, a district and a province with everything inside', async () => {
    const { rows } = await db.query<{ new_code: string; product: string; district: string }>(
      `SELECT n.code AS new_code, p.name AS product, d.code AS district
       FROM ocop_product p
       JOIN admin_unit o ON o.id = p.origin_commune_id
       JOIN admin_unit d ON d.id = o.parent_id
       JOIN unit_lineage l ON l.from_unit_id = o.id
       JOIN admin_unit n ON n.id = l.to_unit_id
       WHERE p.demo AND n.code <> o.code
       ORDER BY p.name LIMIT 1`,
    );
    const { new_code: newCode, product, district } = rows[0]!;
    const { body } = await graphql(
      gql(`
        query OcopProducersCommune($commune: String!, $district: String!) {
          commune(code: $commune) {
            ocopProducts(first: 100, certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED]) {
              nodes {
                name
              }
            }
          }
          district(code: $district) {
            ocopProducts(first: 100, certificateStatus: [VALID, EXPIRED, REVOKED, SUPERSEDED]) {
              nodes {
                name
              }
            }
          }
          province(code: "11") {
            ocopProducts(first: 1) {
              totalCount
            }
          }
          all: ocopProducts(first: 1, filter: { provinceCode: "11" }) {
            totalCount
          }
        }
      `),
      { commune: newCode, district },
    );
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(body.data!.commune!.ocopProducts.nodes.map((node) => node.name)).toContain(product);
    expect(body.data!.district!.ocopProducts.nodes.map((node) => node.name)).toContain(product);
    expect(body.data!.province!.ocopProducts.totalCount).toBe(body.data!.all.totalCount);
    expect(body.data!.all.totalCount).toBeGreaterThan(30);
  });

  it('an OCOP product in full: classification, certificates newest first, listings with VND prices and channels', async () => {
    const { rows } = await db.query<{ id: string; price: string; channels: number; certificates: number }>(
      `SELECT p.id, min(l.price_vnd)::text AS price,
              (SELECT count(*) FROM sales_channel s JOIN product_listing l2 ON l2.id = s.listing_id
               WHERE l2.product_id = p.id)::int AS channels,
              (SELECT count(*) FROM ocop_certificate c WHERE c.product_id = p.id)::int AS certificates
       FROM ocop_product p JOIN product_listing l ON l.product_id = p.id
       WHERE p.name = 'Gạo Séng Cù Điện Biên' GROUP BY p.id`,
    );
    const fact = rows[0]!;
    const id = Buffer.from(`OcopProduct:${fact.id}`).toString('base64');
    const { body } = await graphql(
      gql(`
        query OcopProducersOcopProduct($id: ID!) {
          ocopProduct(id: $id) {
            id
            classification {
              sector {
                code
              }
              group {
                code
              }
              productSet {
                code
              }
            }
            certificates {
              decisionDate
            }
            listings {
              priceVnd
              availability
              salesChannels {
                kind
              }
            }
          }
          node(id: $id) {
            ... on OcopProduct {
              name
            }
          }
        }
      `),
      { id },
    );
    expect(body.errors).toBeUndefined();
    const product = body.data!.ocopProduct;
    expect(product!.id).toBe(id);
    expect(product!.classification).toEqual({
      sector: { code: '1' },
      group: { code: '1.2' },
      productSet: { code: '1.2.1' },
    });
    expect(product!.certificates.length).toBe(fact.certificates);
    const dates = product!.certificates.map((c) => c.decisionDate);
    expect(dates).toEqual(dates.slice().sort().reverse());
    expect(Math.min(...product!.listings.map((l) => l.priceVnd!))).toBe(Number(fact.price));
    expect(typeof product!.listings[0]!.priceVnd).toBe('number');
    expect(product!.listings.flatMap((l) => l.salesChannels).length).toBe(fact.channels);
    expect(body.data!.node).toEqual({ name: 'Gạo Séng Cù Điện Biên' });
  });
});
