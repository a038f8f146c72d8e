import { Field, ID, InputType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';

@InputType('CriterionResultInput', { description: 'Whether one criterion of the set was met.' })
export class CriterionResultInput {
  @Field(() => ID, { description: 'The criterion (of the evaluation’s criteria set).' })
  criterionId: string;

  @Field({ description: 'True when met (đạt), false when not yet (chưa đạt).' })
  met: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Remarks on this criterion, usually why it is not met yet (at most 1,000 characters).',
  })
  note?: string | null;
}

@InputType('EvaluationRecordInput', {
  description:
    'An assessment of a unit against a criteria set on a day, with a result for every criterion of the set.',
})
export class EvaluationRecordInput {
  @Field(() => ID, {
    description:
      'The unit assessed, as it existed on `evaluatedOn`; its level must be the level the set is for (a commune ' +
      'set for a commune, a village set for a village).',
  })
  unitId: string;

  @Field(() => ID, { description: 'The criteria set the unit is assessed against.' })
  criteriaSetId: string;

  @Field(() => DateScalar, { description: 'The day of the assessment; not in the future.' })
  evaluatedOn: string;

  @Field(() => [CriterionResultInput], {
    description: 'One result for each criterion of the set: none missing, none twice, none of another set.',
  })
  results: CriterionResultInput[];

  @Field(() => String, {
    nullable: true,
    description: 'Who assessed, e.g. "Văn phòng Điều phối NTM tỉnh Điện Biên" (at most 200 characters).',
  })
  assessor?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Remarks on the assessment (at most 2,000 characters).',
  })
  note?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key chosen by the client (8–100 characters) that makes a retry safe: the same key with the same input ' +
      'records the evaluation once and answers with it again.',
  })
  idempotencyKey?: string | null;
}
