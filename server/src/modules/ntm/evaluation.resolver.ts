import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { CriteriaSet, Criterion } from '../criteria-set/criteria-set.type';
import { evaluationService as evaluations } from './evaluation.service';
import { CriterionResult, Evaluation } from './evaluation.type';

@Resolver(() => Evaluation)
export class EvaluationResolver {
  @FieldResolver(() => AdministrativeUnit, { description: 'The unit assessed, as it existed on that day.' })
  unit(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<AdministrativeUnit> {
    return evaluations.unit(ctx, evaluation);
  }

  @FieldResolver(() => CriteriaSet, { description: 'The criteria set the unit was assessed against.' })
  criteriaSet(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<CriteriaSet> {
    return evaluations.criteriaSet(ctx, evaluation);
  }

  @FieldResolver(() => [CriterionResult], {
    description: 'The result of each criterion, by criterion number.',
  })
  results(@Root() evaluation: Evaluation, @Ctx() ctx: Context): Promise<CriterionResult[]> {
    return evaluations.results(ctx, evaluation);
  }
}

@Resolver(() => CriterionResult)
export class CriterionResultResolver {
  @FieldResolver(() => Criterion, { description: 'The criterion assessed.' })
  criterion(@Root() result: CriterionResult, @Ctx() ctx: Context): Promise<Criterion> {
    return evaluations.criterion(ctx, result);
  }
}
