import type { ApiModule } from '../module';
import { createListingLoaders } from './listing.loaders';
import { ProductListingResolver } from './product-listing.resolver';
import { ListingUpdateResolver } from './listing-update.resolver';
import { ListingCreateResolver } from './listing-create.resolver';
import { ProductPhotoWriteResolver } from './product-photo-write.resolver';

/** Product listings, sales channels and photos, and the producer editors' writes of them. */
export const listingModule = {
  resolvers: [
    ProductListingResolver,
    ListingUpdateResolver,
    ListingCreateResolver,
    ProductPhotoWriteResolver,
  ],
  loaders: createListingLoaders,
} satisfies ApiModule;
