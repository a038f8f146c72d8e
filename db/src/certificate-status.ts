import type { CertificateStatus } from './entities';

export interface CertificateDates {
  decisionDate: string;
  expiresOn: string;
  revokedOn: string | null;
  supersededOn: string | null;
}

/**
 * A certificate's status on a day (ISO dates compare as strings), the same rule as the SQL
 * function `ocop_certificate_status`: revoked, then superseded, then expired once 36 months
 * have passed, else valid. `null` when it was not issued yet on that day.
 */
export function certificateStatusOn(certificate: CertificateDates, asOf: string): CertificateStatus | null {
  if (certificate.decisionDate > asOf) return null;
  if (certificate.revokedOn !== null && certificate.revokedOn <= asOf) return 'revoked';
  if (certificate.supersededOn !== null && certificate.supersededOn <= asOf) return 'superseded';
  if (certificate.expiresOn <= asOf) return 'expired';
  return 'valid';
}
