import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';
import { UnitLevel } from '../administrative-unit/administrative-unit.type';

/** GraphQL type names, also the prefixes inside global IDs (see common/node-id.ts). */
export const CRITERIA_SET = 'CriteriaSet';
export const CRITERION = 'Criterion';

export enum NtmTier {
  STANDARD = 'standard',
  ADVANCED = 'advanced',
  MODEL = 'model',
}
registerEnumType(NtmTier, {
  name: 'NtmTier',
  description: 'The tier of New Rural Development (nông thôn mới, NTM) a criteria set measures.',
  valuesConfig: {
    STANDARD: { description: 'NTM standard (đạt chuẩn nông thôn mới).' },
    ADVANCED: { description: 'Advanced NTM (nông thôn mới nâng cao).' },
    MODEL: { description: 'Model NTM (nông thôn mới kiểu mẫu).' },
  },
});

export enum IssuerLevel {
  NATIONAL = 'national',
  PROVINCE = 'province',
}
registerEnumType(IssuerLevel, {
  name: 'IssuerLevel',
  description: 'Which level of government issued a criteria set.',
  valuesConfig: {
    NATIONAL: { description: 'The Prime Minister (national set).' },
    PROVINCE: { description: 'A provincial People’s Committee (provincial set).' },
  },
});

@ObjectType(CRITERIA_SET, {
  implements: Node,
  description:
    'A set of NTM criteria (bộ tiêu chí) for one level of unit and one tier, issued by a legal document and ' +
    'in force for a period. Several sets are in force at once (national and provincial ones, per tier).',
})
export class CriteriaSet implements Node {
  id: string;

  /** Database key; not part of the API. */
  uuid: string;

  @Field({ description: 'Stable natural key of the set, e.g. "NTM-COMMUNE-2021-2025".' })
  code: string;

  @Field({ description: 'Name in Vietnamese, as in the legal document.' })
  nameVi: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => IssuerLevel, { description: 'Whether the set is national or provincial.' })
  issuerLevel: IssuerLevel;

  @Field({ description: 'The issuing authority, e.g. "Thủ tướng Chính phủ" or "UBND tỉnh Điện Biên".' })
  issuer: string;

  @Field({ description: 'The legal document that issued the set, e.g. "Quyết định 318/QĐ-TTg".' })
  legalDocument: string;

  @Field(() => DateScalar, { nullable: true, description: 'Date of the legal document, when known.' })
  legalDocumentDate: string | null;

  @Field(() => DateScalar, { description: 'First day of the period the set applies to.' })
  periodStart: string;

  @Field(() => DateScalar, { description: 'Last day of the period the set applies to (inclusive).' })
  periodEnd: string;

  @Field(() => UnitLevel, { description: 'The level of unit the set measures (village, commune…).' })
  unitLevel: UnitLevel;

  @Field(() => NtmTier, { description: 'The NTM tier the set measures.' })
  tier: NtmTier;

  @Field({
    description:
      'True when the criterion names are a plausible reconstruction rather than the official text; see `note`.',
  })
  illustrative: boolean;

  @Field(() => String, { nullable: true, description: 'Remarks on the set or on the sources of its data.' })
  note: string | null;
}

@ObjectType(CRITERION, {
  implements: Node,
  description: 'One criterion (tiêu chí) of a criteria set, numbered as in its legal document.',
})
export class Criterion implements Node {
  id: string;

  /** Database key; not part of the API. */
  uuid: string;

  @Field(() => Int, { description: 'Number of the criterion in its set (1, 2, …).' })
  number: number;

  @Field({ description: 'Group of criteria it belongs to, in Vietnamese (e.g. "Hạ tầng kinh tế - xã hội").' })
  groupVi: string;

  @Field({ description: 'Group of criteria it belongs to, in English.' })
  groupEn: string;

  @Field({ description: 'Name in Vietnamese (e.g. "Giao thông").' })
  nameVi: string;

  @Field({ description: 'Name in English (e.g. "Transport").' })
  nameEn: string;
}

@ObjectType('Indicator', {
  description:
    'An indicator (chỉ tiêu) of a criterion, e.g. "10.1 income per capita". Targets often differ by region or ' +
    'commune group; `target` is given only where one target applies everywhere.',
})
export class Indicator {
  /** Database key of its criterion; not part of the API. */
  criterionUuid: string;

  @Field({ description: 'Code of the indicator within its criterion, e.g. "10.1".' })
  code: string;

  @Field({ description: 'Name in Vietnamese.' })
  nameVi: string;

  @Field({ description: 'Name in English.' })
  nameEn: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The target to reach, as written in the legal document; null where it differs by region or group.',
  })
  target: string | null;
}
