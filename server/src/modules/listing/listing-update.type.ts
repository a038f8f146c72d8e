import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { ProductListing } from './product-listing.type';

@ObjectType('ProductListingUpdatePayload', { description: 'Result of `productListingUpdate`.' })
export class ProductListingUpdatePayload extends WritePayload('listing', () => ProductListing, {
  description:
    'The listing as it is now: changed when `userErrors` is empty; with a CONFLICT, as someone else left it.',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}
