/**
 * NTM status of Điện Biên's communes for the demo: which communes are at NTM standard, when
 * they were recognised, and the evaluations behind every status.
 *
 * Facts of the source document (10/08/2021) this data reproduces, as of 2021-06-30:
 * - 21 communes at NTM standard; the last two, Sín Thầu (Mường Nhé) and Búng Lao (Mường Ảng),
 *   recognised in the first half of 2021 "for 2020";
 * - no standard commune yet in Mường Chà, Điện Biên Đông, Tuần Giáo and Tủa Chùa;
 * - Thanh Hưng (district Điện Biên) meets 14 of the 16 criteria of the advanced set.
 * Which 19 communes were recognised before 2021, and every date, decision number and score, are
 * invented but plausible (mostly the rice valley of district Điện Biên, as in reality).
 *
 * Units are named by their pre-2025 GSO code (and name, checked by the seed) unless marked
 * post-2025. Commune recognitions are decided by the provincial People's Committee.
 */

export interface CommuneRef {
  /** Pre-2025 commune code (5 digits). */
  code: string;
  /** The name in the unit data; the seed checks it, so a wrong code cannot slip through. */
  name: string;
  /** Pre-2025 district code (3 digits). */
  district: string;
}

export interface RecognitionDecision {
  number: string;
  date: string;
  /** The year the commune is certified as meeting the standard ("đạt chuẩn NTM năm …"). */
  standardYear: number;
}

export interface StandardCommuneSeed extends CommuneRef {
  /** The appraisal (thẩm định) against the 2016–2020 set that met all 19 criteria. */
  evaluatedOn: string;
  decision: RecognitionDecision;
}

export const PROVINCE_CODE = '11';
export const PROVINCE_ISSUER = 'UBND tỉnh Điện Biên';
export const PROVINCE_SIGNER = 'Chủ tịch UBND tỉnh Điện Biên';
export const PROVINCE_APPRAISER = 'Đoàn thẩm định tỉnh Điện Biên (Văn phòng Điều phối NTM tỉnh)';

/** The 21 communes at NTM standard on 2021-06-30, against Decision 1980/QĐ-TTg's set. */
export const STANDARD_COMMUNES_BY_2021: readonly StandardCommuneSeed[] = [
  {
    code: '03331',
    name: 'Thanh Hưng',
    district: '100',
    evaluatedOn: '2016-12-09',
    decision: { number: '1285/QĐ-UBND', date: '2016-12-28', standardYear: 2016 },
  },
  {
    code: '03337',
    name: 'Thanh Chăn',
    district: '100',
    evaluatedOn: '2016-12-09',
    decision: { number: '1286/QĐ-UBND', date: '2016-12-28', standardYear: 2016 },
  },
  {
    code: '03334',
    name: 'Thanh Xương',
    district: '100',
    evaluatedOn: '2017-11-24',
    decision: { number: '62/QĐ-UBND', date: '2018-01-19', standardYear: 2017 },
  },
  {
    code: '03343',
    name: 'Thanh An',
    district: '100',
    evaluatedOn: '2017-11-24',
    decision: { number: '63/QĐ-UBND', date: '2018-01-19', standardYear: 2017 },
  },
  {
    code: '03349',
    name: 'Noong Luống',
    district: '100',
    evaluatedOn: '2017-11-24',
    decision: { number: '64/QĐ-UBND', date: '2018-01-19', standardYear: 2017 },
  },
  {
    code: '03145',
    name: 'Thanh Minh',
    district: '094',
    evaluatedOn: '2017-11-17',
    decision: { number: '65/QĐ-UBND', date: '2018-01-19', standardYear: 2017 },
  },
  {
    code: '03346',
    name: 'Thanh Yên',
    district: '100',
    evaluatedOn: '2018-11-23',
    decision: { number: '1498/QĐ-UBND', date: '2018-12-27', standardYear: 2018 },
  },
  {
    code: '03328',
    name: 'Thanh Luông',
    district: '100',
    evaluatedOn: '2018-11-23',
    decision: { number: '1499/QĐ-UBND', date: '2018-12-27', standardYear: 2018 },
  },
  {
    code: '03355',
    name: 'Sam Mứn',
    district: '100',
    evaluatedOn: '2018-11-23',
    decision: { number: '1500/QĐ-UBND', date: '2018-12-27', standardYear: 2018 },
  },
  {
    code: '03316',
    name: 'Nà Tấu',
    district: '094',
    evaluatedOn: '2018-11-16',
    decision: { number: '1501/QĐ-UBND', date: '2018-12-27', standardYear: 2018 },
  },
  {
    code: '03322',
    name: 'Thanh Nưa',
    district: '100',
    evaluatedOn: '2019-11-22',
    decision: { number: '28/QĐ-UBND', date: '2020-01-10', standardYear: 2019 },
  },
  {
    code: '03356',
    name: 'Pom Lót',
    district: '100',
    evaluatedOn: '2019-11-22',
    decision: { number: '29/QĐ-UBND', date: '2020-01-10', standardYear: 2019 },
  },
  {
    code: '03358',
    name: 'Núa Ngam',
    district: '100',
    evaluatedOn: '2019-11-22',
    decision: { number: '30/QĐ-UBND', date: '2020-01-10', standardYear: 2019 },
  },
  {
    code: '03325',
    name: 'Mường Phăng',
    district: '094',
    evaluatedOn: '2019-11-15',
    decision: { number: '31/QĐ-UBND', date: '2020-01-10', standardYear: 2019 },
  },
  {
    code: '03307',
    name: 'Ẳng Nưa',
    district: '102',
    evaluatedOn: '2019-11-29',
    decision: { number: '32/QĐ-UBND', date: '2020-01-10', standardYear: 2019 },
  },
  {
    code: '03169',
    name: 'Nà Hỳ',
    district: '103',
    evaluatedOn: '2020-08-21',
    decision: { number: '1856/QĐ-UBND', date: '2020-09-30', standardYear: 2020 },
  },
  {
    code: '03352',
    name: 'Noọng Hẹt',
    district: '100',
    evaluatedOn: '2020-11-20',
    decision: { number: '2461/QĐ-UBND', date: '2020-12-24', standardYear: 2020 },
  },
  {
    code: '03317',
    name: 'Nà Nhạn',
    district: '094',
    evaluatedOn: '2020-11-13',
    decision: { number: '2462/QĐ-UBND', date: '2020-12-24', standardYear: 2020 },
  },
  {
    code: '03184',
    name: 'Lay Nưa',
    district: '095',
    evaluatedOn: '2020-11-27',
    decision: { number: '2463/QĐ-UBND', date: '2020-12-24', standardYear: 2020 },
  },
  // The two of the source document: recognised in the first half of 2021, "đạt chuẩn năm 2020".
  {
    code: '03154',
    name: 'Sín Thầu',
    district: '096',
    evaluatedOn: '2020-12-18',
    decision: { number: '412/QĐ-UBND', date: '2021-03-12', standardYear: 2020 },
  },
  {
    code: '03301',
    name: 'Búng Lao',
    district: '102',
    evaluatedOn: '2020-12-11',
    decision: { number: '735/QĐ-UBND', date: '2021-04-23', standardYear: 2020 },
  },
];

/**
 * The progress review of every other rural commune against the 2016–2020 set: one date per
 * district (its steering committee's review of 2020 or of the first half of 2021) and a range
 * of criteria met. The four districts without a standard commune are the lowest.
 */
export const PROGRESS_2020: Record<string, { evaluatedOn: string; minMet: number; maxMet: number }> = {
  '094': { evaluatedOn: '2020-11-13', minMet: 13, maxMet: 17 },
  '095': { evaluatedOn: '2020-11-27', minMet: 13, maxMet: 16 },
  '096': { evaluatedOn: '2020-12-18', minMet: 9, maxMet: 14 },
  '097': { evaluatedOn: '2021-03-19', minMet: 8, maxMet: 12 },
  '098': { evaluatedOn: '2021-03-19', minMet: 8, maxMet: 12 },
  '099': { evaluatedOn: '2021-03-26', minMet: 8, maxMet: 13 },
  '100': { evaluatedOn: '2020-11-20', minMet: 13, maxMet: 17 },
  '101': { evaluatedOn: '2021-03-19', minMet: 8, maxMet: 12 },
  '102': { evaluatedOn: '2020-12-11', minMet: 11, maxMet: 16 },
  '103': { evaluatedOn: '2020-12-11', minMet: 9, maxMet: 13 },
};

export interface LaterStandardCommuneSeed extends CommuneRef {
  /** Criteria of the 2016–2020 set met at the district's review (PROGRESS_2020 date). */
  met2020: number;
  /** A mid-year self-assessment against the 2021–2025 set. */
  progress: { evaluatedOn: string; met: number };
  /** The appraisal that met all 19 criteria of the 2021–2025 set. */
  evaluatedOn: string;
  decision: RecognitionDecision;
}

/** Communes recognised after the source document, against Decision 318/QĐ-TTg's set. */
export const LATER_STANDARD_COMMUNES: readonly LaterStandardCommuneSeed[] = [
  {
    code: '03323',
    name: 'Hua Thanh',
    district: '100',
    met2020: 17,
    progress: { evaluatedOn: '2022-06-17', met: 17 },
    evaluatedOn: '2022-11-18',
    decision: { number: '2658/QĐ-UBND', date: '2022-12-23', standardYear: 2022 },
  },
  {
    code: '03326',
    name: 'Pá Khoang',
    district: '094',
    met2020: 17,
    progress: { evaluatedOn: '2022-06-17', met: 16 },
    evaluatedOn: '2022-11-18',
    decision: { number: '2659/QĐ-UBND', date: '2022-12-23', standardYear: 2022 },
  },
  {
    code: '03289',
    name: 'Quài Cang',
    district: '099',
    met2020: 13,
    progress: { evaluatedOn: '2022-06-24', met: 16 },
    evaluatedOn: '2022-11-25',
    decision: { number: '2660/QĐ-UBND', date: '2022-12-23', standardYear: 2022 },
  },
  {
    code: '03286',
    name: 'Mường Đăng',
    district: '102',
    met2020: 16,
    progress: { evaluatedOn: '2022-06-24', met: 17 },
    evaluatedOn: '2022-11-25',
    decision: { number: '2661/QĐ-UBND', date: '2022-12-23', standardYear: 2022 },
  },
  {
    code: '03292',
    name: 'Ẳng Tở',
    district: '102',
    met2020: 15,
    progress: { evaluatedOn: '2023-06-16', met: 17 },
    evaluatedOn: '2023-11-24',
    decision: { number: '2874/QĐ-UBND', date: '2023-12-27', standardYear: 2023 },
  },
  {
    code: '03250',
    name: 'Mường Báng',
    district: '098',
    met2020: 12,
    progress: { evaluatedOn: '2023-06-16', met: 16 },
    evaluatedOn: '2023-11-24',
    decision: { number: '2875/QĐ-UBND', date: '2023-12-27', standardYear: 2023 },
  },
  {
    code: '03211',
    name: 'Chiềng Sơ',
    district: '101',
    met2020: 12,
    progress: { evaluatedOn: '2023-06-16', met: 15 },
    evaluatedOn: '2023-11-24',
    decision: { number: '2876/QĐ-UBND', date: '2023-12-27', standardYear: 2023 },
  },
  {
    code: '03202',
    name: 'Mường Mươn',
    district: '097',
    met2020: 12,
    progress: { evaluatedOn: '2024-06-14', met: 16 },
    evaluatedOn: '2024-11-22',
    decision: { number: '2912/QĐ-UBND', date: '2024-12-26', standardYear: 2024 },
  },
  {
    code: '03274',
    name: 'Quài Nưa',
    district: '099',
    met2020: 13,
    progress: { evaluatedOn: '2024-06-14', met: 17 },
    evaluatedOn: '2024-11-22',
    decision: { number: '2913/QĐ-UBND', date: '2024-12-26', standardYear: 2024 },
  },
  {
    code: '03310',
    name: 'Ẳng Cang',
    district: '102',
    met2020: 15,
    progress: { evaluatedOn: '2024-06-14', met: 17 },
    evaluatedOn: '2024-11-22',
    decision: { number: '2914/QĐ-UBND', date: '2024-12-26', standardYear: 2024 },
  },
  {
    code: '03214',
    name: 'Mường Luân',
    district: '101',
    met2020: 11,
    progress: { evaluatedOn: '2024-06-14', met: 16 },
    evaluatedOn: '2024-11-29',
    decision: { number: '57/QĐ-UBND', date: '2025-01-16', standardYear: 2024 },
  },
  {
    code: '03166',
    name: 'Chà Cang',
    district: '103',
    met2020: 13,
    progress: { evaluatedOn: '2024-06-14', met: 15 },
    evaluatedOn: '2024-11-29',
    decision: { number: '58/QĐ-UBND', date: '2025-01-16', standardYear: 2024 },
  },
];

export interface CommuneEvaluationSeed extends CommuneRef {
  evaluatedOn: string;
  met: number;
  note: string;
}

/** Progress reviews against the 2021–2025 set of communes not (yet) at standard. */
export const PROGRESS_EVALUATIONS_2021_2025: readonly CommuneEvaluationSeed[] = [
  ['03319', 'Mường Pồn', '100', '2023-10-20', 14],
  ['03340', 'Pa Thơm', '100', '2023-10-20', 13],
  ['03359', 'Hẹ Muông', '100', '2024-10-18', 14],
  ['03361', 'Na Ư', '100', '2024-10-18', 12],
  ['03364', 'Mường Nhà', '100', '2024-10-18', 15],
  ['03367', 'Mường Lói', '100', '2024-10-18', 13],
  ['03365', 'Na Tông', '100', '2024-10-18', 14],
  ['03368', 'Phu Luông', '100', '2024-10-18', 14],
  ['03178', 'Xá Tổng', '097', '2024-09-27', 11],
  ['03181', 'Mường Tùng', '097', '2024-09-27', 12],
  ['03193', 'Pa Ham', '097', '2024-09-27', 13],
  ['03194', 'Nậm Nèn', '097', '2024-09-27', 12],
  ['03244', 'Sáng Nhè', '098', '2024-09-20', 11],
  ['03277', 'Mường Thín', '099', '2024-09-25', 12],
  ['03205', 'Na Son', '101', '2024-09-26', 12],
  ['03155', 'Sen Thượng', '096', '2024-09-12', 10],
  ['03313', 'Mường Lạn', '102', '2024-10-04', 13],
  ['03165', 'Pa Tần', '103', '2024-09-13', 11],
].map(([code, name, district, evaluatedOn, met]) => ({
  code: code as string,
  name: name as string,
  district: district as string,
  evaluatedOn: evaluatedOn as string,
  met: met as number,
  note: 'Rà soát mức độ đạt tiêu chí theo Bộ tiêu chí xã NTM giai đoạn 2021 - 2025 (báo cáo năm).',
}));

/**
 * Re-assessments of communes recognised under the 2016–2020 set against the 2021–2025 set:
 * "maintaining the criteria already met gets too little attention" (source document). The
 * recognitions stand; the gaps are what the commune has to recover.
 */
export const MAINTENANCE_EVALUATIONS_2021_2025: readonly CommuneEvaluationSeed[] = [
  ['03145', 'Thanh Minh', '094', '2023-09-15', 18],
  ['03169', 'Nà Hỳ', '103', '2023-09-22', 17],
  ['03184', 'Lay Nưa', '095', '2023-09-15', 18],
  ['03358', 'Núa Ngam', '100', '2023-09-15', 19],
].map(([code, name, district, evaluatedOn, met]) => ({
  code: code as string,
  name: name as string,
  district: district as string,
  evaluatedOn: evaluatedOn as string,
  met: met as number,
  note: 'Rà soát duy trì, nâng cao chất lượng tiêu chí của xã đã đạt chuẩn, theo Bộ tiêu chí giai đoạn 2021 - 2025.',
}));

export interface AdvancedEvaluationSeed {
  evaluatedOn: string;
  /** Criterion numbers of the 16 that were not met, with a note each. */
  unmet: Record<number, string>;
  assessor: string;
  note: string;
}

export interface AdvancedCommuneSeed {
  commune: CommuneRef;
  /** In date order; the last one meets all 16 criteria and precedes the recognition. */
  evaluations: readonly AdvancedEvaluationSeed[];
  recognition: RecognitionDecision;
}

/** Thanh Hưng (03331) and Điện Biên's 16-criterion advanced set. */
export const THANH_HUNG_ADVANCED: AdvancedCommuneSeed = {
  commune: { code: '03331', name: 'Thanh Hưng', district: '100' },
  evaluations: [
    {
      evaluatedOn: '2020-11-20',
      unmet: {
        7: 'Thu nhập bình quân đầu người năm 2020 chưa đạt mức của bộ tiêu chí nâng cao.',
        10: 'Chưa có mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm chủ lực hoạt động ổn định.',
        8: 'Tỷ lệ hộ nghèo còn cao hơn mức yêu cầu của bộ tiêu chí nâng cao.',
        14: 'Chưa có điểm thu gom, xử lý chất thải rắn tập trung đạt yêu cầu.',
      },
      assessor: 'UBND xã Thanh Hưng',
      note: 'Tự đánh giá mức độ đạt tiêu chí xã NTM nâng cao năm 2020.',
    },
    {
      evaluatedOn: '2021-05-14',
      unmet: {
        7: 'Thu nhập bình quân đầu người chưa đạt mức của bộ tiêu chí nâng cao.',
        14: 'Tỷ lệ chất thải rắn được thu gom, xử lý theo quy định chưa đạt; chưa có mô hình xử lý rác thải tập trung.',
      },
      assessor: 'Ban Chỉ đạo các Chương trình MTQG huyện Điện Biên',
      note: 'Đánh giá 6 tháng đầu năm 2021: xã đạt 14/16 tiêu chí xã NTM nâng cao.',
    },
    {
      evaluatedOn: '2021-11-25',
      unmet: {},
      assessor: PROVINCE_APPRAISER,
      note: 'Thẩm định hồ sơ đề nghị công nhận xã đạt chuẩn NTM nâng cao năm 2021: đạt 16/16 tiêu chí.',
    },
  ],
  recognition: { number: '85/QĐ-UBND', date: '2022-01-14', standardYear: 2021 },
};

export interface PostReformEvaluationSeed {
  /** Post-2025 commune code. */
  code: string;
  name: string;
  evaluatedOn: string;
  met: number;
}

/**
 * First reviews of post-2025 communes (two-level government) against the 2026–2030 set
 * (Decision 51/2025/QĐ-TTg, in force 15/02/2026). Thanh Nưa includes the old Thanh Hưng.
 */
export const POST_REFORM_EVALUATIONS_2026_2030: readonly PostReformEvaluationSeed[] = [
  { code: '03328', name: 'Thanh Nưa', evaluatedOn: '2026-09-18', met: 7 },
  { code: '03325', name: 'Mường Phăng', evaluatedOn: '2026-09-18', met: 6 },
  { code: '03158', name: 'Sín Thầu', evaluatedOn: '2026-09-25', met: 4 },
  { code: '03217', name: 'Tủa Chùa', evaluatedOn: '2026-09-25', met: 5 },
];
