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
import { encodeNodeId } from '../../common/node-id';
import { currentCertificatePointerJoin } from '../../common/sql/current-certificate';
import { SqlParams } from '../../common/sql/params';
import {
  CERTIFICATE_SELECT,
  PRODUCT_COLUMNS,
  type ProducerRow,
  type ProductRow,
} from '../../common/sql/rows';
import { searchWords } from '../../common/sql/search';
import { communesOfUnitCodes } from '../../common/sql/unit-communes';
import { communesCoveredSql } from '../../common/sql/unit-scope';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { certificateFromRow, ocopCertificateService } from '../ocop-certificate/ocop-certificate.service';
import { CertificateStatus, type OcopCertificate } from '../ocop-certificate/ocop-certificate.type';
import {
  checkClassificationCode,
  ocopClassificationService,
} from '../ocop-classification/ocop-classification.service';
import type { OcopClassification } from '../ocop-classification/ocop-classification.type';
import { OcopProductOrderField, type OcopProductFilter, type OcopProductOrder } from './ocop-product.inputs';
import {
  cursorArity,
  cursorValuesFit,
  outputOrder,
  productCountSql,
  productOrderTag,
  productPageSql,
  rowCursorValues,
  type ProductCriteria,
  type ProductOrdering,
} from './ocop-product.query';
import { OCOP_PRODUCT, OcopProduct } from './ocop-product.type';
import { unitChainService } from './unit-chain.service';
import { toProducer } from '../producer/producer.service';

export interface PageArguments {
  first: number;
  after?: string | null;
}

/** The products of a producer, or made in a unit: one nested connection, read in batches. */
export type ProductScope = 'producer' | 'unit';

/** The key of one nested connection in the batched loaders (serialised as JSON). */
interface ScopedPageKey {
  scope: ProductScope;
  id: string;
  first: number;
  /** Decoded and checked cursor values. */
  after: CursorValue[] | null;
  statuses: CertificateStatus[] | null;
  order: ProductOrdering;
  today: string;
}

/** The key of one nested `totalCount` in the batched loader (serialised as JSON). */
type ScopedCountKey = Pick<ScopedPageKey, 'scope' | 'id' | 'statuses' | 'today'>;

/** Keys that differ only by parent id, together (one statement each group), with their positions. */
function groupKeys<K extends { id: string }>(keys: K[]): { key: K; index: number }[][] {
  const groups = new Map<string, { key: K; index: number }[]>();
  keys.forEach((key, index) => {
    const groupKey = JSON.stringify({ ...key, id: null });
    groups.set(groupKey, [...(groups.get(groupKey) ?? []), { key, index }]);
  });
  return [...groups.values()];
}

/** One nested page as read, before it becomes a connection. */
export interface ScopedPage {
  rows: ProductRow[];
  arity: number;
}

const INVALID_CURSOR = 'Not a valid cursor for this list and order: use an `endCursor` returned by it.';

export function toOcopProduct(row: ProductRow): OcopProduct {
  const product = new OcopProduct();
  product.id = encodeNodeId(OCOP_PRODUCT, row.id);
  product.uuid = row.id;
  product.updatedAt = new Date(row.updated_at);
  product.producerUuid = row.producer_id;
  product.productSetUuid = row.product_set_id;
  product.originCommuneUuid = row.origin_commune_id;
  product.name = row.name;
  product.description = row.description;
  product.withdrawn = row.withdrawn;
  product.demo = row.demo;
  product.preloadedCurrentCertificate = certificateFromRow(row, 'c_');
  return product;
}

/** A criteria set with nothing but the day and the statuses (nested lists). */
function plainCriteria(today: string, statuses: CertificateStatus[] | null): ProductCriteria {
  return {
    today,
    words: null,
    stars: null,
    sector: null,
    group: null,
    productSet: null,
    units: {},
    producerType: null,
    statuses,
  };
}

/** Checks a list of statuses; null stays null (the caller's default applies). */
function checkStatuses(statuses: CertificateStatus[] | null | undefined): CertificateStatus[] | null {
  if (statuses === null || statuses === undefined) return null;
  if (statuses.length === 0) {
    throw badUserInput(
      '"certificateStatus" must list at least one status; leave it out for the default (VALID).',
      'certificateStatus',
    );
  }
  return [...new Set(statuses)].sort();
}

const scopeCondition = (scope: ProductScope): string =>
  scope === 'producer'
    ? 'p.producer_id = k.key'
    : `p.origin_commune_id IN ${communesCoveredSql('SELECT k.key')}`;

/**
 * OCOP products: the catalogue (`ocopProducts`), lookups by id, the nested lists of a producer
 * and of a place, and the objects around a product. Every list page is ONE statement (see
 * ocop-product.query.ts); everything around the products comes through per-request DataLoaders.
 */
export class OcopProductService {
  // ----- batch reads (DataLoader batch functions; results in the order of the keys)

  /** Products by id, whether withdrawn or not (a certificate keeps its product), with their current certificate. */
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(OcopProduct | null)[]> {
    const rows: ProductRow[] = await db.query(
      `SELECT ${PRODUCT_COLUMNS}, ${CERTIFICATE_SELECT.sql('cc', 'c_')}
       FROM ocop_product p ${currentCertificatePointerJoin('p', '$2::date')}
       WHERE p.id = ANY($1::uuid[])`,
      [ids, today()],
    );
    return orderByKeys(ids, rows.map(toOcopProduct), (product) => product.uuid);
  }

  /**
   * Nested connections (a producer's products, the products made in a unit) for many parents:
   * one statement per distinct (scope, page size, cursor, statuses), a LATERAL page per parent.
   */
  async findScopedPages(db: EntityManager, serialisedKeys: readonly string[]): Promise<ScopedPage[]> {
    const pages: ScopedPage[] = new Array(serialisedKeys.length);
    for (const group of groupKeys(serialisedKeys.map((key) => JSON.parse(key) as ScopedPageKey))) {
      const { scope, first, after, statuses, order, today } = group[0]!.key;
      const params = new SqlParams();
      const ids = params.add(
        group.map(({ key }) => key.id),
        '::uuid[]',
      );
      const page = productPageSql(plainCriteria(today, statuses), order, params, {
        limit: first + 1,
        after,
        scope: scopeCondition(scope),
      });
      const rows: (ProductRow & { scope_key: string })[] = await db.query(
        `SELECT k.key AS scope_key, x.*
         FROM unnest(${ids}) WITH ORDINALITY AS k(key, ord)
         CROSS JOIN LATERAL (${page.sql}) x
         ORDER BY k.ord, ${outputOrder(page.arity, order.direction)}`,
        params.values,
      );
      const byId = new Map(group.map(({ key }) => [key.id, [] as ProductRow[]]));
      for (const row of rows) byId.get(row.scope_key)?.push(row);
      for (const { key, index } of group) pages[index] = { rows: byId.get(key.id)!, arity: page.arity };
    }
    return pages;
  }

  /** `totalCount` of nested connections, for many parents in one statement per (scope, statuses). */
  async countScoped(db: EntityManager, serialisedKeys: readonly string[]): Promise<number[]> {
    const counts: number[] = new Array(serialisedKeys.length).fill(0);
    for (const group of groupKeys(serialisedKeys.map((key) => JSON.parse(key) as ScopedCountKey))) {
      const { scope, statuses, today } = group[0]!.key;
      const params = new SqlParams();
      const ids = params.add(
        group.map(({ key }) => key.id),
        '::uuid[]',
      );
      const count = productCountSql(plainCriteria(today, statuses), params, scopeCondition(scope));
      const rows: { key: string; count: number }[] = await db.query(
        `SELECT k.key, (${count}) AS count FROM unnest(${ids}) AS k(key)`,
        params.values,
      );
      const byId = new Map(rows.map((row) => [row.key, row.count]));
      for (const { key, index } of group) counts[index] = byId.get(key.id) ?? 0;
    }
    return counts;
  }

  // ----- API operations

  /** The catalogue: `ocopProducts(first, after, filter, orderBy)`. */
  async page(
    ctx: Context,
    args: PageArguments,
    filter: OcopProductFilter | null | undefined,
    orderBy: OcopProductOrder | null | undefined,
    prefetch: { producer: boolean } = { producer: false },
  ): Promise<Page<OcopProduct>> {
    const first = checkPageSize(args.first);
    const criteria = this.criteria(filter ?? {});
    const order = this.ordering(orderBy, criteria.words !== null);
    const after = args.after ? this.decodeAfter(args.after, order) : null;
    criteria.communes = await communesOfUnitCodes(ctx, criteria.units);
    const params = new SqlParams();
    const page = productPageSql(criteria, order, params, {
      limit: first + 1,
      after,
      withProducer: prefetch.producer,
    });
    const rows: (ProductRow & { producer_row?: ProducerRow | null })[] = await ctx.db.query(
      page.sql,
      params.values,
    );
    for (const row of rows) {
      if (row.producer_row) ctx.loaders.producerById.prime(row.producer_row.id, toProducer(row.producer_row));
    }
    const tag = productOrderTag(order);
    return toPage(
      rows,
      first,
      after !== null,
      toOcopProduct,
      (row) => encodeCursor(tag, rowCursorValues(row, page.arity)),
      async () => {
        const countParams = new SqlParams();
        const sql = productCountSql(criteria, countParams);
        const [row] = (await ctx.db.query(sql, countParams.values)) as { count: number }[];
        return row?.count ?? 0;
      },
    );
  }

  /** A producer's products (any status, products never certified included), by name. */
  producerProducts(ctx: Context, producerUuid: string, args: PageArguments): Promise<Page<OcopProduct>> {
    return this.scopedPage(ctx, 'producer', producerUuid, args, null, {
      field: OcopProductOrderField.NAME,
      direction: OrderDirection.ASC,
    });
  }

  /** The products made in a unit (through lineage), most stars first; by default only valid ones. */
  unitProducts(
    ctx: Context,
    unit: AdministrativeUnit,
    args: PageArguments,
    statuses: CertificateStatus[] | null | undefined,
  ): Promise<Page<OcopProduct>> {
    return this.scopedPage(
      ctx,
      'unit',
      unit.uuid,
      args,
      checkStatuses(statuses) ?? [CertificateStatus.VALID],
      {
        field: OcopProductOrderField.STARS,
        direction: OrderDirection.DESC,
      },
    );
  }

  /** `ocopProduct(id)` and `node(id)`: null when unknown or withdrawn. */
  async find(ctx: Context, uuid: string): Promise<OcopProduct | null> {
    const product = await ctx.loaders.ocopProductById.load(uuid);
    return product && !product.withdrawn ? product : null;
  }

  /** Any product by id, withdrawn or not (what a certificate, a listing or a linkage points to). */
  byId(ctx: Context, uuid: string): Promise<OcopProduct | null> {
    return ctx.loaders.ocopProductById.load(uuid);
  }

  currentCertificate(ctx: Context, product: OcopProduct): Promise<OcopCertificate | null> {
    if (product.preloadedCurrentCertificate !== undefined) {
      return Promise.resolve(product.preloadedCurrentCertificate);
    }
    return ocopCertificateService.current(ctx, product.uuid);
  }

  async stars(ctx: Context, product: OcopProduct): Promise<number | null> {
    return (await this.currentCertificate(ctx, product))?.stars ?? null;
  }

  async certificateStatus(ctx: Context, product: OcopProduct): Promise<CertificateStatus | null> {
    const current = await this.currentCertificate(ctx, product);
    return current ? ocopCertificateService.status(current) : null;
  }

  classification(ctx: Context, product: OcopProduct): Promise<OcopClassification | null> {
    return ocopClassificationService.classificationOf(ctx, product.productSetUuid);
  }

  originCommune(ctx: Context, product: OcopProduct): Promise<AdministrativeUnit | null> {
    return unitChainService.unit(ctx, product.originCommuneUuid);
  }

  // ----- rules

  /** The filter, checked, with its defaults (certificate status: VALID). */
  criteria(filter: OcopProductFilter): ProductCriteria {
    if (filter.stars !== null && filter.stars !== undefined) {
      if (filter.stars.length === 0)
        throw badUserInput(
          { vi: '"stars" phải có ít nhất một giá trị.', en: '"stars" must list at least one value.' },
          'stars',
        );
      if (!filter.stars.every((stars) => Number.isInteger(stars) && stars >= 1 && stars <= 5)) {
        throw badUserInput({ vi: 'Số sao "stars" từ 1 đến 5.', en: '"stars" values are 1 to 5.' }, 'stars');
      }
    }
    const code = (level: 'sector' | 'group' | 'productSet', value: string | null | undefined) =>
      value === null || value === undefined ? null : checkClassificationCode(level, value, level);
    return {
      today: today(),
      words: searchWords(filter.search),
      stars: filter.stars ? [...new Set(filter.stars)] : null,
      sector: code('sector', filter.sector),
      group: code('group', filter.group),
      productSet: code('productSet', filter.productSet),
      units: {
        provinceCode: filter.provinceCode,
        districtCode: filter.districtCode,
        communeCode: filter.communeCode,
      },
      producerType: filter.producerType ?? null,
      statuses: checkStatuses(filter.certificateStatus) ?? [CertificateStatus.VALID],
      updatedSince: filter.updatedSince ?? null,
    };
  }

  /** The order, with its defaults: RELEVANCE DESC when searching, else STARS DESC; NAME ascends by default. */
  ordering(orderBy: OcopProductOrder | null | undefined, searching: boolean): ProductOrdering {
    const field =
      orderBy?.field ?? (searching ? OcopProductOrderField.RELEVANCE : OcopProductOrderField.STARS);
    if (field === OcopProductOrderField.RELEVANCE && !searching) {
      throw badUserInput(
        {
          vi: 'Xếp theo mức liên quan cần có từ khóa tìm kiếm: hãy nhập từ khóa, hoặc xếp theo cách khác.',
          en: 'Ordering by RELEVANCE needs a search: give `filter.search`, or order by another field.',
        },
        'orderBy',
      );
    }
    const direction =
      orderBy?.direction ?? (field === OcopProductOrderField.NAME ? OrderDirection.ASC : OrderDirection.DESC);
    return { field, direction };
  }

  private decodeAfter(after: string, order: ProductOrdering): CursorValue[] {
    const values = decodeCursor(after, productOrderTag(order), cursorArity(order));
    if (!cursorValuesFit(order, values)) throw badUserInput(INVALID_CURSOR, 'after');
    return values;
  }

  private async scopedPage(
    ctx: Context,
    scope: ProductScope,
    id: string,
    args: PageArguments,
    statuses: CertificateStatus[] | null,
    order: ProductOrdering,
  ): Promise<Page<OcopProduct>> {
    const first = checkPageSize(args.first);
    const after = args.after ? this.decodeAfter(args.after, order) : null;
    const day = today();
    const key: ScopedPageKey = { scope, id, first, after, statuses, order, today: day };
    const { rows, arity } = await ctx.loaders.scopedOcopProductPages.load(JSON.stringify(key));
    const tag = productOrderTag(order);
    return toPage(
      rows,
      first,
      after !== null,
      toOcopProduct,
      (row) => encodeCursor(tag, rowCursorValues(row, arity)),
      () => {
        const countKey: ScopedCountKey = { scope, id, statuses, today: day };
        return ctx.loaders.scopedOcopProductCounts.load(JSON.stringify(countKey));
      },
    );
  }
}

export const ocopProductService = new OcopProductService();
