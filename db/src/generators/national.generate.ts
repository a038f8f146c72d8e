import type { EntityManager } from 'typeorm';
import { OcopCertificate, OcopProduct, Producer, ProductListing } from '../entities';
import { insertRows, type EntityClass } from '../rows';
import {
  AVAILABILITY_WEIGHTS,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MIDDLE_NAMES,
  PRODUCER_TYPE_WEIGHTS,
  PRODUCT_BASES,
  PRODUCT_SET_WEIGHTS,
  TRADE_WORDS,
} from './names.data';
import { Random } from './random';

/**
 * A national-scale data set for benchmarks (invented, marked `demo = true`), written into a
 * database that is already migrated and holds the real administrative units and the reference
 * data: producers, OCOP products with certificate histories, listings, and the NTM evaluations of
 * every pre-reform commune against the 19-criterion 2021–2025 set for 5 years with their
 * criterion results (~1 million rows), and the recognitions these results earn.
 *
 * Deterministic: the same seed and sizes give the same rows (ids included) on every run. Rows
 * built in JavaScript come from a seeded generator; rows built in SQL (evaluations, results,
 * recognitions) derive their ids and values from md5 of natural keys (official codes).
 * Everything is written with multi-row `INSERT … SELECT FROM unnest(...)` or `generate_series`.
 */

/** Bump when the generated content changes: a cached database of another version is rebuilt. */
export const NATIONAL_GENERATOR_VERSION = 2;

/**
 * Producer-editor accounts of the generated data (version 2): `nationalEditorEmail(n)` for n = 1…
 * NATIONAL_EDITORS edits the producer at position n in the order of producer ids, password
 * NATIONAL_EDITOR_PASSWORD. The stored hash was computed once with the platform's
 * `hashPassword` (Argon2id, its parameters in the PHC string), so generating costs no hashing.
 */
export const NATIONAL_EDITORS = 100;
export const NATIONAL_EDITOR_PASSWORD = 'ocop-bench-2026';
const NATIONAL_EDITOR_PASSWORD_HASH =
  '$argon2id$v=19$m=19456,t=2,p=1$OuwvkEeHXutZ2Rlgc3EsCQ$ASPgbDXHenTQHrsmYNw6IuNHDH8OJuWG8dqp3Ah1xUY';
export const nationalEditorEmail = (n: number): string => `bien-tap-${n}@bench.ocop.vn`;
export const NATIONAL_DEFAULT_SEED = 20261128;

export interface NationalOptions {
  seed?: number;
  producers?: number;
  products?: number;
  /** The day certificate statuses are realistic for ('YYYY-MM-DD'; default 2026-11-28). */
  today?: string;
  /** Called with one line per phase as it ends. */
  log?: (line: string) => void;
}

export interface NationalReport {
  seed: number;
  phases: { phase: string; ms: number }[];
  counts: Record<string, number>;
}

interface CommuneRow {
  id: string;
  code: string;
  name: string;
  district_id: string;
  province_id: string;
  province_code: string;
  province_name: string;
}

const DAY_MS = 86_400_000;
const toDay = (iso: string): number => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const toIso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** The day 36 months after (the certificate's `expires_on`, as the database computes it). */
function plus36Months(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const last = new Date(Date.UTC(y + 3, m, 0)).getUTCDate();
  return `${y + 3}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/**
 * Rows (keyed by column name) into an entity's table, 20,000 a statement through `unnest`; the
 * columns and their types come from the entity (`insertRows`, rows.ts). Every row is demo data.
 */
const insertDemoRows = (em: EntityManager, entity: EntityClass, rows: readonly Record<string, unknown>[]) =>
  insertRows(em, entity, rows, { constants: { demo: true } });

/** Stars drawn in realistic shares (~73% 3★, ~24% 4★, ~3% 5★) and a score in that star's band. */
function starsAndScore(random: Random): { stars: number; score: number } {
  const roll = random.next();
  const stars = roll < 0.73 ? 3 : roll < 0.97 ? 4 : 5;
  const [low, high] = stars === 3 ? [50, 69.99] : stars === 4 ? [70, 89.99] : [90, 99];
  return { stars, score: Math.round((low + random.next() * (high - low)) * 100) / 100 };
}

function personName(random: Random): string {
  return `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
}

function producerName(random: Random, type: string, place: string): string {
  switch (type) {
    case 'household_business':
      return `Hộ kinh doanh ${personName(random)}`;
    case 'cooperative':
      return `Hợp tác xã ${random.pick(TRADE_WORDS)} ${place}`;
    case 'cooperative_group':
      return `Tổ hợp tác ${random.pick(TRADE_WORDS)} ${place}`;
    default:
      return `Công ty TNHH ${random.pick(TRADE_WORDS)} ${place}`;
  }
}

async function timedPhase<T>(
  report: NationalReport,
  log: (line: string) => void,
  phase: string,
  work: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  const result = await work();
  const ms = Math.round(performance.now() - started);
  report.phases.push({ phase, ms });
  log(`  ${phase}: ${(ms / 1000).toFixed(1)} s`);
  return result;
}

/** Fills the database behind `em` (see above). Not idempotent: run it on a fresh database. */
export async function generateNationalData(
  em: EntityManager,
  options: NationalOptions = {},
): Promise<NationalReport> {
  const seed = options.seed ?? NATIONAL_DEFAULT_SEED;
  const producerCount = options.producers ?? 10_000;
  const productCount = options.products ?? 20_000;
  const today = options.today ?? '2026-11-28';
  const log = options.log ?? (() => undefined);
  const random = new Random(seed);
  const report: NationalReport = { seed, phases: [], counts: {} };

  // Pre-reform communes (valid until the 2025 reform), with their district and province.
  const communes: CommuneRow[] = await em.query(
    `SELECT c.id, c.code, c.name, d.id AS district_id, p.id AS province_id, p.code AS province_code,
            p.name AS province_name
     FROM admin_unit c JOIN admin_unit d ON d.id = c.parent_id JOIN admin_unit p ON p.id = d.parent_id
     WHERE c.level = 'commune' AND d.level = 'district' ORDER BY c.code`,
  );
  if (communes.length === 0) throw new Error('generateNationalData: no pre-reform communes imported');
  const communesByDistrict = new Map<string, CommuneRow[]>();
  for (const commune of communes) {
    const list = communesByDistrict.get(commune.district_id) ?? [];
    list.push(commune);
    communesByDistrict.set(commune.district_id, list);
  }
  const productSets = new Map(
    ((await em.query(`SELECT id, code FROM ocop_product_set`)) as { id: string; code: string }[]).map((r) => [
      r.code,
      r.id,
    ]),
  );

  const producers: Record<string, unknown>[] = [];
  const producerCommune: CommuneRow[] = [];
  await timedPhase(report, log, `producers (${producerCount})`, async () => {
    for (let i = 0; i < producerCount; i += 1) {
      const commune = random.pick(communes);
      const type = random.weighted(PRODUCER_TYPE_WEIGHTS);
      producers.push({
        id: random.uuid(),
        name: producerName(random, type, commune.name),
        type,
        commune_id: commune.id,
        address: `Thôn ${random.int(1, 12)}, ${commune.name}, ${commune.province_name}`,
        representative: personName(random),
        phone: `09${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
        established_year: random.int(1995, 2022),
      });
      producerCommune.push(commune);
    }
    await insertDemoRows(em, Producer, producers);
  });

  const products: Record<string, unknown>[] = [];
  const certificates: Record<string, unknown>[] = [];
  const listings: Record<string, unknown>[] = [];
  const sequence = new Map<string, number>();
  const shares = { valid: 0, expired: 0, revoked: 0 };
  await timedPhase(report, log, `products (${productCount}), certificates, listings`, async () => {
    const firstDay = toDay('2019-03-01');
    const lastDay = toDay(today) - 20;
    for (let i = 0; i < productCount; i += 1) {
      // Every producer has at least one product; the rest go to random producers.
      const p = i < producers.length ? i : random.int(0, producers.length - 1);
      const producer = producers[p]!;
      const home = producerCommune[p]!;
      const origin = random.next() < 0.9 ? home : random.pick(communesByDistrict.get(home.district_id)!);
      const setCode = random.weighted(PRODUCT_SET_WEIGHTS);
      const { bases, units } = PRODUCT_BASES[setCode]!;
      const productId = random.uuid();
      const name = `${random.pick(bases)} ${origin.name}`;
      products.push({
        id: productId,
        name,
        producer_id: producer.id,
        product_set_id: productSets.get(setCode) ?? null,
        origin_commune_id: origin.id,
        description: `${name}, sản phẩm OCOP của ${String(producer.name)}.`,
      });

      // Certificate history: a first decision, then re-certifications near each expiry.
      let decided = toIso(random.int(firstDay, lastDay));
      let previous: Record<string, unknown> | null = null;
      for (;;) {
        const { stars, score } = starsAndScore(random);
        const year = decided.slice(0, 4);
        const issuerKey = stars === 5 ? `TW-${year}` : `${origin.province_code}-${year}`;
        const n = (sequence.get(issuerKey) ?? 0) + 1;
        sequence.set(issuerKey, n);
        const certificate: Record<string, unknown> = {
          id: random.uuid(),
          certificate_number: `OCOP-${stars === 5 ? 'TW' : origin.province_code}-${year}-${String(n).padStart(5, '0')}`,
          product_id: productId,
          score,
          stars,
          decision_number: `${random.int(100, 3999)}/QĐ-${stars === 5 ? 'BNN' : 'UBND'}`,
          decision_date: decided,
          issuer_level: stars === 5 ? 'national' : 'province',
          issuer_name:
            stars === 5
              ? 'Bộ Nông nghiệp và Phát triển nông thôn'
              : `Ủy ban nhân dân ${origin.province_name}`,
          issuer_unit_id: stars === 5 ? null : origin.province_id,
        };
        if (previous) {
          previous.superseded_on = decided;
          previous.superseded_by_id = certificate.id;
        }
        certificates.push(certificate);
        previous = certificate;
        const expires = plus36Months(decided);
        if (expires > today || random.next() >= 0.6) break;
        // Re-certified in the last two months before expiry.
        decided = toIso(toDay(expires) - random.int(1, 60));
      }
      const last = previous!;
      const expires = plus36Months(last.decision_date as string);
      if (random.next() < 0.03) {
        const end = Math.min(toDay(expires), toDay(today)) - 1;
        const from = toDay(last.decision_date as string) + 30;
        last.revoked_on = toIso(from < end ? random.int(from, end) : end);
        last.revocation_reason = 'Không duy trì chất lượng sản phẩm theo hồ sơ đánh giá';
        shares.revoked += 1;
      } else if (expires <= today) shares.expired += 1;
      else shares.valid += 1;

      const listingCount = random.next() < 0.4 ? 2 : 1;
      for (let position = 0; position < listingCount; position += 1) {
        listings.push({
          id: random.uuid(),
          product_id: productId,
          position,
          description: position === 0 ? `${name} — hàng chính hãng của cơ sở` : `${name} — quà biếu`,
          price_vnd: random.int(3, 120) * 5_000,
          unit: random.pick(units),
          availability: random.weighted(AVAILABILITY_WEIGHTS),
          min_order_quantity: random.next() < 0.3 ? random.int(2, 20) : null,
          contact_name: producer.representative,
          contact_phone: producer.phone,
        });
      }
    }
    await insertDemoRows(em, OcopProduct, products);
    await insertDemoRows(em, OcopCertificate, certificates);
    await insertDemoRows(em, ProductListing, listings);
  });
  log(
    `    latest certificates today: ${shares.valid} valid, ${shares.expired} expired, ${shares.revoked} revoked`,
  );

  // NTM, in SQL. A commune's level b in [0.5, 1) and yearly progress make the share of criteria
  // met grow from 2021 to 2025; a criterion, once met, stays met (threshold per commune × criterion).
  const unit = (key: string) => `(('x' || substr(md5(${key}), 1, 8))::bit(32)::bigint / 4294967296.0)`;
  const evaluations = `
    SELECT md5('eval:' || c.code || ':' || y)::uuid AS id, c.id AS unit_id, c.code, y,
           CASE WHEN y = 2025 THEN DATE '2025-05-31' ELSE make_date(y, 11, 30) END AS evaluated_on,
           0.5 + 0.5 * ${unit(`'level:' || c.code || ':' || $1::int`)} + 0.08 * (y - 2021) AS progress
    FROM admin_unit c CROSS JOIN generate_series(2021, 2025) AS y
    WHERE c.level = 'commune' AND c.valid_to = DATE '2025-07-01'`;
  const setId = `(SELECT id FROM criteria_set WHERE code = 'NTM-COMMUNE-2021-2025')`;
  await timedPhase(report, log, 'NTM evaluations (5 years × pre-reform communes)', () =>
    em.query(
      `INSERT INTO evaluation (id, unit_id, criteria_set_id, evaluated_on, assessor, demo)
       SELECT e.id, e.unit_id, ${setId}, e.evaluated_on, 'Ban Chỉ đạo xã', true FROM (${evaluations}) e`,
      [seed],
    ),
  );
  await timedPhase(report, log, 'criterion results (19 a year)', () =>
    em.query(
      `INSERT INTO criterion_result (id, evaluation_id, criterion_id, met)
       SELECT md5(e.id::text || ':' || k.number)::uuid, e.id, k.id,
              ${unit(`'threshold:' || e.code || ':' || k.number || ':' || $1::int`)} < e.progress
       FROM (${evaluations}) e
       CROSS JOIN (SELECT id, number FROM criterion WHERE criteria_set_id = ${setId}) k`,
      [seed],
    ),
  );
  await timedPhase(report, log, 'recognitions (first year with all criteria met)', () =>
    em.query(
      `INSERT INTO recognition (id, unit_id, tier, criteria_set_id, standard_year, decision_number, decision_date,
                                issuer, demo)
       SELECT md5('recognition:' || f.code)::uuid, f.unit_id, 'standard', ${setId}, f.y,
              (100 + abs(hashtext(f.code)) % 3900) || '/QĐ-UBND',
              CASE WHEN f.y = 2025 THEN DATE '2025-06-20' ELSE make_date(f.y, 12, 20) END,
              'Ủy ban nhân dân ' || p.name, true
       FROM (SELECT DISTINCT ON (e.unit_id) e.unit_id, u.code, extract(year FROM e.evaluated_on)::int AS y
             FROM evaluation e JOIN admin_unit u ON u.id = e.unit_id
             WHERE e.demo AND NOT EXISTS (SELECT 1 FROM criterion_result r WHERE r.evaluation_id = e.id AND NOT r.met)
             ORDER BY e.unit_id, e.evaluated_on) f
       JOIN admin_unit u ON u.id = f.unit_id JOIN admin_unit d ON d.id = u.parent_id JOIN admin_unit p ON p.id = d.parent_id`,
    ),
  );

  await timedPhase(report, log, `producer-editor accounts (${NATIONAL_EDITORS})`, () =>
    em.query(
      `WITH picked AS (
         SELECT id, row_number() OVER (ORDER BY id) AS n FROM producer WHERE demo ORDER BY id LIMIT $2),
       users AS (
         INSERT INTO app_user (id, email, email_normalized, display_name, password_hash, status, demo)
         SELECT md5('editor:' || n)::uuid, 'bien-tap-' || n || '@bench.ocop.vn', 'bien-tap-' || n || '@bench.ocop.vn',
                'Biên tập viên ' || n, $1, 'active', true
         FROM picked RETURNING id)
       INSERT INTO role_assignment (id, user_id, role, producer_id)
       SELECT md5('editor-role:' || p.n)::uuid, u.id, 'producer_editor', p.id
       FROM picked p JOIN users u ON u.id = md5('editor:' || p.n)::uuid`,
      [NATIONAL_EDITOR_PASSWORD_HASH, NATIONAL_EDITORS],
    ),
  );

  for (const table of [
    'app_user',
    'producer',
    'ocop_product',
    'ocop_certificate',
    'product_listing',
    'evaluation',
    'criterion_result',
    'recognition',
  ]) {
    const [row] = (await em.query(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
    report.counts[table] = row!.n;
  }
  return report;
}
