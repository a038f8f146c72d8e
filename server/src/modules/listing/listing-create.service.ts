import type { Context } from '../../context';
import { assertProducerEditor } from '../../common/authorization';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { idempotencyKey, parseInput, requiredText, z } from '../../common/validate';
import { Denied, write } from '../../common/write';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import type { ProductListingCreateInput } from './listing-create.inputs';
import { ProductListingCreatePayload } from './listing-create.type';
import { LISTING_COLUMNS, listingFieldSchemas, replaceSalesChannels } from './listing-fields';
import { productListingService as listings } from './product-listing.service';
import { PRODUCT_LISTING } from './product-listing.type';

/** A new listing: the same field rules as an update, with a unit required. */
const NewListing = z.object({
  ...listingFieldSchemas,
  unit: requiredText(50),
  idempotencyKey,
});

/** Producers offer their products: one INSERT per listing, after the product's others, audited. */
export class ListingCreateService {
  async create(ctx: Context, input: ProductListingCreateInput): Promise<ProductListingCreatePayload> {
    const productUuid = uuidOf(input.productId, OCOP_PRODUCT);
    const result = await write(
      ctx,
      // Refusals are recorded against the product aimed at; the listing created is its own entry.
      { action: 'productListingCreate', entityType: OCOP_PRODUCT, entityId: productUuid, input },
      async (scope) => {
        const { tx, viewer, audit, unit } = scope;
        if (!productUuid) throw new Denied('NOT_FOUND', 'Không có sản phẩm này (no such product).');
        // The product's row is locked so that listings created at once get distinct positions.
        const [product] = (await tx.query(
          `SELECT id, producer_id, origin_commune_id FROM ocop_product WHERE id = $1 AND deleted_at IS NULL FOR NO KEY UPDATE`,
          [productUuid],
        )) as { id: string; producer_id: string; origin_commune_id: string | null }[];
        if (!product) throw new Denied('NOT_FOUND', 'Không có sản phẩm này (no such product).', productUuid);
        // Audited under the product's commune, so that the officials of that place see it.
        unit(product.origin_commune_id);
        assertProducerEditor(viewer, product.producer_id, productUuid);

        const { productId: _productId, ...fields } = input;
        const listing = parseInput(NewListing, fields);
        const created = await idempotentCreate(
          scope,
          'productListingCreate',
          listing.idempotencyKey,
          { ...input },
          async () => {
            const columns = ['product_id', 'position'];
            const params = new SqlParams();
            const productId = params.add(productUuid);
            const values = [
              productId,
              `(SELECT COALESCE(max(position) + 1, 0) FROM product_listing WHERE product_id = ${productId})`,
            ];
            for (const [field, column] of Object.entries(LISTING_COLUMNS)) {
              const value = listing[field as keyof typeof LISTING_COLUMNS];
              if (value === undefined || value === null) continue;
              columns.push(column);
              values.push(params.add(value));
            }
            const [row] = (await tx.query(
              `INSERT INTO product_listing (${columns.join(', ')}) VALUES (${values.join(', ')})
               RETURNING *, price_vnd::text AS price_vnd`,
              params.values,
            )) as (Record<string, unknown> & { id: string })[];
            const channels = await replaceSalesChannels(tx, row!.id, listing.salesChannels ?? []);
            await audit({
              entityType: PRODUCT_LISTING,
              entityId: row!.id,
              after: { ...row, producer_id: product.producer_id, sales_channels: channels },
            });
            return row!.id;
          },
        );
        return created.id;
      },
    );
    const payload = new ProductListingCreatePayload();
    payload.userErrors = result.userErrors;
    payload.listing = result.ok ? ((await listings.findByIds(ctx.db, [result.value]))[0] ?? null) : null;
    return payload;
  }
}

export const listingCreateService = new ListingCreateService();
