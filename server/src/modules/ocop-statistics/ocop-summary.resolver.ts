import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { DateScalar } from '../../common/date.scalar';
import { ocopSummaryService as summaries } from './ocop-summary.service';
import { OcopSummary } from './ocop-summary.type';

@Resolver(() => OcopSummary)
export class OcopSummaryResolver {
  @Query(() => OcopSummary, {
    description:
      'OCOP figures of a province, or of the whole country without `provinceCode`, on a day: products with a ' +
      'valid certificate that day and their producers, by ' +
      'stars, sector and producer type (e.g. Điện Biên, "11", on 2021-06-30: 35 products of 19 producers, 2 ' +
      'four-star and 33 three-star).',
  })
  ocopSummary(
    @Ctx() ctx: Context,
    @Arg('provinceCode', () => String, {
      nullable: true,
      description:
        '2-digit GSO province code, of either side of the 2025 reform (e.g. "11" for Điện Biên); leave it out ' +
        '(or null) for the whole country.',
    })
    provinceCode: string | null | undefined,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day (default: today in Vietnam).' })
    asOf?: string | null,
  ): Promise<OcopSummary> {
    return summaries.summary(ctx, provinceCode, asOf);
  }
}
