import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ProductListingCreateInput } from './listing-create.inputs';
import { listingCreateService } from './listing-create.service';
import { ProductListingCreatePayload } from './listing-create.type';

@Resolver()
export class ListingCreateResolver {
  @Mutation(() => ProductListingCreatePayload, {
    description:
      'Offers a product in a new pack or unit of sale, placed after its other listings. Allowed to the editors of ' +
      'the product’s producer and to administrators; FORBIDDEN otherwise.',
  })
  productListingCreate(
    @Arg('input') input: ProductListingCreateInput,
    @Ctx() ctx: Context,
  ): Promise<ProductListingCreatePayload> {
    return listingCreateService.create(ctx, input);
  }
}
