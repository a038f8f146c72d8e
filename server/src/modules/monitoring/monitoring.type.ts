import { ArgsType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType, PageArgs } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';

@ArgsType()
export class MonitoringPlaceArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Products made in this province (2 digits), of either era.',
  })
  provinceCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Products made in this district (3 digits).' })
  districtCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Products made in this commune (5 digits).' })
  communeCode?: string | null;
}

@ArgsType()
export class ExpiringCertificatesArgs extends MonitoringPlaceArgs {
  @Field(() => Int, {
    defaultValue: 90,
    description:
      'Certificates expiring within this many days from the platform’s today, 1 to 366 (default 90).',
  })
  withinDays: number;
}

@ObjectType('ExpiringCertificate', {
  description:
    'A product’s current certificate, valid today and expiring soon: its producer should prepare the renewal.',
})
export class ExpiringCertificate {
  certificateUuid: string;
  productUuid: string;
  producerUuid: string;

  @Field(() => DateScalar, {
    description: 'The first day it is no longer valid (as `OcopCertificate.expiresOn`).',
  })
  expiresOn: string;

  @Field(() => Int, {
    description: 'Days from the platform’s today to `expiresOn` (1: valid today, no longer tomorrow).',
  })
  daysLeft: number;
}

export const ExpiringCertificateConnection = connectionType(
  ExpiringCertificate,
  'ExpiringCertificate',
  'certificates about to expire',
);

@ObjectType('ExpiringCertificateCounts', {
  description: 'Certificates valid today, by how soon they expire.',
})
export class ExpiringCertificateCounts {
  @Field(() => Int, { description: 'Expiring within 30 days.' })
  within30: number;
  @Field(() => Int, { description: 'Within 60 days (those of 30 included).' })
  within60: number;
  @Field(() => Int, { description: 'Within 90 days (those of 60 included).' })
  within90: number;
}

export enum DisplayOnlyReason {
  NO_AVAILABLE_LISTING = 'NO_AVAILABLE_LISTING',
  NO_RAW_MATERIAL_AREA = 'NO_RAW_MATERIAL_AREA',
  NO_LINKAGE_IN_FORCE = 'NO_LINKAGE_IN_FORCE',
  INQUIRIES_UNANSWERED = 'INQUIRIES_UNANSWERED',
}
registerEnumType(DisplayOnlyReason, {
  name: 'DisplayOnlyReason',
  description: 'Why a certified product may stay "for display only" instead of becoming goods.',
  valuesConfig: {
    NO_AVAILABLE_LISTING: {
      description: 'No listing a buyer can order now (in stock, seasonal or pre-order).',
    },
    NO_RAW_MATERIAL_AREA: { description: 'No raw-material area recorded for it or for its producer.' },
    NO_LINKAGE_IN_FORCE: {
      description:
        'No linkage (supply, offtake, processing, distribution) in force today for it or its producer.',
    },
    INQUIRIES_UNANSWERED: {
      description: 'Buyers asked about it in the last 12 months and none of their inquiries was answered.',
    },
  },
});

@ObjectType('ProductAtRisk', {
  description: 'A product certified today with reasons it may stay for display only.',
})
export class ProductAtRisk {
  productUuid: string;

  @Field(() => [DisplayOnlyReason], { description: 'At least one; in the order of the enum.' })
  reasons: DisplayOnlyReason[];
}

export const ProductAtRiskConnection = connectionType(ProductAtRisk, 'ProductAtRisk', 'products at risk');

@ObjectType('DisplayOnlyReasonCount', { description: 'Products certified today with this reason.' })
export class DisplayOnlyReasonCount {
  @Field(() => DisplayOnlyReason, { description: 'The reason.' })
  reason: DisplayOnlyReason;
  @Field(() => Int, { description: 'Certified products with it.' })
  products: number;
}

@ObjectType('ProductsAtRiskSummary', {
  description: 'What keeps a place’s certified products from becoming goods.',
})
export class ProductsAtRiskSummary {
  @Field(() => Int, { description: 'Products of the place with a valid certificate today.' })
  certifiedProducts: number;
  @Field(() => Int, { description: 'Of them, with at least one reason.' })
  atRisk: number;
  @Field(() => [DisplayOnlyReasonCount], { description: 'One entry per reason, in the order of the enum.' })
  byReason: DisplayOnlyReasonCount[];
}
