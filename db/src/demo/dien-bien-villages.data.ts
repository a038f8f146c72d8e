import type { CommuneRef, RecognitionDecision } from './dien-bien-communes.data';

/**
 * Villages (thôn, bản) for the demo. Villages have no national code: the platform's users
 * create them, below the commune they belonged to when created (here the pre-2025 commune; a
 * village keeps existing through the 2025 reform and its parent stays that commune).
 *
 * Facts of the source document reproduced, as of 2021-06-30: 28 villages at NTM standard; the
 * last two, bản Phiêng Đất B (xã Nậm Nèn) and bản Mường Anh 1 (xã Pa Ham), both in district
 * Mường Chà, recognised in the first half of 2021. Village names, dates and decisions are
 * invented but plausible. Villages are recognised by the district People's Committee after the
 * commune's assessment, against Điện Biên's village set (Decision 135/QĐ-UBND of 18/02/2019);
 * the province kept applying that set in 2021, until its 2021–2025 village set.
 */

export type VillageType = 'Bản' | 'Thôn' | 'Tổ dân phố';

export interface VillageSeed {
  type: VillageType;
  /** Name without the type prefix: "Phiêng Đất B" (full name "Bản Phiêng Đất B"). */
  name: string;
  /** Assessment against the village set; 10 of 10 met when the village is recognised. */
  evaluatedOn: string;
  /** Criteria met at that assessment (10 when `recognition` is set). */
  met: number;
  /** An earlier assessment, where the village took more than one year to get there. */
  earlier?: { evaluatedOn: string; met: number };
  recognition?: RecognitionDecision;
}

export interface VillageCommuneSeed {
  commune: CommuneRef;
  villages: VillageSeed[];
}

// District decisions recognising villages (one decision lists several villages).
const DIEN_BIEN_2019: RecognitionDecision = {
  number: '2315/QĐ-UBND',
  date: '2019-10-25',
  standardYear: 2019,
};
const DIEN_BIEN_2020: RecognitionDecision = {
  number: '2587/QĐ-UBND',
  date: '2020-10-16',
  standardYear: 2020,
};
const CITY_2019: RecognitionDecision = { number: '1452/QĐ-UBND', date: '2019-12-06', standardYear: 2019 };
const CITY_2020: RecognitionDecision = { number: '1630/QĐ-UBND', date: '2020-11-13', standardYear: 2020 };
const MUONG_LAY_2019: RecognitionDecision = { number: '512/QĐ-UBND', date: '2019-12-18', standardYear: 2019 };
const MUONG_LAY_2020: RecognitionDecision = { number: '598/QĐ-UBND', date: '2020-12-04', standardYear: 2020 };
const MUONG_ANG_2020: RecognitionDecision = {
  number: '1187/QĐ-UBND',
  date: '2020-09-25',
  standardYear: 2020,
};
const MUONG_NHE_2020: RecognitionDecision = {
  number: '1743/QĐ-UBND',
  date: '2020-12-11',
  standardYear: 2020,
};
const TUAN_GIAO_2020: RecognitionDecision = {
  number: '2106/QĐ-UBND',
  date: '2020-12-09',
  standardYear: 2020,
};
const NAM_PO_2020: RecognitionDecision = { number: '1398/QĐ-UBND', date: '2020-12-10', standardYear: 2020 };
/** The two villages of the source document, recognised in April 2021 "for 2020". */
const MUONG_CHA_2021_H1: RecognitionDecision = {
  number: '486/QĐ-UBND',
  date: '2021-04-16',
  standardYear: 2020,
};
// After the source document.
const MUONG_CHA_2021_H2: RecognitionDecision = {
  number: '1635/QĐ-UBND',
  date: '2021-10-22',
  standardYear: 2021,
};
const TUA_CHUA_2021: RecognitionDecision = { number: '1712/QĐ-UBND', date: '2021-11-19', standardYear: 2021 };
const DIEN_BIEN_DONG_2021: RecognitionDecision = {
  number: '1804/QĐ-UBND',
  date: '2021-12-10',
  standardYear: 2021,
};

const standard = (
  type: VillageType,
  name: string,
  evaluatedOn: string,
  recognition: RecognitionDecision,
  earlier?: { evaluatedOn: string; met: number },
): VillageSeed => ({ type, name, evaluatedOn, met: 10, recognition, ...(earlier ? { earlier } : {}) });
const notYet = (type: VillageType, name: string, evaluatedOn: string, met: number): VillageSeed => ({
  type,
  name,
  evaluatedOn,
  met,
});

export const DEMO_VILLAGES: readonly VillageCommuneSeed[] = [
  // ── District Điện Biên (100): 14 standard villages before 2021 ──
  {
    commune: { code: '03331', name: 'Thanh Hưng', district: '100' },
    villages: [
      standard('Bản', 'Co Mận', '2019-09-27', DIEN_BIEN_2019),
      standard('Thôn', 'Hưng Thanh', '2019-09-27', DIEN_BIEN_2019),
      standard('Bản', 'Na Hai', '2020-09-18', DIEN_BIEN_2020, { evaluatedOn: '2019-09-27', met: 8 }),
      notYet('Bản', 'Pá Đổ', '2020-11-06', 8),
      notYet('Thôn', 'Hưng Phong', '2020-11-06', 9),
    ],
  },
  {
    commune: { code: '03337', name: 'Thanh Chăn', district: '100' },
    villages: [
      standard('Bản', 'Chăn Nưa', '2019-09-27', DIEN_BIEN_2019),
      standard('Thôn', 'Đông Biên 2', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Pá Ngam', '2020-11-06', 7),
      notYet('Thôn', 'Chăn Mới', '2020-11-06', 8),
    ],
  },
  {
    commune: { code: '03349', name: 'Noong Luống', district: '100' },
    villages: [
      standard('Bản', 'Pa Pốm', '2019-09-27', DIEN_BIEN_2019),
      standard('Bản', 'Hồng Sọt', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Che Căn', '2020-11-06', 8),
      notYet('Bản', 'Hua Luống', '2020-11-06', 7),
    ],
  },
  {
    commune: { code: '03334', name: 'Thanh Xương', district: '100' },
    villages: [
      standard('Thôn', 'Xương Bình', '2019-09-27', DIEN_BIEN_2019),
      standard('Bản', 'Pa Lếch', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Phiêng Ban', '2020-11-06', 8),
      notYet('Thôn', 'Xương Thịnh', '2020-11-06', 9),
    ],
  },
  {
    commune: { code: '03343', name: 'Thanh An', district: '100' },
    villages: [
      standard('Thôn', 'An Bình', '2019-09-27', DIEN_BIEN_2019),
      standard('Thôn', 'Hoàng Yên', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Hua Pe', '2020-11-06', 7),
      notYet('Thôn', 'An Hòa', '2020-11-06', 8),
    ],
  },
  {
    commune: { code: '03355', name: 'Sam Mứn', district: '100' },
    villages: [
      standard('Bản', 'Tân Ngam', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Co Đứa', '2020-11-06', 8),
      notYet('Bản', 'Pá Nậm', '2020-11-06', 6),
    ],
  },
  {
    commune: { code: '03356', name: 'Pom Lót', district: '100' },
    villages: [
      standard('Thôn', 'Hợp Thành', '2020-09-18', DIEN_BIEN_2020),
      notYet('Bản', 'Yên Cang', '2020-11-06', 8),
      notYet('Bản', 'Lót Nọ', '2020-11-06', 7),
    ],
  },
  {
    commune: { code: '03346', name: 'Thanh Yên', district: '100' },
    villages: [
      standard('Thôn', 'Yên Thuận', '2020-09-18', DIEN_BIEN_2020),
      notYet('Thôn', 'Hạ Yên', '2020-11-06', 9),
      notYet('Bản', 'Pá Láo', '2020-11-06', 7),
    ],
  },
  // ── City Điện Biên Phủ (094): 4 ──
  {
    commune: { code: '03145', name: 'Thanh Minh', district: '094' },
    villages: [
      standard('Bản', 'Kéo', '2020-10-16', CITY_2020),
      notYet('Bản', 'Pú Tửu', '2020-10-30', 8),
      notYet('Thôn', 'Tân Quang', '2020-10-30', 7),
    ],
  },
  {
    commune: { code: '03325', name: 'Mường Phăng', district: '094' },
    villages: [
      standard('Bản', 'Phăng 1', '2019-11-08', CITY_2019),
      standard('Bản', 'Phăng 2', '2020-10-16', CITY_2020, { evaluatedOn: '2019-11-08', met: 8 }),
      notYet('Bản', 'Co Thón', '2020-10-30', 6),
      notYet('Bản', 'Nghịu', '2020-10-30', 7),
    ],
  },
  {
    commune: { code: '03316', name: 'Nà Tấu', district: '094' },
    villages: [
      standard('Bản', 'Co Pục', '2020-10-16', CITY_2020),
      notYet('Bản', 'Tà Cáng', '2020-10-30', 6),
      notYet('Bản', 'Nà Pen', '2020-10-30', 7),
    ],
  },
  // ── Town Mường Lay (095): 2 ──
  {
    commune: { code: '03184', name: 'Lay Nưa', district: '095' },
    villages: [
      standard('Bản', 'Hô Nậm', '2019-11-22', MUONG_LAY_2019),
      standard('Bản', 'Na Ka', '2020-11-06', MUONG_LAY_2020),
      notYet('Bản', 'Huổi Min', '2020-11-20', 8),
      notYet('Bản', 'Ho Luông', '2020-11-20', 7),
    ],
  },
  // ── District Mường Ảng (102): 3 ──
  {
    commune: { code: '03301', name: 'Búng Lao', district: '102' },
    villages: [
      standard('Bản', 'Co Nỏng', '2020-08-28', MUONG_ANG_2020),
      standard('Bản', 'Búng Lao 1', '2020-08-28', MUONG_ANG_2020),
      notYet('Bản', 'Huổi Lốt', '2020-11-27', 7),
      notYet('Bản', 'Xuân Tre', '2020-11-27', 8),
    ],
  },
  {
    commune: { code: '03307', name: 'Ẳng Nưa', district: '102' },
    villages: [
      standard('Bản', 'Hón', '2020-08-28', MUONG_ANG_2020),
      notYet('Bản', 'Củ', '2020-11-27', 7),
      notYet('Bản', 'Hua Nặm', '2020-11-27', 8),
    ],
  },
  // ── District Mường Nhé (096): 1 ──
  {
    commune: { code: '03154', name: 'Sín Thầu', district: '096' },
    villages: [
      standard('Bản', 'Tá Miếu', '2020-11-13', MUONG_NHE_2020),
      notYet('Bản', 'Tả Kố Khừ', '2020-12-04', 5),
      notYet('Bản', 'Pờ Nhù Khò', '2020-12-04', 6),
    ],
  },
  // ── District Tuần Giáo (099): 1 ──
  {
    commune: { code: '03289', name: 'Quài Cang', district: '099' },
    villages: [
      standard('Bản', 'Cang', '2020-11-13', TUAN_GIAO_2020),
      notYet('Bản', 'Phiêng Pi', '2020-12-04', 6),
      notYet('Bản', 'Co Muông', '2020-12-04', 7),
    ],
  },
  // ── District Nậm Pồ (103): 1 ──
  {
    commune: { code: '03169', name: 'Nà Hỳ', district: '103' },
    villages: [
      standard('Bản', 'Nà Hỳ 1', '2020-11-13', NAM_PO_2020),
      notYet('Bản', 'Huổi Sâu', '2020-12-04', 5),
      notYet('Bản', 'Nà Hỳ 2', '2020-12-04', 6),
    ],
  },
  // ── District Mường Chà (097): the source document's two, then one more in late 2021 ──
  {
    commune: { code: '03194', name: 'Nậm Nèn', district: '097' },
    villages: [
      standard('Bản', 'Phiêng Đất B', '2020-12-18', MUONG_CHA_2021_H1, { evaluatedOn: '2019-11-29', met: 8 }),
      notYet('Bản', 'Phiêng Đất A', '2021-03-12', 8),
      notYet('Bản', 'Huổi Lực', '2021-03-12', 5),
    ],
  },
  {
    commune: { code: '03193', name: 'Pa Ham', district: '097' },
    villages: [
      standard('Bản', 'Mường Anh 1', '2020-12-18', MUONG_CHA_2021_H1, { evaluatedOn: '2019-11-29', met: 7 }),
      standard('Bản', 'Mường Anh 2', '2021-09-17', MUONG_CHA_2021_H2, { evaluatedOn: '2021-03-12', met: 9 }),
      notYet('Bản', 'Nậm Cút', '2021-03-12', 6),
    ],
  },
  // ── Districts Tủa Chùa (098) and Điện Biên Đông (101): first villages, late 2021 ──
  {
    commune: { code: '03241', name: 'Sính Phình', district: '098' },
    villages: [
      standard('Bản', 'Phình Cứ', '2021-10-15', TUA_CHUA_2021, { evaluatedOn: '2021-03-19', met: 8 }),
      notYet('Bản', 'Đề Chu', '2021-03-19', 5),
      notYet('Bản', 'Háng Đề Dê', '2021-03-19', 4),
    ],
  },
  {
    commune: { code: '03373', name: 'Xa Dung', district: '101' },
    villages: [
      standard('Bản', 'Xa Dung A', '2021-11-12', DIEN_BIEN_DONG_2021, { evaluatedOn: '2021-05-21', met: 8 }),
      notYet('Bản', 'Háng Tàu', '2021-05-21', 5),
      notYet('Bản', 'Pá Vạt', '2021-05-21', 4),
    ],
  },
];
