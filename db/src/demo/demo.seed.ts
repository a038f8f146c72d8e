import { createHash } from 'node:crypto';
import { now as platformNow, startOfVietnamDay, today as platformToday } from '../clock';
import type { EntityManager } from 'typeorm';
import {
  AdministrativeUnit,
  AppUser,
  CriterionResult,
  Evaluation,
  FundingRecord,
  Linkage,
  OcopCertificate,
  OcopProduct,
  Producer,
  ProductListing,
  RawMaterialArea,
  Recognition,
  RoleAssignment,
  SalesChannel,
  ProductTradeDetail,
  ProductCertification,
} from '../entities';
import { describeTable, insertRows, type EntityClass } from '../rows';
import { REFORM_DATE } from '../import/admin-units.import';
import {
  LATER_STANDARD_COMMUNES,
  MAINTENANCE_EVALUATIONS_2021_2025,
  POST_REFORM_EVALUATIONS_2026_2030,
  PROGRESS_2020,
  PROGRESS_EVALUATIONS_2021_2025,
  PROVINCE_CODE,
  STANDARD_COMMUNES_BY_2021,
  THANH_HUNG_ADVANCED,
} from './dien-bien-communes.data';
import { DEMO_FUNDING } from './dien-bien-funding.data';
import { DEMO_LINKAGES } from './dien-bien-linkages.data';
import { DEMO_LISTINGS } from './dien-bien-listings.data';
import { DEMO_BUYER_DATA } from './dien-bien-buyer-data.data';
import { DEMO_PRODUCERS } from './dien-bien-producers.data';
import { DEMO_PRODUCTS } from './dien-bien-products.data';
import { DEMO_RAW_MATERIAL_AREAS } from './dien-bien-raw-material-areas.data';
import { DEMO_VILLAGES } from './dien-bien-villages.data';
import { DEMO_USERS } from './demo-users.data';
import { DEMO_INQUIRIES, seedDemoInquiries } from './demo.inquiries';
import { SOURCE_DOCUMENT_FACTS, demoFactsOn, sourceFactMismatches, type DemoFactsOn } from './demo.facts';
import { buildDemoPlan, type DemoContext, type Row, type UnitInfo } from './demo.plan';
import { isIsoDate } from './demo.util';
import { CRITERIA_DIFFICULTY, CRITERIA_SET_CODES, type DemoCriteriaSet } from './ntm-criteria-patterns.data';
import { CERTIFICATION_ROUNDS } from './ocop-certification-rounds.data';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-users.data';
import { DEMO_ACCOUNTS, DEMO_PASSWORD_HASH } from './demo-users.data';
export { SOURCE_DOCUMENT_FACTS, type DemoFactsOn } from './demo.facts';

/**
 * The demo data set: Điện Biên province as the source document describes it on 2021-06-30,
 * continued up to the seeding day (demo.timeline.ts, demo.later.ts). Bump the version whenever
 * the seed's logic changes what it writes; the data files are covered by the checksum.
 */
export const DEMO_DATA_VERSION = 'dien-bien-demo-v3';

/** The row of `reference_import` that records the demo seed. */
export const DEMO_IMPORT_NAME = 'demo';

export interface DemoSeedOptions {
  /**
   * The seeding day (ISO date; default: the platform clock's today, `OCOP_TODAY` or the day in
   * Vietnam): the demo holds what happened by that day and nothing after it, and the report's
   * current figures are for it. Not before the source document's 2021-06-30.
   */
  today?: string;
}

export interface DemoSeedReport {
  /** True when demo data was already present: nothing was written. */
  skipped: boolean;
  /** Why it was skipped. */
  reason?: string;
  /** Checksum (version and SHA-256 of the data files) of the demo data this code would write. */
  checksum: string;
  /** Checksum recorded when the demo data present in the database was written (when skipped). */
  installedChecksum?: string;
  today: string;
  // Rows of demo data in the database (written by this call, or found when skipped).
  /** Communes with an NTM-standard recognition (any date; 21 of them by 2021-06-30). */
  communesRecognised: number;
  /** Village units (admin_unit level 'village'), at standard or not. */
  villages: number;
  producers: number;
  products: number;
  certificates: number;
  evaluations: number;
  criterionResults: number;
  recognitions: number;
  listings: number;
  salesChannels: number;
  rawMaterialAreas: number;
  linkages: number;
  fundingRecords: number;
  users: number;
  /** The source document's day (2021-06-30); the seed refuses to commit unless these match it. */
  asOfSource: DemoFactsOn;
  /** The same figures on `today`. */
  asOfToday: DemoFactsOn;
}

/** The table each part of the plan goes to; its columns and their types come from the entity. */
const TABLES = {
  villages: AdministrativeUnit,
  evaluations: Evaluation,
  criterionResults: CriterionResult,
  recognitions: Recognition,
  producers: Producer,
  products: OcopProduct,
  certificates: OcopCertificate,
  listings: ProductListing,
  salesChannels: SalesChannel,
  tradeDetails: ProductTradeDetail,
  productCertifications: ProductCertification,
  rawMaterialAreas: RawMaterialArea,
  linkages: Linkage,
  funding: FundingRecord,
  users: AppUser,
  roleAssignments: RoleAssignment,
} satisfies Record<string, EntityClass>;

/**
 * One statement per table (`insertRows`: one array parameter per column, `unnest` on the server),
 * `demo` set wherever the table has the flag (a table without one is demo data through its parent).
 */
async function insertPlanned(em: EntityManager, entity: EntityClass, rows: readonly Row[]): Promise<void> {
  const flagged = describeTable(entity).byName.has('demo');
  await insertRows(em, entity, rows, flagged ? { constants: { demo: true } } : {});
}

/** Checksum of everything the demo is made of: the data files and the version of the logic. */
export function demoChecksum(): string {
  const data = {
    version: DEMO_DATA_VERSION,
    communes: {
      standardBy2021: STANDARD_COMMUNES_BY_2021,
      progress2020: PROGRESS_2020,
      later: LATER_STANDARD_COMMUNES,
      progress2021: PROGRESS_EVALUATIONS_2021_2025,
      maintenance2021: MAINTENANCE_EVALUATIONS_2021_2025,
      advanced: THANH_HUNG_ADVANCED,
      postReform: POST_REFORM_EVALUATIONS_2026_2030,
    },
    villages: DEMO_VILLAGES,
    criteria: { codes: CRITERIA_SET_CODES, difficulty: CRITERIA_DIFFICULTY },
    rounds: CERTIFICATION_ROUNDS,
    producers: DEMO_PRODUCERS,
    products: DEMO_PRODUCTS,
    listings: DEMO_LISTINGS,
    buyerData: DEMO_BUYER_DATA,
    areas: DEMO_RAW_MATERIAL_AREAS,
    linkages: DEMO_LINKAGES,
    funding: DEMO_FUNDING,
    users: DEMO_USERS,
    inquiries: DEMO_INQUIRIES,
  };
  return `${DEMO_DATA_VERSION}:sha256:${createHash('sha256').update(JSON.stringify(data)).digest('hex')}`;
}

interface UnitQueryRow {
  id: string;
  code: string;
  name: string;
  full_name: string;
  unit_type: string;
  district_code: string | null;
}

const toUnit = (row: UnitQueryRow): UnitInfo => ({
  id: row.id,
  code: row.code,
  name: row.name,
  fullName: row.full_name,
  unitType: row.unit_type,
  districtCode: row.district_code,
});

/**
 * Finds the province's units of both eras and the reference data, by natural key. The post-2025
 * units are the rows formed on 2025-07-01 (a later rename or change of type, like Đồng Nai's on
 * 2026-04-30, adds a row from that day; the demo keeps the 2025 one), and their communes are found
 * under every post-2025 row of the province (a commune's parent is its province's newest row).
 */
async function loadContext(em: EntityManager): Promise<DemoContext> {
  const province = async (era: 'pre2025' | 'post2025'): Promise<UnitInfo> => {
    const rows = await em.query<UnitQueryRow[]>(
      `SELECT id, code, name, full_name, unit_type, NULL AS district_code FROM admin_unit
       WHERE level = 'province' AND code = $1
         AND ${era === 'pre2025' ? 'valid_from IS NULL AND valid_to = $2' : 'valid_from = $2'}`,
      [PROVINCE_CODE, REFORM_DATE],
    );
    if (rows.length !== 1) {
      throw new Error(
        `demo seed: province ${PROVINCE_CODE} (${era}) not found; import the administrative units first`,
      );
    }
    return toUnit(rows[0]!);
  };
  const provincePre = await province('pre2025');
  const provincePost = await province('post2025');
  const byCode = (rows: UnitQueryRow[]) => new Map(rows.map((row) => [row.code, toUnit(row)]));
  const districts = byCode(
    await em.query<UnitQueryRow[]>(
      `SELECT id, code, name, full_name, unit_type, NULL AS district_code FROM admin_unit
       WHERE level = 'district' AND parent_id = $1 AND valid_from IS NULL AND valid_to = $2`,
      [provincePre.id, REFORM_DATE],
    ),
  );
  const preCommunes = byCode(
    await em.query<UnitQueryRow[]>(
      `SELECT c.id, c.code, c.name, c.full_name, c.unit_type, d.code AS district_code
       FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id
       WHERE c.level = 'commune' AND d.level = 'district' AND d.parent_id = $1
         AND c.valid_from IS NULL AND c.valid_to = $2`,
      [provincePre.id, REFORM_DATE],
    ),
  );
  const postCommunes = byCode(
    await em.query<UnitQueryRow[]>(
      `SELECT id, code, name, full_name, unit_type, NULL AS district_code FROM admin_unit
       WHERE level = 'commune' AND valid_from = $2
         AND parent_id IN (SELECT id FROM admin_unit WHERE level = 'province' AND code = $1 AND valid_from >= $2)`,
      [PROVINCE_CODE, REFORM_DATE],
    ),
  );

  const setCodes = Object.values(CRITERIA_SET_CODES);
  const criteriaRows = await em.query<{ set_code: string; set_id: string; id: string; number: number }[]>(
    `SELECT s.code AS set_code, s.id AS set_id, c.id, c.number
     FROM criteria_set s JOIN criterion c ON c.criteria_set_id = s.id
     WHERE s.code = ANY($1)`,
    [setCodes],
  );
  const criteriaSets = {} as Record<DemoCriteriaSet, { id: string; criteria: Map<number, string> }>;
  for (const [key, code] of Object.entries(CRITERIA_SET_CODES) as [DemoCriteriaSet, string][]) {
    const rows = criteriaRows.filter((row) => row.set_code === code);
    const numbers = rows.map((row) => row.number).sort((a, b) => a - b);
    const expected = [...CRITERIA_DIFFICULTY[key]].sort((a, b) => a - b);
    if (rows.length === 0)
      throw new Error(`demo seed: criteria set ${code} not found; import criteria sets first`);
    if (JSON.stringify(numbers) !== JSON.stringify(expected)) {
      throw new Error(
        `demo seed: criteria set ${code} has criteria ${numbers.join(',')}, expected ${expected.join(',')}`,
      );
    }
    criteriaSets[key] = { id: rows[0]!.set_id, criteria: new Map(rows.map((row) => [row.number, row.id])) };
  }
  const productSetRows = await em.query<{ id: string; code: string }[]>(
    `SELECT id, code FROM ocop_product_set`,
  );
  if (productSetRows.length === 0) {
    throw new Error('demo seed: no OCOP product sets; import the OCOP classification first');
  }
  return {
    provincePre,
    provincePost,
    districts,
    preCommunes,
    postCommunes,
    criteriaSets,
    productSets: new Map(productSetRows.map((row) => [row.code, row.id])),
  };
}

/** Counts of the demo rows present in the database. */
async function demoCounts(
  em: EntityManager,
): Promise<
  Omit<
    DemoSeedReport,
    'skipped' | 'reason' | 'checksum' | 'installedChecksum' | 'today' | 'asOfSource' | 'asOfToday'
  >
> {
  const [row] = await em.query<Record<string, number>[]>(
    `SELECT
       (SELECT count(DISTINCT r.unit_id) FROM recognition r JOIN admin_unit u ON u.id = r.unit_id
         WHERE r.demo AND r.tier = 'standard' AND u.level = 'commune')::int AS communes_recognised,
       (SELECT count(*) FROM admin_unit WHERE demo AND level = 'village')::int AS villages,
       (SELECT count(*) FROM producer WHERE demo)::int AS producers,
       (SELECT count(*) FROM ocop_product WHERE demo)::int AS products,
       (SELECT count(*) FROM ocop_certificate WHERE demo)::int AS certificates,
       (SELECT count(*) FROM evaluation WHERE demo)::int AS evaluations,
       (SELECT count(*) FROM criterion_result cr JOIN evaluation e ON e.id = cr.evaluation_id
         WHERE e.demo)::int AS criterion_results,
       (SELECT count(*) FROM recognition WHERE demo)::int AS recognitions,
       (SELECT count(*) FROM product_listing WHERE demo)::int AS listings,
       (SELECT count(*) FROM sales_channel s JOIN product_listing l ON l.id = s.listing_id
         WHERE l.demo)::int AS sales_channels,
       (SELECT count(*) FROM raw_material_area WHERE demo)::int AS raw_material_areas,
       (SELECT count(*) FROM linkage WHERE demo)::int AS linkages,
       (SELECT count(*) FROM funding_record WHERE demo)::int AS funding_records,
       (SELECT count(*) FROM app_user WHERE demo)::int AS users`,
  );
  const get = (name: string): number => row?.[name] ?? 0;
  return {
    communesRecognised: get('communes_recognised'),
    villages: get('villages'),
    producers: get('producers'),
    products: get('products'),
    certificates: get('certificates'),
    evaluations: get('evaluations'),
    criterionResults: get('criterion_results'),
    recognitions: get('recognitions'),
    listings: get('listings'),
    salesChannels: get('sales_channels'),
    rawMaterialAreas: get('raw_material_areas'),
    linkages: get('linkages'),
    fundingRecords: get('funding_records'),
    users: get('users'),
  };
}

/** Whether any demo row exists, with or without the `reference_import` record. */
async function demoRowsPresent(em: EntityManager): Promise<boolean> {
  const [row] = await em.query<{ present: boolean }[]>(
    `SELECT EXISTS (SELECT 1 FROM admin_unit WHERE demo) OR EXISTS (SELECT 1 FROM producer WHERE demo)
         OR EXISTS (SELECT 1 FROM evaluation WHERE demo) OR EXISTS (SELECT 1 FROM recognition WHERE demo)
         OR EXISTS (SELECT 1 FROM app_user WHERE demo) AS present`,
  );
  return row?.present === true;
}

/**
 * Writes the demo data set (Điện Biên province, see the `*.data.ts` files of this folder) in one
 * transaction. Run it after the migrations, the administrative-unit import and the criteria-set
 * / OCOP-classification imports: units and reference rows are looked up by natural key.
 *
 * Idempotent: the run is recorded in `reference_import` (name 'demo', with the data checksum);
 * when that record or any demo row is present, nothing is written and the report says so
 * (`skipped: true`, with the counts of the demo rows present). Concurrent calls are serialised
 * by an advisory lock. Before committing, the seed reads the facts of the source document back
 * from the database for 2021-06-30 and rolls back if any differs.
 */
export async function seedDemo(em: EntityManager, options: DemoSeedOptions = {}): Promise<DemoSeedReport> {
  const today = options.today ?? platformToday();
  if (!isIsoDate(today))
    throw new RangeError(`seedDemo: today must be an ISO date (YYYY-MM-DD), got ${today}`);
  if (today < SOURCE_DOCUMENT_FACTS.date) {
    throw new RangeError(
      `seedDemo: the demo begins with the source document's ${SOURCE_DOCUMENT_FACTS.date}; cannot seed it as of ${today}`,
    );
  }
  const checksum = demoChecksum();

  return em.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('ocop-demo-seed'))`);
    const [installed] = await tx.query<{ checksum: string }[]>(
      `SELECT checksum FROM reference_import WHERE name = $1`,
      [DEMO_IMPORT_NAME],
    );
    if (installed || (await demoRowsPresent(tx))) {
      // Demo databases made before demo accounts had passwords get them now.
      await tx.query(
        `UPDATE app_user SET password_hash = $1 WHERE demo AND password_hash IS NULL AND email = ANY($2::text[])`,
        [DEMO_PASSWORD_HASH, Object.values(DEMO_ACCOUNTS)],
      );
      const reason = installed
        ? installed.checksum === checksum
          ? 'demo data already present'
          : 'demo data already present (written from other demo data; not rewritten)'
        : 'demo rows present without a reference_import record; not rewritten';
      return {
        skipped: true,
        reason,
        checksum,
        ...(installed ? { installedChecksum: installed.checksum } : {}),
        today,
        ...(await demoCounts(tx)),
        asOfSource: await demoFactsOn(tx, SOURCE_DOCUMENT_FACTS.date),
        asOfToday: await demoFactsOn(tx, today),
      };
    }

    const plan = buildDemoPlan(await loadContext(tx), today);
    await insertPlanned(tx, TABLES.villages, plan.villages);
    await insertPlanned(tx, TABLES.evaluations, plan.evaluations);
    await insertPlanned(tx, TABLES.criterionResults, plan.criterionResults);
    await insertPlanned(tx, TABLES.recognitions, plan.recognitions);
    await insertPlanned(tx, TABLES.producers, plan.producers);
    await insertPlanned(tx, TABLES.products, plan.products);
    await insertPlanned(tx, TABLES.certificates, plan.certificates);
    await insertPlanned(tx, TABLES.listings, plan.listings);
    await insertPlanned(tx, TABLES.salesChannels, plan.salesChannels);
    await insertPlanned(tx, TABLES.tradeDetails, plan.tradeDetails);
    await insertPlanned(tx, TABLES.productCertifications, plan.productCertifications);
    await insertPlanned(tx, TABLES.rawMaterialAreas, plan.rawMaterialAreas);
    await insertPlanned(tx, TABLES.linkages, plan.linkages);
    await insertPlanned(tx, TABLES.funding, plan.funding);
    await insertPlanned(tx, TABLES.users, plan.users);
    await insertPlanned(tx, TABLES.roleAssignments, plan.roleAssignments);
    // The clock's instant when seeding today; noon of the seeding day when seeding another day.
    await seedDemoInquiries(
      tx,
      today === platformToday()
        ? platformNow()
        : new Date(startOfVietnamDay(today).getTime() + 12 * 3_600_000),
    );

    const asOfSource = await demoFactsOn(tx, SOURCE_DOCUMENT_FACTS.date);
    const mismatches = sourceFactMismatches(asOfSource);
    if (mismatches.length > 0) {
      throw new Error(`demo seed: the data contradicts the source document: ${mismatches.join('; ')}`);
    }
    const report: DemoSeedReport = {
      skipped: false,
      checksum,
      today,
      ...(await demoCounts(tx)),
      asOfSource,
      asOfToday: await demoFactsOn(tx, today),
    };
    const { asOfToday: _today, ...recorded } = report;
    await tx.query(
      `INSERT INTO reference_import (name, checksum, imported_at, report) VALUES ($1, $2, $3, $4::jsonb)`,
      [DEMO_IMPORT_NAME, checksum, platformNow(), JSON.stringify(recorded)],
    );
    return report;
  });
}
