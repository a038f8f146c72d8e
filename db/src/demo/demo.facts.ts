import type { EntityManager } from 'typeorm';
import { REFORM_DATE } from '../import/admin-units.import';
import { PROVINCE_CODE, THANH_HUNG_ADVANCED } from './dien-bien-communes.data';
import { CRITERIA_SET_CODES } from './ntm-criteria-patterns.data';

/**
 * What the demo data says on a given day, read back from the database with the same rules the
 * platform uses (a recognition counts from its decision until revoked; a certificate's status
 * is `ocop_certificate_status`). Used for the seed's report and to prove, before committing,
 * that the facts of the source document hold.
 */

export interface DemoFactsOn {
  date: string;
  /** Communes at NTM standard (tier 'standard', decided by `date`, not revoked by then). */
  standardCommunes: number;
  advancedCommunes: number;
  standardVillages: number;
  /** Pre-2025 districts of Điện Biên without a standard commune, by code. */
  districtsWithoutStandardCommune: string[];
  /** Products with a valid certificate on `date`, and their producers. */
  validProducts: number;
  producersWithValidProducts: number;
  validByStars: { three: number; four: number; five: number };
  /** Products whose latest certificate by `date` is expired / revoked. */
  expiredProducts: number;
  revokedProducts: number;
  /** Thanh Hưng's latest evaluation against the advanced set by `date`. */
  thanhHungAdvanced: { evaluatedOn: string; met: number; total: number } | null;
}

export async function demoFactsOn(em: EntityManager, date: string): Promise<DemoFactsOn> {
  const [recognised] = await em.query<{ standard: number; advanced: number; villages: number }[]>(
    `SELECT count(DISTINCT r.unit_id) FILTER (WHERE u.level = 'commune' AND r.tier = 'standard')::int AS standard,
            count(DISTINCT r.unit_id) FILTER (WHERE u.level = 'commune' AND r.tier = 'advanced')::int AS advanced,
            count(DISTINCT r.unit_id) FILTER (WHERE u.level = 'village' AND r.tier = 'standard')::int AS villages
     FROM recognition r JOIN admin_unit u ON u.id = r.unit_id
     WHERE r.demo AND r.decision_date <= $1 AND (r.revoked_on IS NULL OR r.revoked_on > $1)`,
    [date],
  );
  const without = await em.query<{ code: string }[]>(
    `SELECT d.code FROM admin_unit d JOIN admin_unit p ON p.id = d.parent_id
     WHERE d.level = 'district' AND p.level = 'province' AND p.code = $2 AND d.valid_to = $3
       AND NOT EXISTS (
         SELECT 1 FROM recognition r JOIN admin_unit c ON c.id = r.unit_id
         WHERE c.parent_id = d.id AND c.level = 'commune' AND r.tier = 'standard'
           AND r.decision_date <= $1 AND (r.revoked_on IS NULL OR r.revoked_on > $1))
     ORDER BY d.code`,
    [date, PROVINCE_CODE, REFORM_DATE],
  );
  const [valid] = await em.query<
    { products: number; producers: number; three: number; four: number; five: number }[]
  >(
    `SELECT count(DISTINCT c.product_id)::int AS products, count(DISTINCT p.producer_id)::int AS producers,
            count(DISTINCT c.product_id) FILTER (WHERE c.stars = 3)::int AS three,
            count(DISTINCT c.product_id) FILTER (WHERE c.stars = 4)::int AS four,
            count(DISTINCT c.product_id) FILTER (WHERE c.stars = 5)::int AS five
     FROM ocop_certificate c JOIN ocop_product p ON p.id = c.product_id
     WHERE c.demo AND ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1) = 'valid'`,
    [date],
  );
  const latest = await em.query<{ status: string; products: number }[]>(
    `SELECT status, count(*)::int AS products FROM (
       SELECT DISTINCT ON (c.product_id)
              ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1) AS status
       FROM ocop_certificate c
       WHERE c.demo AND c.decision_date <= $1
       ORDER BY c.product_id, c.decision_date DESC) latest
     GROUP BY status`,
    [date],
  );
  const [advanced] = await em.query<{ evaluated_on: string; met: number; total: number }[]>(
    `SELECT to_char(e.evaluated_on, 'YYYY-MM-DD') AS evaluated_on,
            count(*) FILTER (WHERE cr.met)::int AS met, count(*)::int AS total
     FROM evaluation e
     JOIN criteria_set s ON s.id = e.criteria_set_id
     JOIN admin_unit u ON u.id = e.unit_id
     JOIN criterion_result cr ON cr.evaluation_id = e.id
     WHERE e.demo AND s.code = $2 AND u.level = 'commune' AND u.code = $3 AND u.valid_to = $4
       AND e.evaluated_on <= $1
     GROUP BY e.id, e.evaluated_on
     ORDER BY e.evaluated_on DESC
     LIMIT 1`,
    [date, CRITERIA_SET_CODES.advanced, THANH_HUNG_ADVANCED.commune.code, REFORM_DATE],
  );
  const byStatus = new Map(latest.map((row) => [row.status, row.products]));
  return {
    date,
    standardCommunes: recognised?.standard ?? 0,
    advancedCommunes: recognised?.advanced ?? 0,
    standardVillages: recognised?.villages ?? 0,
    districtsWithoutStandardCommune: without.map((row) => row.code),
    validProducts: valid?.products ?? 0,
    producersWithValidProducts: valid?.producers ?? 0,
    validByStars: { three: valid?.three ?? 0, four: valid?.four ?? 0, five: valid?.five ?? 0 },
    expiredProducts: byStatus.get('expired') ?? 0,
    revokedProducts: byStatus.get('revoked') ?? 0,
    thanhHungAdvanced: advanced
      ? { evaluatedOn: advanced.evaluated_on, met: advanced.met, total: advanced.total }
      : null,
  };
}

/** The source document's facts (Điện Biên, first half of 2021). */
export const SOURCE_DOCUMENT_FACTS = {
  date: '2021-06-30',
  standardCommunes: 21,
  advancedCommunes: 0,
  standardVillages: 28,
  districtsWithoutStandardCommune: ['097', '098', '099', '101'],
  validProducts: 35,
  producersWithValidProducts: 19,
  validByStars: { three: 33, four: 2, five: 0 },
  thanhHungAdvanced: { met: 14, total: 16 },
} as const;

/** The differences between what the database says on 2021-06-30 and the source document. */
export function sourceFactMismatches(facts: DemoFactsOn): string[] {
  const expected = SOURCE_DOCUMENT_FACTS;
  const problems: string[] = [];
  const check = (what: string, actual: unknown, wanted: unknown): void => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted)) {
      problems.push(`${what}: ${JSON.stringify(actual)} instead of ${JSON.stringify(wanted)}`);
    }
  };
  check('date', facts.date, expected.date);
  check('standard communes', facts.standardCommunes, expected.standardCommunes);
  check('advanced communes', facts.advancedCommunes, expected.advancedCommunes);
  check('standard villages', facts.standardVillages, expected.standardVillages);
  check('districts without a standard commune', facts.districtsWithoutStandardCommune, [
    ...expected.districtsWithoutStandardCommune,
  ]);
  check('valid products', facts.validProducts, expected.validProducts);
  check('their producers', facts.producersWithValidProducts, expected.producersWithValidProducts);
  check('valid products by stars', facts.validByStars, expected.validByStars);
  check(
    'Thanh Hưng, advanced set',
    facts.thanhHungAdvanced && { met: facts.thanhHungAdvanced.met, total: facts.thanhHungAdvanced.total },
    expected.thanhHungAdvanced,
  );
  return problems;
}
