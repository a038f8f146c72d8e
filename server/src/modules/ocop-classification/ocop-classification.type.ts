import { Field, ObjectType } from 'type-graphql';

/**
 * The OCOP product classification of Decision 148/QĐ-TTg, Appendix I: sectors → groups →
 * product sets. Reference data (a few dozen rows), read whole once per request.
 */

@ObjectType('OcopSector', {
  description:
    'A sector (ngành) of the OCOP classification (Decision 148/QĐ-TTg, Appendix I): food, beverages, ' +
    'medicinal herbs, handicrafts, ornamental plants and animals, community and eco-tourism services.',
})
export class OcopSector {
  /** Database key; not part of the API. */
  uuid: string;

  @Field({ description: 'Code of the sector, e.g. "1" for food.' })
  code: string;

  @Field({ description: 'Name in Vietnamese, e.g. "Thực phẩm".' })
  nameVi: string;

  @Field({ description: 'Name in English, e.g. "Food".' })
  nameEn: string;

  @Field(() => [OcopGroup], { description: 'The groups of the sector, by code.' })
  groups: OcopGroup[];
}

@ObjectType('OcopGroup', { description: 'A group (nhóm) of the OCOP classification, inside a sector.' })
export class OcopGroup {
  /** Database key; not part of the API. */
  uuid: string;

  @Field({ description: 'Code of the group, e.g. "1.2".' })
  code: string;

  @Field({ description: 'Name in Vietnamese, e.g. "Thực phẩm thô, sơ chế".' })
  nameVi: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => OcopSector, { description: 'The sector the group belongs to.' })
  sector: OcopSector;

  @Field(() => [OcopProductSet], { description: 'The product sets of the group, by code.' })
  productSets: OcopProductSet[];
}

@ObjectType('OcopProductSet', {
  description:
    'A product set (bộ sản phẩm) of the OCOP classification: the leaf a product is scored by (its scoring sheet).',
})
export class OcopProductSet {
  /** Database key; not part of the API. */
  uuid: string;

  @Field({ description: 'Code of the product set, e.g. "1.2.1" (sector 1, group 2, set 1).' })
  code: string;

  @Field({ description: 'Name in Vietnamese, e.g. "Gạo, ngũ cốc, hạt sơ chế khác".' })
  nameVi: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => OcopGroup, { description: 'The group the product set belongs to.' })
  group: OcopGroup;
}

@ObjectType('OcopClassification', {
  description: 'Where a product sits in the OCOP classification: its sector, group and product set.',
})
export class OcopClassification {
  @Field(() => OcopSector, { description: 'The sector (ngành).' })
  sector: OcopSector;

  @Field(() => OcopGroup, { description: 'The group (nhóm) inside the sector.' })
  group: OcopGroup;

  @Field(() => OcopProductSet, { description: 'The product set (bộ sản phẩm) inside the group.' })
  productSet: OcopProductSet;
}

/** The whole classification, with lookups by database key. */
export interface OcopClassificationTree {
  sectors: OcopSector[];
  sectorById: Map<string, OcopSector>;
  productSetById: Map<string, OcopProductSet>;
}
