import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const PRODUCT_CERTIFICATION = 'ProductCertification';

export enum CapacityPeriod {
  MONTH = 'month',
  SEASON = 'season',
  YEAR = 'year',
}
registerEnumType(CapacityPeriod, {
  name: 'CapacityPeriod',
  description: 'The period a production capacity is counted over.',
  valuesConfig: {
    MONTH: { description: 'Per month (tháng).' },
    SEASON: { description: 'Per harvest season (vụ).' },
    YEAR: { description: 'Per year (năm).' },
  },
});

export enum CertificationScheme {
  VIETGAP = 'vietgap',
  GLOBALGAP = 'globalgap',
  ORGANIC = 'organic',
  HACCP = 'haccp',
  ISO_22000 = 'iso_22000',
  OTHER = 'other',
}
registerEnumType(CertificationScheme, {
  name: 'CertificationScheme',
  description: 'A quality scheme a product can be certified under, besides OCOP.',
  valuesConfig: {
    VIETGAP: { description: 'VietGAP, Vietnam’s good agricultural practice.' },
    GLOBALGAP: { description: 'GLOBALG.A.P.' },
    ORGANIC: { description: 'Organic (TCVN 11041, EU, USDA…).' },
    HACCP: { description: 'HACCP food-safety system.' },
    ISO_22000: { description: 'ISO 22000 food-safety management.' },
    OTHER: { description: 'Another scheme, named in `schemeName`.' },
  },
});

export enum ProductCertificationStatus {
  VALID = 'valid',
  EXPIRED = 'expired',
  NOT_YET_VALID = 'not_yet_valid',
}
registerEnumType(ProductCertificationStatus, {
  name: 'ProductCertificationStatus',
  description: 'Whether a quality certification holds on the platform’s day (in Vietnam).',
  valuesConfig: {
    VALID: { description: 'Valid today.' },
    EXPIRED: { description: 'Its last day has passed: see `expiredSince`.' },
    NOT_YET_VALID: { description: 'Its first day is still to come.' },
  },
});

@ObjectType('ProductionCapacity', {
  description: 'How much of a product its producer can supply: `quantity` `unit` per `period`.',
})
export class ProductionCapacity {
  @Field(() => Float, { description: 'The quantity (> 0), e.g. 2.5.' })
  quantity: number;

  @Field({ description: 'Its unit, as the producer writes it: "tấn", "kg", "hộp".' })
  unit: string;

  @Field(() => CapacityPeriod, { description: 'Per month, season or year.' })
  period: CapacityPeriod;
}

@ObjectType(PRODUCT_CERTIFICATION, {
  implements: Node,
  description:
    'A quality certification of a product besides OCOP (VietGAP, GlobalGAP, organic, HACCP, ISO 22000…), as ' +
    'recorded by its producer’s editors. Its `status` is derived on the platform’s day.',
})
export class ProductCertification implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;
  productUuid: string;

  @Field(() => Int, { description: 'Incremented by every change: a removal names the version it saw.' })
  version: number;

  @Field(() => CertificationScheme, { description: 'The scheme.' })
  scheme: CertificationScheme;

  @Field(() => String, { nullable: true, description: 'The scheme’s name, with OTHER ("Halal"); else null.' })
  schemeName: string | null;

  @Field({ description: 'Who issued it (the certification body).' })
  issuer: string;

  @Field(() => String, { nullable: true, description: 'The certificate’s number, as printed.' })
  number: string | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid; null: no end date.' })
  validUntil: string | null;

  @Field(() => ProductCertificationStatus, { description: 'Status on the platform’s day (in Vietnam).' })
  status: ProductCertificationStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'With EXPIRED: the first day it was no longer valid (the day after `validUntil`); else null.',
  })
  expiredSince: string | null;
}

/** A product's trade details as stored (no row: all null, version 0). */
export interface TradeDetails {
  version: number;
  capacity: ProductionCapacity | null;
  shelfLifeDays: number | null;
  storageInstructions: string | null;
  nameEn: string | null;
  descriptionEn: string | null;
}
