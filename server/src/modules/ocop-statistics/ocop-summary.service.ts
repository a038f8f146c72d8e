import { today } from '@ocop/db';
import type { Context } from '../../context';
import { notFound } from '../../common/errors';
import { productCertificateStatusInSql } from '../../common/sql/current-certificate';
import { SqlParams } from '../../common/sql/params';
import { communesOfCode } from '../../common/sql/unit-communes';
import { checkUnitCode } from '../../common/sql/unit-scope';
import { ocopClassificationService } from '../ocop-classification/ocop-classification.service';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { ProducerType } from '../producer/producer.type';
import { OcopProducerTypeCount, OcopSectorCount, OcopStarCount, OcopSummary } from './ocop-summary.type';

interface SummaryRow {
  province_id: string | null;
  products: number;
  producers: number;
  by_stars: { stars: number; products: number }[];
  by_sector: { sector_id: string; products: number }[];
  by_type: { type: string; producers: number; products: number }[];
}

/**
 * `ocopSummary`: the figures of a province, or of the whole country, on a day, in ONE statement. A
 * product counts when its certificate current on that day (the latest decided by then) was valid
 * that day — the rule of `ocop_certificate_status`, the same as the catalogue's — and, for a
 * province, when it is made in the province, whichever era its origin commune and the code belong
 * to (see common/sql/unit-scope.ts).
 *
 * The certificate current on the day is the product's pointer (`current_certificate_id` and its
 * copied columns, kept by a trigger) whenever that certificate was decided by then — always for
 * today — so the country's products are counted from their own rows; for a day before the latest
 * decision the older certificate is looked up (the LATERAL runs only for those products).
 */
export class OcopSummaryService {
  async summary(
    ctx: Context,
    provinceCode: string | null | undefined,
    asOf: string | null | undefined,
  ): Promise<OcopSummary> {
    if (provinceCode !== null && provinceCode !== undefined)
      checkUnitCode('province', provinceCode, 'provinceCode');
    const code = provinceCode ?? null;
    const day = asOf ?? today();
    const params = new SqlParams();
    const on = params.add(day, '::date');
    const valid = params.add(['valid'], '::text[]');
    const inPlace =
      code === null
        ? ''
        : `AND p.origin_commune_id = ANY(${params.add(await communesOfCode(ctx, 'province', code), '::uuid[]')})`;
    const province =
      code === null
        ? 'NULL::uuid'
        : `(SELECT u.id FROM admin_unit u WHERE u.level = 'province' AND u.code = ${params.add(code, '::text')}
            ORDER BY ((u.valid_from IS NULL OR u.valid_from <= ${on}) AND (u.valid_to IS NULL OR u.valid_to > ${on})) DESC,
                     u.valid_from DESC NULLS LAST
            LIMIT 1)`;
    const types = params.add(Object.values(ProducerType), '::text[]');
    const [row] = (await ctx.db.query(
      `WITH valid AS MATERIALIZED (
         SELECT p.id, p.producer_id, pr.type AS producer_type, g.sector_id,
                CASE WHEN p.current_decision_date <= ${on} THEN p.current_stars ELSE older.stars END AS stars
         FROM ocop_product p
         JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN ocop_product_set ps ON ps.id = p.product_set_id
         LEFT JOIN ocop_group g ON g.id = ps.group_id
         LEFT JOIN LATERAL (
           SELECT c.stars, c.decision_date, c.expires_on, c.revoked_on, c.superseded_on
           FROM ocop_certificate c
           WHERE p.current_decision_date > ${on} AND c.product_id = p.id AND c.decision_date <= ${on}
           ORDER BY c.decision_date DESC, c.id DESC LIMIT 1) older ON true
         WHERE p.deleted_at IS NULL
           AND (${productCertificateStatusInSql('p', on, valid)}
                OR ocop_certificate_status_in(older.decision_date, older.expires_on, older.revoked_on,
                                              older.superseded_on, ${on}, ${valid}))
           ${inPlace}),
       by_stars AS (SELECT stars, count(*)::int AS products FROM valid GROUP BY stars),
       by_sector AS (SELECT sector_id, count(*)::int AS products FROM valid GROUP BY sector_id),
       by_type AS (SELECT producer_type, count(DISTINCT producer_id)::int AS producers, count(*)::int AS products
                   FROM valid GROUP BY producer_type)
       SELECT
         ${province} AS province_id,
         (SELECT count(*)::int FROM valid) AS products,
         (SELECT count(DISTINCT producer_id)::int FROM valid) AS producers,
         (SELECT json_agg(json_build_object('stars', s, 'products', coalesce(b.products, 0)) ORDER BY s DESC)
          FROM generate_series(3, 5) AS s LEFT JOIN by_stars b ON b.stars = s) AS by_stars,
         (SELECT json_agg(json_build_object('sector_id', sec.id, 'products', coalesce(b.products, 0)))
          FROM ocop_sector sec LEFT JOIN by_sector b ON b.sector_id = sec.id) AS by_sector,
         (SELECT json_agg(json_build_object('type', t, 'producers', coalesce(b.producers, 0),
                                            'products', coalesce(b.products, 0)) ORDER BY ord)
          FROM unnest(${types}) WITH ORDINALITY AS x(t, ord) LEFT JOIN by_type b ON b.producer_type = t) AS by_type`,
      params.values,
    )) as SummaryRow[];
    if (!row) throw new Error('ocopSummary: no row');
    if (code !== null && !row.province_id) throw notFound(`No province has the code "${code}".`);

    const summary = new OcopSummary();
    summary.provinceCode = code;
    summary.asOf = day;
    summary.province = row.province_id ? await unitChainService.unit(ctx, row.province_id) : null;
    summary.products = row.products;
    summary.producers = row.producers;
    summary.byStars = row.by_stars.map((entry) => Object.assign(new OcopStarCount(), entry));
    const sectors = await ocopClassificationService.sectors(ctx);
    const bySector = new Map((row.by_sector ?? []).map((entry) => [entry.sector_id, entry.products]));
    summary.bySector = sectors.map((sector) =>
      Object.assign(new OcopSectorCount(), { sector, products: bySector.get(sector.uuid) ?? 0 }),
    );
    summary.byProducerType = row.by_type.map((entry) =>
      Object.assign(new OcopProducerTypeCount(), {
        type: entry.type as ProducerType,
        producers: entry.producers,
        products: entry.products,
      }),
    );
    return summary;
  }
}

export const ocopSummaryService = new OcopSummaryService();
