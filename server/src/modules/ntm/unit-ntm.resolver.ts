import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { evaluationService as evaluations } from './evaluation.service';
import { Evaluation } from './evaluation.type';
import { NtmStatus } from './ntm-status';
import { recognitionService as recognitions } from './recognition.service';
import { Recognition } from './recognition.type';

/** The NTM fields of an administrative unit: its status on a day, recognitions and evaluations. */
@Resolver(() => AdministrativeUnit)
export class AdministrativeUnitNtmResolver {
  @FieldResolver(() => NtmStatus, {
    description:
      'The unit’s NTM status on a day: the highest tier among its recognitions in force then. It is the unit’s ' +
      'own status: a commune formed on 2025-07-01 starts without recognitions, and the status of the communes ' +
      'it was formed from is read on them (`predecessors { unit { ntmStatus } }`). A unit that no longer ' +
      'exists keeps the status it had, unless a recognition was revoked later.',
  })
  ntmStatus(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day. Default: today in Vietnam.' })
    asOf?: string | null,
  ): Promise<NtmStatus> {
    return recognitions.status(ctx, unit, asOf);
  }

  @FieldResolver(() => [Recognition], {
    description:
      'Every NTM recognition of this unit, revoked ones included, oldest decision first. Recognitions of the ' +
      'older units this one was formed from are on them (`predecessors`), never merged in here.',
  })
  recognitions(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<Recognition[]> {
    return recognitions.history(ctx, unit);
  }

  @FieldResolver(() => [Evaluation], {
    description:
      'The latest evaluation of this unit against each criteria set, on or before a day, most recent first: ' +
      'e.g. a commune’s progress towards the national standard and towards the advanced set.',
  })
  latestEvaluations(
    @Root() unit: AdministrativeUnit,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'Ignore evaluations after this day. Default: today in Vietnam.',
    })
    asOf?: string | null,
  ): Promise<Evaluation[]> {
    return evaluations.latest(ctx, unit, asOf);
  }

  @FieldResolver(() => [Evaluation], {
    description: 'Every evaluation of this unit, against any criteria set, oldest first.',
  })
  evaluations(@Root() unit: AdministrativeUnit, @Ctx() ctx: Context): Promise<Evaluation[]> {
    return evaluations.history(ctx, unit);
  }
}
