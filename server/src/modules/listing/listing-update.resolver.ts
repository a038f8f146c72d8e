import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProductListingUpdateInput } from './listing-update.inputs';
import { listingUpdateService } from './listing-update.service';
import { ProductListingUpdatePayload } from './listing-update.type';

@Resolver()
export class ListingUpdateResolver {
  @Mutation(() => ProductListingUpdatePayload, {
    description:
      'Changes a listing (price, description, packaging, availability, contact, sales channels). ' +
      'Allowed to the editors of the listing’s producer and to administrators; FORBIDDEN otherwise.',
  })
  productListingUpdate(
    @Arg('input') input: ProductListingUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<ProductListingUpdatePayload> {
    return listingUpdateService.update(ctx, input);
  }
}
