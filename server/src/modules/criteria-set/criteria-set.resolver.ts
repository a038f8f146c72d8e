import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { criteriaSetService as sets } from './criteria-set.service';
import { CriteriaSet, Criterion, Indicator } from './criteria-set.type';

@Resolver(() => CriteriaSet)
export class CriteriaSetResolver {
  @Query(() => [CriteriaSet], {
    description:
      'All NTM criteria sets, national and provincial, ordered by the level of unit they measure (province ' +
      'first), then tier, then start of their period.',
  })
  criteriaSets(@Ctx() ctx: Context): Promise<CriteriaSet[]> {
    return sets.list(ctx);
  }

  @Query(() => CriteriaSet, {
    nullable: true,
    description: 'A criteria set by its code; null when there is none.',
  })
  criteriaSet(
    @Ctx() ctx: Context,
    @Arg('code', { description: 'Code of the set, e.g. "NTM-COMMUNE-2021-2025".' }) code: string,
  ): Promise<CriteriaSet | null> {
    return sets.byCode(ctx, code);
  }

  @FieldResolver(() => Int, {
    description: 'Number of criteria in the set (e.g. 19 for the 2021–2025 commune set).',
  })
  criteriaCount(@Root() set: CriteriaSet, @Ctx() ctx: Context): Promise<number> {
    return sets.criteriaCount(ctx, set);
  }

  @FieldResolver(() => [Criterion], { description: 'The criteria of the set, by number.' })
  criteria(@Root() set: CriteriaSet, @Ctx() ctx: Context): Promise<Criterion[]> {
    return sets.criteria(ctx, set);
  }
}

@Resolver(() => Criterion)
export class CriterionResolver {
  @FieldResolver(() => [Indicator], {
    description: 'The indicators of the criterion, by code; empty where the platform does not list them yet.',
  })
  indicators(@Root() criterion: Criterion, @Ctx() ctx: Context): Promise<Indicator[]> {
    return sets.indicators(ctx, criterion);
  }
}
