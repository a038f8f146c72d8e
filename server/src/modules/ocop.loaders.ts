import type { EntityManager } from 'typeorm';
import { createListingLoaders } from './listing/listing.loaders';
import { createOcopCertificateLoaders } from './ocop-certificate/ocop-certificate.loaders';
import { createOcopClassificationLoaders } from './ocop-classification/ocop-classification.loaders';
import { createOcopProductLoaders } from './ocop-product/ocop-product.loaders';
import { createProducerLoaders } from './producer/producer.loaders';

/** Every per-request DataLoader of the OCOP side of the API (added to the context in context.ts). */
export function createOcopLoaders(db: EntityManager) {
  return {
    ...createOcopClassificationLoaders(db),
    ...createOcopCertificateLoaders(db),
    ...createOcopProductLoaders(db),
    ...createProducerLoaders(db),
    ...createListingLoaders(db),
  };
}
