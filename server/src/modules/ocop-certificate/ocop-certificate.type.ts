import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { Node } from '../../common/node.type';

/** GraphQL type name, also the prefix inside global IDs (see common/node-id.ts). */
export const OCOP_CERTIFICATE = 'OcopCertificate';

/** The enum values are the database's spellings (`ocop_certificate_status`), so rows pass unchanged. */
export enum CertificateStatus {
  VALID = 'valid',
  EXPIRED = 'expired',
  REVOKED = 'revoked',
  SUPERSEDED = 'superseded',
}
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description:
    'The status of an OCOP certificate on a given day. It is derived from the certificate’s dates, never ' +
    'stored, so a certificate cannot read as valid after its 36 months have passed.',
  valuesConfig: {
    VALID: {
      description: 'Issued, not yet expired, not revoked, not replaced: the product is OCOP-certified.',
    },
    EXPIRED: {
      description:
        'More than 36 months have passed since the decision and no re-certification replaced it: the product is ' +
        'no longer OCOP-certified under this certificate.',
    },
    REVOKED: { description: 'Withdrawn by the issuing authority (thu hồi): no longer valid.' },
    SUPERSEDED: {
      description:
        'Replaced by a newer certificate of the same product (re-certified before it expired): no longer valid ' +
        'itself; the newer certificate is the one to check.',
    },
  },
});

export enum CertificateIssuerLevel {
  DISTRICT = 'district',
  PROVINCE = 'province',
  NATIONAL = 'national',
}
registerEnumType(CertificateIssuerLevel, {
  name: 'CertificateIssuerLevel',
  description: 'Which level of government issued an OCOP certificate.',
  valuesConfig: {
    DISTRICT: {
      description:
        'A district People’s Committee (3★ under Decision 148/QĐ-TTg, 2023 until the 2025 reform).',
    },
    PROVINCE: { description: 'A provincial People’s Committee (3★ and 4★).' },
    NATIONAL: { description: 'The national OCOP council (5★).' },
  },
});

@ObjectType(OCOP_CERTIFICATE, {
  implements: Node,
  description:
    'An OCOP certification decision for one product: its number (printed on the label and in its QR code), ' +
    'score, stars, decision and issuer. It is valid for 36 months from the decision unless revoked or replaced ' +
    'by a re-certification; `status` tells which on any day.',
})
export class OcopCertificate implements Node {
  id: string;

  /** Database keys; not part of the API. */
  uuid: string;

  @Field(() => Date, {
    description:
      'When this certificate last changed (any of its fields), by the platform’s clock. For a sync that misses nothing ' +
      'while writes go on, follow `changes` instead: a change may commit after a later-stamped one.',
  })
  updatedAt: Date;
  productUuid: string;
  issuerUnitUuid: string | null;
  supersededByUuid: string | null;

  @Field(() => Int, {
    description:
      'Version of the record, raised by every change; a revocation names the version it is based on.',
  })
  version: number;

  @Field({ description: 'The certificate number, as printed on the label (e.g. "OCOP-11-2025-0001").' })
  certificateNumber: string;

  @Field(() => Int, { description: 'Stars awarded, 3 to 5 (only 3★–5★ products are certified).' })
  stars: number;

  @Field(() => Float, {
    description: 'Score out of 100 (Decision 148: A 40 + B 25 + C 35); the stars follow its band.',
  })
  score: number;

  @Field({ description: 'Number of the decision that certified the product, e.g. "1526/QĐ-UBND".' })
  decisionNumber: string;

  @Field(() => DateScalar, { description: 'Date of the decision; the certificate is valid from this day.' })
  decisionDate: string;

  @Field(() => CertificateIssuerLevel, { description: 'Level of government that issued the certificate.' })
  issuerLevel: CertificateIssuerLevel;

  @Field({ description: 'The issuing authority as named on the decision, e.g. "UBND tỉnh Điện Biên".' })
  issuerName: string;

  @Field(() => DateScalar, {
    description:
      'The first day the certificate is no longer valid: 36 months after the decision. From this day on its ' +
      'status is EXPIRED (unless it was revoked or replaced earlier).',
  })
  expiresOn: string;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day it was revoked, from which it is no longer valid; null when never revoked.',
  })
  revokedOn: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was revoked, as recorded; null when not revoked.',
  })
  revocationReason: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day a re-certification of the same product replaced it (see `supersededBy`); null when never replaced.',
  })
  supersededOn: string | null;
}
