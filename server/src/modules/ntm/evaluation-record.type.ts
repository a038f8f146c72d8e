import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Evaluation } from './evaluation.type';

@ObjectType('EvaluationRecordPayload', { description: 'Result of `evaluationRecord`.' })
export class EvaluationRecordPayload {
  @Field(() => Evaluation, {
    nullable: true,
    description:
      'The evaluation recorded (or recorded earlier under the same idempotency key); null when refused.',
  })
  evaluation: Evaluation | null;

  @Field(() => [UserError], {
    description: 'Why nothing was written; empty when the evaluation was recorded.',
  })
  userErrors: UserError[];
}
