export * from './base';
export * from './administrative-unit.entity';
export * from './unit-lineage.entity';
export * from './criteria-set.entity';
export * from './criterion.entity';
export * from './indicator.entity';
export * from './evaluation.entity';
export * from './criterion-result.entity';
export * from './recognition.entity';
export * from './producer.entity';
export * from './ocop-sector.entity';
export * from './ocop-group.entity';
export * from './ocop-product-set.entity';
export * from './ocop-product.entity';
export * from './ocop-certificate.entity';
export * from './product-listing.entity';
export * from './sales-channel.entity';
export * from './product-photo.entity';
export * from './photo-upload.entity';
export * from './product-trade-detail.entity';
export * from './product-certification.entity';
export * from './raw-material-area.entity';
export * from './linkage.entity';
export * from './funding-record.entity';
export * from './app-user.entity';
export * from './role-assignment.entity';
export * from './user-session.entity';
export * from './user-invitation.entity';
export * from './api-key.entity';
export * from './audit-log.entity';
export * from './idempotency-key.entity';
export * from './login-throttle.entity';
export * from './audit-refusal-tally.entity';
export * from './reference-import.entity';
export * from './inquiry.entity';
export * from './inquiry-buyer-token.entity';
export * from './inquiry-message.entity';
export * from './inquiry-sender-block.entity';
export * from './inquiry-send-tally.entity';
export * from './mail-outbox.entity';
export * from './change-log.entity';
export * from './certificate-expiry-noted.entity';
export * from './webhook.entity';
export * from './points-budget.entity';
export * from './label.entity';

import { AdministrativeUnit } from './administrative-unit.entity';
import { ApiKey } from './api-key.entity';
import { Partner } from './partner.entity';
import { PointsBudget } from './points-budget.entity';
import { LabelBatch, LabelCheckPlace, LabelCode } from './label.entity';
import { ChangeLog, ChangeLogHorizon } from './change-log.entity';
import { CertificateExpiryNoted } from './certificate-expiry-noted.entity';
import { WebhookDelivery, WebhookDispatch, WebhookEndpoint } from './webhook.entity';
import { AppUser } from './app-user.entity';
import { AuditLog } from './audit-log.entity';
import { CriteriaSet } from './criteria-set.entity';
import { Criterion } from './criterion.entity';
import { CriterionResult } from './criterion-result.entity';
import { Evaluation } from './evaluation.entity';
import { FundingRecord } from './funding-record.entity';
import { IdempotencyKey } from './idempotency-key.entity';
import { Indicator } from './indicator.entity';
import { Linkage } from './linkage.entity';
import { LoginThrottle } from './login-throttle.entity';
import { AuditRefusalTally } from './audit-refusal-tally.entity';
import { OcopCertificate } from './ocop-certificate.entity';
import { OcopGroup } from './ocop-group.entity';
import { OcopProduct } from './ocop-product.entity';
import { OcopProductSet } from './ocop-product-set.entity';
import { OcopSector } from './ocop-sector.entity';
import { Producer } from './producer.entity';
import { ProductListing } from './product-listing.entity';
import { ProductPhoto } from './product-photo.entity';
import { PhotoUpload } from './photo-upload.entity';
import { ProductTradeDetail } from './product-trade-detail.entity';
import { ProductCertification } from './product-certification.entity';
import { RawMaterialArea } from './raw-material-area.entity';
import { ReferenceImport } from './reference-import.entity';
import { Recognition } from './recognition.entity';
import { RoleAssignment } from './role-assignment.entity';
import { SalesChannel } from './sales-channel.entity';
import { UnitLineage } from './unit-lineage.entity';
import { UserSession } from './user-session.entity';
import { UserInvitation } from './user-invitation.entity';
import { Inquiry } from './inquiry.entity';
import { InquiryBuyerToken } from './inquiry-buyer-token.entity';
import { InquiryMessage } from './inquiry-message.entity';
import { InquirySenderBlock } from './inquiry-sender-block.entity';
import { InquirySendTally } from './inquiry-send-tally.entity';
import { MailOutbox } from './mail-outbox.entity';

export const ENTITIES = [
  AdministrativeUnit,
  UnitLineage,
  CriteriaSet,
  Criterion,
  Indicator,
  Evaluation,
  CriterionResult,
  Recognition,
  Producer,
  OcopSector,
  OcopGroup,
  OcopProductSet,
  OcopProduct,
  OcopCertificate,
  ProductListing,
  SalesChannel,
  ProductPhoto,
  ProductTradeDetail,
  ProductCertification,
  PhotoUpload,
  RawMaterialArea,
  Linkage,
  FundingRecord,
  AppUser,
  RoleAssignment,
  UserSession,
  UserInvitation,
  ApiKey,
  Partner,
  AuditLog,
  IdempotencyKey,
  LoginThrottle,
  AuditRefusalTally,
  ReferenceImport,
  Inquiry,
  InquiryBuyerToken,
  InquiryMessage,
  InquirySenderBlock,
  InquirySendTally,
  MailOutbox,
  ChangeLog,
  ChangeLogHorizon,
  CertificateExpiryNoted,
  WebhookEndpoint,
  WebhookDelivery,
  WebhookDispatch,
  PointsBudget,
  LabelBatch,
  LabelCode,
  LabelCheckPlace,
];
