import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';

@InputType('RecognitionRevokeInput', { description: 'The revocation of a recognition, as decided.' })
export class RecognitionRevokeInput {
  @Field(() => ID, { description: 'The recognition.' })
  id: string;

  @Field(() => Int, {
    description: 'The recognition’s `version` the revocation is based on; a stale one is answered CONFLICT.',
  })
  version: number;

  @Field(() => DateScalar, {
    description: 'The first day it is no longer in force: on or after its decision date, not in the future.',
  })
  revokedOn: string;

  @Field({ description: 'Why it is revoked (1–2,000 characters).' })
  reason: string;

  @Field(() => String, {
    nullable: true,
    description: 'Number of the revoking decision (at most 100 characters).',
  })
  revocationDecision?: string | null;
}
