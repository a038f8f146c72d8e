import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Recognition } from './recognition.type';

@ObjectType('RecognitionRevokePayload', { description: 'Result of `recognitionRevoke`.' })
export class RecognitionRevokePayload {
  @Field(() => Recognition, {
    nullable: true,
    description: 'The recognition as it is now: revoked when `userErrors` is empty.',
  })
  recognition: Recognition | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when it was revoked.' })
  userErrors: UserError[];
}
