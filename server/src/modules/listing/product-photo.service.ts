import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys } from '../../common/batch';
import { ProductPhoto } from './product-photo.type';

interface PhotoRow {
  product_id: string;
  position: number;
  content_type: string;
  byte_size: number;
  width: number | null;
  height: number | null;
  sha256: string;
  alt_vi: string | null;
  alt_en: string | null;
}

function toPhoto(row: PhotoRow): ProductPhoto {
  return Object.assign(new ProductPhoto(), {
    productUuid: row.product_id,
    position: row.position,
    contentType: row.content_type,
    byteSize: row.byte_size,
    width: row.width,
    height: row.height,
    sha256: row.sha256,
    altVi: row.alt_vi,
    altEn: row.alt_en,
  });
}

/** Photos of products: the batch read behind their per-request DataLoader. */
export class ProductPhotoService {
  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<ProductPhoto[][]> {
    const rows: PhotoRow[] = await db.query(
      `SELECT ph.product_id, ph.position, ph.content_type, ph.byte_size, ph.width, ph.height, ph.sha256,
              ph.alt_vi, ph.alt_en
       FROM product_photo ph WHERE ph.product_id = ANY($1::uuid[])
       ORDER BY ph.position, ph.created_at, ph.id`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.product_id, toPhoto);
  }

  ofProduct(ctx: Context, productUuid: string): Promise<ProductPhoto[]> {
    return ctx.loaders.productPhotosByProductId.load(productUuid);
  }
}

export const productPhotoService = new ProductPhotoService();
