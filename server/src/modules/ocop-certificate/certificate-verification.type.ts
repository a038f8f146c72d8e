import { Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../common/date.scalar';
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
      'Only when VALID: the day the certificate expires (36 months after its decision) — valid until then, ' +
      'expired from that day on.',
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
