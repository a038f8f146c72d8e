import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import { PHOTO_SELECT, type PhotoRow } from '../../common/sql/rows';
import { photoUrl } from './photo-store';
import { PRODUCT_PHOTO, ProductPhoto } from './product-photo.type';

/** Read by the photo writes too. */
export type { PhotoRow };

const PHOTO_COLUMNS = PHOTO_SELECT.sql('ph');

export function toPhoto(row: PhotoRow): ProductPhoto {
  return Object.assign(new ProductPhoto(), {
    id: encodeNodeId(PRODUCT_PHOTO, row.id),
    uuid: row.id,
    version: row.version,
    productUuid: row.product_id,
    storageKey: row.storage_key,
    position: row.position,
    contentType: row.content_type,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    url: photoUrl(row.storage_key),
    altVi: row.alt_vi,
    altEn: row.alt_en,
  });
}

/** Photos of products: the batch reads behind their per-request DataLoaders. */
export class ProductPhotoService {
  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(ProductPhoto | null)[]> {
    const rows: PhotoRow[] = await db.query(
      `SELECT ${PHOTO_COLUMNS} FROM product_photo ph WHERE ph.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toPhoto), (photo) => photo.uuid);
  }

  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<ProductPhoto[][]> {
    const rows: PhotoRow[] = await db.query(
      `SELECT ${PHOTO_COLUMNS}
       FROM product_photo ph WHERE ph.product_id = ANY($1::uuid[])
       ORDER BY ph.position, ph.created_at, ph.id`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.product_id, toPhoto);
  }

  byId(ctx: Context, uuid: string): Promise<ProductPhoto | null> {
    return ctx.loaders.productPhotoById.load(uuid);
  }

  ofProduct(ctx: Context, productUuid: string): Promise<ProductPhoto[]> {
    return ctx.loaders.productPhotosByProductId.load(productUuid);
  }
}

export const productPhotoService = new ProductPhotoService();
