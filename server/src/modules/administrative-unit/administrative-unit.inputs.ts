import { Field, InputType, registerEnumType } from 'type-graphql';
import { OrderDirection } from '../../common/connection';
import { DateScalar } from '../../common/date.scalar';
import { MAX_SEARCH_LENGTH, MAX_SEARCH_WORDS } from '../../common/sql/search';
import { NtmStatus } from '../ntm/ntm-status';

@InputType('CommuneFilter', {
  description:
    'Which commune-level units `communes` lists. All the given conditions must hold. The list is of the units ' +
    'valid on `asOf` (default today in Vietnam): today’s communes, or with e.g. `asOf: "2021-06-30"` the ' +
    'communes as they were before the 1 July 2025 reform.',
})
export class CommuneFilter {
  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the communes must have existed on, and the day `ntmStatus` is evaluated on. Default: today in ' +
      'Vietnam.',
  })
  asOf?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'GSO code of the province (2 digits). Works in both periods: before the reform a commune belongs to the ' +
      'province through its district; from 2025-07-01 directly.',
  })
  provinceCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'GSO code of the district (3 digits). Districts were abolished on 2025-07-01: use it with an `asOf` before ' +
      'that day, otherwise the list is empty.',
  })
  districtCode?: string | null;

  @Field(() => [NtmStatus], {
    nullable: true,
    description:
      'Only communes whose NTM status on `asOf` is one of these (e.g. [STANDARD, ADVANCED, MODEL] for every ' +
      'commune at NTM standard or higher). The status is the unit’s own: a commune formed in 2025 does not ' +
      'inherit the recognitions of its predecessors.',
  })
  ntmStatus?: NtmStatus[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words of the name, accent- and case-insensitive ("thanh hung" finds "Thanh Hưng"; đ and d are the same ' +
      `letter). Every word must occur in the name. At most ${MAX_SEARCH_LENGTH} characters and ${MAX_SEARCH_WORDS} words.`,
  })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Type of unit as written in Vietnamese, exactly: "Xã", "Phường", "Thị trấn" or "Đặc khu".',
  })
  unitType?: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'Only communes changed at or after this instant (`updatedAt >= updatedSince`). To follow every change without ' +
      'missing one while writes go on, use `changes`.',
  })
  updatedSince?: Date | null;
}

export enum CommuneOrderField {
  CODE = 'code',
  NAME = 'name',
  CRITERIA_MET = 'criteria_met',
}
registerEnumType(CommuneOrderField, {
  name: 'CommuneOrderField',
  description: 'What `communes` can be sorted by. Ties are broken by an internal key, so the order is total.',
  valuesConfig: {
    CODE: { description: 'GSO code.' },
    NAME: { description: 'Name in Vietnamese alphabetical order.' },
    CRITERIA_MET: {
      description:
        'Criteria met in the commune’s latest evaluation (on or before `filter.asOf`) against the national ' +
        'commune criteria set in force that day; communes without such an evaluation come last in both ' +
        'directions.',
    },
  },
});

@InputType('CommuneOrder', { description: 'How `communes` is sorted.' })
export class CommuneOrder {
  @Field(() => CommuneOrderField, { description: 'The value to sort by.' })
  field: CommuneOrderField;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: 'Ascending or descending.' })
  direction: OrderDirection;
}
