import type { ApiModule } from '../module';
import { NodeResolver } from './node.resolver';

/** `node` and `nodes`: any object by its global ID (the fetchers use the other modules' loaders). */
export const nodeModule = {
  resolvers: [NodeResolver],
} satisfies ApiModule;
