import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { CapacityPeriod, CertificationScheme } from './product-trade.type';

@InputType('ProductionCapacityInput', {
  description: 'How much can be supplied: `quantity` `unit` per `period`.',
})
export class ProductionCapacityInput {
  @Field(() => Float, { description: 'More than 0, at most 1,000,000,000, with at most 3 decimals.' })
  quantity: number;

  @Field({ description: 'Its unit: "tấn", "kg", "hộp" (1–30 characters).' })
  unit: string;

  @Field(() => CapacityPeriod, { description: 'Per month, season or year.' })
  period: CapacityPeriod;
}

@InputType('ProductDetailsUpdateInput', {
  description:
    'A change to what buyers read about a product (capacity, shelf life, storage, English name and description), ' +
    'by its producer’s editors. Only the fields given change; null clears one.',
})
export class ProductDetailsUpdateInput {
  @Field(() => ID, { description: 'The product.' })
  productId: string;

  @Field(() => Int, {
    description:
      'The product’s `detailsVersion` the change is based on (0 before anything was recorded); if it has changed ' +
      'since, nothing is written and the answer is a CONFLICT user error with the current version.',
  })
  version: number;

  @Field(() => ProductionCapacityInput, {
    nullable: true,
    description: 'Production capacity; null clears it.',
  })
  capacity?: ProductionCapacityInput | null;

  @Field(() => Int, { nullable: true, description: 'Shelf life in days, 1 to 3,650.' })
  shelfLifeDays?: number | null;

  @Field(() => String, { nullable: true, description: 'How to store it (at most 500 characters).' })
  storageInstructions?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in English (at most 200 characters).' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Description in English (at most 4,000 characters).' })
  descriptionEn?: string | null;
}

@InputType('ProductCertificationAddInput', { description: 'Records a quality certification of a product.' })
export class ProductCertificationAddInput {
  @Field(() => ID, { description: 'The product (one of the viewer’s producer’s products).' })
  productId: string;

  @Field(() => CertificationScheme, { description: 'The scheme.' })
  scheme: CertificationScheme;

  @Field(() => String, {
    nullable: true,
    description: 'The scheme’s name: required with OTHER, refused otherwise (at most 100 characters).',
  })
  schemeName?: string | null;

  @Field({ description: 'Who issued it (1–200 characters).' })
  issuer: string;

  @Field(() => String, { nullable: true, description: 'Its number (at most 100 characters).' })
  number?: string | null;

  @Field(() => DateScalar, { description: 'First day it is valid.' })
  validFrom: string;

  @Field(() => DateScalar, { nullable: true, description: 'Last day it is valid (not before `validFrom`).' })
  validUntil?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Any 8–100 letters, digits or . _ : - chosen by the client: a retry with the same key and input records ' +
      'nothing more and answers the same certification.',
  })
  idempotencyKey?: string | null;
}

@InputType('ProductCertificationRemoveInput', { description: 'Removes a quality certification.' })
export class ProductCertificationRemoveInput {
  @Field(() => ID, { description: 'The certification.' })
  id: string;

  @Field(() => Int, {
    description: 'The certification’s `version` the removal is based on (CONFLICT if it has changed since).',
  })
  version: number;
}
