import { today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { orderByKeys } from '../../common/batch';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  OrderDirection,
  toPage,
  type CursorValue,
  type Page,
} from '../../common/connection';
import { badUserInput } from '../../common/errors';
import { encodeNodeId, isUuid } from '../../common/node-id';
import { productCertificateStatusInSql } from '../../common/sql/current-certificate';
import { keysetCondition, orderByClause, type SortKey } from '../../common/sql/keyset';
import { SqlParams } from '../../common/sql/params';
import { PRODUCER_COLUMNS, type ProducerRow } from '../../common/sql/rows';
import { nameSearchConditions, searchWords } from '../../common/sql/search';
import { unitCodeConditions } from '../../common/sql/unit-scope';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { ProducerOrderField, type ProducerFilter, type ProducerOrder } from './producer.inputs';
import { PRODUCER, Producer, ProducerContact, type ProducerType } from './producer.type';

/** How many products a producer has, and how many are OCOP-certified today. */
export interface ProducerCounts {
  products: number;
  validProducts: number;
}

export function toProducer(row: ProducerRow): Producer {
  const producer = new Producer();
  producer.id = encodeNodeId(PRODUCER, row.id);
  producer.uuid = row.id;
  producer.updatedAt = new Date(row.updated_at);
  producer.version = row.version;
  producer.communeUuid = row.commune_id;
  producer.name = row.name;
  producer.type = row.type as ProducerType;
  producer.contact = Object.assign(new ProducerContact(), {
    representative: row.representative,
    phone: row.phone,
    email: row.email,
    website: row.website,
    address: row.address,
  });
  producer.establishedYear = row.established_year;
  producer.description = row.description;
  producer.withdrawn = row.withdrawn;
  producer.demo = row.demo;
  if (row.product_count !== undefined && row.valid_product_count !== undefined) {
    producer.preloadedCounts = { products: row.product_count, validProducts: row.valid_product_count };
  }
  return producer;
}

/** Counts of a producer's listed products (`pr` is the producer), valid ones on `todayParam` (from the copies of the current certificate on the product). */
const countsLateral = (producerIdSql: string, todayParam: string): string =>
  `CROSS JOIN LATERAL (
     SELECT count(*)::int AS products,
            count(*) FILTER (WHERE ${productCertificateStatusInSql('p', todayParam, `'{valid}'::text[]`)})::int AS valid_products
     FROM ocop_product p
     WHERE p.producer_id = ${producerIdSql} AND p.deleted_at IS NULL) n`;

const INVALID_CURSOR = 'Not a valid cursor for this list and order: use an `endCursor` returned by it.';

interface Ordering {
  field: ProducerOrderField;
  direction: OrderDirection;
}

function sortKeys(order: Ordering): SortKey[] {
  const { direction } = order;
  const id: SortKey = { sql: 'pr.id', cast: '::uuid', direction };
  switch (order.field) {
    case ProducerOrderField.NAME:
      return [
        { sql: 'pr.search_text', cast: '::text', direction },
        { sql: 'pr.name', cast: '::text', direction },
        id,
      ];
    case ProducerOrderField.PRODUCT_COUNT:
      return [{ sql: 'n.products', cast: '::int', direction }, id];
    case ProducerOrderField.VALID_PRODUCT_COUNT:
      return [{ sql: 'n.valid_products', cast: '::int', direction }, id];
  }
}

/** Whether decoded cursor values have the types of the keys (the last one is always a UUID). */
function cursorValuesFit(order: Ordering, values: CursorValue[]): boolean {
  return values.every((value, i) =>
    i === values.length - 1
      ? typeof value === 'string' && isUuid(value)
      : order.field === ProducerOrderField.NAME
        ? typeof value === 'string'
        : typeof value === 'number' && Number.isSafeInteger(value),
  );
}

/**
 * OCOP producers: the `producers` list (one statement a page), lookups by id, and the objects
 * around a producer through per-request DataLoaders.
 */
export class ProducerService {
  // ----- batch reads (DataLoader batch functions; results in the order of the keys)

  /** Producers by id, withdrawn ones included (their products still point to them). */
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(Producer | null)[]> {
    const rows: ProducerRow[] = await db.query(
      `SELECT ${PRODUCER_COLUMNS} FROM producer pr WHERE pr.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toProducer), (producer) => producer.uuid);
  }

  async findCounts(db: EntityManager, ids: readonly string[]): Promise<ProducerCounts[]> {
    const rows: { id: string; products: number; valid_products: number }[] = await db.query(
      `SELECT k.id, n.products, n.valid_products FROM unnest($1::uuid[]) AS k(id) ${countsLateral('k.id', '$2::date')}`,
      [ids, today()],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => ({
      products: byId.get(id)?.products ?? 0,
      validProducts: byId.get(id)?.valid_products ?? 0,
    }));
  }

  // ----- API operations

  /** `producers(first, after, filter, orderBy)`. */
  async page(
    ctx: Context,
    args: { first: number; after?: string | null },
    filter: ProducerFilter | null | undefined,
    orderBy: ProducerOrder | null | undefined,
  ): Promise<Page<Producer>> {
    const first = checkPageSize(args.first);
    const field = orderBy?.field ?? ProducerOrderField.NAME;
    const order: Ordering = {
      field,
      direction:
        orderBy?.direction ?? (field === ProducerOrderField.NAME ? OrderDirection.ASC : OrderDirection.DESC),
    };
    const keys = sortKeys(order);
    const tag = `Producer:${order.field}:${order.direction}`;
    const after = args.after ? decodeCursor(args.after, tag, keys.length) : null;
    if (after && !cursorValuesFit(order, after)) throw badUserInput(INVALID_CURSOR, 'after');

    const words = searchWords(filter?.search);
    const params = new SqlParams();
    // The counts are computed for every producer only when the order needs them.
    const countsJoin =
      order.field === ProducerOrderField.NAME ? '' : countsLateral('pr.id', params.add(today(), '::date'));
    const where = this.conditions(filter ?? {}, words, params);
    const counts = countsJoin ? ', n.products AS product_count, n.valid_products AS valid_product_count' : '';
    const keyset = after ? [keysetCondition(keys, after, params)] : [];
    const rows: ProducerRow[] = await ctx.db.query(
      `SELECT ${PRODUCER_COLUMNS}${counts}, ${keys.map((key, i) => `${key.sql} AS k${i}`).join(', ')}
       FROM producer pr ${countsJoin}
       WHERE ${[...where, ...keyset].join(' AND ')}
       ORDER BY ${orderByClause(keys)}
       LIMIT ${first + 1}`,
      params.values,
    );
    return toPage(
      rows,
      first,
      after !== null,
      toProducer,
      (row) =>
        encodeCursor(
          tag,
          keys.map((_, i) => row[`k${i}`] as CursorValue),
        ),
      async () => {
        const countParams = new SqlParams();
        const conditions = this.conditions(filter ?? {}, words, countParams);
        const [row] = (await ctx.db.query(
          `SELECT count(*)::int AS count FROM producer pr WHERE ${conditions.join(' AND ')}`,
          countParams.values,
        )) as { count: number }[];
        return row?.count ?? 0;
      },
    );
  }

  /** `producer(id)` and `node(id)`: null when unknown or withdrawn. */
  async find(ctx: Context, uuid: string): Promise<Producer | null> {
    const producer = await ctx.loaders.producerById.load(uuid);
    return producer && !producer.withdrawn ? producer : null;
  }

  /** Any producer by id, withdrawn or not (what a product or a linkage points to). */
  byId(ctx: Context, uuid: string): Promise<Producer | null> {
    return ctx.loaders.producerById.load(uuid);
  }

  /** A producer a row points to (a product, a linkage, an area): the foreign key guarantees it exists. */
  async existing(ctx: Context, producerUuid: string): Promise<Producer> {
    const producer = await ctx.loaders.producerById.load(producerUuid);
    if (!producer) throw new Error(`producer ${producerUuid} not found`);
    return producer;
  }

  commune(ctx: Context, producer: Producer): Promise<AdministrativeUnit | null> {
    return unitChainService.unit(ctx, producer.communeUuid);
  }

  async counts(ctx: Context, producer: Producer): Promise<ProducerCounts> {
    return producer.preloadedCounts ?? ctx.loaders.producerCountsById.load(producer.uuid);
  }

  private conditions(filter: ProducerFilter, words: string[] | null, params: SqlParams): string[] {
    const where = ['pr.deleted_at IS NULL'];
    if (filter.type) where.push(`pr.type = ${params.add(filter.type)}`);
    if (filter.updatedSince)
      where.push(`pr.updated_at >= ${params.add(filter.updatedSince, '::timestamptz')}`);
    where.push(...unitCodeConditions('pr.commune_id', filter, params));
    if (words) where.push(...nameSearchConditions('pr.search_text', words, params));
    return where;
  }
}

export const producerService = new ProducerService();
