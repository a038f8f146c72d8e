import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { ProductListing } from './product-listing.type';

@ObjectType('ProductListingUpdatePayload', { description: 'Result of `productListingUpdate`.' })
export class ProductListingUpdatePayload {
  @Field(() => ProductListing, {
    nullable: true,
    description:
      'The listing as it is now: changed when `userErrors` is empty; with a CONFLICT, as someone else left it.',
  })
  listing: ProductListing | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the change was applied.' })
  userErrors: UserError[];
}
