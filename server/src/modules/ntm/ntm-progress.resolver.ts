import { Arg, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { CriteriaSet } from '../criteria-set/criteria-set.type';
import { ntmProgressService as progressService } from './ntm-progress.service';
import { NtmProgress } from './ntm-progress.type';

@Resolver(() => NtmProgress)
export class NtmProgressResolver {
  @Query(() => NtmProgress, {
    description:
      'New Rural Development figures of a province, or of the whole country without `provinceCode`, on a day: rural communes (xã) in total and at each tier, ' +
      'by district (before 2025-07-01), villages at standard, districts without a standard commune and the ' +
      'average criteria met. Each commune counts with its own recognitions: the communes formed on 2025-07-01 ' +
      'start without any (the recognitions of the communes they were formed from stay on those), so for a day ' +
      'after the reform the commune tiers count only recognitions decided since. NOT_FOUND when no province had ' +
      'the code on that day.',
  })
  ntmProgress(
    @Ctx() ctx: Context,
    @Arg('provinceCode', () => String, {
      nullable: true,
      description:
        'GSO province code, 2 digits (e.g. "11" for Điện Biên); leave it out (or null) for the whole country.',
    })
    provinceCode: string | null | undefined,
    @Arg('asOf', () => DateScalar, {
      nullable: true,
      description: 'The day the figures are for (e.g. "2021-06-30"). Default: today in Vietnam.',
    })
    asOf?: string | null,
  ): Promise<NtmProgress> {
    return progressService.progress(ctx, provinceCode, asOf);
  }

  @FieldResolver(() => Int, {
    description:
      'Villages (thôn, bản…) of the province’s communes recorded on the platform and valid on the day. From ' +
      '2025-07-01 villages are reached through the communes’ predecessors (they keep their pre-2025 commune).',
  })
  villages(@Root() progress: NtmProgress, @Ctx() ctx: Context): Promise<number> {
    return progressService.villages(ctx, progress);
  }

  @FieldResolver(() => Int, {
    description: 'Of those villages, the ones at NTM standard or higher on the day.',
  })
  villagesAtStandard(@Root() progress: NtmProgress, @Ctx() ctx: Context): Promise<number> {
    return progressService.villagesAtStandard(ctx, progress);
  }

  @FieldResolver(() => CriteriaSet, {
    nullable: true,
    description:
      'The national commune criteria set in force on the day, which `averageCriteriaMet` is measured against: ' +
      'the newest one issued and begun by then (in 2021 still the 2016–2020 set, as the 2021–2025 set was ' +
      'issued only in March 2022). Null before the first set.',
  })
  criteriaSet(@Root() progress: NtmProgress, @Ctx() ctx: Context): Promise<CriteriaSet | null> {
    return progressService.criteriaSet(ctx, progress);
  }

  @FieldResolver(() => Int, {
    description: 'Rural communes with at least one evaluation against `criteriaSet` on or before the day.',
  })
  communesEvaluated(@Root() progress: NtmProgress, @Ctx() ctx: Context): Promise<number> {
    return progressService.communesEvaluated(ctx, progress);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      'Average number of criteria met by the rural communes in their latest evaluation against `criteriaSet` ' +
      '(on or before the day), over the `communesEvaluated` communes, rounded to 2 decimals; null when none ' +
      'was evaluated.',
  })
  averageCriteriaMet(@Root() progress: NtmProgress, @Ctx() ctx: Context): Promise<number | null> {
    return progressService.averageCriteriaMet(ctx, progress);
  }
}
