import {
  AdministrativeUnit,
  AppUser,
  AuditLog,
  CriteriaSet,
  Criterion,
  CriterionResult,
  Evaluation,
  FundingRecord,
  Indicator,
  Linkage,
  OcopCertificate,
  OcopGroup,
  OcopProduct,
  OcopProductSet,
  OcopSector,
  Producer,
  ProductListing,
  ProductPhoto,
  ProductCertification,
  ProductTradeDetail,
  RawMaterialArea,
  Recognition,
  SalesChannel,
  selectList,
  type Row,
} from '@ocop/db';

/**
 * The columns the API reads of each table, and the type of the row they make: derived from the
 * entities of @ocop/db (`selectList`), built once when this module loads. A list names what it
 * leaves out, so a column added to an entity is read from the next build on; its cast is the
 * tool's (bigint and date as text) or given here (`numeric` as `float8`). Reads stay hand-written
 * SQL (server/README.md, "Reads"): a service puts `LIST.sql(alias)` in its SELECT, and its mapper
 * takes `Row<typeof LIST>`. test/select-lists.test.ts pins each list's text.
 *
 * They live here, below the modules, because several modules read the same tables (a product's
 * page reads certificates, listings, the producer and units in one statement).
 */

/** Never the search key (read by the search SQL only), nor the demo flag and the timestamps. */
export const UNIT_SELECT = selectList(AdministrativeUnit, {
  omit: ['createdAt', 'searchText', 'demo'],
});
export type UnitRow = Row<typeof UNIT_SELECT>;

export const CRITERIA_SET_SELECT = selectList(CriteriaSet, {
  omit: ['createdAt', 'updatedAt', 'issuerUnitId'],
});
export type CriteriaSetRow = Row<typeof CRITERIA_SET_SELECT>;

export const CRITERION_SELECT = selectList(Criterion, { omit: ['createdAt', 'updatedAt'] });
export type CriterionRow = Row<typeof CRITERION_SELECT>;

export const INDICATOR_SELECT = selectList(Indicator, { omit: ['id', 'createdAt', 'updatedAt'] });
export type IndicatorRow = Row<typeof INDICATOR_SELECT>;

export const EVALUATION_SELECT = selectList(Evaluation, {
  omit: ['createdAt', 'updatedAt', 'version', 'demo'],
});

export const CRITERION_RESULT_SELECT = selectList(CriterionResult, {
  omit: ['id', 'createdAt', 'updatedAt', 'version'],
});
export type CriterionResultRow = Row<typeof CRITERION_RESULT_SELECT>;

export const RECOGNITION_SELECT = selectList(Recognition, { omit: ['createdAt', 'updatedAt', 'demo'] });
export type RecognitionRow = Row<typeof RECOGNITION_SELECT>;

/**
 * What a producer's page shows: never its tax code (kept, not published), nor the search key. The
 * demo flag is read: pages mark invented producers as demo data.
 */
export const PRODUCER_SELECT = selectList(Producer, {
  omit: ['createdAt', 'taxCode', 'searchText', 'deletedAt'],
});

/** A producer under the alias `pr`, and whether it is withdrawn. */
export const PRODUCER_COLUMNS = `${PRODUCER_SELECT.sql('pr')}, pr.deleted_at IS NOT NULL AS withdrawn`;

export type ProducerRow = Row<typeof PRODUCER_SELECT> & {
  withdrawn: boolean;
  product_count?: number;
  valid_product_count?: number;
  [column: string]: unknown;
};

/**
 * A product's own columns, its demo flag among them (pages mark invented products). The copies of its current certificate (`current_*`) are for filtering
 * and ordering; the certificate itself is read beside them (`CERTIFICATE_SELECT`, prefixed).
 */
export const PRODUCT_SELECT = selectList(OcopProduct, {
  omit: [
    'createdAt',
    'version',
    'searchText',
    'deletedAt',
    'currentCertificateId',
    'currentStars',
    'currentDecisionDate',
    'currentExpiresOn',
    'currentRevokedOn',
    'currentSupersededOn',
  ],
});

/** A product under the alias `p`, and whether it is withdrawn. */
export const PRODUCT_COLUMNS = `${PRODUCT_SELECT.sql('p')}, p.deleted_at IS NOT NULL AS withdrawn`;

/** A product row with, beside it, its current certificate's columns (prefix `c_`) and sort keys `k0`, `k1`…. */
export type ProductRow = Row<typeof PRODUCT_SELECT> & { withdrawn: boolean; [column: string]: unknown };

/** The classification, read whole in one statement; the parents' keys are the join's. */
export const OCOP_SECTOR_SELECT = selectList(OcopSector, { omit: ['createdAt', 'updatedAt'] });
export const OCOP_GROUP_SELECT = selectList(OcopGroup, { omit: ['createdAt', 'updatedAt', 'sectorId'] });
export const OCOP_PRODUCT_SET_SELECT = selectList(OcopProductSet, {
  omit: ['createdAt', 'updatedAt', 'groupId'],
});

/** Dates as text ('YYYY-MM-DD'), the score as a number. */
export const CERTIFICATE_SELECT = selectList(OcopCertificate, {
  omit: ['createdAt', 'demo'],
  read: { score: 'float8' },
});
export type CertificateRow = Row<typeof CERTIFICATE_SELECT>;

/** The price as a string of whole đồng. */
export const LISTING_SELECT = selectList(ProductListing, { omit: ['createdAt', 'demo'] });
export type ListingRow = Row<typeof LISTING_SELECT>;

export const SALES_CHANNEL_SELECT = selectList(SalesChannel, {
  omit: ['id', 'createdAt', 'updatedAt', 'version'],
});
export type SalesChannelRow = Row<typeof SALES_CHANNEL_SELECT>;

export const PHOTO_SELECT = selectList(ProductPhoto, { omit: ['createdAt', 'updatedAt', 'demo'] });
export type PhotoRow = Row<typeof PHOTO_SELECT>;

/** A product's trade details (capacity, shelf life, English); the capacity as a number. */
export const TRADE_DETAIL_SELECT = selectList(ProductTradeDetail, {
  omit: ['createdAt', 'updatedAt', 'demo'],
  read: { capacityQuantity: 'float8' },
});
export type TradeDetailRow = Row<typeof TRADE_DETAIL_SELECT>;

/** A quality certification; its days as text. */
export const PRODUCT_CERTIFICATION_SELECT = selectList(ProductCertification, {
  omit: ['createdAt', 'updatedAt', 'demo'],
});
export type ProductCertificationRow = Row<typeof PRODUCT_CERTIFICATION_SELECT>;

/** The area in hectares as a number. */
export const RAW_MATERIAL_AREA_SELECT = selectList(RawMaterialArea, {
  omit: ['createdAt', 'updatedAt', 'version', 'demo'],
  read: { areaHa: 'float8' },
});
export type RawMaterialAreaRow = Row<typeof RAW_MATERIAL_AREA_SELECT>;

export const LINKAGE_SELECT = selectList(Linkage, { omit: ['createdAt', 'updatedAt', 'version', 'demo'] });
export type LinkageRow = Row<typeof LINKAGE_SELECT>;

/** The amount as a string of whole đồng (bigint), never a float. */
export const FUNDING_SELECT = selectList(FundingRecord, { omit: ['createdAt', 'updatedAt', 'demo'] });
export type FundingRow = Row<typeof FUNDING_SELECT>;

/** An account as administrators see it: never its password hash. */
export const USER_SELECT = selectList(AppUser, {
  omit: ['updatedAt', 'passwordHash', 'demo'],
});
export type UserRow = Row<typeof USER_SELECT>;

/** An entry of the audit log; its id (bigint) as text. */
export const AUDIT_LOG_SELECT = selectList(AuditLog, {
  omit: ['actorApiKeyId', 'ipAddress', 'summaryKey'],
});
export type AuditLogRow = Row<typeof AUDIT_LOG_SELECT>;
