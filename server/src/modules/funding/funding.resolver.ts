import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { uuidArgument } from '../../common/node-id';
import { AdministrativeUnit, ADMINISTRATIVE_UNIT } from '../administrative-unit/administrative-unit.type';
import { fundingService } from './funding.service';
import { FundingRecord } from './funding.type';

@Resolver(() => FundingRecord)
export class FundingResolver {
  @Query(() => [FundingRecord], {
    description:
      'Money mobilised for NTM and OCOP in one unit (as recorded against that unit), newest year first; ' +
      'optionally of one year.',
  })
  fundingRecords(
    @Arg('unitId', () => ID, { description: 'The unit.' }) unitId: string,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year.' }) year: number | null,
    @Ctx() ctx: Context,
  ): Promise<FundingRecord[]> {
    const uuid = uuidArgument(
      unitId,
      ADMINISTRATIVE_UNIT,
      'unitId',
      'Not a valid unit ID: IDs are opaque values returned by this API.',
    );
    return fundingService.forUnit(ctx.db, uuid, year);
  }

  @FieldResolver(() => AdministrativeUnit, { description: 'The unit the money was mobilised in.' })
  async unit(@Root() record: FundingRecord, @Ctx() ctx: Context): Promise<AdministrativeUnit> {
    const unit = await ctx.loaders.unitById.load(record.unitUuid);
    // A foreign key guarantees the unit; its absence is a fault, not a client error.
    if (!unit) throw new Error(`unit ${record.unitUuid} of funding record ${record.uuid}`);
    return unit;
  }
}
