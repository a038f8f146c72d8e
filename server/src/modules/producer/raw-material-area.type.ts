import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum AreaCertification {
  NONE = 'none',
  VIETGAP = 'vietgap',
  ORGANIC = 'organic',
  GLOBALGAP = 'globalgap',
}
registerEnumType(AreaCertification, {
  name: 'AreaCertification',
  description: 'The farming standard a raw-material area is certified to.',
  valuesConfig: {
    NONE: { description: 'No certification recorded.' },
    VIETGAP: { description: 'VietGAP (Vietnamese Good Agricultural Practices).' },
    ORGANIC: { description: 'Organic (hữu cơ).' },
    GLOBALGAP: { description: 'GlobalG.A.P.' },
  },
});

@ObjectType('RawMaterialArea', {
  description: 'Land a producer grows the raw material of its products on (vùng nguyên liệu).',
})
export class RawMaterialArea {
  /** Database keys; not part of the API. */
  uuid: string;
  producerUuid: string;
  productUuid: string | null;
  communeUuid: string | null;

  @Field({ description: 'What is grown or raised, e.g. "Lúa Séng Cù".' })
  crop: string;

  @Field(() => Float, { description: 'Area in hectares (two decimals).' })
  areaHa: number;

  @Field(() => AreaCertification, { description: 'The farming standard the area is certified to.' })
  certification: AreaCertification;

  @Field(() => Int, { nullable: true, description: 'Households farming the area, when known.' })
  households: number | null;

  @Field(() => String, { nullable: true, description: 'Description, in Vietnamese.' })
  description: string | null;
}
