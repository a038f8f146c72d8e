import { Field, ID, InputType, Int } from 'type-graphql';
import { ProducerType } from './producer.type';

/**
 * The identity of a producer as officials keep it. Listings, photos and products are not part of
 * it (their own mutations), and nothing here can reach stars or certificates.
 */
@InputType('ProducerCreateInput', {
  description: 'A new OCOP producer (chủ thể OCOP), recorded by an official.',
})
export class ProducerCreateInput {
  @Field({ description: 'Name, e.g. "HTX Nông nghiệp Séng Cù Mường Thanh" (1–200 characters).' })
  name: string;

  @Field(() => ProducerType, { description: 'Legal form.' })
  type: ProducerType;

  @Field(() => ID, {
    description:
      'The commune where the producer is registered: a commune existing today, inside the official’s unit.',
  })
  communeId: string;

  @Field(() => String, { nullable: true, description: 'Postal address (at most 500 characters).' })
  address?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Representative (người đại diện; at most 100 characters).',
  })
  representative?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone: digits, spaces, + ( ) . - (8–20 characters).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, http or https (at most 500 characters).' })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Tax code (mã số thuế): 10 digits, 10 digits and a 3-digit branch ("0123456789-001"), or 12 digits.',
  })
  taxCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year established, 1900 to this year.' })
  establishedYear?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Description, in Vietnamese (at most 2,000 characters).',
  })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key chosen by the client (8–100 characters) that makes a retry safe (one producer).',
  })
  idempotencyKey?: string | null;
}

@InputType('ProducerUpdateInput', {
  description:
    'A change to a producer’s identity. Only the fields given change (null clears an optional one).',
})
export class ProducerUpdateInput {
  @Field(() => ID, { description: 'The producer.' })
  id: string;

  @Field(() => Int, {
    description: 'The producer’s `version` the change is based on; a stale one is answered CONFLICT.',
  })
  version: number;

  @Field(() => String, { nullable: true, description: 'Name (1–200 characters; not null).' })
  name?: string | null;

  @Field(() => ProducerType, { nullable: true, description: 'Legal form (not null).' })
  type?: ProducerType | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Move to another commune existing today, also inside the official’s unit (not null).',
  })
  communeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address (at most 500 characters).' })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'Representative (at most 100 characters).' })
  representative?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone: digits, spaces, + ( ) . - (8–20 characters).' })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email?: string | null;

  @Field(() => String, { nullable: true, description: 'Website, http or https (at most 500 characters).' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'Tax code, as in `ProducerCreateInput`.' })
  taxCode?: string | null;

  @Field(() => Int, { nullable: true, description: 'Year established, 1900 to this year.' })
  establishedYear?: number | null;

  @Field(() => String, { nullable: true, description: 'Description (at most 2,000 characters).' })
  description?: string | null;
}
