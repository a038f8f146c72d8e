import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { Recognition } from './recognition.type';

@ObjectType('RecognitionRecordPayload', { description: 'Result of `recognitionRecord`.' })
export class RecognitionRecordPayload extends WritePayload('recognition', () => Recognition, {
  description: 'The recognition recorded; null when refused.',
  userErrors: 'Why nothing was written; empty when it was recorded.',
}) {}
