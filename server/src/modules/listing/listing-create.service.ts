import type { Context } from '../../context';
import { idempotentCreate } from '../../common/idempotency';
import { uuidOf } from '../../common/node-id';
import { SqlParams } from '../../common/sql/params';
import { idempotencyKey, parseInput, requiredText, z } from '../../common/validate';
import { write } from '../../common/write';
import { oneOrNull, toPayload } from '../../common/write-payload';
import { OCOP_PRODUCT } from '../ocop-product/ocop-product.type';
import { lockEditedProduct } from './edited-product';
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
        const { tx, audit } = scope;
        const product = await lockEditedProduct(scope, productUuid);

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
            const productId = params.add(product.id);
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
    return toPayload(ProductListingCreatePayload, result, (id) =>
      oneOrNull(listings.findByIds(ctx.db, [id])),
    );
  }
}

export const listingCreateService = new ListingCreateService();
