import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const EVALUATION = 'Evaluation';

@ObjectType(EVALUATION, {
  implements: Node,
  description:
    'An assessment of one unit against one NTM criteria set on a day, with the result of every criterion. ' +
    'Progress ("14/16") is counted from the results, never stored. It belongs to the unit as it existed on ' +
    'that day.',
})
export class Evaluation implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;
  unitUuid: string;
  criteriaSetUuid: string;

  @Field(() => DateScalar, { description: 'The day of the assessment.' })
  evaluatedOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who assessed, e.g. "Văn phòng Điều phối NTM tỉnh Điện Biên".',
  })
  assessor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Remarks recorded with the assessment, in Vietnamese.',
  })
  note: string | null;

  @Field(() => Int, { description: 'How many criteria of the set were met (đạt).' })
  criteriaMet: number;

  @Field(() => Int, {
    description:
      'How many criteria the set has (a criterion without a recorded result counts as not met), e.g. 16.',
  })
  criteriaTotal: number;

  @Field({ description: 'criteriaMet/criteriaTotal as officials write it, e.g. "14/16".' })
  progress: string;
}

@ObjectType('CriterionResult', {
  description: 'Whether one criterion was met (đạt) or not (chưa đạt) in one evaluation.',
})
export class CriterionResult {
  /** Database key of the criterion; resolved through a DataLoader. */
  criterionUuid: string;

  @Field({ description: 'True when the criterion was met (đạt), false when not yet (chưa đạt).' })
  met: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Remarks on this criterion (usually why it is not met yet), in Vietnamese.',
  })
  note: string | null;
}
