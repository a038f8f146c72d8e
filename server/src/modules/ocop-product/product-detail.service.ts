import { today } from '@ocop/db';
import type { Context } from '../../context';
import { currentCertificatePointerJoin } from '../../common/sql/current-certificate';
import {
  CERTIFICATE_SELECT,
  CRITERION_RESULT_SELECT,
  CRITERION_SELECT,
  LISTING_SELECT,
  PRODUCER_COLUMNS,
  PRODUCT_COLUMNS,
  UNIT_SELECT,
  type CertificateRow,
  type CriterionResultRow as ResultRow,
  type CriterionRow,
  type ListingRow,
  type ProducerRow,
  type ProductRow,
  type UnitRow,
} from '../../common/sql/rows';
import { toAdministrativeUnit } from '../administrative-unit/administrative-unit.service';
import type { AdministrativeUnit } from '../administrative-unit/administrative-unit.type';
import { toCriterion } from '../criteria-set/criteria-set.service';
import { toListing } from '../listing/product-listing.service';
import { EVALUATION_COLUMNS, toEvaluation, toResult, type EvaluationRow } from '../ntm/evaluation.service';
import { ocopCertificateService, toOcopCertificate } from '../ocop-certificate/ocop-certificate.service';
import { toProducer } from '../producer/producer.service';
import { toOcopProduct } from './ocop-product.service';
import type { OcopProduct } from './ocop-product.type';

/** What the query asks about the product beyond its own row (see `selectsPath`). */
export interface DetailWants {
  /** The origin commune's evaluations (`latestEvaluations`, `evaluations`): with results and criteria. */
  evaluations: boolean;
}

interface DetailRow extends ProductRow {
  certificates: CertificateRow[];
  listings: ListingRow[];
  producer: ProducerRow | null;
  commune_chain: UnitRow[];
  evaluations: EvaluationRow[] | null;
  results: ResultRow[] | null;
  criteria: CriterionRow[] | null;
}

/**
 * `ocopProduct(id)`: a product's page in ONE statement. Through the per-request DataLoaders alone
 * a product's detail is a waterfall of statements, each waiting for the one before: the product,
 * then its producer, certificates, listings and commune, then the commune's evaluations, their
 * results, their criteria (8 statements, ~10 ms of round trips for ~0.5 ms of SQL). Everything a
 * detail shows hangs off the product row, so one statement reads it all (each part a correlated
 * subquery turned into JSON) and primes the loaders the field resolvers read from: they then find
 * everything already there and run nothing. The evaluations (the heaviest part) are read only
 * when the query asks for them. Lists of products keep the batched loaders.
 */
export class ProductDetailService {
  async detail(ctx: Context, uuid: string, wants: DetailWants): Promise<OcopProduct | null> {
    const evaluations = wants.evaluations
      ? `(SELECT coalesce(json_agg(x ORDER BY x.evaluated_on, x.created_at, x.id), '[]')
          FROM (SELECT ${EVALUATION_COLUMNS}, e.created_at FROM evaluation e
                WHERE e.unit_id = p.origin_commune_id) x) AS evaluations,
         (SELECT coalesce(json_agg(x ORDER BY x.evaluation_id, x.number), '[]')
          FROM (SELECT ${CRITERION_RESULT_SELECT.sql('cr')}, c.number
                FROM evaluation e JOIN criterion_result cr ON cr.evaluation_id = e.id
                JOIN criterion c ON c.id = cr.criterion_id
                WHERE e.unit_id = p.origin_commune_id) x) AS results,
         (SELECT coalesce(json_agg(x), '[]')
          FROM (SELECT ${CRITERION_SELECT.sql('c')} FROM criterion c WHERE c.criteria_set_id IN (
                  SELECT e.criteria_set_id FROM evaluation e WHERE e.unit_id = p.origin_commune_id)) x) AS criteria`
      : 'NULL AS evaluations, NULL AS results, NULL AS criteria';
    const rows: DetailRow[] = await ctx.db.query(
      `SELECT ${PRODUCT_COLUMNS}, ${CERTIFICATE_SELECT.sql('cc', 'c_')},
         (SELECT coalesce(json_agg(x ORDER BY x.decision_date DESC, x.id DESC), '[]')
          FROM (SELECT ${CERTIFICATE_SELECT.sql('c')} FROM ocop_certificate c WHERE c.product_id = p.id) x) AS certificates,
         (SELECT coalesce(json_agg(x ORDER BY x.ord), '[]')
          FROM (SELECT ${LISTING_SELECT.sql('l')}, row_number() OVER (ORDER BY l.position, l.created_at, l.id) AS ord
                FROM product_listing l WHERE l.product_id = p.id) x) AS listings,
         (SELECT row_to_json(x) FROM (SELECT ${PRODUCER_COLUMNS} FROM producer pr WHERE pr.id = p.producer_id) x)
           AS producer,
         (SELECT coalesce(json_agg(x), '[]') FROM (
            WITH RECURSIVE chain(id, depth) AS (
              SELECT p.origin_commune_id, 0 WHERE p.origin_commune_id IS NOT NULL
              UNION
              SELECT u.parent_id, c.depth + 1 FROM chain c JOIN admin_unit u ON u.id = c.id
              WHERE u.parent_id IS NOT NULL AND c.depth < 4)
            SELECT ${UNIT_SELECT.sql('u')} FROM admin_unit u WHERE u.id IN (SELECT id FROM chain)) x) AS commune_chain,
         ${evaluations}
       FROM ocop_product p ${currentCertificatePointerJoin('p', '$2::date')}
       WHERE p.id = $1::uuid`,
      [uuid, today()],
    );
    const row = rows[0];
    if (!row) {
      ctx.loaders.ocopProductById.prime(uuid, null);
      return null;
    }
    const product = toOcopProduct(row);
    const { loaders } = ctx;
    loaders.ocopProductById.prime(uuid, product);
    ocopCertificateService.prime(ctx, uuid, product.preloadedCurrentCertificate ?? null);

    const history = row.certificates.map(toOcopCertificate);
    loaders.ocopCertificatesByProductId.prime(uuid, history);
    for (const certificate of history) loaders.ocopCertificateById.prime(certificate.uuid, certificate);

    const listings = row.listings.map(toListing);
    loaders.productListingsByProductId.prime(uuid, listings);
    for (const listing of listings) loaders.productListingById.prime(listing.uuid, listing);

    if (row.producer) loaders.producerById.prime(row.producer.id, toProducer(row.producer));

    if (row.origin_commune_id) {
      loaders.unitChainById.prime(row.origin_commune_id, chainOf(row.origin_commune_id, row.commune_chain));
      if (row.evaluations && row.results && row.criteria) {
        const evaluations = row.evaluations.map(toEvaluation);
        loaders.evaluationsByUnitId.prime(row.origin_commune_id, evaluations);
        const results = new Map(evaluations.map((evaluation) => [evaluation.uuid, [] as ResultRow[]]));
        for (const result of row.results) results.get(result.evaluation_id)?.push(result);
        for (const evaluation of evaluations) {
          loaders.evaluationById.prime(evaluation.uuid, evaluation);
          loaders.criterionResultsByEvaluationId.prime(
            evaluation.uuid,
            results.get(evaluation.uuid)!.map(toResult),
          );
        }
        for (const criterion of row.criteria)
          loaders.criterionById.prime(criterion.id, toCriterion(criterion));
      }
    }
    return product.withdrawn ? null : product;
  }
}

/** The unit then its parent, grandparent… from the rows of the chain (as `UnitChainService.findChains`). */
function chainOf(id: string, rows: UnitRow[]): AdministrativeUnit[] {
  const byId = new Map(rows.map((row) => [row.id, toAdministrativeUnit(row)]));
  const chain: AdministrativeUnit[] = [];
  for (let unit = byId.get(id); unit && chain.length < 5;) {
    chain.push(unit);
    unit = unit.parentUuid ? byId.get(unit.parentUuid) : undefined;
  }
  return chain;
}

export const productDetailService = new ProductDetailService();
