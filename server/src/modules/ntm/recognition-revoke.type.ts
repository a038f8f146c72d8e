import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { Recognition } from './recognition.type';

@ObjectType('RecognitionRevokePayload', { description: 'Result of `recognitionRevoke`.' })
export class RecognitionRevokePayload extends WritePayload('recognition', () => Recognition, {
  description: 'The recognition as it is now: revoked when `userErrors` is empty.',
  userErrors: 'Why nothing was written; empty when it was revoked.',
}) {}
