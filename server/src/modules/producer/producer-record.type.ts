import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { Producer } from './producer.type';

@ObjectType('ProducerCreatePayload', { description: 'Result of `producerCreate`.' })
export class ProducerCreatePayload {
  @Field(() => Producer, { nullable: true, description: 'The producer created; null when refused.' })
  producer: Producer | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the producer was created.' })
  userErrors: UserError[];
}

@ObjectType('ProducerUpdatePayload', { description: 'Result of `producerUpdate`.' })
export class ProducerUpdatePayload {
  @Field(() => Producer, {
    nullable: true,
    description:
      'The producer as it is now: changed when `userErrors` is empty; with a CONFLICT, as someone left it.',
  })
  producer: Producer | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when the change was applied.' })
  userErrors: UserError[];
}
