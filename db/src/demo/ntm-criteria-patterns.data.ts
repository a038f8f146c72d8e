/**
 * The criteria sets the demo evaluates against (codes from `reference/criteria-sets.data.ts`)
 * and, for each, the order in which communes or villages of a poor mountain province typically
 * come to meet the criteria: easiest first. A unit that meets N criteria meets (about) the N
 * first of its list; see `metCriteria`.
 *
 * The order is a judgement from provincial reporting of the period: planning, electricity,
 * defence and the political system are met early; income, poverty, production organisation,
 * environment and roads are the last ones in Điện Biên's highland communes.
 */

export const CRITERIA_SET_CODES = {
  commune2016: 'NTM-COMMUNE-2016-2020',
  commune2021: 'NTM-COMMUNE-2021-2025',
  commune2026: 'NTM-COMMUNE-2026-2030',
  advanced: 'NTM-11-ADVANCED-COMMUNE-2019-2021',
  village: 'NTM-11-VILLAGE-2019-2020',
} as const;

export type DemoCriteriaSet = keyof typeof CRITERIA_SET_CODES;

/** Criterion numbers, easiest first, for each set (every number of the set exactly once). */
export const CRITERIA_DIFFICULTY: Record<DemoCriteriaSet, readonly number[]> = {
  // 1 Quy hoạch, 4 Điện, 19 QP-AN, 18 HTCT, 8 TT-TT, 12 Lao động, 15 Y tế, 16 Văn hóa, 7 Chợ,
  // 3 Thủy lợi, 14 GD-ĐT, 6 CSVC văn hóa, 9 Nhà ở, 5 Trường học, 2 Giao thông, 17 Môi trường,
  // 13 Tổ chức sản xuất, 10 Thu nhập, 11 Hộ nghèo.
  commune2016: [1, 4, 19, 18, 8, 12, 15, 16, 7, 3, 14, 6, 9, 5, 2, 17, 13, 10, 11],
  commune2021: [1, 4, 19, 18, 8, 12, 15, 16, 7, 3, 14, 6, 9, 5, 2, 17, 13, 10, 11],
  // 1 Quy hoạch, 10 Pháp luật-ANQP, 9 HTCT-hành chính, 5 Văn hóa-GD-YT, 2 Hạ tầng, 4 Nhân lực,
  // 8 Môi trường, 7 KHCN-CĐS, 3 Kinh tế, 6 Giảm nghèo.
  commune2026: [1, 10, 9, 5, 2, 4, 8, 7, 3, 6],
  // Điện Biên's (illustrative) 16-criterion advanced set: 7 Thu nhập and 14 Môi trường are the
  // two Thanh Hưng still missed in the first half of 2021.
  advanced: [3, 16, 15, 5, 12, 1, 2, 13, 11, 9, 4, 6, 10, 8, 14, 7],
  // Village set (10): 10 HTCT-ANTT, 2 Điện, 4 TT-TT, 1 Giao thông, 8 GD-YT-VH, 3 Nhà văn hóa,
  // 5 Nhà ở, 9 Môi trường, 6 Sản xuất-thu nhập, 7 Hộ nghèo.
  village: [10, 2, 4, 1, 8, 3, 5, 9, 6, 7],
};
