import { DEMO_FUNDING, type FundingSeed } from './dien-bien-funding.data';
import type { LinkageSeed } from './dien-bien-linkages.data';
import { fnv1a } from './demo.util';

/**
 * What the demo goes on doing after the data files end (2025–2026), up to the seeding day, so
 * that a demo seeded in 2031 or 2039 is as current as one seeded when it was written: prices
 * follow inflation, the province supports new linkages every year, resources are reported every
 * year, post-reform communes are reviewed every year against the 2026–2030 set and recognised
 * when they meet it. Pure and deterministic (hashes of keys, no clock, no Math.random()).
 */

/** The year the listings' prices were written for. */
const PRICES_OF = 2026;
/** Yearly price increase of the listings after PRICES_OF (about Vietnam's recent CPI). */
const INFLATION = 0.035;

/** The factor by which prices of PRICES_OF have grown by the seeding day's year. */
export function priceIndexOn(seedingDay: string): number {
  return Math.pow(1 + INFLATION, Math.max(0, Number(seedingDay.slice(0, 4)) - PRICES_OF));
}

/** A price of PRICES_OF at today's level, in whole thousands of đồng (as shops price). */
export function indexedPrice(priceVnd: number, index: number): number {
  if (index === 1) return priceVnd;
  return Math.max(1000, Math.round((priceVnd * index) / 1000) * 1000);
}

/** The last year the funding data file records. */
const LAST_FUNDING_YEAR = Math.max(...DEMO_FUNDING.map((seed) => seed.year));

/**
 * Resources mobilised for every year up to `lastYear`: the data file's years, then each later
 * year's figure per programme and source from the file's last year, growing about 4% a year with
 * a few percent of noise, in whole millions of đồng.
 */
export function fundingUpTo(lastYear: number): FundingSeed[] {
  const base = DEMO_FUNDING.filter((seed) => seed.year === LAST_FUNDING_YEAR);
  const rows = DEMO_FUNDING.filter((seed) => seed.year <= lastYear);
  for (let year = LAST_FUNDING_YEAR + 1; year <= lastYear; year += 1) {
    for (const seed of base) {
      const noise = ((fnv1a(`funding:${year}:${seed.programme}:${seed.source}`) % 101) - 50) / 1000;
      const factor = Math.pow(1.04, year - LAST_FUNDING_YEAR) * (1 + noise);
      const millions = (BigInt(seed.amountVnd) / 1_000_000n) * BigInt(Math.round(factor * 1000));
      rows.push({ ...seed, year, amountVnd: ((millions / 1000n) * 1_000_000n).toString() });
    }
  }
  return rows;
}

/** Partners of the linkages the province supports after 2026 (invented enterprises). */
const LATER_PARTNERS: readonly { name: string; kind: LinkageSeed['kind'] }[] = [
  { name: 'Công ty Cổ phần Nông sản Sạch Tây Bắc', kind: 'offtake' },
  { name: 'Công ty TNHH Phân phối Đặc sản Vùng cao', kind: 'distribution' },
  { name: 'Hợp tác xã Thương mại Điện Biên Xanh', kind: 'distribution' },
  { name: 'Công ty Cổ phần Chế biến Thực phẩm Mường Thanh', kind: 'processing' },
  { name: 'Công ty TNHH Xuất nhập khẩu Nông sản Việt Bắc', kind: 'offtake' },
  { name: 'Chuỗi cửa hàng Đặc sản Ba Miền', kind: 'distribution' },
];

/**
 * From 2026 on, the province supports one new linkage a year (its target: every unit supports
 * one OCOP product a year on a sustainable linkage model), each for a product certified by then,
 * chosen by a hash of the year; contracts run three years.
 */
export function laterLinkages(
  seedingDay: string,
  certifiedProducts: readonly { key: string; producer: string }[],
): LinkageSeed[] {
  const linkages: LinkageSeed[] = [];
  const candidates = [...certifiedProducts].sort((a, b) => a.key.localeCompare(b.key));
  for (let year = 2026; year <= Number(seedingDay.slice(0, 4)); year += 1) {
    const startedOn = `${year}-03-${String(2 + (fnv1a(`linkage-day:${year}`) % 26)).padStart(2, '0')}`;
    if (startedOn > seedingDay || candidates.length === 0) break;
    const product = candidates[fnv1a(`linkage-product:${year}`) % candidates.length]!;
    const partner = LATER_PARTNERS[fnv1a(`linkage-partner:${year}`) % LATER_PARTNERS.length]!;
    const number = 10 + (fnv1a(`linkage-number:${year}`) % 80);
    linkages.push({
      key: `province-${year}-${product.key}`,
      kind: partner.kind,
      producer: product.producer,
      product: product.key,
      partnerName: partner.name,
      partnerType: partner.name.startsWith('Hợp tác xã') ? 'cooperative' : 'enterprise',
      supportedBy: 'province',
      startedOn,
      endedOn: `${year + 3}-03-01`,
      contractReference: `HĐLK ${number}/${year}/ĐB-OCOP`,
      description: `Liên kết sản xuất gắn với tiêu thụ được tỉnh hỗ trợ năm ${year} theo kế hoạch OCOP.`,
    });
  }
  return linkages;
}

export interface PostReformReview {
  evaluatedOn: string;
  met: number;
  /** The year's review met every criterion: the commune is appraised and recognised. */
  recognition: { decisionDate: string; decisionNumber: string; standardYear: number } | null;
}

/**
 * The yearly reviews of a post-2025 commune against the 2026–2030 set (10 criteria), from 2026
 * to the seeding day's year: a first count in 2026 (the data file's, or 3–7), then one or two
 * more criteria a year until all 10 are met; that year's review is the appraisal and the
 * province recognises the commune in December. Recognised communes keep being reviewed
 * (maintenance) every year.
 */
export function postReformReviews(
  communeCode: string,
  first: { evaluatedOn: string; met: number } | null,
  seedingDay: string,
): PostReformReview[] {
  const reviews: PostReformReview[] = [];
  let met = first?.met ?? 3 + (fnv1a(`post-reform-first:${communeCode}`) % 5);
  let recognised = false;
  for (let year = 2026; year <= Number(seedingDay.slice(0, 4)); year += 1) {
    if (year > 2026 && !recognised)
      met = Math.min(10, met + 1 + (fnv1a(`post-reform:${communeCode}:${year}`) % 2));
    const day = 10 + (fnv1a(`post-reform-day:${communeCode}:${year}`) % 19);
    const evaluatedOn =
      year === 2026 && first
        ? first.evaluatedOn
        : `${year}-${met === 10 && !recognised ? '11' : '09'}-${String(day).padStart(2, '0')}`;
    if (evaluatedOn > seedingDay) break;
    const recognisedNow = met === 10 && !recognised;
    reviews.push({
      evaluatedOn,
      met,
      recognition: recognisedNow
        ? {
            decisionDate: `${year}-12-${String(15 + (fnv1a(`post-reform-decision:${year}`) % 12)).padStart(2, '0')}`,
            decisionNumber: `${2700 + (fnv1a(`post-reform-number:${communeCode}:${year}`) % 250)}/QĐ-UBND`,
            standardYear: year,
          }
        : null,
    });
    if (recognisedNow) recognised = true;
  }
  return reviews;
}
