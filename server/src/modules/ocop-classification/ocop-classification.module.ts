import type { ApiModule } from '../module';
import { createOcopClassificationLoaders } from './ocop-classification.loaders';
import { OcopClassificationResolver } from './ocop-classification.resolver';

/** The OCOP classification of Decision 148: sectors, groups, product sets. */
export const ocopClassificationModule = {
  resolvers: [OcopClassificationResolver],
  loaders: createOcopClassificationLoaders,
} satisfies ApiModule;
