import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';
import { NtmTier } from '../criteria-set/criteria-set.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const RECOGNITION = 'Recognition';

@ObjectType(RECOGNITION, {
  implements: Node,
  description:
    'A decision recognising a unit (commune, village…) at an NTM tier: "đạt chuẩn nông thôn mới", "nâng cao" ' +
    'or "kiểu mẫu". It belongs to the unit as it existed on the decision date (a pre-2025 commune keeps its ' +
    'recognitions after the reform; see its `successors`). It is in force from `decisionDate` until `revokedOn`.',
})
export class Recognition implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;
  unitUuid: string;
  criteriaSetUuid: string | null;

  @Field(() => Int, {
    description:
      'Version of the record, raised by every change; a revocation names the version it is based on.',
  })
  version: number;

  @Field(() => NtmTier, { description: 'The tier recognised.' })
  tier: NtmTier;

  @Field(() => Int, {
    description:
      'The year the recognition certifies ("đạt chuẩn NTM năm 2020"); often the year before `decisionDate` ' +
      '(recognised in 2021 "for 2020").',
  })
  standardYear: number;

  @Field({ description: 'Number of the decision, as written (e.g. "412/QĐ-UBND").' })
  decisionNumber: string;

  @Field(() => DateScalar, {
    description: 'Date of the decision: the first day the recognition is in force.',
  })
  decisionDate: string;

  @Field({ description: 'The body that decided, e.g. "UBND tỉnh Điện Biên".' })
  issuer: string;

  @Field(() => String, {
    nullable: true,
    description: 'Who signed the decision (usually the chairman of the provincial People’s Committee).',
  })
  signer: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the recognition was revoked (from then on it is no longer in force); null if never.',
  })
  revokedOn: string | null;

  @Field(() => String, { nullable: true, description: 'Number of the decision that revoked it, if any.' })
  revocationDecision: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was revoked, as recorded; null if never revoked.',
  })
  revocationReason: string | null;
}
