import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { now, today } from '@ocop/db';
import type { Context } from '../../context';
import { assertOfficialWithin } from '../../common/authorization';
import {
  checkPageSize,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  OrderDirection,
  toPage,
  type Page,
} from '../../common/connection';
import { idempotentCreate } from '../../common/idempotency';
import { languageOf, say } from '../../common/language';
import { encodeNodeId, uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { orderByClause, rowKeysetCondition, type SortKey } from '../../common/sql/keyset';
import {
  checkUnitCode,
  communesArraySql,
  communesCoveredSql,
  communesOfCodeSql,
} from '../../common/sql/unit-scope';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { idempotencyKey, isoDate, parseInput, requiredText, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { editableProducerIds, isAdministrator, officialUnitIds } from '../auth/viewer';
import { lockEditedProduct } from '../listing/edited-product';
import { PRODUCT_LISTING } from '../listing/product-listing.type';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { PRODUCER } from '../producer/producer.type';
import { codeHash, deriveCode } from './label-code';
import { labelSecret } from './label-settings';
import type { LabelBatchCreateInput, LabelBatchFilter, LabelBatchRecallInput } from './label.inputs';
import { LABEL_BATCH, LabelBatch, LabelBatchCreatePayload, LabelBatchRecallPayload } from './label.type';

export const LABEL_SHEET_PATH = '/labels';

const NewBatch = z.object({
  lotNumber: requiredText(50),
  producedOn: isoDate,
  bestBefore: isoDate.nullish(),
  itemCount: z.number().int().min(1).max(10_000),
  idempotencyKey,
});
const Recall = z.object({ reason: requiredText(500) });

interface BatchRow {
  id: string;
  product_id: string;
  listing_id: string | null;
  producer_id: string;
  lot_number: string;
  produced_on: string;
  best_before: string | null;
  item_count: number;
  created_at: Date;
  created_key: string;
  recalled_at: Date | null;
  recall_reason: string | null;
}

/** The columns of a batch as the API reads it (with its product's producer). */
const BATCH_COLUMNS = `b.id, b.product_id, b.listing_id, p.producer_id, b.lot_number, b.produced_on::text AS produced_on,
  b.best_before::text AS best_before, b.item_count, b.created_at, b.created_at::text AS created_key,
  b.recalled_at, b.recall_reason`;

/** Newest first; the cursor holds the timestamp as PostgreSQL prints it (microseconds kept). */
const ORDER: SortKey[] = [
  { sql: 'b.created_at', direction: OrderDirection.DESC, cast: '::timestamptz' },
  { sql: 'b.id', direction: OrderDirection.DESC, cast: '::uuid' },
];
const ORDER_TAG = 'labelBatch:newest';

function toBatch(row: BatchRow): LabelBatch {
  return Object.assign(new LabelBatch(), {
    id: encodeNodeId(LABEL_BATCH, row.id),
    uuid: row.id,
    productUuid: row.product_id,
    listingUuid: row.listing_id,
    producerUuid: row.producer_id,
    lotNumber: row.lot_number,
    producedOn: row.produced_on,
    bestBefore: row.best_before,
    itemCount: row.item_count,
    createdAt: row.created_at,
    recalledAt: row.recalled_at,
    recallReason: row.recall_reason,
    labelSheetPdfUrl: `${LABEL_SHEET_PATH}/${row.id}.pdf`,
    labelSheetCsvUrl: `${LABEL_SHEET_PATH}/${row.id}.csv`,
  });
}

/** SHA-256 of every code of a batch, serial 1 first, concatenated (32 bytes each). */
export function batchCodeHashes(batchId: string, itemCount: number): Buffer {
  const secret = labelSecret();
  const hashes = Buffer.alloc(itemCount * 32);
  for (let serial = 1; serial <= itemCount; serial++)
    codeHash(deriveCode(secret, batchId, serial)).copy(hashes, (serial - 1) * 32);
  return hashes;
}

/**
 * Production batches and their codes: recorded by the producer's editors (codes issued in the
 * same transaction), recalled by them or by the officials of the product's place, listed to
 * those who may see them (server/README.md, "Labels").
 */
export class LabelBatchService {
  async create(ctx: Context, input: LabelBatchCreateInput): Promise<LabelBatchCreatePayload> {
    const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
    const result = await write(
      ctx,
      { action: 'labelBatchCreate', entityType: OCOP_PRODUCT, entityId: productUuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        // Locked until the write ends: two batches of one product recorded at once are serialised,
        // so the lot number's uniqueness is checked, not raced.
        const product = await lockEditedProduct(scope, productUuid);
        const { productId: _productId, listingId, ...fields } = input;
        const batch = parseInput(NewBatch, fields);

        const created = await idempotentCreate(
          scope,
          'labelBatchCreate',
          batch.idempotencyKey,
          { ...input },
          async () => {
            // Checked only when nothing was made yet: a retry of a batch made is answered with it.
            const day = today();
            const errors = [];
            const [state] = (await tx.query(
              `SELECT ocop_certificate_status(current_decision_date, current_expires_on, current_revoked_on,
                                            current_superseded_on, $2::date) AS status,
                    EXISTS (SELECT 1 FROM label_batch WHERE product_id = $1 AND lot_number = $3) AS lot_taken,
                    ($4::uuid IS NULL OR EXISTS (SELECT 1 FROM product_listing WHERE id = $4 AND product_id = $1))
                      AS listing_ok
             FROM ocop_product WHERE id = $1`,
              [product.id, day, batch.lotNumber, listingId ? uuidOf(listingId, PRODUCT_LISTING) : null],
            )) as { status: string | null; lot_taken: boolean; listing_ok: boolean }[];
            if (listingId && !uuidOf(listingId, PRODUCT_LISTING))
              errors.push(userError(['input', 'listingId'], UserErrorCode.NOT_FOUND, noListing));
            else if (!state!.listing_ok)
              errors.push(userError(['input', 'listingId'], UserErrorCode.NOT_FOUND, noListing));
            if (state!.status !== 'valid')
              errors.push(
                userError(['input', 'productId'], UserErrorCode.NOT_CERTIFIED, {
                  vi: 'Sản phẩm không có chứng nhận OCOP còn hiệu lực hôm nay: chỉ dán tem cho sản phẩm đã được chứng nhận.',
                  en: 'The product holds no valid OCOP certificate today: only certified products are labelled.',
                }),
              );
            if (state!.lot_taken)
              errors.push(
                userError(['input', 'lotNumber'], UserErrorCode.DUPLICATE, {
                  vi: `Sản phẩm đã có lô "${batch.lotNumber}".`,
                  en: `The product already has a batch "${batch.lotNumber}".`,
                }),
              );
            if (batch.producedOn > day)
              errors.push(
                userError(['input', 'producedOn'], UserErrorCode.OUT_OF_RANGE, {
                  vi: `Ngày sản xuất không được sau hôm nay (${day}).`,
                  en: `The production day cannot be after today (${day}).`,
                }),
              );
            if (batch.bestBefore && batch.bestBefore < batch.producedOn)
              errors.push(
                userError(['input', 'bestBefore'], UserErrorCode.OUT_OF_RANGE, {
                  vi: 'Hạn sử dụng không được trước ngày sản xuất.',
                  en: 'Best before cannot be before the production day.',
                }),
              );
            if (errors.length > 0) throw new InputRejected(errors);
            const [row] = (await tx.query(
              `INSERT INTO label_batch (product_id, listing_id, lot_number, produced_on, best_before, item_count, created_by_id, created_at, updated_at)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
             RETURNING id, product_id, listing_id, lot_number, produced_on::text AS produced_on,
                       best_before::text AS best_before, item_count`,
              [
                product.id,
                listingId ? uuidOf(listingId, PRODUCT_LISTING) : null,
                batch.lotNumber,
                batch.producedOn,
                batch.bestBefore ?? null,
                batch.itemCount,
                scope.viewer.userId,
                now(),
              ],
            )) as { id: string }[];
            // Every code at once: one parameter of 32 × n bytes cut into hashes in SQL.
            await tx.query(
              `INSERT INTO label_code (batch_id, serial, code_hash)
             SELECT $1, s, substring($2::bytea FROM (s - 1) * 32 + 1 FOR 32) FROM generate_series(1, $3::int) s`,
              [row!.id, batchCodeHashes(row!.id, batch.itemCount), batch.itemCount],
            );
            await audit({
              entityType: LABEL_BATCH,
              entityId: row!.id,
              after: { ...row, producer_id: product.producer_id },
            });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(LabelBatchCreatePayload, result, (id) => oneOrNull(this.byUuids(ctx, [id])));
  }

  async recall(ctx: Context, input: LabelBatchRecallInput): Promise<LabelBatchRecallPayload> {
    const uuid = uuidOf(input.id, LABEL_BATCH);
    const result = await write(
      ctx,
      { action: 'labelBatchRecall', entityType: LABEL_BATCH, entityId: uuid, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        if (!uuid) throw new Denied('NOT_FOUND', noBatch);
        const [batch] = (await tx.query(
          `SELECT b.id, b.recalled_at, b.recall_reason, p.producer_id,
                  coalesce(p.origin_commune_id, pr.commune_id) AS unit_id
           FROM label_batch b JOIN ocop_product p ON p.id = b.product_id JOIN producer pr ON pr.id = p.producer_id
           WHERE b.id = $1 FOR UPDATE OF b`,
          [uuid],
        )) as { id: string; recalled_at: Date | null; producer_id: string; unit_id: string | null }[];
        if (!batch) throw new Denied('NOT_FOUND', noBatch, uuid);
        scope.unit(batch.unit_id);
        if (!editableProducerIds(viewer).includes(batch.producer_id)) {
          if (batch.unit_id === null && !isAdministrator(viewer))
            throw new Denied(
              'FORBIDDEN',
              { vi: 'Lô này nằm ngoài phạm vi của bạn.', en: 'This batch is outside yours.' },
              uuid,
            );
          if (batch.unit_id !== null) await assertOfficialWithin(tx, viewer, batch.unit_id, uuid);
        }
        const { reason } = parseInput(Recall, { reason: input.reason });
        if (batch.recalled_at !== null)
          throw new InputRejected([
            userError(['input', 'id'], UserErrorCode.ALREADY_RECALLED, {
              vi: 'Lô này đã được thu hồi.',
              en: 'This batch was already recalled.',
            }),
          ]);
        const [after] = (await tx.query(
          `UPDATE label_batch SET recalled_at = $2, recall_reason = $3, recalled_by_id = $4,
                  version = version + 1, updated_at = $2
           WHERE id = $1 RETURNING id, recalled_at, recall_reason, recalled_by_id, version`,
          [uuid, now(), reason, viewer.userId],
        )) as object[];
        await audit({ entityType: LABEL_BATCH, entityId: uuid, before: batch, after });
        return uuid;
      },
    );
    return toPayload(LabelBatchRecallPayload, result, (id) => oneOrNull(this.byUuids(ctx, [id])));
  }

  byUuids(ctx: Context, uuids: string[]): Promise<LabelBatch[]> {
    return ctx.db
      .query(
        `SELECT ${BATCH_COLUMNS} FROM label_batch b JOIN ocop_product p ON p.id = b.product_id WHERE b.id = ANY($1::uuid[])`,
        [uuids],
      )
      .then((rows: BatchRow[]) => rows.map(toBatch));
  }

  /** One batch when the viewer may see it; null otherwise (no probing for others' batches). */
  byId(ctx: Context, id: string): Promise<LabelBatch | null> {
    const uuid = uuidOf(id, LABEL_BATCH);
    return uuid ? this.byUuidForViewer(ctx, uuid) : Promise.resolve(null);
  }

  /** `byId` by database key, for `node(id:)` too; null for the public. */
  byUuidForViewer(ctx: Context, uuid: string): Promise<LabelBatch | null> {
    if (!ctx.viewer && !ctx.apiKey) return Promise.resolve(null);
    let loader = visibleBatchLoaders.get(ctx);
    if (!loader) {
      // One statement for every batch a request asks for this way (a page of the change feed).
      loader = new DataLoader(
        async (uuids: readonly string[]) => {
          const page = await this.list(ctx, MAX_PAGE_SIZE, null, {}, [...uuids]);
          const byUuid = new Map(page.nodes.map((batch) => [batch.uuid, batch]));
          return uuids.map((id) => byUuid.get(id) ?? null);
        },
        { maxBatchSize: MAX_PAGE_SIZE },
      );
      visibleBatchLoaders.set(ctx, loader);
    }
    return loader.load(uuid);
  }

  /**
   * Batches the caller may see, newest first: API keys and administrators every batch, producer
   * editors their producers', officials those of products made in their units. Anonymous: refused.
   */
  async list(
    ctx: Context,
    first: number,
    after: string | null | undefined,
    filter: LabelBatchFilter,
    onlyUuids?: string[],
  ): Promise<Page<LabelBatch>> {
    checkPageSize(first);
    const language = languageOf(ctx);
    const viewer = ctx.viewer;
    if (!viewer && !ctx.apiKey)
      throw new GraphQLError(
        say(language, { vi: 'Đăng nhập để xem các lô hàng.', en: 'Log in to see label batches.' }),
        { extensions: { code: 'UNAUTHENTICATED' } },
      );
    const params = new SqlParams();
    const where: string[] = [];
    if (onlyUuids) where.push(`b.id = ANY(${params.add(onlyUuids, '::uuid[]')})`);
    if (!ctx.apiKey && !isAdministrator(viewer)) {
      const own = [`p.producer_id = ANY(${params.add(editableProducerIds(viewer), '::uuid[]')})`];
      const units = officialUnitIds(viewer);
      if (units.length > 0)
        own.push(
          `coalesce(p.origin_commune_id, pr.commune_id) = ANY(${communesArraySql(
            communesCoveredSql(`SELECT unnest(${params.add(units, '::uuid[]')})`),
          )})`,
        );
      where.push(`(${own.join(' OR ')})`);
    }
    const idOf = (value: string, type: string, field: string) => {
      const found = uuidOf(value, type);
      if (!found)
        throw new GraphQLError(
          say(language, { vi: `"${field}" không phải mã hợp lệ.`, en: `"${field}" is not a valid ID.` }),
          { extensions: { code: 'BAD_USER_INPUT', argumentName: 'filter' } },
        );
      return found;
    };
    if (filter.productId)
      where.push(`b.product_id = ${params.add(idOf(filter.productId, OCOP_PRODUCT, 'productId'), '::uuid')}`);
    if (filter.producerId)
      where.push(`p.producer_id = ${params.add(idOf(filter.producerId, PRODUCER, 'producerId'), '::uuid')}`);
    if (filter.unitCode !== null && filter.unitCode !== undefined) {
      const level = { 2: 'province', 3: 'district', 5: 'commune' }[filter.unitCode.length] as
        'province' | 'district' | 'commune' | undefined;
      checkUnitCode(level ?? 'province', filter.unitCode, 'filter', 'unitCode');
      where.push(
        `coalesce(p.origin_commune_id, pr.commune_id) = ANY(${communesArraySql(communesOfCodeSql(level!, filter.unitCode, params))})`,
      );
    }
    if (filter.recalled === true) where.push('b.recalled_at IS NOT NULL');
    if (filter.recalled === false) where.push('b.recalled_at IS NULL');
    if (filter.suspiciousOnly)
      where.push(
        `EXISTS (SELECT 1 FROM label_code c WHERE c.batch_id = b.id AND c.check_count > 0 AND c.flagged_at IS NOT NULL)`,
      );
    const from = `FROM label_batch b JOIN ocop_product p ON p.id = b.product_id JOIN producer pr ON pr.id = p.producer_id`;
    const filterWhere = [...where];
    const countParams = params.values.slice();
    if (after) where.push(rowKeysetCondition(ORDER, decodeCursor(after, ORDER_TAG, ORDER.length), params));
    const sql = (conditions: string[]) => (conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '');
    const rows = (await ctx.db.query(
      `SELECT ${BATCH_COLUMNS} ${from} ${sql(where)} ORDER BY ${orderByClause(ORDER)} LIMIT ${params.add(first + 1, '::int')}`,
      params.values,
    )) as BatchRow[];
    return toPage(
      rows,
      first,
      Boolean(after),
      toBatch,
      (row) => encodeCursor(ORDER_TAG, [row.created_key, row.id]),
      async () =>
        Number(
          (
            (await ctx.db.query(`SELECT count(*)::int AS n ${from} ${sql(filterWhere)}`, countParams)) as {
              n: number;
            }[]
          )[0]!.n,
        ),
    );
  }
}

/** Per request: the batches it may see, by key (byUuidForViewer). */
const visibleBatchLoaders = new WeakMap<Context, DataLoader<string, LabelBatch | null>>();

const noListing = { vi: 'Sản phẩm không có cách bán này.', en: 'The product has no such listing.' };
const noBatch = { vi: 'Không có lô hàng này.', en: 'There is no such batch.' };

export const labelBatchService = new LabelBatchService();
