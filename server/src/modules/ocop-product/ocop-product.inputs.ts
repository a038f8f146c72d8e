import { Field, InputType, Int, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/connection';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS } from '../../common/sql/search';
import { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';
import { ProducerType } from '../producer/producer.type';

export enum OcopProductOrderField {
  RELEVANCE = 'RELEVANCE',
  STARS = 'STARS',
  NAME = 'NAME',
  CERTIFIED_ON = 'CERTIFIED_ON',
}
registerEnumType(OcopProductOrderField, {
  name: 'OcopProductOrderField',
  description:
    'What a list of OCOP products can be ordered by. Ties are broken by ID, so the order is total.',
  valuesConfig: {
    RELEVANCE: {
      description:
        'How well the name matches `filter.search`: names holding every word as typed first, then those found ' +
        'through a regional word (chè / trà…), then those one typo away; in each, the exact name, then names that ' +
        'start with it, then closeness. Only with a search.',
    },
    STARS: { description: 'Stars of the current certificate (products never certified count as 0).' },
    NAME: { description: 'Name, alphabetically, ignoring accents and case (Đ sorts with D).' },
    CERTIFIED_ON: { description: 'Decision date of the current certificate.' },
  },
});

@InputType('OcopProductOrder', { description: 'The order of a list of OCOP products.' })
export class OcopProductOrder {
  @Field(() => OcopProductOrderField, { description: 'What to order by.' })
  field: OcopProductOrderField;

  @Field(() => OrderDirection, {
    nullable: true,
    description:
      'Direction of the order. Default: ASC for NAME; DESC (best match, most stars, latest) otherwise.',
  })
  direction?: OrderDirection | null;
}

@InputType('OcopProductFilter', {
  description:
    'Narrows a list of OCOP products. Every field given must hold (AND); a list field matches any of its values (OR).',
})
export class OcopProductFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Words of the name, typed with or without Vietnamese accents and in any case: "gao seng cu" and ' +
      '"GẠO SÉNG CÙ" both find "Gạo Séng Cù Điện Biên"; đ and d are the same letter. Every word must match: a ' +
      'word of 3 letters or more anywhere in the name, a word of 1–2 letters as a whole syllable. A word also ' +
      'matches its regional synonyms ("che shan tuyet" finds "Trà Shan tuyết"; chè/trà, lợn/heo, ngô/bắp, vừng/mè, ' +
      'quả/trái, mì/mỳ), and when nothing matches, one word may be one letter off ("gao seng ku"; a single word ' +
      'only from 6 letters). ' +
      `At most ${MAX_SEARCH_LENGTH} characters and ${MAX_SEARCH_WORDS} words.`,
  })
  search?: string | null;

  @Field(() => [Int], {
    nullable: true,
    description:
      'Stars of the current certificate: any of these values, 1 to 5 (only 3–5 are ever certified).',
  })
  stars?: number[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Code of an OCOP sector (see `ocopSectors`), e.g. "1" for food.',
  })
  sector?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of an OCOP group, e.g. "1.2".' })
  group?: string | null;

  @Field(() => String, { nullable: true, description: 'Code of an OCOP product set, e.g. "1.2.1".' })
  productSet?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Products made in this province (2-digit GSO code). Codes of either side of the 2025 reform work: the ' +
      'origin is followed through the lineage of communes (merges and splits).',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Products made in this district (3-digit GSO code; districts were abolished on 2025-07-01): products ' +
      'recorded on its communes or on the communes these became.',
  })
  districtCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Products made in this commune (5-digit GSO code), of either era: a post-2025 code also finds products ' +
      'recorded on the pre-2025 communes merged into it, and a pre-2025 code those recorded on the commune it ' +
      'became.',
  })
  communeCode?: string | null;

  @Field(() => ProducerType, { nullable: true, description: 'Only products of producers of this type.' })
  producerType?: ProducerType | null;

  @Field(() => [CertificateStatus], {
    nullable: true,
    description:
      'Status today (in Vietnam) of the product’s current certificate (its latest decision): any of these. ' +
      'Default: [VALID], i.e. only products that are OCOP-certified today.',
  })
  certificateStatus?: CertificateStatus[] | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only products changed at or after this instant (`updatedAt >= updatedSince`). To follow every change without ' +
      'missing one while writes go on, use `changes`.',
  })
  updatedSince?: Date | null;
}
