import { addDays, now, today } from '@ocop/db';
import type { Context } from '../../context';
import { badUserInput } from '../../common/errors';
import { checkPageSize, decodeCursor, encodeCursor, toPage, type Page } from '../../common/connection';
import { SqlParams } from '../../common/sql/params';
import { unitCodeConditions, type UnitCodes } from '../../common/sql/unit-scope';
import {
  DisplayOnlyReason,
  ExpiringCertificate,
  ExpiringCertificateCounts,
  ProductAtRisk,
  ProductsAtRiskSummary,
} from './monitoring.type';

/** The longest look ahead for expiring certificates. */
export const MAX_WITHIN_DAYS = 366;
/** Inquiries this recent count for INQUIRIES_UNANSWERED. */
const INQUIRY_WINDOW_MS = 365 * 86_400_000;

/** Live products of the place whose current certificate is valid on `$day` (the `day` parameter). */
function certifiedProductsWhere(codes: UnitCodes, params: SqlParams, day: string): string[] {
  return [
    'p.deleted_at IS NULL',
    `ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
       p.current_superseded_on, ${params.add(day, '::date')}, ARRAY['valid'])`,
    ...unitCodeConditions('p.origin_commune_id', codes, params),
  ];
}

/**
 * Each certified product of the place with its four reasons to stay "for display only", as
 * booleans; every reason is an EXISTS over an indexed foreign key (listings, raw-material areas,
 * linkages, inquiries of the product, or of its producer where an area or linkage names no product).
 */
function reasonsCte(codes: UnitCodes, params: SqlParams, day: string): string {
  const where = certifiedProductsWhere(codes, params, day);
  const dayParam = params.add(day, '::date');
  const since = params.add(new Date(now().getTime() - INQUIRY_WINDOW_MS), '::timestamptz');
  return `flagged AS (
    SELECT p.id,
      NOT EXISTS (SELECT 1 FROM product_listing l WHERE l.product_id = p.id
                  AND l.availability IN ('in_stock', 'seasonal', 'pre_order')) AS no_listing,
      NOT EXISTS (SELECT 1 FROM raw_material_area a WHERE a.product_id = p.id
                  OR (a.product_id IS NULL AND a.producer_id = p.producer_id)) AS no_area,
      NOT EXISTS (SELECT 1 FROM linkage k WHERE (k.product_id = p.id OR (k.product_id IS NULL AND k.producer_id = p.producer_id))
                  AND k.started_on <= ${dayParam} AND (k.ended_on IS NULL OR k.ended_on >= ${dayParam})) AS no_linkage,
      EXISTS (SELECT 1 FROM inquiry i WHERE i.product_id = p.id AND i.created_at > ${since})
        AND NOT EXISTS (SELECT 1 FROM inquiry i WHERE i.product_id = p.id AND i.created_at > ${since}
                        AND i.first_answered_at IS NOT NULL) AS unanswered
    FROM ocop_product p WHERE ${where.join(' AND ')}
  )`;
}

interface FlagRow {
  id: string;
  no_listing: boolean;
  no_area: boolean;
  no_linkage: boolean;
  unanswered: boolean;
}

const REASON_COLUMNS: [DisplayOnlyReason, keyof FlagRow][] = [
  [DisplayOnlyReason.NO_AVAILABLE_LISTING, 'no_listing'],
  [DisplayOnlyReason.NO_RAW_MATERIAL_AREA, 'no_area'],
  [DisplayOnlyReason.NO_LINKAGE_IN_FORCE, 'no_linkage'],
  [DisplayOnlyReason.INQUIRIES_UNANSWERED, 'unanswered'],
];

/**
 * Monitoring after certification (issue 16, server/README.md "Monitoring"): the certificates
 * about to expire and the certified products at risk of staying "for display only", for a place,
 * on the platform's day. Public, like the catalogue they are read from. One statement per page
 * (and one for a count), whatever the place.
 */
export class MonitoringService {
  async expiring(
    ctx: Context,
    codes: UnitCodes,
    withinDays: number,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ExpiringCertificate>> {
    checkPageSize(first);
    if (!Number.isInteger(withinDays) || withinDays < 1 || withinDays > MAX_WITHIN_DAYS)
      throw badUserInput(
        {
          vi: `"withinDays" phải là số nguyên từ 1 đến ${MAX_WITHIN_DAYS}; đã nhận ${withinDays}.`,
          en: `"withinDays" must be an integer from 1 to ${MAX_WITHIN_DAYS}; got ${withinDays}.`,
        },
        'withinDays',
      );
    const day = today();
    const params = new SqlParams();
    const where = certifiedProductsWhere(codes, params, day);
    where.push(`p.current_expires_on <= ${params.add(addDays(day, withinDays), '::date')}`);
    const countWhere = [...where];
    const countParams = params.values.slice();
    if (after) {
      const [expiresOn, id] = decodeCursor(after, 'expiring:v1', 2) as [string, string];
      where.push(
        `(p.current_expires_on, p.id) > (${params.add(expiresOn, '::date')}, ${params.add(id, '::uuid')})`,
      );
    }
    const rows = (await ctx.db.query(
      `SELECT p.id, p.producer_id, p.current_certificate_id, p.current_expires_on::text AS expires_on,
              p.current_expires_on - ${params.add(day, '::date')} AS days_left
       FROM ocop_product p WHERE ${where.join(' AND ')}
       ORDER BY p.current_expires_on, p.id LIMIT ${params.add(first + 1, '::int')}`,
      params.values,
    )) as {
      id: string;
      producer_id: string;
      current_certificate_id: string;
      expires_on: string;
      days_left: number;
    }[];
    return toPage(
      rows,
      first,
      Boolean(after),
      (row) =>
        Object.assign(new ExpiringCertificate(), {
          certificateUuid: row.current_certificate_id,
          productUuid: row.id,
          producerUuid: row.producer_id,
          expiresOn: row.expires_on,
          daysLeft: row.days_left,
        }),
      (row) => encodeCursor('expiring:v1', [row.expires_on, row.id]),
      async () =>
        (
          (await ctx.db.query(
            `SELECT count(*)::int AS n FROM ocop_product p WHERE ${countWhere.join(' AND ')}`,
            countParams,
          )) as { n: number }[]
        )[0]!.n,
    );
  }

  async expiringCounts(ctx: Context, codes: UnitCodes): Promise<ExpiringCertificateCounts> {
    const day = today();
    const params = new SqlParams();
    const where = certifiedProductsWhere(codes, params, day);
    where.push(`p.current_expires_on <= ${params.add(addDays(day, 90), '::date')}`);
    const [row] = (await ctx.db.query(
      `SELECT count(*) FILTER (WHERE p.current_expires_on <= ${params.add(addDays(day, 30), '::date')})::int AS within30,
              count(*) FILTER (WHERE p.current_expires_on <= ${params.add(addDays(day, 60), '::date')})::int AS within60,
              count(*)::int AS within90
       FROM ocop_product p WHERE ${where.join(' AND ')}`,
      params.values,
    )) as ExpiringCertificateCounts[];
    return Object.assign(new ExpiringCertificateCounts(), row);
  }

  async atRisk(
    ctx: Context,
    codes: UnitCodes,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<ProductAtRisk>> {
    checkPageSize(first);
    const params = new SqlParams();
    const cte = reasonsCte(codes, params, today());
    const risky = 'f.no_listing OR f.no_area OR f.no_linkage OR f.unanswered';
    const countParams = params.values.slice();
    const where = [`(${risky})`];
    if (after) {
      const [id] = decodeCursor(after, 'atRisk:v1', 1) as [string];
      where.push(`f.id > ${params.add(id, '::uuid')}`);
    }
    const rows = (await ctx.db.query(
      `WITH ${cte} SELECT f.* FROM flagged f WHERE ${where.join(' AND ')}
       ORDER BY f.id LIMIT ${params.add(first + 1, '::int')}`,
      params.values,
    )) as FlagRow[];
    return toPage(
      rows,
      first,
      Boolean(after),
      (row) =>
        Object.assign(new ProductAtRisk(), {
          productUuid: row.id,
          reasons: REASON_COLUMNS.filter(([, column]) => row[column]).map(([reason]) => reason),
        }),
      (row) => encodeCursor('atRisk:v1', [row.id]),
      async () =>
        (
          (await ctx.db.query(
            `WITH ${cte} SELECT count(*)::int AS n FROM flagged f WHERE ${risky}`,
            countParams,
          )) as { n: number }[]
        )[0]!.n,
    );
  }

  async atRiskSummary(ctx: Context, codes: UnitCodes): Promise<ProductsAtRiskSummary> {
    const params = new SqlParams();
    const cte = reasonsCte(codes, params, today());
    const [row] = (await ctx.db.query(
      `WITH ${cte}
       SELECT count(*)::int AS certified,
              count(*) FILTER (WHERE f.no_listing OR f.no_area OR f.no_linkage OR f.unanswered)::int AS at_risk,
              count(*) FILTER (WHERE f.no_listing)::int AS no_listing,
              count(*) FILTER (WHERE f.no_area)::int AS no_area,
              count(*) FILTER (WHERE f.no_linkage)::int AS no_linkage,
              count(*) FILTER (WHERE f.unanswered)::int AS unanswered
       FROM flagged f`,
      params.values,
    )) as (Record<keyof FlagRow, number> & { certified: number; at_risk: number })[];
    return Object.assign(new ProductsAtRiskSummary(), {
      certifiedProducts: row!.certified,
      atRisk: row!.at_risk,
      byReason: REASON_COLUMNS.map(([reason, column]) => ({ reason, products: row![column] })),
    });
  }
}

export const monitoringService = new MonitoringService();
