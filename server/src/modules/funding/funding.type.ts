import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../common/node.type';
import { VndScalar } from '../../common/vnd.scalar';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const FUNDING_RECORD = 'FundingRecord';

/** The enum values are the database's spellings, so rows pass through unchanged. */
export enum FundingProgramme {
  NTM = 'ntm',
  OCOP = 'ocop',
}
registerEnumType(FundingProgramme, {
  name: 'FundingProgramme',
  description: 'The programme an amount was mobilised for.',
  valuesConfig: {
    NTM: { description: 'New Rural Development (nông thôn mới).' },
    OCOP: { description: 'One Commune One Product (mỗi xã một sản phẩm).' },
  },
});

export enum FundingSource {
  CENTRAL_BUDGET = 'central_budget',
  LOCAL_BUDGET = 'local_budget',
  INTEGRATED_PROGRAMMES = 'integrated_programmes',
  CREDIT = 'credit',
  ENTERPRISE = 'enterprise',
  COMMUNITY = 'community',
}
registerEnumType(FundingSource, {
  name: 'FundingSource',
  description: 'Where mobilised money came from.',
  valuesConfig: {
    CENTRAL_BUDGET: { description: 'The central state budget.' },
    LOCAL_BUDGET: { description: 'Provincial, district and commune budgets.' },
    INTEGRATED_PROGRAMMES: {
      description: 'Other national target programmes and projects integrated (lồng ghép).',
    },
    CREDIT: { description: 'Credit (social-policy bank, Agribank…).' },
    ENTERPRISE: { description: 'Enterprises and cooperatives.' },
    COMMUNITY: { description: 'People’s contributions in money, land and labour.' },
  },
});

@ObjectType(FUNDING_RECORD, {
  implements: Node,
  description: 'Money mobilised for NTM or OCOP in a unit and a year, from one source, in whole đồng.',
})
export class FundingRecord implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;
  unitUuid: string;

  @Field(() => Int, { description: 'Version of the record, raised by every change.' })
  version: number;

  @Field(() => Int, { description: 'The year.' })
  year: number;

  @Field(() => FundingProgramme, { description: 'The programme.' })
  programme: FundingProgramme;

  @Field(() => FundingSource, { description: 'Where the money came from.' })
  source: FundingSource;

  @Field(() => VndScalar, { description: 'The amount, in whole đồng.' })
  amountVnd: string;

  @Field(() => String, { nullable: true, description: 'What it was for, in Vietnamese.' })
  purpose: string | null;
}
