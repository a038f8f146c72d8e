import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
import { CertificateNumberProblem, MAX_CERTIFICATE_NUMBER_LENGTH } from './certificate-number';
import { CertificateStatus, OcopCertificate } from './ocop-certificate.type';

@ObjectType('CertificateVerification', {
  description:
    'The answer to "is this OCOP label genuine and still valid?" for a certificate number typed from a label ' +
    'or read from its QR code. Only status VALID means the product is OCOP-certified today; `message` says so ' +
    'in plain Vietnamese (`messageEn` in English).',
})
export class CertificateVerification {
  /** Database keys; not part of the API. */
  productUuid: string | null;
  producerUuid: string | null;

  @Field({ description: 'The number that was checked, as typed (trimmed, Unicode NFC).' })
  number: string;

  @Field({
    description:
      'Whether the number is one the platform knows: a certificate really issued. A genuine number can still ' +
      'be expired, revoked or replaced: read `status`.',
  })
  genuine: boolean;

  @Field(() => CertificateStatus, {
    nullable: true,
    description:
      'Status of the certificate today (in Vietnam); null when the number is unknown (or the decision is dated ' +
      'after today).',
  })
  status: CertificateStatus | null;

  @Field(() => DateScalar, { description: 'The day the status is given for: today in Vietnam.' })
  checkedOn: string;

  @Field(() => Int, { nullable: true, description: 'Stars of this certificate; null when unknown.' })
  stars: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'The day the certificate expires (36 months after its decision): valid before it, expired from that day ' +
      'on unless revoked or replaced earlier — `OcopCertificate.expiresOn`. Null when the number is unknown.',
  })
  expiresOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Only when VALID: the day the certificate expires (36 months after its decision) — valid until then, ' +
      'expired from that day on.',
    deprecationReason:
      'Use `expiresOn` (the same day, given whatever the status; "until" read as a last valid day misled). ' +
      'Kept at least until 2027-06-03.',
  })
  validUntil: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only when EXPIRED: the day it expired (36 months after its decision).',
  })
  expiredOn: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only when REVOKED: the day it was revoked.' })
  revokedOn: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Only when SUPERSEDED: the day a newer certificate replaced it (see `currentCertificate`).',
  })
  supersededOn: string | null;

  @Field({
    description:
      'One or two sentences in Vietnamese for the buyer, e.g. "Chứng nhận OCOP hợp lệ đến 12/09/2028: …", ' +
      '"Đã hết hạn từ 20/09/2025: …", "Đã bị thu hồi ngày 10/04/2025: …", "Không tìm thấy số chứng nhận này. …". ' +
      'Only a VALID certificate’s message says "hợp lệ".',
  })
  message: string;

  @Field({
    description:
      'The same in English, with unambiguous dates (e.g. "Valid OCOP certificate until 12 September 2028: …"). ' +
      'Only a VALID certificate’s message says "valid".',
  })
  messageEn: string;

  @Field(() => OcopCertificate, {
    nullable: true,
    description: 'The certificate with this number; null when unknown.',
  })
  certificate: OcopCertificate | null;

  @Field(() => OcopCertificate, {
    nullable: true,
    description:
      'The product’s current certificate (its latest decision) when it is not this one — e.g. the one that ' +
      'replaced a superseded or expired certificate; null otherwise.',
  })
  currentCertificate: OcopCertificate | null;
}

registerEnumType(CertificateNumberProblem, {
  name: 'CertificateNumberProblem',
  description:
    'Why a text cannot be a certificate number, so that it was not looked up (`verifyOcopCertificates`). ' +
    'A number that is well formed but not issued is not a problem: its verification says `genuine: false`.',
  valuesConfig: {
    EMPTY: { description: 'Empty, or only spaces.' },
    TOO_LONG: {
      description: `Longer than ${MAX_CERTIFICATE_NUMBER_LENGTH} characters once trimmed: no certificate number is.`,
    },
    NO_LETTERS_OR_DIGITS: { description: 'Only dashes, dots or other signs: no letter or digit to look up.' },
  },
});

@ObjectType('CertificateNumberCheck', {
  description:
    'One entry of `verifyOcopCertificates`: a number as it was asked and its answer — either a ' +
    '`verification` (the same as `verifyOcopCertificate` gives for it) or, when the text cannot be a ' +
    'certificate number, a `problem`. Exactly one of the two is set.',
})
export class CertificateNumberCheck {
  @Field({
    description:
      'The number exactly as sent at this position of `numbers` (not trimmed), so that answers can be matched ' +
      'to questions by text as well as by position.',
  })
  number: string;

  @Field(() => CertificateVerification, {
    nullable: true,
    description: 'The answer for this number; null only when `problem` says why it was not looked up.',
  })
  verification: CertificateVerification | null;

  @Field(() => CertificateNumberProblem, {
    nullable: true,
    description: 'Why this text was not looked up; null when it was (see `verification`).',
  })
  problem: CertificateNumberProblem | null;
}
