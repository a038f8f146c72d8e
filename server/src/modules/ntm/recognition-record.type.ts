import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Recognition } from './recognition.type';

@ObjectType('RecognitionRecordPayload', { description: 'Result of `recognitionRecord`.' })
export class RecognitionRecordPayload {
  @Field(() => Recognition, { nullable: true, description: 'The recognition recorded; null when refused.' })
  recognition: Recognition | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when it was recorded.' })
  userErrors: UserError[];
}
