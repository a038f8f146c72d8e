/**
 * A product's current certificate in SQL: the certificate the catalogue, a product's page, the
 * statistics and the verification of a number call "current" on a day, and its status that day.
 * The rule is the one of `certificateStatusOn` (@ocop/db) and of the SQL functions
 * `ocop_certificate_status` / `ocop_certificate_status_in`.
 */

/**
 * The LEFT JOIN LATERAL that picks a product's current certificate as `alias`: the latest decided
 * on or before `asOfParam` (a `$n::date` placeholder). Its status on that day may be anything.
 * (The inner alias `latest` must not be used by the outer query: it would shadow it.)
 */
export const currentCertificateJoin = (productIdSql: string, asOfParam: string, alias = 'cc'): string =>
  `LEFT JOIN LATERAL (
     SELECT latest.* FROM ocop_certificate latest
     WHERE latest.product_id = ${productIdSql} AND latest.decision_date <= ${asOfParam}
     ORDER BY latest.decision_date DESC, latest.id DESC
     LIMIT 1
   ) ${alias} ON true`;

/**
 * The LEFT JOIN of a product's current certificate through its pointer (`current_certificate_id`,
 * kept by a trigger: the product's latest certificate), as `alias`, for a day on or after today.
 * The API refuses decision dates in the future, so the pointer is the certificate the LATERAL of
 * `currentCertificateJoin` would find; one that were dated later than `asOfParam` is not current
 * yet, and the join gives nothing, as the status of the product's copied dates gives NULL.
 */
export const currentCertificatePointerJoin = (
  productAlias: string,
  asOfParam: string,
  alias = 'cc',
): string =>
  `LEFT JOIN ocop_certificate ${alias} ON ${alias}.id = ${productAlias}.current_certificate_id
     AND ${alias}.decision_date <= ${asOfParam}`;

/**
 * "The status on `asOfParam` of product `productAlias`'s current certificate is one of
 * `statusesParam` (a `$n::text[]` placeholder)", from the columns the trigger copies onto the
 * product (no join): `ocop_certificate_status_in`, the rule of `ocop_certificate_status` spelled as
 * date ranges the planner can estimate (a product without a certificate has no status).
 */
export const productCertificateStatusInSql = (
  productAlias: string,
  asOfParam: string,
  statusesParam: string,
): string =>
  `ocop_certificate_status_in(${productAlias}.current_decision_date, ${productAlias}.current_expires_on,
     ${productAlias}.current_revoked_on, ${productAlias}.current_superseded_on, ${asOfParam}, ${statusesParam})`;
