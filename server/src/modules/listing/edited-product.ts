import { loadForProducerEditor } from '../../common/authorization';
import type { WriteScope } from '../../common/write';

export interface EditedProduct {
  id: string;
  producer_id: string;
  origin_commune_id: string | null;
}

/**
 * The product a producer editor adds to (a listing, a photo), its row locked until the write
 * ends, so that additions made at once are serialised and get distinct positions
 * (`max(position) + 1`). NOT_FOUND for an ID that is not a product's, or a deleted product;
 * FORBIDDEN unless the viewer keeps its producer (common/authorization.ts).
 */
export function lockEditedProduct(scope: WriteScope, productUuid: string | null): Promise<EditedProduct> {
  return loadForProducerEditor(
    scope,
    productUuid,
    { vi: 'Không có sản phẩm này.', en: 'There is no such product.' },
    async (uuid) => {
      const [product] = (await scope.tx.query(
        `SELECT id, producer_id, origin_commune_id FROM ocop_product WHERE id = $1 AND deleted_at IS NULL FOR NO KEY UPDATE`,
        [uuid],
      )) as EditedProduct[];
      return product;
    },
  );
}
