import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { Evaluation } from './evaluation.type';

@ObjectType('EvaluationRecordPayload', { description: 'Result of `evaluationRecord`.' })
export class EvaluationRecordPayload extends WritePayload('evaluation', () => Evaluation, {
  description:
    'The evaluation recorded (or recorded earlier under the same idempotency key); null when refused.',
  userErrors: 'Why nothing was written; empty when the evaluation was recorded.',
}) {}
