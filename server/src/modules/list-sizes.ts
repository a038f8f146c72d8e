import type { EntityManager } from 'typeorm';
import type { ListSizes, OperationLimitsOptions } from '../common/operation-limits';
import { MAX_USER_ERRORS } from '../common/user-error';
import { ProducerType } from './producer/producer.type';
import { INQUIRY_LIMITS } from './inquiry/inquiry-input';
import { MAX_STATS_ROWS } from './inquiry/inquiry-stats.service';
import { MAX_COMPARED } from './product-trade/product-compare.service';
import { MAX_CERTIFICATIONS_PER_PRODUCT } from './product-trade/product-trade.service';
import { DELIVERIES_SHOWN, MAX_ENDPOINTS_PER_PARTNER } from './webhook/webhook.service';
import { KEYS_SHOWN, PARTNERS_LISTED } from './partner/partner.service';
import { DATASETS } from './open-data/open-data.datasets';
import { OPEN_DATA_MAX_FILES } from './open-data/open-data.generator';
import { SUSPICIOUS_LABELS_SHOWN } from './label/label.loaders';
import { DisplayOnlyReason } from './monitoring/monitoring.type';

/**
 * How long each list field without `first` can be, so that the cost estimate
 * (common/operation-limits.ts) multiplies by the truth instead of a guess: a guess of 10 let
 * `{ provinces { children { predecessors { unit { successors { unit { id } } } } } } }` through
 * as 22,110 objects, and it returned 48,368.
 *
 * Each size is an upper bound of what the field's resolver can return: either a bound that the
 * code enforces (STATIC_LIST_SIZES) or the largest such list in the database now
 * (MEASURED_LIST_SIZES_SQL, one statement of aggregates over indexed foreign keys, run when the
 * server starts and again every LIST_SIZES_REFRESH_MS, since writes add listings, photos,
 * certificates, evaluations…). Between two measurements a list may grow past its size; the
 * object cap checked while the answer is built (operation-limits.ts) still holds then.
 *
 * A list field of the schema absent from both tables stops the server at start
 * (`listFieldsWithoutSize`), and test/src/api-limits-shapes.test.ts enumerates them.
 */

/** Fields' sizes the code guarantees, whatever the data. */
export const STATIC_LIST_SIZES: Readonly<Record<string, number>> = {
  // label.loaders.ts keeps the first SUSPICIOUS_LABELS_SHOWN of each batch.
  'LabelBatch.suspiciousLabels': SUSPICIOUS_LABELS_SHOWN,
  // One entry per DisplayOnlyReason (monitoring.service.ts).
  'ProductsAtRiskSummary.byReason': Object.values(DisplayOnlyReason).length,
  'ProductAtRisk.reasons': Object.values(DisplayOnlyReason).length,
  // generate_series(3, 5) in ocop-summary.service.ts: one entry per star rating 3–5.
  'OcopSummary.byStars': 3,
  // One entry per producer type, in ocop-summary.service.ts.
  'OcopSummary.byProducerType': Object.values(ProducerType).length,
  // A conversation holds at most INQUIRY_LIMITS.messagesPerInquiry messages (inquiry-input.ts).
  'BuyerInquiry.messages': INQUIRY_LIMITS.messagesPerInquiry,
  'Inquiry.messages': INQUIRY_LIMITS.messagesPerInquiry,
  // The groups of the figures are capped (inquiry-stats.service.ts).
  'TradeInquiryStats.rows': MAX_STATS_ROWS,
  // Refused above MAX_COMPARED ids (product-compare.service.ts).
  'Query.ocopProductsByIds': MAX_COMPARED,
  // webhookEndpointCreate refuses more (webhook.service.ts); the log shows the last DELIVERIES_SHOWN.
  'Query.webhookEndpoints': MAX_ENDPOINTS_PER_PARTNER,
  // partner.service.ts bounds them.
  'Query.partners': PARTNERS_LISTED,
  'Partner.apiKeys': KEYS_SHOWN,
  'ApiKey.scopes': 3,
  'PartnerCreatePayload.userErrors': MAX_USER_ERRORS,
  'LabelBatchCreatePayload.userErrors': MAX_USER_ERRORS,
  'LabelBatchRecallPayload.userErrors': MAX_USER_ERRORS,
  'ApiKeyIssuePayload.userErrors': MAX_USER_ERRORS,
  'ApiKeyRevokePayload.userErrors': MAX_USER_ERRORS,
  'ApiKeyRotatePayload.userErrors': MAX_USER_ERRORS,
  'WebhookEndpoint.deliveries': DELIVERIES_SHOWN,
  'WebhookEndpoint.events': 5,
  'WebhookEndpointCreatePayload.userErrors': MAX_USER_ERRORS,
  'WebhookEndpointUpdatePayload.userErrors': MAX_USER_ERRORS,
  'WebhookEndpointRotateSecretPayload.userErrors': MAX_USER_ERRORS,
  'WebhookEndpointDeletePayload.userErrors': MAX_USER_ERRORS,
  'PartnerUpdatePayload.userErrors': MAX_USER_ERRORS,
  // productCertificationAdd refuses more, under the product's lock (product-trade-write.service.ts).
  'OcopProduct.qualityCertifications': MAX_CERTIFICATIONS_PER_PRODUCT,
  // The open-data manifest: per dataset, 4 national files and 2 per province of today (open-data.generator.ts).
  'OpenData.files': OPEN_DATA_MAX_FILES,
  'OpenData.datasets': DATASETS.length,
  'OpenDataset.columns': Math.max(...DATASETS.map((dataset) => dataset.columns.length)),
  // Every refusal keeps at most MAX_USER_ERRORS (common/user-error.ts).
  ...Object.fromEntries(
    [
      'EvaluationRecordPayload',
      'FundingRecordPayload',
      'InquiryBuyerReplyPayload',
      'InquiryPayload',
      'InquiryReplyPayload',
      'InquirySendPayload',
      'InvitationAcceptPayload',
      'LoginPayload',
      'OcopCertificateRevokePayload',
      'OcopCertificationRecordPayload',
      'PasswordChangePayload',
      'ProductCertificationAddPayload',
      'ProductCertificationRemovePayload',
      'ProductDetailsUpdatePayload',
      'ProducerCreatePayload',
      'ProducerUpdatePayload',
      'ProductListingCreatePayload',
      'ProductListingUpdatePayload',
      'ProductPhotoAddPayload',
      'ProductPhotoRemovePayload',
      'ProductProposePayload',
      'RecognitionRecordPayload',
      'RecognitionRevokePayload',
      'RoleChangePayload',
      'UserInvitePayload',
      'UserStatusChangePayload',
    ].map((payload) => [`${payload}.userErrors`, MAX_USER_ERRORS]),
  ),
};

/** Largest count per group of a table's rows, 0 for an empty table. */
const largest = (from: string) => `(SELECT coalesce(max(n), 0)::int FROM (${from}) AS counts)`;
const perKey = (table: string, key: string, where = `${key} IS NOT NULL`) =>
  largest(`SELECT count(*) AS n FROM ${table} WHERE ${where} GROUP BY ${key}`);

/**
 * One statement; each column is named after the fields it bounds. Each mirrors its loader's SQL
 * (or counts more than it: an upper bound is enough).
 */
export const MEASURED_LIST_SIZES_SQL = `
  WITH RECURSIVE
  unit_children AS (SELECT parent_id AS id, count(*) AS n FROM admin_unit WHERE parent_id IS NOT NULL GROUP BY parent_id),
  -- findChildren: the units below a unit and below the units it was renamed to.
  children_of AS (
    SELECT id, n FROM unit_children
    UNION ALL
    SELECT l.from_unit_id, c.n FROM unit_lineage l JOIN unit_children c ON c.id = l.to_unit_id
    WHERE l.kind = 'rename' AND l.share = 'full'),
  -- findVillages: the villages of a commune and of the units it was formed from, 10 steps back.
  village_owner (owner_id, unit_id, depth) AS (
    SELECT id, id, 0 FROM admin_unit WHERE level = 'commune'
    UNION
    SELECT o.owner_id, l.from_unit_id, o.depth + 1
    FROM village_owner o JOIN unit_lineage l ON l.to_unit_id = o.unit_id
    WHERE o.depth < 10),
  unit_villages AS (
    SELECT parent_id AS id, count(*) AS n FROM admin_unit WHERE level = 'village' GROUP BY parent_id),
  -- provinces(asOf): the most provinces valid on one day, which is a day one of them began.
  province_days AS (
    SELECT DISTINCT coalesce(valid_from, '-infinity'::date) AS day FROM admin_unit WHERE level = 'province')
  SELECT
    ${largest(`SELECT count(*) AS n FROM province_days d JOIN admin_unit u ON u.level = 'province'
               AND (u.valid_from IS NULL OR u.valid_from <= d.day) AND (u.valid_to IS NULL OR u.valid_to > d.day)
               GROUP BY d.day`)} AS "Query.provinces",
    ${largest(`SELECT sum(n) AS n FROM children_of GROUP BY id`)} AS "AdministrativeUnit.children",
    ${largest(`SELECT sum(v.n) AS n FROM (SELECT DISTINCT owner_id, unit_id FROM village_owner) o
               JOIN unit_villages v ON v.id = o.unit_id GROUP BY o.owner_id`)} AS "AdministrativeUnit.villages",
    ${perKey('unit_lineage', 'to_unit_id')} AS "AdministrativeUnit.predecessors",
    ${perKey('unit_lineage', 'from_unit_id')} AS "AdministrativeUnit.successors",
    ${perKey('admin_unit', 'level, code', 'code IS NOT NULL')} AS "AdministrativeUnit.otherUnitsWithCode",
    ${perKey('evaluation', 'unit_id')} AS "AdministrativeUnit.evaluations",
    ${perKey('recognition', 'unit_id')} AS "AdministrativeUnit.recognitions",
    (SELECT count(*)::int FROM criteria_set) AS "Query.criteriaSets",
    ${perKey('criterion', 'criteria_set_id')} AS "CriteriaSet.criteria",
    ${perKey('indicator', 'criterion_id')} AS "Criterion.indicators",
    (SELECT count(*)::int FROM ocop_sector) AS "Query.ocopSectors",
    ${perKey('ocop_group', 'sector_id')} AS "OcopSector.groups",
    ${perKey('ocop_product_set', 'group_id')} AS "OcopGroup.productSets",
    ${perKey('ocop_certificate', 'product_id')} AS "OcopProduct.certificates",
    ${perKey('product_listing', 'product_id')} AS "OcopProduct.listings",
    ${perKey('product_photo', 'product_id')} AS "OcopProduct.photos",
    ${perKey('raw_material_area', 'product_id')} AS "OcopProduct.rawMaterialAreas",
    ${perKey('raw_material_area', 'producer_id')} AS "Producer.rawMaterialAreas",
    ${perKey('linkage', 'product_id')} AS "OcopProduct.linkages",
    ${largest(`SELECT count(*) AS n FROM (SELECT producer_id AS k FROM linkage UNION ALL
               SELECT partner_producer_id FROM linkage WHERE partner_producer_id <> producer_id) AS sides
               GROUP BY k`)} AS "Producer.linkages",
    ${perKey('sales_channel', 'listing_id')} AS "ProductListing.salesChannels",
    ${perKey('funding_record', 'unit_id')} AS "Query.fundingRecords",
    ${perKey('role_assignment', 'user_id')} AS "User.roles"`;

/** Fields bounded by another field's measured size: the same rows, or fewer of them. */
const SAME_AS: Readonly<Record<string, string>> = {
  // The latest evaluation per set among a unit's evaluations.
  'AdministrativeUnit.latestEvaluations': 'AdministrativeUnit.evaluations',
  // Exactly one result per criterion of the evaluation's set (evaluation-record.service.ts).
  'Evaluation.results': 'CriteriaSet.criteria',
  // A province's districts, and those of them without a commune at standard: among its children.
  'NtmProgress.byDistrict': 'AdministrativeUnit.children',
  'NtmProgress.districtsWithoutStandardCommune': 'AdministrativeUnit.children',
  // One entry per sector.
  'OcopSummary.bySector': 'Query.ocopSectors',
  // The viewer's role assignments.
  'Viewer.roles': 'User.roles',
};

/** Every field with a size from the data, whatever the data (for the start-time coverage check). */
export const MEASURED_LIST_FIELDS: readonly string[] = [
  ...[...MEASURED_LIST_SIZES_SQL.matchAll(/AS "([A-Za-z]+\.[A-Za-z]+)"/g)].map((m) => m[1]!),
  ...Object.keys(SAME_AS),
];

/** How often the sizes are measured again while the server runs. */
export const LIST_SIZES_REFRESH_MS = 60_000;

export async function measureListSizes(db: EntityManager): Promise<ListSizes> {
  const [row] = (await db.query(MEASURED_LIST_SIZES_SQL)) as Record<string, number>[];
  const sizes = new Map<string, number>(Object.entries(STATIC_LIST_SIZES));
  for (const [field, size] of Object.entries(row!)) sizes.set(field, Number(size));
  for (const [field, like] of Object.entries(SAME_AS)) sizes.set(field, sizes.get(like)!);
  return sizes;
}

/** What operationLimitsPlugin needs to know the lists' sizes of this database. */
export function listSizesOf(db: EntityManager): OperationLimitsOptions {
  return {
    // It reads whole tables, at start and in the background: the API's statement_timeout is for
    // requests (on a loaded machine a 250 ms limit stopped the start here), so it is lifted for
    // this one transaction.
    measureListSizes: () =>
      db.transaction(async (tx) => {
        await tx.query('SET LOCAL statement_timeout = 0');
        return measureListSizes(tx);
      }),
    listFieldsWithSize: [...Object.keys(STATIC_LIST_SIZES), ...MEASURED_LIST_FIELDS],
    refreshMs: LIST_SIZES_REFRESH_MS,
  };
}
