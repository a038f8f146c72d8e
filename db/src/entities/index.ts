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

import { AdministrativeUnit } from './administrative-unit.entity';
import { ApiKey } from './api-key.entity';
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
import { RawMaterialArea } from './raw-material-area.entity';
import { ReferenceImport } from './reference-import.entity';
import { Recognition } from './recognition.entity';
import { RoleAssignment } from './role-assignment.entity';
import { SalesChannel } from './sales-channel.entity';
import { UnitLineage } from './unit-lineage.entity';
import { UserSession } from './user-session.entity';
import { UserInvitation } from './user-invitation.entity';

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
  PhotoUpload,
  RawMaterialArea,
  Linkage,
  FundingRecord,
  AppUser,
  RoleAssignment,
  UserSession,
  UserInvitation,
  ApiKey,
  AuditLog,
  IdempotencyKey,
  LoginThrottle,
  AuditRefusalTally,
  ReferenceImport,
];
