import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { ProductListing } from './product-listing.type';

@ObjectType('ProductListingCreatePayload', { description: 'Result of `productListingCreate`.' })
export class ProductListingCreatePayload extends WritePayload('listing', () => ProductListing, {
  description:
    'The new listing (the one created by the first request with the same idempotency key); null with user errors.',
  userErrors: 'Why nothing was written; empty when the listing was created.',
}) {}
