import { columnNames, now, ProductTradeDetail } from '@ocop/db';
import type { Context } from '../../context';
import { loadForProducerEditor } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { encodeNodeId, uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import {
  bilingual,
  idempotencyKey,
  isoDate,
  optionalText,
  parseInput,
  requiredText,
  z,
} from '../../common/validate';
import { staleVersion, updateAtVersion } from '../../common/versioned-update';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { lockEditedProduct } from '../listing/edited-product';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import type {
  ProductCertificationAddInput,
  ProductCertificationRemoveInput,
  ProductDetailsUpdateInput,
} from './product-trade-write.inputs';
import {
  ProductCertificationAddPayload,
  ProductCertificationRemovePayload,
  ProductDetailsUpdatePayload,
} from './product-trade-write.type';
import { MAX_CERTIFICATIONS_PER_PRODUCT, productTradeService as trade } from './product-trade.service';
import { CapacityPeriod, CertificationScheme, PRODUCT_CERTIFICATION } from './product-trade.type';

/** Names the details for people in a CONFLICT ("… đã được người khác sửa"). */
const DETAILS = 'Thông tin cho người mua';
const NO_SUCH_CERTIFICATION = { vi: 'Không có chứng nhận này.', en: 'There is no such certification.' };

/** A quantity with at most three decimals (the column is numeric(14, 3): nothing is rounded silently). */
const quantity = z
  .number({ message: bilingual({ vi: 'Sản lượng phải là một số.', en: 'The quantity must be a number.' }) })
  .positive(bilingual({ vi: 'Sản lượng phải lớn hơn 0.', en: 'The quantity must be more than 0.' }))
  .max(
    1_000_000_000,
    bilingual({ vi: 'Sản lượng tối đa 1.000.000.000.', en: 'The quantity is at most 1,000,000,000.' }),
  )
  .refine((value) => Math.abs(Math.round(value * 1000) - value * 1000) < 1e-6, {
    message: bilingual({
      vi: 'Sản lượng có tối đa 3 chữ số thập phân.',
      en: 'The quantity has at most 3 decimals.',
    }),
  });

const DetailsChange = z.object({
  capacity: z
    .object({
      quantity,
      unit: requiredText(30),
      period: z.enum(Object.values(CapacityPeriod) as [CapacityPeriod, ...CapacityPeriod[]]),
    })
    .nullable()
    .optional(),
  shelfLifeDays: z
    .number()
    .int()
    .min(1, bilingual({ vi: 'Hạn sử dụng ít nhất 1 ngày.', en: 'The shelf life is at least 1 day.' }))
    .max(
      3650,
      bilingual({ vi: 'Hạn sử dụng tối đa 3.650 ngày.', en: 'The shelf life is at most 3,650 days.' }),
    )
    .nullable()
    .optional(),
  storageInstructions: optionalText(500).optional(),
  nameEn: optionalText(200).optional(),
  descriptionEn: optionalText(4000).optional(),
});

/** Columns of the plain fields, keyed by the input's names (the entity's properties). */
const DETAIL_COLUMNS = columnNames(ProductTradeDetail, [
  'shelfLifeDays',
  'storageInstructions',
  'nameEn',
  'descriptionEn',
]);

/** Days a certification may carry: wide, but no year 20255 typed by mistake. */
const certificationDay = isoDate.refine((day) => day >= '1950-01-01' && day <= '2100-12-31', {
  message: bilingual({
    vi: 'Ngày phải trong khoảng 1950–2100.',
    en: 'The day must be between 1950 and 2100.',
  }),
  params: { code: UserErrorCode.OUT_OF_RANGE },
});

const CertificationAddition = z
  .object({
    scheme: z.enum(Object.values(CertificationScheme) as [CertificationScheme, ...CertificationScheme[]]),
    schemeName: optionalText(100),
    issuer: requiredText(200),
    number: optionalText(100),
    validFrom: certificationDay,
    validUntil: certificationDay.nullish(),
    idempotencyKey,
  })
  .superRefine((value, issues) => {
    if (value.scheme === CertificationScheme.OTHER && !value.schemeName) {
      issues.addIssue({
        code: 'custom',
        path: ['schemeName'],
        message: bilingual({ vi: 'Ghi tên chứng nhận khác.', en: 'Name the other scheme.' }),
        params: { code: UserErrorCode.REQUIRED },
      });
    }
    if (value.scheme !== CertificationScheme.OTHER && value.schemeName) {
      issues.addIssue({
        code: 'custom',
        path: ['schemeName'],
        message: bilingual({
          vi: 'Chỉ ghi tên khi chọn "Khác".',
          en: 'A scheme name is given only with "Other".',
        }),
      });
    }
    if (value.validUntil && value.validUntil < value.validFrom) {
      issues.addIssue({
        code: 'custom',
        path: ['validUntil'],
        message: bilingual({
          vi: 'Ngày hết hạn không được trước ngày hiệu lực.',
          en: 'The last valid day cannot be before the first.',
        }),
        params: { code: UserErrorCode.OUT_OF_RANGE },
      });
    }
  });

type DetailRow = Record<string, unknown> & { id: string; version: number };

/** Producer editors keep what buyers read about their products: each write authorised, checked, audited. */
export class ProductTradeWriteService {
  async updateDetails(ctx: Context, input: ProductDetailsUpdateInput): Promise<ProductDetailsUpdatePayload> {
    const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
    const result = await write(
      ctx,
      { action: 'productDetailsUpdate', entityType: OCOP_PRODUCT, entityId: productUuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        // The product's row lock serialises writers of its details (the first one's INSERT included).
        const product = await lockEditedProduct(scope, productUuid);
        const { productId: _id, version, ...fields } = input;
        const change = parseInput(DetailsChange, fields);
        const given = Object.keys(change).filter((key) => change[key as keyof typeof change] !== undefined);
        if (given.length === 0) {
          throw new InputRejected([
            userError(['input'], UserErrorCode.REQUIRED, {
              vi: 'Không có gì để thay đổi.',
              en: 'There is nothing to change.',
            }),
          ]);
        }
        const [before] = (await tx.query(
          `SELECT *, capacity_quantity::float8 AS capacity_quantity FROM product_trade_detail WHERE product_id = $1`,
          [product.id],
        )) as DetailRow[];
        const currentVersion = before?.version ?? 0;
        if (currentVersion !== version) throw staleVersion(DETAILS, currentVersion);

        const values: Record<string, unknown> = {};
        for (const [field, column] of Object.entries(DETAIL_COLUMNS)) {
          const value = change[field as keyof typeof DETAIL_COLUMNS];
          if (value !== undefined) values[column] = value;
        }
        if (change.capacity !== undefined) {
          values.capacity_quantity = change.capacity?.quantity ?? null;
          values.capacity_unit = change.capacity?.unit ?? null;
          values.capacity_period = change.capacity?.period ?? null;
        }

        let after: DetailRow;
        if (!before) {
          const params = new SqlParams([product.id]);
          const stamp = params.add(now(), '::timestamptz');
          const columns = Object.keys(values);
          const placeholders = columns.map((column) => params.add(values[column]));
          // Conditional too: a row that appeared meanwhile (it cannot, under the lock) is a conflict, not an overwrite.
          const rows = (await tx.query(
            `INSERT INTO product_trade_detail (product_id, created_at, updated_at, ${columns.join(', ')})
             VALUES ($1, ${stamp}, ${stamp}, ${placeholders.join(', ')})
             ON CONFLICT (product_id) DO NOTHING
             RETURNING *, capacity_quantity::float8 AS capacity_quantity`,
            params.values,
          )) as DetailRow[];
          if (!rows[0]) throw staleVersion(DETAILS, 1);
          after = rows[0];
        } else {
          const params = new SqlParams<[string, number, ...unknown[]]>([before.id, version]);
          const sets = Object.entries(values).map(([column, value]) => `${column} = ${params.add(value)}`);
          sets.push('version = version + 1', `updated_at = ${params.add(now(), '::timestamptz')}`);
          after = await updateAtVersion<DetailRow>(
            tx,
            DETAILS,
            'product_trade_detail',
            `UPDATE product_trade_detail SET ${sets.join(', ')} WHERE id = $1 AND version = $2
             RETURNING *, capacity_quantity::float8 AS capacity_quantity`,
            params.values,
          );
        }
        await audit({
          entityId: product.id,
          before: before ? { ...before, producer_id: product.producer_id } : null,
          after: { ...after, producer_id: product.producer_id },
        });
        return product.id;
      },
    );
    // The request's loaders may hold the details as they were (or were read before the write).
    if (productUuid) ctx.loaders.tradeDetailsByProductId.clear(productUuid);
    return toPayload(
      ProductDetailsUpdatePayload,
      result,
      (id) => oneOrNull(products.findByIds(ctx.db, [id])),
      productUuid,
    );
  }

  async addCertification(
    ctx: Context,
    input: ProductCertificationAddInput,
  ): Promise<ProductCertificationAddPayload> {
    const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
    const result = await write(
      ctx,
      { action: 'productCertificationAdd', entityType: OCOP_PRODUCT, entityId: productUuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        const product = await lockEditedProduct(scope, productUuid);
        const { productId: _id, ...fields } = input;
        const addition = parseInput(CertificationAddition, fields);
        const created = await idempotentCreate(
          scope,
          'productCertificationAdd',
          addition.idempotencyKey,
          { ...input },
          async () => {
            // Counted under the product's lock: concurrent additions cannot pass the bound together.
            const [counted] = (await tx.query(
              `SELECT count(*)::int AS count FROM product_certification WHERE product_id = $1`,
              [product.id],
            )) as { count: number }[];
            if ((counted?.count ?? 0) >= MAX_CERTIFICATIONS_PER_PRODUCT) {
              throw new InputRejected([
                userError(['input'], UserErrorCode.OUT_OF_RANGE, {
                  vi: `Mỗi sản phẩm có tối đa ${MAX_CERTIFICATIONS_PER_PRODUCT} chứng nhận.`,
                  en: `A product has at most ${MAX_CERTIFICATIONS_PER_PRODUCT} certifications.`,
                }),
              ]);
            }
            const [inserted] = (await tx.query(
              `INSERT INTO product_certification
                 (product_id, scheme, scheme_name, issuer, number, valid_from, valid_until, created_at, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $8::timestamptz)
               RETURNING *, valid_from::text AS valid_from, valid_until::text AS valid_until`,
              [
                product.id,
                addition.scheme,
                addition.schemeName ?? null,
                addition.issuer,
                addition.number ?? null,
                addition.validFrom,
                addition.validUntil ?? null,
                now(),
              ],
            )) as (Record<string, unknown> & { id: string })[];
            const row = inserted!;
            await audit({
              entityType: PRODUCT_CERTIFICATION,
              entityId: row.id,
              after: { ...row, producer_id: product.producer_id },
            });
            return row.id;
          },
        );
        return created.id;
      },
    );
    if (productUuid) ctx.loaders.productCertificationsByProductId.clear(productUuid);
    return toPayload(ProductCertificationAddPayload, result, (id) =>
      oneOrNull(trade.findCertificationsByIds(ctx.db, [id])),
    );
  }

  async removeCertification(
    ctx: Context,
    input: ProductCertificationRemoveInput,
  ): Promise<ProductCertificationRemovePayload> {
    const uuid = uuidOf(input.id, PRODUCT_CERTIFICATION);
    const result = await write(
      ctx,
      { action: 'productCertificationRemove', entityType: PRODUCT_CERTIFICATION, entityId: uuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        const before = await loadForProducerEditor(scope, uuid, NO_SUCH_CERTIFICATION, async (id) => {
          const [row] = (await tx.query(
            `SELECT pc.*, pc.valid_from::text AS valid_from, pc.valid_until::text AS valid_until,
                    p.producer_id, p.origin_commune_id
             FROM product_certification pc JOIN ocop_product p ON p.id = pc.product_id WHERE pc.id = $1`,
            [id],
          )) as (Record<string, unknown> & {
            id: string;
            version: number;
            product_id: string;
            producer_id: string;
            origin_commune_id: string | null;
          })[];
          return row;
        });
        if (before.version !== input.version) throw staleVersion('Chứng nhận', before.version);
        // Conditional on the version, like every update (server/README.md, pitfall 8).
        const deleted = (await tx.query(
          `DELETE FROM product_certification WHERE id = $1 AND version = $2 RETURNING id`,
          [before.id, input.version],
        )) as [unknown[], number];
        if (deleted[1] === 0) {
          const [current] = (await tx.query(`SELECT version FROM product_certification WHERE id = $1`, [
            before.id,
          ])) as { version: number }[];
          if (!current) throw new Denied('NOT_FOUND', NO_SUCH_CERTIFICATION, before.id);
          throw staleVersion('Chứng nhận', current.version);
        }
        await audit({ entityId: before.id, before, after: null });
        return before.id;
      },
    );
    return toPayload(ProductCertificationRemovePayload, result, (id) =>
      encodeNodeId(PRODUCT_CERTIFICATION, id),
    );
  }
}

export const productTradeWriteService = new ProductTradeWriteService();
