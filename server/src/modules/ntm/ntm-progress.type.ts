import { Field, Int, InterfaceType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';

@ObjectType('NtmTierCounts', {
  description:
    'Rural communes by the highest NTM tier they hold on the day: each commune is counted once, so the four ' +
    'numbers add up to the number of communes.',
})
export class NtmTierCounts {
  @Field(() => Int, { description: 'Communes with no recognition in force (not at NTM standard).' })
  none: number;

  @Field(() => Int, { description: 'Communes at NTM standard and no higher.' })
  standard: number;

  @Field(() => Int, { description: 'Communes at advanced NTM (nâng cao) and not model.' })
  advanced: number;

  @Field(() => Int, { description: 'Communes at model NTM (kiểu mẫu).' })
  model: number;
}

/** The counts shared by a province and each of its districts. */
@InterfaceType('NtmCommuneCounts', {
  description:
    'Rural communes of an area on a day and their NTM tiers. The "atLeast" counts include the higher tiers ' +
    '(an advanced commune is also at NTM standard, as official reports count it); `byHighestTier` counts each ' +
    'commune once.',
})
export abstract class NtmCommuneCounts {
  @Field(() => Int, {
    description:
      'Rural communes (unit type "Xã") valid on the day. Wards (phường), towns (thị trấn) and special zones ' +
      '(đặc khu) are not counted: NTM recognises rural communes.',
  })
  communes: number;

  @Field(() => Int, {
    description:
      'Rural communes at NTM standard or higher on the day (standard + advanced + model): the figure official ' +
      'reports give as "communes at NTM standard".',
  })
  atLeastStandard: number;

  @Field(() => Int, { description: 'Rural communes at advanced NTM or higher (advanced + model).' })
  atLeastAdvanced: number;

  @Field(() => Int, { description: 'Rural communes at model NTM.' })
  atLeastModel: number;

  @Field(() => NtmTierCounts, { description: 'The same communes counted once each, by their highest tier.' })
  byHighestTier: NtmTierCounts;
}

@ObjectType('NtmDistrictProgress', {
  implements: NtmCommuneCounts,
  description:
    'NTM figures of one district of the province on the day (districts exist only before 2025-07-01).',
})
export class NtmDistrictProgress extends NtmCommuneCounts {
  @Field(() => AdministrativeUnit, { description: 'The district.' })
  district: AdministrativeUnit;
}

@ObjectType('NtmProgress', {
  implements: NtmCommuneCounts,
  description:
    'New Rural Development (NTM) figures of a province (or of the whole country) on a day, counted from the recognitions in force and the ' +
    'evaluations recorded then: the figures of provincial progress reports.',
})
export class NtmProgress extends NtmCommuneCounts {
  @Field(() => AdministrativeUnit, {
    nullable: true,
    description: 'The province, as it existed on the day; null for the whole country.',
  })
  province: AdministrativeUnit | null;

  @Field(() => DateScalar, { description: 'The day the figures are for.' })
  asOf: string;

  @Field(() => [NtmDistrictProgress], {
    description:
      'The figures of each district that has rural communes, by district code. Districts were abolished on ' +
      '2025-07-01: for a day from then on the list is empty (communes belong to the province directly). Empty ' +
      'for the whole country (ask province by province).',
  })
  byDistrict: NtmDistrictProgress[];

  @Field(() => [AdministrativeUnit], {
    description:
      'Districts that have rural communes but none at NTM standard or higher on the day, by code. Empty from ' +
      '2025-07-01 (no districts), and for the whole country.',
  })
  districtsWithoutStandardCommune: AdministrativeUnit[];

  /**
   * The figures computed only when a field asks for them, each by one statement shared by the
   * fields that need it (see NtmProgressService).
   */
  villageFigures?: Promise<{ villages: number; atStandard: number }>;
  criteriaFigures?: Promise<{ criteriaSetUuid: string | null; evaluated: number; average: number | null }>;
}
