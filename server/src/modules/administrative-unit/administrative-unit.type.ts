import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionType } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';

/** GraphQL type names, also the prefix inside global IDs (see common/node-id.ts). */
export const ADMINISTRATIVE_UNIT = 'AdministrativeUnit';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum UnitLevel {
  PROVINCE = 'province',
  DISTRICT = 'district',
  COMMUNE = 'commune',
  VILLAGE = 'village',
}
registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'The level of an administrative unit in the hierarchy.',
  valuesConfig: {
    PROVINCE: { description: 'Province or centrally-run city (tỉnh, thành phố trực thuộc trung ương).' },
    DISTRICT: {
      description:
        'District-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh); abolished on 2025-07-01, ' +
        'so every district has a validTo.',
    },
    COMMUNE: { description: 'Commune-level unit (xã, phường, thị trấn; đặc khu since 2025-07-01).' },
    VILLAGE: {
      description:
        'Village or residential group (thôn, bản, ấp, tổ dân phố); has no national code and is recorded by ' +
        'the platform’s users.',
    },
  },
});

export enum LineageKind {
  MERGE = 'merge',
  SPLIT = 'split',
  RENAME = 'rename',
  CONTINUE = 'continue',
}
registerEnumType(LineageKind, {
  name: 'LineageKind',
  description: 'How an administrative unit became another one in a reorganisation.',
  valuesConfig: {
    MERGE: { description: 'Several old units became one new unit.' },
    SPLIT: { description: 'One old unit was divided among several new units.' },
    RENAME: { description: 'One old unit became one new unit with another name, type or code.' },
    CONTINUE: { description: 'One old unit became one new unit with the same name and type.' },
  },
});

export enum LineageShare {
  FULL = 'full',
  PARTIAL = 'partial',
}
registerEnumType(LineageShare, {
  name: 'LineageShare',
  description: 'How much of the old unit went into the new unit.',
  valuesConfig: {
    FULL: { description: 'The whole territory and population of the old unit.' },
    PARTIAL: { description: 'Only part of the old unit (the rest went to other units).' },
  },
});

@ObjectType(ADMINISTRATIVE_UNIT, {
  implements: Node,
  description:
    'An administrative unit (province, district, commune or village) in one period of its existence. ' +
    'Units are never overwritten: when the 1 July 2025 reform merged units, the old ones were closed ' +
    '(validTo = 2025-07-01) and new ones opened, linked by lineage edges (predecessors / successors). ' +
    'The same official code can therefore belong to two units of different periods.',
})
export class AdministrativeUnit implements Node {
  id: string;

  /** Database key; not part of the API (clients see only the opaque `id`). */
  uuid: string;

  @Field(() => Date, {
    description:
      'When this unit last changed (any of its fields), by the platform’s clock. For a sync that misses nothing ' +
      'while writes go on, follow `changes` instead: a change may commit after a later-stamped one.',
  })
  updatedAt: Date;

  /** Database key of the parent; resolved through a DataLoader. */
  parentUuid: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Official GSO code, a zero-padded string: province 2 digits, district 3, commune 5. Null for villages, ' +
      'which have no national code.',
  })
  code: string | null;

  @Field(() => UnitLevel, { description: 'Level of the unit in the hierarchy.' })
  level: UnitLevel;

  @Field({
    description:
      'Type of unit as written in Vietnamese, the prefix of fullName: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, ' +
      'Phường, Thị trấn, Đặc khu, Thôn, Bản…',
  })
  unitType: string;

  @Field({ description: 'Name without the type prefix, Unicode NFC (e.g. "Thanh Hưng").' })
  name: string;

  @Field({ description: 'Name with the type prefix, Unicode NFC (e.g. "Xã Thanh Hưng").' })
  fullName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name without diacritics as used in English (e.g. "Thanh Hung"), when known.',
  })
  nameEn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the unit existed in this form; null when it predates the records.',
  })
  validFrom: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'First day the unit no longer existed in this form (exclusive); null while it still exists.',
  })
  validTo: string | null;
}

@ObjectType('LineageEdge', {
  description:
    'One edge in the history of administrative units: an old unit that became (all or part of) a new unit ' +
    'on a given day. Seen from the new unit it is a predecessor, from the old unit a successor.',
})
export class LineageEdge {
  @Field(() => LineageKind, { description: 'How the old unit became the new one.' })
  kind: LineageKind;

  @Field(() => LineageShare, { description: 'Whether all or only part of the old unit went to the new one.' })
  share: LineageShare;

  @Field(() => DateScalar, { description: 'The day the change took effect (the new unit’s first day).' })
  effectiveOn: string;

  @Field(() => String, {
    nullable: true,
    description: 'The legal documents that decided the change (resolutions, decisions), as cited.',
  })
  legalBasis: string | null;

  @Field(() => AdministrativeUnit, {
    description:
      'The unit on the other side of the edge: the older unit in `predecessors`, the newer one in `successors`.',
  })
  unit: AdministrativeUnit;
}

export const AdministrativeUnitConnection = connectionType(
  AdministrativeUnit,
  ADMINISTRATIVE_UNIT,
  'administrative units',
);
export type AdministrativeUnitConnection = InstanceType<typeof AdministrativeUnitConnection>;
