import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { CriteriaSet } from '../criteria-set/criteria-set.type';
import { recognitionService as recognitions } from './recognition.service';
import { Recognition } from './recognition.type';

@Resolver(() => Recognition)
export class RecognitionResolver {
  @FieldResolver(() => AdministrativeUnit, {
    description: 'The unit recognised, as it existed on the decision date.',
  })
  unit(@Root() recognition: Recognition, @Ctx() ctx: Context): Promise<AdministrativeUnit> {
    return recognitions.unit(ctx, recognition);
  }

  @FieldResolver(() => CriteriaSet, {
    nullable: true,
    description: 'The criteria set the unit was assessed against, when recorded.',
  })
  criteriaSet(@Root() recognition: Recognition, @Ctx() ctx: Context): Promise<CriteriaSet | null> {
    return recognitions.criteriaSet(ctx, recognition);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the recognition was in force on a day: decided on or before it and not revoked by it.',
  })
  inForce(
    @Root() recognition: Recognition,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day. Default: today in Vietnam.' })
    asOf?: string | null,
  ): boolean {
    return recognitions.inForce(recognition, asOf);
  }
}
