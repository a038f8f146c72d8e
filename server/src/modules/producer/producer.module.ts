import type { ApiModule } from '../module';
import { createProducerLoaders } from './producer.loaders';
import { LinkageResolver } from './linkage.resolver';
import { ProducerResolver } from './producer.resolver';
import { RawMaterialAreaResolver } from './raw-material-area.resolver';
import { ProducerRecordResolver } from './producer-record.resolver';

/** OCOP producers, their linkages and raw-material areas, and the officials' producer records. */
export const producerModule = {
  resolvers: [LinkageResolver, ProducerResolver, RawMaterialAreaResolver, ProducerRecordResolver],
  loaders: createProducerLoaders,
} satisfies ApiModule;
