import DataLoader from 'dataloader';
import type { EntityManager } from 'typeorm';
import { productListingService as listings } from './product-listing.service';
import type { ProductListing, SalesChannel } from './product-listing.type';
import { productPhotoService as photos } from './product-photo.service';
import type { ProductPhoto } from './product-photo.type';

/** Per-request loaders (listed in listing.module.ts): one SQL statement per kind of read and per tick. */
export function createListingLoaders(db: EntityManager) {
  const productListingById = new DataLoader<string, ProductListing | null>((ids) =>
    listings.findByIds(db, ids),
  );
  return {
    productListingById,
    productListingsByProductId: new DataLoader<string, ProductListing[]>(async (ids) => {
      const found = await listings.findByProductIds(db, ids);
      for (const listing of found.flat()) productListingById.prime(listing.uuid, listing);
      return found;
    }),
    salesChannelsByListingId: new DataLoader<string, SalesChannel[]>((ids) =>
      listings.findChannelsByListingIds(db, ids),
    ),
    productPhotosByProductId: new DataLoader<string, ProductPhoto[]>((ids) =>
      photos.findByProductIds(db, ids),
    ),
    productPhotoById: new DataLoader<string, ProductPhoto | null>((ids) => photos.findByIds(db, ids)),
  };
}
