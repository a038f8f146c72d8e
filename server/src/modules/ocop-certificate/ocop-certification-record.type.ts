import { ObjectType } from 'type-graphql';
import { WritePayload } from '../../common/write-payload';
import { OcopCertificate } from './ocop-certificate.type';

@ObjectType('OcopCertificationRecordPayload', { description: 'Result of `ocopCertificationRecord`.' })
export class OcopCertificationRecordPayload extends WritePayload('certificate', () => OcopCertificate, {
  description: 'The certificate issued (stars and expiry computed); null when refused.',
  userErrors: 'Why nothing was written; empty when the certificate was recorded.',
}) {}

@ObjectType('OcopCertificateRevokePayload', { description: 'Result of `ocopCertificateRevoke`.' })
export class OcopCertificateRevokePayload extends WritePayload('certificate', () => OcopCertificate, {
  description: 'The certificate as it is now: revoked when `userErrors` is empty.',
  userErrors: 'Why nothing was written; empty when it was revoked.',
}) {}
