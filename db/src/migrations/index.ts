import { InitialSchema1795881600000 } from './1795881600000-initial-schema';
import { CertificateStatusWithoutCertificate1795968000000 } from './1795968000000-certificate-status-without-certificate';
import { PhotoUpload1796054400000 } from './1796054400000-photo-upload';
import { UserInvitation1796061000000 } from './1796061000000-user-invitation';
import { AuditLogUnit1796141000000 } from './1796141000000-audit-log-unit';
import { AuditLogAction1796141100000 } from './1796141100000-audit-log-action';
import { ProductCurrentCertificate1796141200000 } from './1796141200000-product-current-certificate';
import { CriterionResultMet1796141300000 } from './1796141300000-criterion-result-met';
import { AuditRefusalTally1796141470000 } from './1796141470000-audit-refusal-tally';
import { Inquiry1796141500000 } from './1796141500000-inquiry';
import { ProductBuyerData1796141600000 } from './1796141600000-product-buyer-data';
import { SearchNearWord1796141700000 } from './1796141700000-search-near-word';
import { Partner1796141800000 } from './1796141800000-partner';
import { ChangeFeed1796142000000 } from './1796142000000-change-feed';
import { Webhooks1796142000001 } from './1796142000001-webhooks';
import { ChangeLogHorizon1796142000002 } from './1796142000002-change-log-horizon';
import { ApiKeyPartner1796141900000 } from './1796141900000-api-key-partner';
import { LabelBatch1796142100000 } from './1796142100000-label-batch';
import { CertificateExpiryIndex1796142200000 } from './1796142200000-certificate-expiry-index';

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
  Inquiry1796141500000,
  ProductBuyerData1796141600000,
  SearchNearWord1796141700000,
  Partner1796141800000,
  ApiKeyPartner1796141900000,
  ChangeFeed1796142000000,
  Webhooks1796142000001,
  ChangeLogHorizon1796142000002,
  LabelBatch1796142100000,
  CertificateExpiryIndex1796142200000,
];
