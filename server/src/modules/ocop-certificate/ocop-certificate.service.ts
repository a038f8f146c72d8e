import { certificateStatusOn, today } from '@ocop/db';
import type { EntityManager } from 'typeorm';
import type { Context } from '../../context';
import { groupByKeys, orderByKeys } from '../../common/batch';
import { encodeNodeId } from '../../common/node-id';
import { currentCertificatePointerJoin } from '../../common/sql/current-certificate';
import { CERTIFICATE_SELECT, type CertificateRow } from '../../common/sql/rows';
import {
  OCOP_CERTIFICATE,
  OcopCertificate,
  type CertificateIssuerLevel,
  type CertificateStatus,
} from './ocop-certificate.type';

/** Reads a certificate whose columns carry `prefix` out of a wider row; null when the row has none. */
export function certificateFromRow(row: Record<string, unknown>, prefix: string): OcopCertificate | null {
  if (row[`${prefix}id`] === null || row[`${prefix}id`] === undefined) return null;
  const picked: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith(prefix)) picked[key.slice(prefix.length)] = value;
  }
  return toOcopCertificate(picked as unknown as CertificateRow);
}

export function toOcopCertificate(row: CertificateRow): OcopCertificate {
  const certificate = new OcopCertificate();
  certificate.id = encodeNodeId(OCOP_CERTIFICATE, row.id);
  certificate.uuid = row.id;
  certificate.updatedAt = new Date(row.updated_at);
  certificate.version = row.version;
  certificate.productUuid = row.product_id;
  certificate.issuerUnitUuid = row.issuer_unit_id;
  certificate.supersededByUuid = row.superseded_by_id;
  certificate.certificateNumber = row.certificate_number;
  certificate.stars = row.stars;
  certificate.score = row.score;
  certificate.decisionNumber = row.decision_number;
  certificate.decisionDate = row.decision_date;
  certificate.issuerLevel = row.issuer_level as CertificateIssuerLevel;
  certificate.issuerName = row.issuer_name;
  certificate.expiresOn = row.expires_on;
  certificate.revokedOn = row.revoked_on;
  certificate.revocationReason = row.revocation_reason;
  certificate.supersededOn = row.superseded_on;
  return certificate;
}

/**
 * OCOP certificates: batch reads behind the per-request DataLoaders, and the status rule. The
 * status is computed by `certificateStatusOn` of @ocop/db, the same rule as the SQL function
 * `ocop_certificate_status` the catalogue filters with.
 */
export class OcopCertificateService {
  // ----- batch reads (DataLoader batch functions; results in the order of the keys)

  async findByIds(db: EntityManager, ids: readonly string[]): Promise<(OcopCertificate | null)[]> {
    const rows: CertificateRow[] = await db.query(
      `SELECT ${CERTIFICATE_SELECT.sql('c')} FROM ocop_certificate c WHERE c.id = ANY($1::uuid[])`,
      [ids],
    );
    return orderByKeys(ids, rows.map(toOcopCertificate), (certificate) => certificate.uuid);
  }

  /** Every certificate of each product, newest decision first. */
  async findByProductIds(db: EntityManager, productIds: readonly string[]): Promise<OcopCertificate[][]> {
    const rows: CertificateRow[] = await db.query(
      `SELECT ${CERTIFICATE_SELECT.sql('c')} FROM ocop_certificate c WHERE c.product_id = ANY($1::uuid[])
       ORDER BY c.decision_date DESC, c.id DESC`,
      [productIds],
    );
    return groupByKeys(productIds, rows, (row) => row.product_id, toOcopCertificate);
  }

  /** Each product's current certificate today in Vietnam (the latest decided by then), or null. */
  async findCurrentByProductIds(
    db: EntityManager,
    productIds: readonly string[],
  ): Promise<(OcopCertificate | null)[]> {
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT p.id AS key, ${CERTIFICATE_SELECT.sql('cc', 'c_')}
       FROM ocop_product p ${currentCertificatePointerJoin('p', '$2::date')}
       WHERE p.id = ANY($1::uuid[])`,
      [productIds, today()],
    );
    return orderByKeys(
      productIds,
      rows.map((row) => ({ key: row.key as string, certificate: certificateFromRow(row, 'c_') })),
      (entry) => entry.key,
    ).map((entry) => entry?.certificate ?? null);
  }

  // ----- API operations

  byId(ctx: Context, uuid: string): Promise<OcopCertificate | null> {
    return ctx.loaders.ocopCertificateById.load(uuid);
  }

  /** Status on `asOf` (default: today in Vietnam); null when the decision came after that day. */
  status(certificate: OcopCertificate, asOf?: string | null): CertificateStatus | null {
    return certificateStatusOn(certificate, asOf ?? today()) as CertificateStatus | null;
  }

  history(ctx: Context, productUuid: string): Promise<OcopCertificate[]> {
    return ctx.loaders.ocopCertificatesByProductId.load(productUuid);
  }

  current(ctx: Context, productUuid: string): Promise<OcopCertificate | null> {
    return ctx.loaders.currentOcopCertificateByProductId.load(productUuid);
  }

  supersededBy(ctx: Context, certificate: OcopCertificate): Promise<OcopCertificate | null> {
    return certificate.supersededByUuid
      ? this.byId(ctx, certificate.supersededByUuid)
      : Promise.resolve(null);
  }

  /** Lets later reads of these certificates (by id, as a product's current one) cost no statement. */
  prime(ctx: Context, productUuid: string, current: OcopCertificate | null): void {
    ctx.loaders.currentOcopCertificateByProductId.prime(productUuid, current);
    if (current) ctx.loaders.ocopCertificateById.prime(current.uuid, current);
  }
}

export const ocopCertificateService = new OcopCertificateService();
