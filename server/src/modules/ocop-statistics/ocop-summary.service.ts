import type { Context } from '../../context';
import { todayInVietnam } from '../../common/date.scalar';
import { notFound } from '../../common/errors';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { certificateStatusSql, currentCertificateJoin } from '../ocop-certificate/ocop-certificate.service';
import { ocopClassificationService } from '../ocop-classification/ocop-classification.service';
import { SqlParams } from '../ocop-product/sql-params';
import { unitChainService } from '../ocop-product/unit-chain.service';
import { checkUnitCode, communesArraySql, communesOfCodeSql } from '../ocop-product/unit-scope.sql';
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
 * `ocopSummary`: the figures of a province on a day, in ONE statement. A product counts when its
 * certificate current on that day (the latest decided by then) was valid that day — the rule of
 * `ocop_certificate_status`, the same as the catalogue's — and when it is made in the province,
 * whichever era its origin commune and the code belong to (see unit-scope.sql.ts).
 */
export class OcopSummaryService {
  async summary(ctx: Context, provinceCode: string, asOf: string | null | undefined): Promise<OcopSummary> {
    checkUnitCode('province', provinceCode, 'provinceCode');
    const day = asOf ?? todayInVietnam();
    const params = new SqlParams();
    const code = params.add(provinceCode, '::text');
    const on = params.add(day, '::date');
    const inProvince = communesOfCodeSql('province', provinceCode, params);
    const types = params.add(Object.values(ProducerType), '::text[]');
    const [row] = (await ctx.db.query(
      `WITH valid AS (
         SELECT p.id, p.producer_id, pr.type AS producer_type, cc.stars, g.sector_id
         FROM ocop_product p
         JOIN producer pr ON pr.id = p.producer_id
         LEFT JOIN ocop_product_set ps ON ps.id = p.product_set_id
         LEFT JOIN ocop_group g ON g.id = ps.group_id
         ${currentCertificateJoin('p.id', on)}
         WHERE p.deleted_at IS NULL
           AND ${certificateStatusSql('cc', on)} = 'valid'
           AND p.origin_commune_id = ANY(${communesArraySql(inProvince)}))
       SELECT
         (SELECT u.id FROM admin_unit u WHERE u.level = 'province' AND u.code = ${code}
          ORDER BY ((u.valid_from IS NULL OR u.valid_from <= ${on}) AND (u.valid_to IS NULL OR u.valid_to > ${on})) DESC,
                   u.valid_from DESC NULLS LAST
          LIMIT 1) AS province_id,
         (SELECT count(*)::int FROM valid) AS products,
         (SELECT count(DISTINCT producer_id)::int FROM valid) AS producers,
         (SELECT json_agg(json_build_object(
                   'stars', s, 'products', (SELECT count(*) FROM valid v WHERE v.stars = s)) ORDER BY s DESC)
          FROM generate_series(3, 5) AS s) AS by_stars,
         (SELECT json_agg(json_build_object(
                   'sector_id', sec.id, 'products', (SELECT count(*) FROM valid v WHERE v.sector_id = sec.id)))
          FROM ocop_sector sec) AS by_sector,
         (SELECT json_agg(json_build_object(
                   'type', t,
                   'producers', (SELECT count(DISTINCT v.producer_id) FROM valid v WHERE v.producer_type = t),
                   'products', (SELECT count(*) FROM valid v WHERE v.producer_type = t)) ORDER BY ord)
          FROM unnest(${types}) WITH ORDINALITY AS x(t, ord)) AS by_type`,
      params.values,
    )) as SummaryRow[];
    if (!row?.province_id) throw notFound(`No province has the code "${provinceCode}".`);

    const summary = new OcopSummary();
    summary.provinceCode = provinceCode;
    summary.asOf = day;
    summary.province = (await unitChainService.unit(ctx, row.province_id)) as AdministrativeUnit;
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
