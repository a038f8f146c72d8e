import { addMonths } from '../clock';
import { fnv1a } from './demo.util';
import { CERTIFICATION_ROUNDS } from './ocop-certification-rounds.data';
import { DEMO_PRODUCTS } from './dien-bien-products.data';

/**
 * The demo after the source document: from 2021-07-01 on, the province goes on certifying,
 * renewing and revoking up to the day the demo is seeded, whatever that day is. Pure and
 * deterministic: the same seeding day always gives the same rows, and a later seeding day gives
 * the same history plus what happened since (the timeline is one, only cut at the seeding day).
 *
 * Certificates last 36 months (Decision 148/QĐ-TTg). The shape of the timeline is chosen so that
 * on ANY day it shows what monitoring needs (db/test/demo-timeline.test.ts checks every day from
 * 2026 to 2040):
 * - most products are renewed on time: each has a month of the 36-month cycle of its own (its
 *   "slot", spread evenly over the cycle), and is re-certified in the province's round of the
 *   month its certificate expires — a few days before the expiry (the old certificate is then
 *   superseded) or a few days after it (a short gap);
 * - a few producers let their certificate lapse for about a year before they are re-assessed
 *   (LAPSING_PRODUCTS): their lapses are staggered so that at any time two or three products
 *   are expired;
 * - one product's certificate is revoked and the product not re-certified (REVOKED_PRODUCT);
 * - scores drift from one assessment to the next (mostly upwards: producers improve), so some
 *   products cross 70 and are re-certified with four stars — a higher rating superseding the
 *   old certificate.
 */

/** A product's fixed history: [decision date, score] of each certificate, oldest first. */
export interface FixedCertificates {
  key: string;
  certificates: readonly (readonly [string, number])[];
}

export interface TimelineCertificate {
  productKey: string;
  decisionDate: string;
  score: number;
  /** True for the certificates the data files list (the source document's and the first of later products). */
  fixed: boolean;
  supersededOn: string | null;
  revokedOn: string | null;
  revocationReason: string | null;
}

/** The first day after the source document: everything from here on is generated. */
export const GENERATED_FROM = '2021-07-01';

/**
 * From this day on, every seeding day shows what monitoring needs (see above; checked day by day
 * to 2040 by db/test/demo-timeline.test.ts).
 */
export const GUARANTEED_FROM = '2026-01-01';

/** Producers that let their certificate lapse before re-applying (staggered, see above). */
export const LAPSING_PRODUCTS: readonly string[] = [
  'thao-qua-say-kho-nam-po',
  'ca-kho-song-da-muong-lay',
  'chuoi-say-deo-dien-bien',
  'mac-khen-muong-cha',
  'mang-chua-na-tau',
  'tuong-ot-muong-dang',
];
/** Months a lapsing product stays without a certificate before it is re-certified. */
const LAPSE_MONTHS = 20;
const LAPSING_CYCLE = 36 + LAPSE_MONTHS;

/** The product whose certificate is revoked, when, and why; it is not re-certified. */
export const REVOKED_PRODUCT = {
  key: 'thit-lon-gac-bep',
  /** The round of its renewal, and the revocation during that certificate's validity. */
  renewedOn: '2023-12-08',
  renewalScore: 62,
  revokedOn: '2025-04-10',
  reason:
    'Kiểm tra sau chứng nhận: cơ sở thay đổi quy trình sản xuất, không duy trì điều kiện vệ sinh an toàn thực phẩm như hồ sơ được đánh giá.',
} as const;

/** Months since year 0: 2021-07 → 2021 × 12 + 6. */
export function monthIndex(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/** The rounds the data files name (ocop-certification-rounds.data.ts), by month. */
const FIXED_ROUNDS = new Map(CERTIFICATION_ROUNDS.map((round) => [monthIndex(round.date), round.date]));

/**
 * The day of the province's certification round of a month: the one the data files name, else
 * a working day between the 10th and the 24th (fixed per month by a hash; Saturday moved to
 * Friday, Sunday to Monday) — the council meets once a month.
 */
export function roundDay(month: number): string {
  const fixed = FIXED_ROUNDS.get(month);
  if (fixed) return fixed;
  const year = Math.floor(month / 12);
  const monthOfYear = month - year * 12;
  let day = 10 + (fnv1a(`round:${year}-${monthOfYear}`) % 15);
  const weekday = new Date(Date.UTC(year, monthOfYear, day)).getUTCDay();
  if (weekday === 6) day -= 1;
  if (weekday === 0) day += 1;
  return new Date(Date.UTC(year, monthOfYear, day)).toISOString().slice(0, 10);
}

/** The next score: a drift of −1 to +3 points, kept inside the bands the province certifies (50–89.5). */
function nextScore(key: string, cycle: number, previous: number): number {
  const drift = -1 + (fnv1a(`score:${key}:${cycle}`) % 41) / 10;
  return Math.min(89.5, Math.max(50, Math.round((previous + drift) * 2) / 2));
}

/** The smallest month ≥ `from` whose position in a cycle of `length` months is `position`. */
function firstMonthAt(from: number, length: number, position: number): number {
  return from + ((((position - from) % length) + length) % length);
}

/**
 * Every certificate of the demo's products decided by `seedingDay`: the fixed ones, then the
 * generated renewals. Products are given in a stable order (their slots follow it).
 */
export function certificateTimeline(
  products: readonly FixedCertificates[],
  seedingDay: string,
): TimelineCertificate[] {
  const lapsing = new Map(LAPSING_PRODUCTS.map((key, index) => [key, index]));
  const regular = products.filter((p) => p.key !== REVOKED_PRODUCT.key && !lapsing.has(p.key));
  // A product first certified after the source document keeps the month of its first certificate
  // as its slot (it is renewed when that certificate expires). The others — certified by 2021 —
  // take the months left free, spread evenly, in an order shuffled by a hash of the key so that
  // one producer's products do not all fall in the same season.
  const slots = new Map<string, number>();
  for (const p of regular) {
    const first = p.certificates[0]![0];
    // Only a product that exists on the first day the guarantees hold takes a slot out of the
    // pool: a month left to a product certified later would be empty until then.
    if (first >= GENERATED_FROM && first < GUARANTEED_FROM) slots.set(p.key, monthIndex(first) % 36);
  }
  const taken = new Set(slots.values());
  const free = [...Array(36).keys()].filter((slot) => !taken.has(slot));
  const older = regular
    .filter((p) => !slots.has(p.key))
    .sort((a, b) => fnv1a(`slot:${a.key}`) - fnv1a(`slot:${b.key}`) || a.key.localeCompare(b.key));
  older.forEach((p, index) => {
    slots.set(p.key, free[Math.floor((index * free.length) / older.length) % free.length]!);
  });

  const all: TimelineCertificate[] = [];
  for (const product of products) {
    if (product.certificates.length === 0)
      throw new Error(`demo timeline: ${product.key} has no certificate`);
    const chain: TimelineCertificate[] = product.certificates
      .filter(([date]) => date <= seedingDay)
      .map(([decisionDate, score]) => ({
        productKey: product.key,
        decisionDate,
        score,
        fixed: true,
        supersededOn: null,
        revokedOn: null,
        revocationReason: null,
      }));
    if (chain.length === 0) continue; // not certified yet on the seeding day
    const last = product.certificates[product.certificates.length - 1]!;
    // The first generated decision falls in the 36 months that begin 27 months before the last
    // fixed certificate expires (never before the source document's day): an early re-assessment
    // supersedes it, a late one leaves a gap of at most 9 months.
    const from = Math.max(monthIndex(GENERATED_FROM), monthIndex(addMonths(last[0], 36)) - 27);
    // The month of each generated decision after the first: regular products are re-certified in
    // the round of the month their certificate expires, lapsing ones LAPSE_MONTHS later.
    let first: number;
    let next: (decisionDate: string) => number | null;
    if (product.key === REVOKED_PRODUCT.key) {
      first = monthIndex(REVOKED_PRODUCT.renewedOn);
      next = () => null;
    } else if (lapsing.has(product.key)) {
      const phase = Math.round((lapsing.get(product.key)! * LAPSING_CYCLE) / LAPSING_PRODUCTS.length);
      // The lapse begins when the certificate of month m expires, at m + 36: place m + 36 on the phase.
      first = firstMonthAt(from + 36, LAPSING_CYCLE, phase) - 36;
      next = (decisionDate) => monthIndex(decisionDate) + LAPSING_CYCLE;
    } else {
      first = firstMonthAt(from, 36, slots.get(product.key)!);
      next = (decisionDate) => monthIndex(addMonths(decisionDate, 36));
    }
    let score = last[1];
    for (let month: number | null = first, cycle = 1; month !== null; cycle += 1) {
      const decisionDate = product.key === REVOKED_PRODUCT.key ? REVOKED_PRODUCT.renewedOn : roundDay(month);
      if (decisionDate > seedingDay) break;
      if (decisionDate < GENERATED_FROM || decisionDate <= last[0]) {
        throw new Error(`demo timeline: ${product.key} renewed on ${decisionDate}, too early`);
      }
      score =
        product.key === REVOKED_PRODUCT.key
          ? REVOKED_PRODUCT.renewalScore
          : nextScore(product.key, cycle, score);
      chain.push({
        productKey: product.key,
        decisionDate,
        score,
        fixed: false,
        supersededOn: null,
        revokedOn: null,
        revocationReason: null,
      });
      month = next(decisionDate);
    }
    // A certificate followed by another before it ran out is superseded on that day.
    for (let i = 1; i < chain.length; i += 1) {
      const previous = chain[i - 1]!;
      if (chain[i]!.decisionDate < addMonths(previous.decisionDate, 36))
        previous.supersededOn = chain[i]!.decisionDate;
    }
    const current = chain[chain.length - 1]!;
    if (product.key === REVOKED_PRODUCT.key && !current.fixed && REVOKED_PRODUCT.revokedOn <= seedingDay) {
      current.revokedOn = REVOKED_PRODUCT.revokedOn;
      current.revocationReason = REVOKED_PRODUCT.reason;
    }
    all.push(...chain);
  }
  return all;
}

/**
 * The decisions of a generated round (a day of `roundDay`): the province numbers its decisions
 * through the year (about 2,800 a year, so the number grows with the day of the year); under
 * Decision 148 each district council's decision of the round is numbered from a base.
 */
export function generatedRound(day: string): { provinceDecision: string; districtDecisionBase: number } {
  const dayOfYear = Math.round(
    (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000,
  );
  const province = 20 + Math.floor(dayOfYear * 7.6) + (fnv1a(`decision:${day}`) % 7);
  return {
    provinceDecision: `${province}/QĐ-UBND`,
    districtDecisionBase: 200 + (fnv1a(`district-decisions:${day}`) % 1400),
  };
}

/** The demo products' fixed certificates (data files), with their rounds' dates. */
export function demoFixedCertificates(): FixedCertificates[] {
  const rounds = new Map(CERTIFICATION_ROUNDS.map((round) => [round.key, round.date]));
  return DEMO_PRODUCTS.map((seed) => ({
    key: seed.key,
    certificates: seed.certificates.map(([roundKey, score]) => {
      const date = rounds.get(roundKey);
      if (!date) throw new Error(`demo timeline: unknown certification round ${roundKey}`);
      return [date, score] as const;
    }),
  }));
}
