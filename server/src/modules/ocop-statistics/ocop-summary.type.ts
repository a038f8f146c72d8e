import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { OcopSector } from '../ocop-classification/ocop-classification.type';
import { ProducerType } from '../producer/producer.type';

@ObjectType('OcopStarCount', {
  description: 'How many products hold a valid certificate of a number of stars.',
})
export class OcopStarCount {
  @Field(() => Int, { description: 'Stars, 3 to 5.' })
  stars: number;

  @Field(() => Int, { description: 'Products whose valid certificate has these stars.' })
  products: number;
}

@ObjectType('OcopSectorCount', {
  description: 'How many products with a valid certificate belong to a sector.',
})
export class OcopSectorCount {
  @Field(() => OcopSector, { description: 'The OCOP sector.' })
  sector: OcopSector;

  @Field(() => Int, { description: 'Products of the sector with a valid certificate.' })
  products: number;
}

@ObjectType('OcopProducerTypeCount', {
  description: 'How many producers of a legal form hold valid certificates, and for how many products.',
})
export class OcopProducerTypeCount {
  @Field(() => ProducerType, { description: 'The legal form.' })
  type: ProducerType;

  @Field(() => Int, {
    description: 'Producers of this form with at least one product with a valid certificate.',
  })
  producers: number;

  @Field(() => Int, { description: 'Their products with a valid certificate.' })
  products: number;
}

@ObjectType('OcopSummary', {
  description:
    'OCOP figures of a province (or of the whole country) on a day: the products whose certificate was valid that day (each product ' +
    'counted once, with the stars of that certificate) and their producers, by stars, sector and producer type. ' +
    'A product counts for the province it is made in, followed through the 2025 reform’s lineage.',
})
export class OcopSummary {
  @Field(() => String, {
    nullable: true,
    description: 'The province code asked for; null for the whole country.',
  })
  provinceCode: string | null;

  @Field(() => AdministrativeUnit, {
    nullable: true,
    description:
      'The province with that code as it existed on `asOf` (else the latest unit with the code); null for the ' +
      'whole country.',
  })
  province: AdministrativeUnit | null;

  @Field(() => DateScalar, { description: 'The day the figures are for.' })
  asOf: string;

  @Field(() => Int, { description: 'Products with a valid OCOP certificate on `asOf`.' })
  products: number;

  @Field(() => Int, { description: 'Producers with at least one such product.' })
  producers: number;

  @Field(() => [OcopStarCount], { description: 'Products by stars: always 5, 4 and 3 stars, in that order.' })
  byStars: OcopStarCount[];

  @Field(() => [OcopSectorCount], {
    description: 'Products by OCOP sector: every sector, by code (zero where none).',
  })
  bySector: OcopSectorCount[];

  @Field(() => [OcopProducerTypeCount], {
    description: 'Producers and products by producer type: every type (zero where none).',
  })
  byProducerType: OcopProducerTypeCount[];
}
