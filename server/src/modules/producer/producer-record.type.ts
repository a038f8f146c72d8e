import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { Producer } from './producer.type';

@ObjectType('ProducerCreatePayload', { description: 'Result of `producerCreate`.' })
export class ProducerCreatePayload extends WritePayload('producer', () => Producer, {
  description: 'The producer created; null when refused.',
  userErrors: 'Why nothing was written; empty when the producer was created.',
}) {}

@ObjectType('ProducerUpdatePayload', { description: 'Result of `producerUpdate`.' })
export class ProducerUpdatePayload extends WritePayload('producer', () => Producer, {
  description:
    'The producer as it is now: changed when `userErrors` is empty; with a CONFLICT, as someone left it.',
  userErrors: 'Why nothing was written; empty when the change was applied.',
}) {}
