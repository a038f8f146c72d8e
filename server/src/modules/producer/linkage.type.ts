import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum LinkageKind {
  SUPPLY = 'supply',
  OFFTAKE = 'offtake',
  PROCESSING = 'processing',
  DISTRIBUTION = 'distribution',
}
registerEnumType(LinkageKind, {
  name: 'LinkageKind',
  description: 'What a production or sales linkage (liên kết) is about.',
  valuesConfig: {
    SUPPLY: { description: 'The partner supplies the producer with inputs or raw material.' },
    OFFTAKE: { description: 'The partner commits to buy the producer’s output (bao tiêu).' },
    PROCESSING: { description: 'One side processes the other’s produce.' },
    DISTRIBUTION: { description: 'The partner distributes or sells the products.' },
  },
});

export enum PartnerType {
  ENTERPRISE = 'enterprise',
  COOPERATIVE = 'cooperative',
  COOPERATIVE_GROUP = 'cooperative_group',
  HOUSEHOLD = 'household',
  TRADER = 'trader',
  OTHER = 'other',
}
registerEnumType(PartnerType, {
  name: 'PartnerType',
  description: 'What kind of party the partner of a linkage is.',
  valuesConfig: {
    ENTERPRISE: { description: 'An enterprise (doanh nghiệp).' },
    COOPERATIVE: { description: 'A cooperative (HTX).' },
    COOPERATIVE_GROUP: { description: 'A cooperative group (THT).' },
    HOUSEHOLD: { description: 'Farming households (hộ nông dân).' },
    TRADER: { description: 'A trader (thương lái).' },
    OTHER: { description: 'Any other party.' },
  },
});

@ObjectType('Linkage', {
  description:
    'A production or sales linkage (liên kết) between an OCOP producer and a partner: a supply, offtake, ' +
    'processing or distribution agreement, possibly supported by a district or commune.',
})
export class Linkage {
  /** Database keys; not part of the API. */
  uuid: string;
  producerUuid: string;
  productUuid: string | null;
  partnerProducerUuid: string | null;
  supportingUnitUuid: string | null;

  @Field(() => LinkageKind, { description: 'What the linkage is about.' })
  kind: LinkageKind;

  @Field({ description: 'Name of the partner, as recorded.' })
  partnerName: string;

  @Field(() => PartnerType, { description: 'What kind of party the partner is.' })
  partnerType: PartnerType;

  @Field(() => DateScalar, { description: 'First day of the linkage.' })
  startedOn: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day of the linkage; null while it goes on.' })
  endedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the contract, when recorded.' })
  contractReference: string | null;

  @Field(() => String, { nullable: true, description: 'What the parties agreed, in Vietnamese.' })
  description: string | null;
}
