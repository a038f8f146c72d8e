import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/user-error';
import { OcopCertificate } from './ocop-certificate.type';

@ObjectType('OcopCertificationRecordPayload', { description: 'Result of `ocopCertificationRecord`.' })
export class OcopCertificationRecordPayload {
  @Field(() => OcopCertificate, {
    nullable: true,
    description: 'The certificate issued (stars and expiry computed); null when refused.',
  })
  certificate: OcopCertificate | null;

  @Field(() => [UserError], {
    description: 'Why nothing was written; empty when the certificate was recorded.',
  })
  userErrors: UserError[];
}

@ObjectType('OcopCertificateRevokePayload', { description: 'Result of `ocopCertificateRevoke`.' })
export class OcopCertificateRevokePayload {
  @Field(() => OcopCertificate, {
    nullable: true,
    description: 'The certificate as it is now: revoked when `userErrors` is empty.',
  })
  certificate: OcopCertificate | null;

  @Field(() => [UserError], { description: 'Why nothing was written; empty when it was revoked.' })
  userErrors: UserError[];
}
