import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../context';
import { FundingRecordInput } from './funding-record.inputs';
import { fundingRecordService } from './funding-record.service';
import { FundingRecordPayload } from './funding-record.type';

@Resolver()
export class FundingRecordResolver {
  @Mutation(() => FundingRecordPayload, {
    description:
      'Records money mobilised for NTM or OCOP in a unit and a year. Officials inside their unit and ' +
      'administrators; FORBIDDEN otherwise.',
  })
  fundingRecord(@Arg('input') input: FundingRecordInput, @Ctx() ctx: Context): Promise<FundingRecordPayload> {
    return fundingRecordService.record(ctx, input);
  }
}
