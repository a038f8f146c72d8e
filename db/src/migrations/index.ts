import { InitialSchema1795881600000 } from './1795881600000-initial-schema';
import { CertificateStatusWithoutCertificate1795968000000 } from './1795968000000-certificate-status-without-certificate';
import { PhotoUpload1796054400000 } from './1796054400000-photo-upload';
import { UserInvitation1796061000000 } from './1796061000000-user-invitation';
import { AuditLogUnit1796141000000 } from './1796141000000-audit-log-unit';
import { AuditLogAction1796141100000 } from './1796141100000-audit-log-action';
import { ProductCurrentCertificate1796141200000 } from './1796141200000-product-current-certificate';
import { CriterionResultMet1796141300000 } from './1796141300000-criterion-result-met';
import { AuditRefusalTally1796141470000 } from './1796141470000-audit-refusal-tally';

/** Every migration, in order. Listed explicitly so a build never depends on a file glob. */
export const MIGRATIONS = [
  InitialSchema1795881600000,
  CertificateStatusWithoutCertificate1795968000000,
  PhotoUpload1796054400000,
  UserInvitation1796061000000,
  AuditLogUnit1796141000000,
  AuditLogAction1796141100000,
  ProductCurrentCertificate1796141200000,
  CriterionResultMet1796141300000,
  AuditRefusalTally1796141470000,
];
