import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/connection';
import { ProducerType } from './producer.type';

export enum ProducerOrderField {
  NAME = 'NAME',
  PRODUCT_COUNT = 'PRODUCT_COUNT',
  VALID_PRODUCT_COUNT = 'VALID_PRODUCT_COUNT',
}
registerEnumType(ProducerOrderField, {
  name: 'ProducerOrderField',
  description: 'What a list of producers can be ordered by. Ties are broken by ID, so the order is total.',
  valuesConfig: {
    NAME: { description: 'Name, alphabetically, ignoring accents and case (Đ sorts with D).' },
    PRODUCT_COUNT: { description: 'Number of its products, whatever their certificates (`productCount`).' },
    VALID_PRODUCT_COUNT: {
      description: 'Number of its products with a valid OCOP certificate today (`validProductCount`).',
    },
  },
});

@InputType('ProducerOrder', { description: 'The order of a list of producers.' })
export class ProducerOrder {
  @Field(() => ProducerOrderField, { description: 'What to order by.' })
  field: ProducerOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description: 'Direction of the order. Default: ASC for NAME; DESC (most products first) otherwise.',
  })
  direction?: OrderDirection | null;
}

@InputType('ProducerFilter', {
  description: 'Narrows a list of producers. Every field given must hold (AND).',
})
export class ProducerFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words of the name, with or without accents, in any case; every word must match (as in `OcopProductFilter.search`).',
  })
  search?: string | null;

  @Field(() => ProducerType, { nullable: true, description: 'Only producers of this legal form.' })
  type?: ProducerType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Producers registered in this province (2-digit GSO code, either side of the 2025 reform).',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Producers registered in this pre-2025 district (3-digit GSO code), or in the communes it became.',
  })
  districtCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Producers registered in this commune (5-digit GSO code), followed through the 2025 reform as for products.',
  })
  communeCode?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only producers changed at or after this instant (`updatedAt >= updatedSince`). To follow every change without ' +
      'missing one while writes go on, use `changes`.',
  })
  updatedSince?: Date | null;
}
