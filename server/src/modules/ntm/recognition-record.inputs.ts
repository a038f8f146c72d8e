import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { NtmTier } from '../criteria-set/criteria-set.type';

@InputType('RecognitionRecordInput', {
  description: 'A decision recognising a unit at an NTM tier, as the decision reads.',
})
export class RecognitionRecordInput {
  @Field(() => ID, { description: 'The unit recognised, as it existed on the decision date.' })
  unitId: string;

  @Field(() => NtmTier, { description: 'The tier recognised.' })
  tier: NtmTier;

  @Field(() => ID, {
    nullable: true,
    description:
      'The criteria set the unit was measured against, when the decision names it; it must be for ' +
      'the unit’s level and of the same tier.',
  })
  criteriaSetId?: string | null;

  @Field(() => Int, {
    description:
      'The year the recognition certifies ("đạt chuẩn NTM năm 2020"): 2010 or later and not after the ' +
      'decision’s year (a decision of 2021 may recognise "for 2020").',
  })
  standardYear: number;

  @Field({ description: 'Number of the decision, as written (e.g. "412/QĐ-UBND"; 1–100 characters).' })
  decisionNumber: string;

  @Field(() => DateScalar, { description: 'Date of the decision; not in the future.' })
  decisionDate: string;

  @Field({ description: 'The body that decided, e.g. "UBND tỉnh Điện Biên" (1–200 characters).' })
  issuer: string;

  @Field(() => String, { nullable: true, description: 'Who signed the decision (at most 200 characters).' })
  signer?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key chosen by the client (8–100 characters) that makes a retry safe (one recognition).',
  })
  idempotencyKey?: string | null;
}
