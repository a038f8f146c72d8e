import type { ApiModule } from '../module';
import { createCriteriaSetLoaders } from './criteria-set.loaders';
import { CriteriaSetResolver, CriterionResolver } from './criteria-set.resolver';

/** The NTM criteria sets, their criteria and indicators. */
export const criteriaSetModule = {
  resolvers: [CriteriaSetResolver, CriterionResolver],
  loaders: createCriteriaSetLoaders,
} satisfies ApiModule;
