import { addDays, today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import {
  PHOTO_SELECT,
  PRODUCT_CERTIFICATION_SELECT,
  TRADE_DETAIL_SELECT,
  type PhotoRow,
  type ProductCertificationRow,
  type TradeDetailRow,
} from '../../common/sql/rows';
import { toPhoto } from '../listing/product-photo.service';
import type { ProductPhoto } from '../listing/product-photo.type';
import {
  type CapacityPeriod,
  type CertificationScheme,
  PRODUCT_CERTIFICATION,
  ProductCertification,
  ProductCertificationStatus,
  type TradeDetails,
} from './product-trade.type';

/** What a product without a details row says: nothing yet, version 0 (the first update names 0). */
export const NO_DETAILS: TradeDetails = {
  version: 0,
  capacity: null,
  shelfLifeDays: null,
  storageInstructions: null,
  nameEn: null,
  descriptionEn: null,
};

export function toDetails(row: TradeDetailRow): TradeDetails {
  return {
    version: row.version,
    capacity:
      row.capacity_quantity === null || row.capacity_unit === null || row.capacity_period === null
        ? null
        : {
            quantity: row.capacity_quantity,
            unit: row.capacity_unit,
            period: row.capacity_period as CapacityPeriod,
          },
    shelfLifeDays: row.shelf_life_days,
    storageInstructions: row.storage_instructions,
    nameEn: row.name_en,
    descriptionEn: row.description_en,
  };
}

/**
 * A certification's status on `day` (ISO days compare as strings): not yet valid before its first
 * day, expired after its last, else valid. The day is the platform's (db/src/clock.ts), passed in.
 */
export function certificationStatusOn(
  validFrom: string,
  validUntil: string | null,
  day: string,
): { status: ProductCertificationStatus; expiredSince: string | null } {
  if (validFrom > day) return { status: ProductCertificationStatus.NOT_YET_VALID, expiredSince: null };
  if (validUntil !== null && validUntil < day) {
    return { status: ProductCertificationStatus.EXPIRED, expiredSince: addDays(validUntil, 1) };
  }
  return { status: ProductCertificationStatus.VALID, expiredSince: null };
}

export function toCertification(row: ProductCertificationRow, day: string): ProductCertification {
  return Object.assign(new ProductCertification(), {
    id: encodeNodeId(PRODUCT_CERTIFICATION, row.id),
    uuid: row.id,
    productUuid: row.product_id,
    version: row.version,
    scheme: row.scheme as CertificationScheme,
    schemeName: row.scheme_name,
    issuer: row.issuer,
    number: row.number,
    validFrom: row.valid_from,
    validUntil: row.valid_until,
    ...certificationStatusOn(row.valid_from, row.valid_until, day),
  });
}

const DETAIL_COLUMNS = TRADE_DETAIL_SELECT.sql('d');
const CERTIFICATION_COLUMNS = PRODUCT_CERTIFICATION_SELECT.sql('pc');
const PHOTO_COLUMNS = PHOTO_SELECT.sql('ph');

/** Most certifications a product keeps: a bound on what one product's page reads. */
export const MAX_CERTIFICATIONS_PER_PRODUCT = 20;

/** A product's buyer data: the batch reads behind their per-request DataLoaders. */
export class ProductTradeService {
  async findDetailsByProductIds(db: EntityManager, productIds: readonly string[]): Promise<TradeDetails[]> {
    const rows: TradeDetailRow[] = await db.query(
      `SELECT ${DETAIL_COLUMNS} FROM product_trade_detail d WHERE d.product_id = ANY($1::uuid[])`,
      [productIds],
    );
    const byProduct = new Map(rows.map((row) => [row.product_id, toDetails(row)]));
    return productIds.map((id) => byProduct.get(id) ?? NO_DETAILS);
  }

  /** Newest first by first day; the status is derived on the day the batch runs. */
  async findCertificationsByProductIds(
    db: EntityManager,
    productIds: readonly string[],
  ): Promise<ProductCertification[][]> {
    const rows: ProductCertificationRow[] = await db.query(
      `SELECT ${CERTIFICATION_COLUMNS} FROM product_certification pc WHERE pc.product_id = ANY($1::uuid[])
       ORDER BY pc.valid_from DESC, pc.created_at, pc.id`,
      [productIds],
    );
    const day = today();
    return groupByKeys(
      productIds,
      rows,
      (row) => row.product_id,
      (row) => toCertification(row, day),
    );
  }

  async findCertificationsByIds(
    db: EntityManager,
    ids: readonly string[],
  ): Promise<(ProductCertification | null)[]> {
    const rows: ProductCertificationRow[] = await db.query(
      `SELECT ${CERTIFICATION_COLUMNS} FROM product_certification pc WHERE pc.id = ANY($1::uuid[])`,
      [ids],
    );
    const day = today();
    return orderByKeys(
      ids,
      rows.map((row) => toCertification(row, day)),
      (certification) => certification.uuid,
    );
  }

  /**
   * The first photo of each product (the one its page shows first), one row per product however
   * many photos it has: DISTINCT ON over the index on (product_id, position).
   */
  async findCoverPhotos(db: EntityManager, productIds: readonly string[]): Promise<(ProductPhoto | null)[]> {
    const rows: PhotoRow[] = await db.query(
      `SELECT DISTINCT ON (ph.product_id) ${PHOTO_COLUMNS}
       FROM product_photo ph WHERE ph.product_id = ANY($1::uuid[])
       ORDER BY ph.product_id, ph.position, ph.created_at, ph.id`,
      [productIds],
    );
    return orderByKeys(productIds, rows.map(toPhoto), (photo) => photo.productUuid);
  }

  details(ctx: Context, productUuid: string): Promise<TradeDetails> {
    return ctx.loaders.tradeDetailsByProductId.load(productUuid);
  }

  certifications(ctx: Context, productUuid: string): Promise<ProductCertification[]> {
    return ctx.loaders.productCertificationsByProductId.load(productUuid);
  }

  certificationById(ctx: Context, uuid: string): Promise<ProductCertification | null> {
    return ctx.loaders.productCertificationById.load(uuid);
  }

  coverPhoto(ctx: Context, productUuid: string): Promise<ProductPhoto | null> {
    return ctx.loaders.coverPhotoByProductId.load(productUuid);
  }
}

export const productTradeService = new ProductTradeService();
