import { Field, ID, InputType, Int } from 'type-graphql';
import { VndScalar } from '../../common/vnd.scalar';
import { FundingProgramme, FundingSource } from './funding.type';

@InputType('FundingRecordInput', { description: 'Money mobilised in a unit and a year, from one source.' })
export class FundingRecordInput {
  @Field(() => ID, { description: 'The unit (province, district or commune) inside the official’s unit.' })
  unitId: string;

  @Field(() => Int, { description: 'The year, 2010 to next year.' })
  year: number;

  @Field(() => FundingProgramme, { description: 'The programme.' })
  programme: FundingProgramme;

  @Field(() => FundingSource, { description: 'Where the money came from.' })
  source: FundingSource;

  @Field(() => VndScalar, { description: 'The amount in whole đồng, 0 or more.' })
  amountVnd: string;

  @Field(() => String, { nullable: true, description: 'What it is for (at most 1,000 characters).' })
  purpose?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key chosen by the client (8–100 characters) that makes a retry safe (one record).',
  })
  idempotencyKey?: string | null;
}
