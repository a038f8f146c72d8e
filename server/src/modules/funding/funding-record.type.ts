import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { FundingRecord } from './funding.type';

@ObjectType('FundingRecordPayload', { description: 'Result of `fundingRecord`.' })
export class FundingRecordPayload {
  @Field(() => FundingRecord, { nullable: true, description: 'The record written; null when refused.' })
  fundingRecord: FundingRecord | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when it was recorded.' })
  userErrors: UserError[];
}
