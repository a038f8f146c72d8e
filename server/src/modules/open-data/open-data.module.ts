import type { ApiModule } from '../module';
import { OpenDataResolver } from './open-data.resolver';

/** The open-data downloads: the manifest in GraphQL (`openData`); files at /open-data (open-data.route.ts). */
export const openDataModule = {
  resolvers: [OpenDataResolver],
} satisfies ApiModule;
