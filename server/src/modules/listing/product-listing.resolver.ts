import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { ocopProductService as products } from '../ocop-product/ocop-product.service';
import { OcopProduct } from '../ocop-product/ocop-product.type';
import { productListingService as listings } from './product-listing.service';
import { ProductListing, SalesChannel } from './product-listing.type';

@Resolver(() => ProductListing)
export class ProductListingResolver {
  @FieldResolver(() => [SalesChannel], {
    description:
      'Where this listing can be bought: in the order they were added (by kind when added together).',
  })
  salesChannels(@Root() listing: ProductListing, @Ctx() ctx: Context): Promise<SalesChannel[]> {
    return listings.salesChannels(ctx, listing);
  }

  @FieldResolver(() => OcopProduct, { description: 'The product offered.' })
  product(@Root() listing: ProductListing, @Ctx() ctx: Context): Promise<OcopProduct | null> {
    return products.byId(ctx, listing.productUuid);
  }
}
