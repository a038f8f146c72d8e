import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { Node } from '../../common/node.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const PRODUCER = 'Producer';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum ProducerType {
  COOPERATIVE = 'cooperative',
  COOPERATIVE_GROUP = 'cooperative_group',
  ENTERPRISE = 'enterprise',
  HOUSEHOLD_BUSINESS = 'household_business',
}
registerEnumType(ProducerType, {
  name: 'ProducerType',
  description: 'The legal form of an OCOP producer (chủ thể OCOP).',
  valuesConfig: {
    COOPERATIVE: { description: 'Cooperative (hợp tác xã, HTX).' },
    COOPERATIVE_GROUP: { description: 'Cooperative group (tổ hợp tác, THT).' },
    ENTERPRISE: { description: 'Enterprise (doanh nghiệp), usually small or medium.' },
    HOUSEHOLD_BUSINESS: { description: 'Registered household business (hộ kinh doanh có đăng ký).' },
  },
});

@ObjectType('ProducerContact', {
  description: 'How buyers can reach a producer. Every field may be missing.',
})
export class ProducerContact {
  @Field(() => String, { nullable: true, description: 'Name of the representative (người đại diện).' })
  representative: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number, as the producer gave it.' })
  phone: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address, as written by the producer.' })
  address: string | null;
}

@ObjectType(PRODUCER, {
  implements: Node,
  description:
    'An OCOP producer (chủ thể OCOP): a cooperative, cooperative group, enterprise or household business that ' +
    'makes OCOP products.',
})
export class Producer implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;

  @Field(() => Date, {
    description:
      'When this producer last changed (any of its fields), by the platform’s clock. For a sync that misses nothing ' +
      'while writes go on, follow `changes` instead: a change may commit after a later-stamped one.',
  })
  updatedAt: Date;
  communeUuid: string | null;
  /** Withdrawn (soft-deleted): still what its products point to, but no longer listed. */
  withdrawn: boolean;
  /** Product counts, when the statement that read the producer computed them. */
  preloadedCounts?: { products: number; validProducts: number };

  @Field(() => Int, {
    description: 'Version of the record, raised by every change; an update names the version it is based on.',
  })
  version: number;

  @Field({ description: 'Name of the producer, Unicode NFC (e.g. "HTX Nông nghiệp Séng Cù Mường Thanh").' })
  name: string;

  @Field(() => ProducerType, { description: 'Legal form of the producer.' })
  type: ProducerType;

  @Field(() => ProducerContact, { description: 'How to reach the producer.' })
  contact: ProducerContact;

  @Field(() => Int, { nullable: true, description: 'Year the producer was established, when known.' })
  establishedYear: number | null;

  @Field(() => String, { nullable: true, description: 'Description by the producer, in Vietnamese.' })
  description: string | null;

  @Field({
    description:
      'True for a producer invented for the demonstration data set; false for every producer recorded or ' +
      'imported for real. Pages mark demo producers as such.',
  })
  demo: boolean;
}

export const ProducerConnection = connectionType(Producer, PRODUCER, 'OCOP producers');
export type ProducerConnection = InstanceType<typeof ProducerConnection>;
