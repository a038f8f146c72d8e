import { Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { ocopClassificationService as classification } from './ocop-classification.service';
import { OcopSector } from './ocop-classification.type';

@Resolver(() => OcopSector)
export class OcopClassificationResolver {
  @Query(() => [OcopSector], {
    description:
      'The OCOP product classification (Decision 148/QĐ-TTg, Appendix I): the sectors, each with its groups and ' +
      'their product sets, by code. Use the codes in the `sector`, `group` and `productSet` filters of `ocopProducts`.',
  })
  ocopSectors(@Ctx() ctx: Context): Promise<OcopSector[]> {
    return classification.sectors(ctx);
  }
}
