import type { ClassType } from 'type-graphql';
import type { EntityManager } from 'typeorm';

/**
 * What one module adds to the API, said in one place (`<module>/<module>.module.ts`): the resolver
 * classes the schema is built from and, when its fields read through DataLoaders, the factory of
 * its per-request loaders. modules/index.ts gathers every module; schema.ts and context.ts read
 * only that list. Write a manifest as `{ … } satisfies ApiModule`, so that the exact type of its
 * loaders reaches `ctx.loaders`.
 */
export interface ApiModule {
  readonly resolvers: readonly [ClassType, ...ClassType[]];
  /**
   * Called once per request by context.ts: it only creates DataLoaders (no SQL runs until one is
   * used), so it must stay that cheap. Loader names are unique across modules.
   */
  readonly loaders?: (db: EntityManager) => object;
}
