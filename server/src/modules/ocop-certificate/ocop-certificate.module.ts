import type { ApiModule } from '../module';
import { createOcopCertificateLoaders } from './ocop-certificate.loaders';
import { CertificateVerificationResolver } from './certificate-verification.resolver';
import { OcopCertificateResolver } from './ocop-certificate.resolver';
import { OcopCertificationRecordResolver } from './ocop-certification-record.resolver';

/** OCOP certificates: reading them, checking one by its number, officials' certifications and revocations. */
export const ocopCertificateModule = {
  resolvers: [CertificateVerificationResolver, OcopCertificateResolver, OcopCertificationRecordResolver],
  loaders: createOcopCertificateLoaders,
} satisfies ApiModule;
