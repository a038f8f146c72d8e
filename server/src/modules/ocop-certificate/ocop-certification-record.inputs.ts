import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';

@InputType('OcopCertificationRecordInput', {
  description:
    'An OCOP certification decision for a product. The stars follow from the score (Decision 148/QĐ-TTg: 5★ 90–100, ' +
    '4★ 70–89, 3★ 50–69; below 50 is not certified) and the expiry from the decision date (36 months); neither ' +
    'can be given.',
})
export class OcopCertificationRecordInput {
  @Field(() => ID, {
    description: 'The product certified; its origin commune must be inside the official’s unit.',
  })
  productId: string;

  @Field(() => Float, {
    description:
      'The score out of 100 (A 40 + B 25 + C 35) with at most one decimal, as councils give it (76.5); 50 or more to be certified.',
  })
  score: number;

  @Field({ description: 'Number of the certifying decision, e.g. "1526/QĐ-UBND" (1–100 characters).' })
  decisionNumber: string;

  @Field(() => DateScalar, {
    description:
      'Date of the decision: not in the future, and after the product’s latest certificate (a new certificate ' +
      'replaces the one valid on that day).',
  })
  decisionDate: string;

  @Field({
    description:
      'The certificate number printed on the label, unique (e.g. "OCOP-11-2026-0042"; 1–100 characters).',
  })
  certificateNumber: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The issuing authority as named on the decision; by default the People’s Committee of the product’s ' +
      'province (of its district for a 3★ decided between Decision 148 and the 2025 reform), and the national ' +
      'OCOP council for 5★.',
  })
  issuerName?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A key chosen by the client (8–100 characters) that makes a retry safe (one certificate).',
  })
  idempotencyKey?: string | null;
}

@InputType('OcopCertificateRevokeInput', { description: 'The revocation (thu hồi) of an OCOP certificate.' })
export class OcopCertificateRevokeInput {
  @Field(() => ID, { description: 'The certificate.' })
  id: string;

  @Field(() => Int, {
    description: 'The certificate’s `version` the revocation is based on; a stale one is answered CONFLICT.',
  })
  version: number;

  @Field(() => DateScalar, {
    description: 'The first day it is no longer valid: on or after its decision date, not in the future.',
  })
  revokedOn: string;

  @Field({ description: 'Why it is revoked (1–2,000 characters).' })
  reason: string;
}
