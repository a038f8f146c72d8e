import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { ProductListing } from './product-listing.type';

@ObjectType('ProductListingCreatePayload', { description: 'Result of `productListingCreate`.' })
export class ProductListingCreatePayload {
  @Field(() => ProductListing, {
    nullable: true,
    description:
      'The new listing (the one created by the first request with the same idempotency key); null with user errors.',
  })
  listing: ProductListing | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the listing was created.' })
  userErrors: UserError[];
}
