// The hand-written baseline: node:http + graphql-js + pg, hand-written SQL and per-request
// DataLoaders, nothing else — the floor of what a Node GraphQL server costs. It answers the
// benchmark's operations with the platform's field names (a subset of schema/schema.graphql), so
// the same query text runs against both. Env: DATABASE_URL, PORT, DATABASE_POOL_SIZE (default 10).
// Prints "listening <port>" on stdout when ready.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { buildSchema, execute, parse, validate } from 'graphql';
import pg from 'pg';
import { catalogueSql, countSql, searchWords } from './sql.mjs';

// DataLoader is a dependency of the server package; the baseline borrows it from there.
const require = createRequire(new URL('../../../../server/package.json', import.meta.url));
const DataLoader = require('dataloader');

pg.types.setTypeParser(1082, (value) => value); // date → 'YYYY-MM-DD'
pg.types.setTypeParser(1700, (value) => Number(value)); // numeric
pg.types.setTypeParser(20, (value) => Number(value)); // bigint

const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'bench-baseline',
});

const schema = buildSchema(`
  scalar Date
  scalar Vnd
  type Query {
    ocopProducts(first: Int! = 20, after: String, filter: OcopProductFilter): OcopProductConnection!
    ocopProduct(id: ID!): OcopProduct
    ntmProgress(provinceCode: String, asOf: Date): NtmProgress!
    ocopSummary(provinceCode: String, asOf: Date): OcopSummary!
  }
  input OcopProductFilter { provinceCode: String, stars: [Int!], search: String }
  type PageInfo { hasNextPage: Boolean!, endCursor: String }
  type OcopProductConnection { totalCount: Int!, pageInfo: PageInfo!, nodes: [OcopProduct!]! }
  type OcopProduct {
    id: ID!, name: String!, description: String, stars: Int, certificateStatus: String, producer: Producer!
    originCommune: AdministrativeUnit, currentCertificate: OcopCertificate, certificates: [OcopCertificate!]!
    listings: [ProductListing!]!
  }
  type Producer { id: ID!, name: String!, type: String! }
  type AdministrativeUnit { id: ID!, code: String, name: String!, parent: AdministrativeUnit, latestEvaluations(asOf: Date): [Evaluation!]! }
  type OcopCertificate {
    certificateNumber: String!, stars: Int!, score: Float!, decisionDate: Date!, expiresOn: Date!, status: String
    revokedOn: Date, supersededOn: Date
  }
  type ProductListing { position: Int!, priceVnd: Vnd, unit: String!, availability: String!, minOrderQuantity: Int }
  type Evaluation { evaluatedOn: Date!, criteriaMet: Int!, results: [CriterionResult!]! }
  type CriterionResult { met: Boolean!, criterion: Criterion! }
  type Criterion { number: Int!, nameVi: String! }
  type NtmTierCounts { none: Int!, standard: Int!, advanced: Int!, model: Int! }
  type NtmDistrictProgress { district: AdministrativeUnit!, communes: Int!, atLeastStandard: Int! }
  type NtmProgress {
    communes: Int!, atLeastStandard: Int!, byHighestTier: NtmTierCounts!, byDistrict: [NtmDistrictProgress!]!
    communesEvaluated: Int!, averageCriteriaMet: Float
  }
  type OcopSector { code: String! }
  type OcopStarCount { stars: Int!, products: Int! }
  type OcopSectorCount { sector: OcopSector!, products: Int! }
  type OcopProducerTypeCount { type: String!, producers: Int!, products: Int! }
  type OcopSummary {
    products: Int!, producers: Int!, byStars: [OcopStarCount!]!, bySector: [OcopSectorCount!]!
    byProducerType: [OcopProducerTypeCount!]!
  }
`);

const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const STATUS = `ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1::date)`;

/** A loader of rows by key: one `WHERE key = ANY($n)` statement per batch. */
function loader(ctx, sql, keyColumn, many = false) {
  return new DataLoader(async (keys) => {
    const { rows } = await ctx.query(sql, [today(), keys]);
    const byKey = new Map();
    for (const row of rows) {
      const key = row[keyColumn];
      if (many) byKey.set(key, [...(byKey.get(key) ?? []), row]);
      else byKey.set(key, row);
    }
    return keys.map((key) => byKey.get(key) ?? (many ? [] : null));
  });
}

function createContext() {
  const ctx = { statements: 0 };
  ctx.query = (sql, values) => {
    ctx.statements += 1;
    return pool.query(sql, values);
  };
  ctx.producers = loader(
    ctx,
    `SELECT id, name, type FROM producer WHERE $1::date IS NOT NULL AND id = ANY($2::uuid[])`,
    'id',
  );
  // A unit with all its ancestors in one statement; the ancestors prime the same cache.
  ctx.units = new DataLoader(async (ids) => {
    const { rows } = await ctx.query(
      `WITH RECURSIVE chain AS (
         SELECT id, code, name, parent_id FROM admin_unit WHERE id = ANY($1::uuid[])
         UNION SELECT u.id, u.code, u.name, u.parent_id FROM admin_unit u JOIN chain ON u.id = chain.parent_id)
       SELECT * FROM chain`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const row of rows) if (!ids.includes(row.id)) ctx.units.prime(row.id, row);
    return ids.map((id) => byId.get(id) ?? null);
  });
  ctx.products = loader(
    ctx,
    `SELECT p.id, p.name, p.description, p.producer_id, p.origin_commune_id FROM ocop_product p
     WHERE $1::date IS NOT NULL AND p.id = ANY($2::uuid[]) AND p.deleted_at IS NULL`,
    'id',
  );
  ctx.certificates = loader(
    ctx,
    `SELECT c.*, ${STATUS} AS status FROM ocop_certificate c WHERE c.product_id = ANY($2::uuid[])
     ORDER BY c.decision_date DESC, c.id DESC`,
    'product_id',
    true,
  );
  ctx.listings = loader(
    ctx,
    `SELECT * FROM product_listing WHERE $1::date IS NOT NULL AND product_id = ANY($2::uuid[]) ORDER BY position`,
    'product_id',
    true,
  );
  ctx.latestEvaluations = loader(
    ctx,
    `SELECT DISTINCT ON (e.unit_id, e.criteria_set_id) e.id, e.unit_id, e.evaluated_on,
            (SELECT count(*) FROM criterion_result r WHERE r.evaluation_id = e.id AND r.met)::int AS criteria_met
     FROM evaluation e WHERE e.unit_id = ANY($2::uuid[]) AND e.evaluated_on <= $1::date
     ORDER BY e.unit_id, e.criteria_set_id, e.evaluated_on DESC, e.created_at DESC, e.id DESC`,
    'unit_id',
    true,
  );
  ctx.results = loader(
    ctx,
    `SELECT r.evaluation_id, r.met, k.number, k.name_vi FROM criterion_result r JOIN criterion k ON k.id = r.criterion_id
     WHERE $1::date IS NOT NULL AND r.evaluation_id = ANY($2::uuid[]) ORDER BY k.number`,
    'evaluation_id',
    true,
  );
  return ctx;
}

const upper = (value) => (value === null || value === undefined ? null : String(value).toUpperCase());
const encodeCursor = (row) => Buffer.from(JSON.stringify([row.k_stars, row.id])).toString('base64url');
const decodeCursor = (cursor) => JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));

/** A product row of a page: its current certificate came along (columns `c_…`). */
function productFromRow(row) {
  const current = row.c_certificate_number
    ? {
        certificate_number: row.c_certificate_number,
        stars: row.c_stars,
        score: row.c_score,
        decision_date: row.c_decision_date,
        expires_on: row.c_expires_on,
        revoked_on: row.c_revoked_on,
        superseded_on: row.c_superseded_on,
        status: row.c_status,
      }
    : null;
  return { ...row, current };
}

const product = {
  stars: async (p, _, ctx) => (await currentOf(p, ctx))?.stars ?? null,
  certificateStatus: async (p, _, ctx) => upper((await currentOf(p, ctx))?.status),
  producer: (p, _, ctx) => ctx.producers.load(p.producer_id),
  originCommune: (p, _, ctx) => (p.origin_commune_id ? ctx.units.load(p.origin_commune_id) : null),
  currentCertificate: (p, _, ctx) => currentOf(p, ctx),
  certificates: (p, _, ctx) => ctx.certificates.load(p.id),
  listings: (p, _, ctx) => ctx.listings.load(p.id),
};
async function currentOf(p, ctx) {
  if (p.current !== undefined) return p.current;
  const all = await ctx.certificates.load(p.id);
  const day = today();
  return all.find((c) => c.decision_date <= day) ?? null;
}

const resolvers = {
  OcopProduct: product,
  Producer: { type: (p) => upper(p.type) },
  AdministrativeUnit: {
    parent: (u, _, ctx) => (u.parent_id ? ctx.units.load(u.parent_id) : null),
    latestEvaluations: (u, _, ctx) => ctx.latestEvaluations.load(u.id),
  },
  OcopCertificate: {
    certificateNumber: (c) => c.certificate_number,
    decisionDate: (c) => c.decision_date,
    expiresOn: (c) => c.expires_on,
    revokedOn: (c) => c.revoked_on,
    supersededOn: (c) => c.superseded_on,
    status: (c) => upper(c.status),
  },
  ProductListing: {
    priceVnd: (l) => l.price_vnd,
    availability: (l) => upper(l.availability),
    minOrderQuantity: (l) => l.min_order_quantity,
  },
  Evaluation: {
    evaluatedOn: (e) => e.evaluated_on,
    criteriaMet: (e) => e.criteria_met,
    results: (e, _, ctx) => ctx.results.load(e.id),
  },
  CriterionResult: { criterion: (r) => ({ number: r.number, nameVi: r.name_vi }) },
};

const root = {
  async ocopProducts({ first, after, filter }, ctx) {
    const words = searchWords(filter?.search);
    const criteria = { provinceCode: filter?.provinceCode ?? null, stars: filter?.stars ?? null, words };
    const page = catalogueSql(criteria, today(), first, after ? decodeCursor(after) : null);
    const { rows } = await ctx.query(page.sql, page.values);
    const nodes = rows.slice(0, first).map(productFromRow);
    let count;
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > first,
        endCursor: nodes.length ? encodeCursor(rows[nodes.length - 1]) : null,
      },
      totalCount: () => {
        const total = countSql(criteria, today());
        count ??= ctx.query(total.sql, total.values).then((result) => result.rows[0].count);
        return count;
      },
    };
  },
  ocopProduct: ({ id }, ctx) => ctx.products.load(id),
  async ntmProgress({ provinceCode, asOf }, ctx) {
    const day = asOf ?? today();
    // No province: the whole country (its totals; no districts).
    const [districts, criteria] = await Promise.all([
      provinceCode
        ? ctx.query(`SELECT * FROM bench_pg.ntm_progress($1, $2::date)`, [provinceCode, day])
        : ctx.query(`SELECT * FROM bench_pg.ntm_progress_national($1::date)`, [day]),
      ctx.query(`SELECT * FROM bench_pg.ntm_criteria($1, $2::date)`, [provinceCode ?? null, day]),
    ]);
    const counts = (rows) => {
      const sum = (name) => rows.reduce((total, row) => total + row[name], 0);
      const communes = sum('communes');
      const tiers = { standard: sum('standard'), advanced: sum('advanced'), model: sum('model') };
      tiers.none = communes - tiers.standard - tiers.advanced - tiers.model;
      return {
        communes,
        byHighestTier: tiers,
        atLeastStandard: tiers.standard + tiers.advanced + tiers.model,
      };
    };
    return {
      ...counts(districts.rows),
      byDistrict: (provinceCode ? districts.rows : []).map((row) => ({
        ...counts([row]),
        district: { id: row.district_code, code: row.district_code, name: row.district_name },
      })),
      communesEvaluated: criteria.rows[0]?.evaluated ?? 0,
      averageCriteriaMet:
        (criteria.rows[0]?.average ?? null) === null
          ? null
          : Math.round(criteria.rows[0].average * 100) / 100,
    };
  },
  async ocopSummary({ provinceCode, asOf }, ctx) {
    const { rows } = await ctx.query(`SELECT bench_pg.ocop_summary($1, $2::date) AS s`, [
      provinceCode ?? null,
      asOf ?? today(),
    ]);
    const s = rows[0].s;
    return {
      ...s,
      bySector: s.bySector.map((entry) => ({ sector: { code: entry.sector }, products: entry.products })),
      byProducerType: s.byProducerType.map((entry) => ({ ...entry, type: upper(entry.type) })),
    };
  },
};

/** Field resolvers of the types above, then the default (property or function of the source). */
function fieldResolver(source, args, ctx, info) {
  const resolve = resolvers[info.parentType.name]?.[info.fieldName];
  if (resolve) return resolve(source, args, ctx, info);
  const value = source[info.fieldName];
  return typeof value === 'function' ? value(args, ctx, info) : value;
}

const documents = new Map();
function parsed(query) {
  let document = documents.get(query);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) return { errors };
    documents.set(query, document);
  }
  return { document };
}

const server = createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => (body += chunk));
  req.on('end', async () => {
    let result;
    try {
      const { query, variables, operationName } = JSON.parse(body);
      const { document, errors } = parsed(query);
      const ctx = createContext();
      result = errors
        ? { errors }
        : await execute({
            schema,
            document,
            rootValue: root,
            contextValue: ctx,
            variableValues: variables,
            operationName,
            fieldResolver,
          });
      if (req.headers['x-ocop-sql-count'])
        result = { ...result, extensions: { sqlStatements: ctx.statements } };
    } catch (error) {
      result = { errors: [{ message: String(error.message) }] };
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(result));
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`listening ${server.address().port}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
