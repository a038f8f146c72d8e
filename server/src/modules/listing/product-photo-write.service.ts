import { now } from '@ocop/db';
import type { Context } from '../../context';
import { loadForProducerEditor } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { encodeNodeId, uuidOf } from '../../common/node-id';
import { InputRejected, userError, UserErrorCode } from '../../common/user-error';
import { bilingual, idempotencyKey, optionalText, parseInput, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { lockEditedProduct } from './edited-product';
import type { ProductPhotoAddInput, ProductPhotoRemoveInput } from './product-photo-write.inputs';
import { ProductPhotoAddPayload, ProductPhotoRemovePayload } from './product-photo-write.type';
import { productPhotoService as photos, type PhotoRow } from './product-photo.service';
import { PRODUCT_PHOTO } from './product-photo.type';
// An upload older than this can no longer be attached: it may have been cleaned up.
import { UPLOAD_LIFETIME } from './photo-upload-cleanup';
import { staleVersion } from '../../common/versioned-update';

const PhotoAddition = z.object({
  uploadId: z.uuid(bilingual({ vi: 'Không có ảnh tải lên với mã này.', en: 'No such upload.' })),
  altVi: optionalText(300).optional(),
  idempotencyKey,
});

interface UploadRow {
  id: string;
  storage_key: string;
  content_type: string;
  byte_size: number;
  width: number;
  height: number;
  sha256: string;
  attached_at: string | null;
}

const NO_SUCH_PHOTO = { vi: 'Không có ảnh này.', en: 'There is no such photo.' };

const noSuchUpload = () =>
  new InputRejected([
    userError(['input', 'uploadId'], UserErrorCode.NOT_FOUND, {
      vi: 'Không có ảnh tải lên với mã này, hoặc đã quá một ngày.',
      en: 'No such upload of yours, or older than a day.',
    }),
  ]);

/** Producers keep their products' photos: attach an upload, remove a photo; each write audited. */
export class ProductPhotoWriteService {
  async add(ctx: Context, input: ProductPhotoAddInput): Promise<ProductPhotoAddPayload> {
    const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
    const result = await write(
      ctx,
      // Refusals are recorded against the product aimed at; the photo added is its own entry.
      { action: 'productPhotoAdd', entityType: OCOP_PRODUCT, entityId: productUuid, input },
      async (scope) => {
        const { tx, viewer, audit } = scope;
        const product = await lockEditedProduct(scope, productUuid);

        // `caption` is altVi's deprecated name: one text, whichever name it came by.
        const bothGiven = typeof input.altVi === 'string' && typeof input.caption === 'string';
        if (bothGiven && input.altVi !== input.caption) {
          throw new InputRejected([
            userError(['input', 'caption'], UserErrorCode.INVALID, {
              vi: 'Chỉ gửi `altVi` (`caption` là tên cũ của nó), hoặc hai giá trị giống nhau.',
              en: 'Send `altVi` only (`caption` is its old name), or the same text in both.',
            }),
          ]);
        }
        const altVi = input.altVi ?? input.caption;
        const addition = parseInput(PhotoAddition, {
          uploadId: input.uploadId,
          altVi,
          idempotencyKey: input.idempotencyKey,
        });
        const created = await idempotentCreate(
          scope,
          'productPhotoAdd',
          addition.idempotencyKey,
          // A retry that names the text the other way is the same input.
          { productId: input.productId, uploadId: input.uploadId, altVi: altVi ?? null },
          async () => {
            // Only the uploader's own upload, and only once (the row lock settles two attempts at once).
            const [upload] = (await tx.query(
              `SELECT id, storage_key, content_type, byte_size, width, height, sha256, attached_at
             FROM photo_upload
             WHERE id = $1 AND uploaded_by_id = $2 AND created_at > $4::timestamptz - $3::interval
             FOR UPDATE`,
              [addition.uploadId, viewer.userId, UPLOAD_LIFETIME, now()],
            )) as UploadRow[];
            if (!upload) throw noSuchUpload();
            if (upload.attached_at !== null) {
              throw new InputRejected([
                userError(['input', 'uploadId'], UserErrorCode.DUPLICATE, {
                  vi: 'Ảnh này đã được gắn vào một sản phẩm.',
                  en: 'This upload is already attached.',
                }),
              ]);
            }
            const rows = (await tx.query(
              `INSERT INTO product_photo (product_id, storage_key, content_type, byte_size, width, height, sha256, alt_vi, position)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8,
                     (SELECT COALESCE(max(position) + 1, 0) FROM product_photo WHERE product_id = $1))
             ON CONFLICT (product_id, sha256) DO NOTHING
             RETURNING *`,
              [
                product.id,
                upload.storage_key,
                upload.content_type,
                upload.byte_size,
                upload.width,
                upload.height,
                upload.sha256,
                addition.altVi ?? null,
              ],
            )) as (PhotoRow & Record<string, unknown>)[];
            const row = rows[0];
            if (!row) {
              throw new InputRejected([
                userError(['input', 'uploadId'], UserErrorCode.DUPLICATE, {
                  vi: 'Sản phẩm đã có ảnh này.',
                  en: 'The product already has this photo.',
                }),
              ]);
            }
            await tx.query(`UPDATE photo_upload SET attached_at = $2::timestamptz WHERE id = $1`, [
              upload.id,
              now(),
            ]);
            await audit({
              entityType: PRODUCT_PHOTO,
              entityId: row.id,
              after: { ...row, upload_id: upload.id, producer_id: product.producer_id },
            });
            return row.id;
          },
        );
        return created.id;
      },
    );
    return toPayload(ProductPhotoAddPayload, result, (id) => oneOrNull(photos.findByIds(ctx.db, [id])));
  }

  /**
   * Removes the photo's row; the file stays, since files are content-addressed and may be shown by
   * another product (or cached by browsers for a year under the same name).
   */
  async remove(ctx: Context, input: ProductPhotoRemoveInput): Promise<ProductPhotoRemovePayload> {
    const uuid = uuidOf(input.id, PRODUCT_PHOTO);
    const result = await write(
      ctx,
      { action: 'productPhotoRemove', entityType: PRODUCT_PHOTO, entityId: uuid, input },
      async (scope) => {
        const { tx, audit } = scope;
        const before = await loadForProducerEditor(scope, uuid, NO_SUCH_PHOTO, async (id) => {
          const [row] = (await tx.query(
            `SELECT ph.*, p.producer_id, p.origin_commune_id FROM product_photo ph JOIN ocop_product p ON p.id = ph.product_id
           WHERE ph.id = $1`,
            [id],
          )) as (PhotoRow & { producer_id: string; origin_commune_id: string | null })[];
          return row;
        });

        const conflict = (currentVersion: number) => staleVersion('Ảnh', currentVersion);
        if (before.version !== input.version) throw conflict(before.version);
        // Conditional on the version, like every update (server/README.md, pitfall 8).
        const deleted = (await tx.query(
          `DELETE FROM product_photo WHERE id = $1 AND version = $2 RETURNING id`,
          [uuid, input.version],
        )) as [unknown[], number];
        if (deleted[1] === 0) {
          const [current] = (await tx.query(`SELECT version FROM product_photo WHERE id = $1`, [uuid])) as {
            version: number;
          }[];
          if (!current) throw new Denied('NOT_FOUND', NO_SUCH_PHOTO, uuid);
          throw conflict(current.version);
        }
        await audit({ entityId: uuid, before, after: null });
        return before.id;
      },
    );
    return toPayload(ProductPhotoRemovePayload, result, (id) => encodeNodeId(PRODUCT_PHOTO, id));
  }
}

export const productPhotoWriteService = new ProductPhotoWriteService();
