/**
 * OCOP certification rounds of the demo: the days on which Điện Biên's councils scored
 * products and the decisions that certified them (numbers and dates invented). Who signs a
 * certificate follows the rules of its day:
 * - Decision 1048/QĐ-TTg (2019) until 24/02/2023: the province certifies 3★ and 4★;
 * - Decision 148/QĐ-TTg from 24/02/2023: the district certifies 3★, the province 4★;
 * - from the 2025 reform (01/07/2025, districts abolished; Decision 1489/QĐ-TTg): the province
 *   certifies 3★ and 4★.
 * 5★ is always national; no Điện Biên product of the demo reaches it.
 */

export const DECISION_148_DATE = '2023-02-24';

export interface CertificationRoundSeed {
  key: string;
  date: string;
  /** The provincial decision of the round (certificates the province issues). */
  provinceDecision: string;
  /**
   * Under Decision 148, each district's own decision of the round is numbered
   * `districtDecisionBase + 17 × (district code − 93)`: one decision per district council.
   */
  districtDecisionBase?: number;
}

export const CERTIFICATION_ROUNDS: readonly CertificationRoundSeed[] = [
  // The four rounds behind the 35 products of the source document (2019 – mid 2021).
  { key: '2019-10', date: '2019-10-28', provinceDecision: '1052/QĐ-UBND' },
  { key: '2020-06', date: '2020-06-19', provinceDecision: '812/QĐ-UBND' },
  { key: '2020-12', date: '2020-12-18', provinceDecision: '2398/QĐ-UBND' },
  { key: '2021-05', date: '2021-05-26', provinceDecision: '968/QĐ-UBND' },
  // The first certificates of products certified after the source document. The rounds of the
  // renewals after 2021 are generated (demo.timeline.ts: one a month); these take their place in
  // their months.
  { key: '2022-09', date: '2022-09-20', provinceDecision: '1874/QĐ-UBND' },
  { key: '2023-03', date: '2023-03-17', provinceDecision: '512/QĐ-UBND', districtDecisionBase: 240 },
  { key: '2023-04', date: '2023-04-21', provinceDecision: '798/QĐ-UBND', districtDecisionBase: 390 },
  { key: '2023-06', date: '2023-06-16', provinceDecision: '1215/QĐ-UBND', districtDecisionBase: 600 },
  { key: '2023-08', date: '2023-08-25', provinceDecision: '1742/QĐ-UBND', districtDecisionBase: 980 },
  { key: '2023-12', date: '2023-12-08', provinceDecision: '2581/QĐ-UBND', districtDecisionBase: 1400 },
  { key: '2024-05', date: '2024-05-17', provinceDecision: '1033/QĐ-UBND', districtDecisionBase: 700 },
  { key: '2024-10', date: '2024-10-18', provinceDecision: '2145/QĐ-UBND', districtDecisionBase: 1650 },
  { key: '2025-09', date: '2025-09-12', provinceDecision: '1526/QĐ-UBND' },
  { key: '2025-10', date: '2025-10-17', provinceDecision: '1893/QĐ-UBND' },
  { key: '2025-12', date: '2025-12-19', provinceDecision: '2390/QĐ-UBND' },
  { key: '2026-05', date: '2026-05-22', provinceDecision: '871/QĐ-UBND' },
];
