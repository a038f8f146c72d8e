/*
 * NTM criteria sets (bộ tiêu chí nông thôn mới): reference data for the seed.
 *
 * Where the data comes from:
 * - NTM-COMMUNE-2016-2020: Decision 1980/QĐ-TTg of 17/10/2016 (in force 01/12/2016).
 *   19 criteria in 5 groups, official names. Press summary used as a check:
 *   http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/14746/bo-tieu-chi-xa-nong-thon-moi-giai-doan-2016-2020
 * - NTM-COMMUNE-2021-2025: Decision 318/QĐ-TTg of 08/03/2022. 19 criteria in 5 groups,
 *   names as listed in the project's domain notes and in
 *   http://tintuc.thuvienphapluat.com/thong-bao-van-ban-moi/email/39774/ban-hanh-bo-tieu-chi-xa-nong-thon-moi-giai-doan-2021-2025
 * - NTM-COMMUNE-2026-2030: Decision 51/2025/QĐ-TTg of 29/12/2025 (in force 15/02/2026).
 *   10 criteria, 47 indicators. The numbered list of criterion names is from press reports of the
 *   decision (vietnamplus.vn, thoibaotaichinhvietnam.vn, nongthonmoi.quangtri.gov.vn); the full
 *   text is published at xaydungchinhsach.chinhphu.vn but its appendix table was not read.
 * - NTM-11-ADVANCED-COMMUNE-2019-2021 and NTM-11-VILLAGE-2019-2020 (Điện Biên, province 11):
 *   the criterion names are ILLUSTRATIVE reconstructions (`illustrative: true`); see each `note`.
 *   Decision 135/QĐ-UBND of 18/02/2019 ("Bộ tiêu chí thôn, bản nông thôn mới trên địa bàn tỉnh
 *   Điện Biên đến năm 2020") is confirmed by Điện Biên's plan 1906/KH-UBND of 01/07/2019:
 *   https://thuviennhadat.vn/vbpl/ke-hoach-1906-kh-ubnd-2019-thuc-hien-de-an-ho-tro-thon-ban-cua-cac-xa-kho-khan-dien-bien-423646.html
 *
 * Indicators (chỉ tiêu) are given only where we are confident of them; their targets differ by
 * region (2016–2025) or by commune group (2026–2030), so `target` is set only where one target
 * applies everywhere. Indicator codes of the form "N.1" for a criterion that has a single,
 * unnumbered indicator in the decision are the platform's own codes.
 *
 * All strings are Unicode NFC.
 */

export type UnitLevel = 'province' | 'district' | 'commune' | 'village';
export type NtmTier = 'standard' | 'advanced' | 'model';

export interface IndicatorSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  target?: string;
}

export interface CriterionSeed {
  number: number;
  groupVi: string;
  groupEn: string;
  nameVi: string;
  nameEn: string;
  indicators: IndicatorSeed[];
}

export interface CriteriaSetSeed {
  /** Stable natural key, e.g. 'NTM-COMMUNE-2016-2020'. */
  code: string;
  nameVi: string;
  nameEn: string;
  issuerLevel: 'national' | 'province';
  /** GSO code of the issuing province ('11' for Điện Biên); null for national sets. */
  issuerProvinceCode: string | null;
  /** E.g. 'Thủ tướng Chính phủ', 'UBND tỉnh Điện Biên'. */
  issuer: string;
  /** E.g. 'Quyết định 1980/QĐ-TTg'. */
  legalDocument: string;
  /** ISO date 'YYYY-MM-DD'. */
  legalDocumentDate: string | null;
  /** ISO dates, e.g. '2016-01-01' .. '2020-12-31'. */
  periodStart: string;
  periodEnd: string;
  unitLevel: UnitLevel;
  tier: NtmTier;
  /** True where criterion names are not the official text. */
  illustrative: boolean;
  /** What is illustrative or uncertain, and why. */
  note: string | null;
  criteria: CriterionSeed[];
}

// The five groups (nhóm) used by the national commune sets of 2016–2020 and 2021–2025.
const PLANNING = { groupVi: 'Quy hoạch', groupEn: 'Planning' } as const;
const INFRASTRUCTURE = {
  groupVi: 'Hạ tầng kinh tế - xã hội',
  groupEn: 'Socio-economic infrastructure',
} as const;
const ECONOMY = {
  groupVi: 'Kinh tế và tổ chức sản xuất',
  groupEn: 'Economy and production organisation',
} as const;
const SOCIETY = {
  groupVi: 'Văn hóa - xã hội - môi trường',
  groupEn: 'Culture, society and environment',
} as const;
const POLITICS = { groupVi: 'Hệ thống chính trị', groupEn: 'Political system' } as const;

/** Transport indicators 2.1–2.4; wording as in Decisions 1980 and 318 (targets differ by region). */
const TRANSPORT_2016_2020: IndicatorSeed[] = [
  {
    code: '2.1',
    nameVi:
      'Đường xã và đường từ trung tâm xã đến đường huyện được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
    nameEn:
      'Commune roads and roads from the commune centre to the district road are asphalted or concreted, passable by car all year round',
  },
  {
    code: '2.2',
    nameVi:
      'Đường trục thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
    nameEn:
      'Village main roads and inter-village roads are at least hard-surfaced, passable by car all year round',
  },
  {
    code: '2.3',
    nameVi: 'Đường ngõ, xóm sạch và không lầy lội vào mùa mưa',
    nameEn: 'Alleys and hamlet lanes are clean and not muddy in the rainy season',
  },
  {
    code: '2.4',
    nameVi: 'Đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm',
    nameEn: 'Main field roads allow goods to be transported conveniently all year round',
  },
];

const TRANSPORT_2021_2025: IndicatorSeed[] = [
  {
    code: '2.1',
    nameVi: 'Tỷ lệ đường xã được nhựa hóa hoặc bê tông hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
    nameEn: 'Share of commune roads asphalted or concreted, passable by car all year round',
  },
  {
    code: '2.2',
    nameVi:
      'Tỷ lệ đường thôn, bản, ấp và đường liên thôn, bản, ấp ít nhất được cứng hóa, đảm bảo ô tô đi lại thuận tiện quanh năm',
    nameEn: 'Share of village and inter-village roads at least hard-surfaced, passable by car all year round',
  },
  {
    code: '2.3',
    nameVi: 'Tỷ lệ đường ngõ, xóm được cứng hóa, đảm bảo sạch và không lầy lội vào mùa mưa',
    nameEn: 'Share of alleys and hamlet lanes hard-surfaced, clean and not muddy in the rainy season',
  },
  {
    code: '2.4',
    nameVi: 'Tỷ lệ đường trục chính nội đồng đảm bảo vận chuyển hàng hóa thuận tiện quanh năm',
    nameEn: 'Share of main field roads that allow goods to be transported all year round',
  },
];

export const CRITERIA_SETS: readonly CriteriaSetSeed[] = [
  // ───────────────────────────── National commune set 2016–2020 ─────────────────────────────
  {
    code: 'NTM-COMMUNE-2016-2020',
    nameVi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2016 - 2020',
    nameEn: 'National criteria for new-rural communes, 2016–2020',
    issuerLevel: 'national',
    issuerProvinceCode: null,
    issuer: 'Thủ tướng Chính phủ',
    legalDocument: 'Quyết định 1980/QĐ-TTg',
    legalDocumentDate: '2016-10-17',
    periodStart: '2016-01-01',
    periodEnd: '2020-12-31',
    unitLevel: 'commune',
    tier: 'standard',
    illustrative: false,
    note:
      'Official criterion names. Decision in force from 01/12/2016; recognitions decided in 2021 ' +
      '"for 2020" were measured against this set. Targets differ by region (7 regions), so most ' +
      'indicators carry no target here; only indicators we are confident of are listed ' +
      '(transport 2.1–2.4 wording to be checked against the decision text).',
    criteria: [
      {
        number: 1,
        ...PLANNING,
        nameVi: 'Quy hoạch',
        nameEn: 'Planning',
        indicators: [],
      },
      {
        number: 2,
        ...INFRASTRUCTURE,
        nameVi: 'Giao thông',
        nameEn: 'Transport',
        indicators: TRANSPORT_2016_2020,
      },
      {
        number: 3,
        ...INFRASTRUCTURE,
        nameVi: 'Thủy lợi',
        nameEn: 'Irrigation',
        indicators: [],
      },
      { number: 4, ...INFRASTRUCTURE, nameVi: 'Điện', nameEn: 'Electricity', indicators: [] },
      { number: 5, ...INFRASTRUCTURE, nameVi: 'Trường học', nameEn: 'Schools', indicators: [] },
      {
        number: 6,
        ...INFRASTRUCTURE,
        nameVi: 'Cơ sở vật chất văn hóa',
        nameEn: 'Cultural facilities',
        indicators: [],
      },
      {
        number: 7,
        ...INFRASTRUCTURE,
        nameVi: 'Cơ sở hạ tầng thương mại nông thôn',
        nameEn: 'Rural commercial infrastructure',
        indicators: [],
      },
      {
        number: 8,
        ...INFRASTRUCTURE,
        nameVi: 'Thông tin và Truyền thông',
        nameEn: 'Information and communications',
        indicators: [],
      },
      {
        number: 9,
        ...INFRASTRUCTURE,
        nameVi: 'Nhà ở dân cư',
        nameEn: 'Housing',
        indicators: [
          {
            code: '9.1',
            nameVi: 'Nhà tạm, dột nát',
            nameEn: 'Temporary or dilapidated houses',
            target: 'Không',
          },
          {
            code: '9.2',
            nameVi: 'Tỷ lệ hộ có nhà ở đạt tiêu chuẩn theo quy định',
            nameEn: 'Share of households whose housing meets the standard',
          },
        ],
      },
      {
        number: 10,
        ...ECONOMY,
        nameVi: 'Thu nhập',
        nameEn: 'Income',
        indicators: [
          {
            code: '10.1',
            nameVi: 'Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người)',
            nameEn: 'Average income per capita in rural areas (million VND per person per year)',
          },
        ],
      },
      {
        number: 11,
        ...ECONOMY,
        nameVi: 'Hộ nghèo',
        nameEn: 'Poor households',
        indicators: [
          {
            code: '11.1',
            nameVi: 'Tỷ lệ hộ nghèo đa chiều giai đoạn 2016 - 2020',
            nameEn: 'Multidimensional poor-household rate, 2016–2020',
          },
        ],
      },
      {
        number: 12,
        ...ECONOMY,
        nameVi: 'Lao động có việc làm',
        nameEn: 'Employed labour',
        indicators: [
          {
            code: '12.1',
            nameVi:
              'Tỷ lệ người có việc làm trên dân số trong độ tuổi lao động có khả năng tham gia lao động',
            nameEn: 'Employed people as a share of the working-age population able to work',
            target: '≥ 90%',
          },
        ],
      },
      {
        number: 13,
        ...ECONOMY,
        nameVi: 'Tổ chức sản xuất',
        nameEn: 'Production organisation',
        indicators: [
          {
            code: '13.1',
            nameVi: 'Xã có hợp tác xã hoạt động theo đúng quy định của Luật Hợp tác xã năm 2012',
            nameEn: 'The commune has a cooperative operating in accordance with the 2012 Law on Cooperatives',
            target: 'Đạt',
          },
          {
            code: '13.2',
            nameVi: 'Xã có mô hình liên kết sản xuất gắn với tiêu thụ nông sản chủ lực đảm bảo bền vững',
            nameEn:
              'The commune has a sustainable production linkage model tied to the sale of its key farm products',
            target: 'Đạt',
          },
        ],
      },
      {
        number: 14,
        ...SOCIETY,
        nameVi: 'Giáo dục và Đào tạo',
        nameEn: 'Education and training',
        indicators: [],
      },
      { number: 15, ...SOCIETY, nameVi: 'Y tế', nameEn: 'Health', indicators: [] },
      { number: 16, ...SOCIETY, nameVi: 'Văn hóa', nameEn: 'Culture', indicators: [] },
      {
        number: 17,
        ...SOCIETY,
        nameVi: 'Môi trường và an toàn thực phẩm',
        nameEn: 'Environment and food safety',
        indicators: [],
      },
      {
        number: 18,
        ...POLITICS,
        nameVi: 'Hệ thống chính trị và tiếp cận pháp luật',
        nameEn: 'Political system and access to law',
        indicators: [],
      },
      {
        number: 19,
        ...POLITICS,
        nameVi: 'Quốc phòng và An ninh',
        nameEn: 'Defence and security',
        indicators: [],
      },
    ],
  },

  // ───────────────────────────── National commune set 2021–2025 ─────────────────────────────
  {
    code: 'NTM-COMMUNE-2021-2025',
    nameVi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2021 - 2025',
    nameEn: 'National criteria for new-rural communes, 2021–2025',
    issuerLevel: 'national',
    issuerProvinceCode: null,
    issuer: 'Thủ tướng Chính phủ',
    legalDocument: 'Quyết định 318/QĐ-TTg',
    legalDocumentDate: '2022-03-08',
    periodStart: '2021-01-01',
    periodEnd: '2025-12-31',
    unitLevel: 'commune',
    tier: 'standard',
    illustrative: false,
    note:
      'Official criterion names. The decision took effect on 08/03/2022 although the period is ' +
      '2021–2025; the same decision also issued the national advanced-commune set (not seeded ' +
      'here). Targets differ by region (7 regions), so indicators carry no target; only ' +
      'indicators we are confident of are listed (transport 2.1–2.4 wording to be checked ' +
      'against the decision text).',
    criteria: [
      { number: 1, ...PLANNING, nameVi: 'Quy hoạch', nameEn: 'Planning', indicators: [] },
      {
        number: 2,
        ...INFRASTRUCTURE,
        nameVi: 'Giao thông',
        nameEn: 'Transport',
        indicators: TRANSPORT_2021_2025,
      },
      {
        number: 3,
        ...INFRASTRUCTURE,
        nameVi: 'Thủy lợi và phòng, chống thiên tai',
        nameEn: 'Irrigation and disaster prevention',
        indicators: [],
      },
      { number: 4, ...INFRASTRUCTURE, nameVi: 'Điện', nameEn: 'Electricity', indicators: [] },
      { number: 5, ...INFRASTRUCTURE, nameVi: 'Trường học', nameEn: 'Schools', indicators: [] },
      {
        number: 6,
        ...INFRASTRUCTURE,
        nameVi: 'Cơ sở vật chất văn hóa',
        nameEn: 'Cultural facilities',
        indicators: [],
      },
      {
        number: 7,
        ...INFRASTRUCTURE,
        nameVi: 'Cơ sở hạ tầng thương mại nông thôn',
        nameEn: 'Rural commercial infrastructure',
        indicators: [],
      },
      {
        number: 8,
        ...INFRASTRUCTURE,
        nameVi: 'Thông tin và Truyền thông',
        nameEn: 'Information and communications',
        indicators: [],
      },
      { number: 9, ...INFRASTRUCTURE, nameVi: 'Nhà ở dân cư', nameEn: 'Housing', indicators: [] },
      {
        number: 10,
        ...ECONOMY,
        nameVi: 'Thu nhập',
        nameEn: 'Income',
        indicators: [
          {
            code: '10.1',
            nameVi: 'Thu nhập bình quân đầu người khu vực nông thôn (triệu đồng/người/năm)',
            nameEn: 'Average income per capita in rural areas (million VND per person per year)',
          },
        ],
      },
      {
        number: 11,
        ...ECONOMY,
        nameVi: 'Nghèo đa chiều',
        nameEn: 'Multidimensional poverty',
        indicators: [
          {
            code: '11.1',
            nameVi: 'Tỷ lệ nghèo đa chiều giai đoạn 2021 - 2025',
            nameEn: 'Multidimensional poverty rate, 2021–2025',
          },
        ],
      },
      { number: 12, ...ECONOMY, nameVi: 'Lao động', nameEn: 'Labour', indicators: [] },
      {
        number: 13,
        ...ECONOMY,
        nameVi: 'Tổ chức sản xuất và phát triển kinh tế nông thôn',
        nameEn: 'Production organisation and rural economic development',
        indicators: [],
      },
      {
        number: 14,
        ...SOCIETY,
        nameVi: 'Giáo dục và Đào tạo',
        nameEn: 'Education and training',
        indicators: [],
      },
      { number: 15, ...SOCIETY, nameVi: 'Y tế', nameEn: 'Health', indicators: [] },
      { number: 16, ...SOCIETY, nameVi: 'Văn hóa', nameEn: 'Culture', indicators: [] },
      {
        number: 17,
        ...SOCIETY,
        nameVi: 'Môi trường và an toàn thực phẩm',
        nameEn: 'Environment and food safety',
        indicators: [],
      },
      {
        number: 18,
        ...POLITICS,
        nameVi: 'Hệ thống chính trị và tiếp cận pháp luật',
        nameEn: 'Political system and access to law',
        indicators: [],
      },
      {
        number: 19,
        ...POLITICS,
        nameVi: 'Quốc phòng và An ninh',
        nameEn: 'Defence and security',
        indicators: [],
      },
    ],
  },

  // ───────────────────────────── National commune set 2026–2030 ─────────────────────────────
  {
    code: 'NTM-COMMUNE-2026-2030',
    nameVi: 'Bộ tiêu chí quốc gia về xã nông thôn mới giai đoạn 2026 - 2030',
    nameEn: 'National criteria for new-rural communes, 2026–2030',
    issuerLevel: 'national',
    issuerProvinceCode: null,
    issuer: 'Thủ tướng Chính phủ',
    legalDocument: 'Quyết định 51/2025/QĐ-TTg',
    legalDocumentDate: '2025-12-29',
    periodStart: '2026-01-01',
    periodEnd: '2030-12-31',
    unitLevel: 'commune',
    tier: 'standard',
    illustrative: false,
    note:
      'Appendix I of the decision; in force from 15/02/2026. 10 criteria, 47 indicators; every ' +
      'criterion has targets for 3 commune groups (xã nhóm 1, 2, 3). The criterion names are ' +
      'the numbered list given identically by several press reports of the decision ' +
      '(vietnamplus.vn, thoibaotaichinhvietnam.vn, nongthonmoi.quangtri.gov.vn); capitalisation ' +
      'in the official table was not checked. The set is not known to group its criteria, so ' +
      'each criterion is its own group. The 47 indicators are not seeded (not verified).',
    criteria: [
      {
        number: 1,
        groupVi: 'Quy hoạch',
        groupEn: 'Planning',
        nameVi: 'Quy hoạch',
        nameEn: 'Planning',
        indicators: [],
      },
      {
        number: 2,
        groupVi: 'Hạ tầng kinh tế - xã hội',
        groupEn: 'Socio-economic infrastructure',
        nameVi: 'Hạ tầng kinh tế - xã hội',
        nameEn: 'Socio-economic infrastructure',
        indicators: [],
      },
      {
        number: 3,
        groupVi: 'Phát triển kinh tế nông thôn',
        groupEn: 'Rural economic development',
        nameVi: 'Phát triển kinh tế nông thôn',
        nameEn: 'Rural economic development',
        indicators: [],
      },
      {
        number: 4,
        groupVi: 'Đào tạo nguồn nhân lực nông thôn',
        groupEn: 'Rural human-resource training',
        nameVi: 'Đào tạo nguồn nhân lực nông thôn',
        nameEn: 'Rural human-resource training',
        indicators: [],
      },
      {
        number: 5,
        groupVi: 'Văn hóa, giáo dục, y tế',
        groupEn: 'Culture, education and health',
        nameVi: 'Văn hóa, giáo dục, y tế',
        nameEn: 'Culture, education and health',
        indicators: [],
      },
      {
        number: 6,
        groupVi: 'Giảm nghèo và an sinh xã hội',
        groupEn: 'Poverty reduction and social security',
        nameVi: 'Giảm nghèo và an sinh xã hội',
        nameEn: 'Poverty reduction and social security',
        indicators: [],
      },
      {
        number: 7,
        groupVi: 'Khoa học công nghệ và chuyển đổi số',
        groupEn: 'Science, technology and digital transformation',
        nameVi: 'Khoa học công nghệ và chuyển đổi số',
        nameEn: 'Science, technology and digital transformation',
        indicators: [],
      },
      {
        number: 8,
        groupVi: 'Môi trường và cảnh quan nông thôn',
        groupEn: 'Environment and rural landscape',
        nameVi: 'Môi trường và cảnh quan nông thôn',
        nameEn: 'Environment and rural landscape',
        indicators: [],
      },
      {
        number: 9,
        groupVi: 'Xây dựng hệ thống chính trị và hành chính công',
        groupEn: 'Political system and public administration',
        nameVi: 'Xây dựng hệ thống chính trị và hành chính công',
        nameEn: 'Building the political system and public administration',
        indicators: [],
      },
      {
        number: 10,
        groupVi: 'Tiếp cận pháp luật và an ninh, quốc phòng',
        groupEn: 'Access to law, security and defence',
        nameVi: 'Tiếp cận pháp luật và an ninh, quốc phòng',
        nameEn: 'Access to law, security and defence',
        indicators: [],
      },
    ],
  },

  // ─────────────────── Điện Biên advanced-commune set (ILLUSTRATIVE names) ───────────────────
  {
    code: 'NTM-11-ADVANCED-COMMUNE-2019-2021',
    nameVi: 'Bộ tiêu chí xã nông thôn mới nâng cao tỉnh Điện Biên (minh hoạ)',
    nameEn: 'Điện Biên province criteria for advanced new-rural communes (illustrative)',
    issuerLevel: 'province',
    issuerProvinceCode: '11',
    issuer: 'UBND tỉnh Điện Biên',
    legalDocument: 'Bộ tiêu chí xã NTM nâng cao tỉnh Điện Biên (minh hoạ)',
    legalDocumentDate: null,
    periodStart: '2019-01-01',
    periodEnd: '2021-12-31',
    unitLevel: 'commune',
    tier: 'advanced',
    illustrative: true,
    note:
      'ILLUSTRATIVE. Known facts: Điện Biên had an advanced-commune set of 16 criteria, against ' +
      'which commune Thanh Hưng (district Điện Biên) met 14/16 in the first half of 2021 (source ' +
      'document, 10/08/2021). Its decision number, date and criterion names are not known. For ' +
      '2018–2020 the national framework was Decision 691/QĐ-TTg of 05/06/2018, which (as we ' +
      'understand it) left provinces to issue advanced-commune sets by raising the targets of the ' +
      '1980/QĐ-TTg commune set. The 16 names below are therefore the 1980 criteria with ' +
      '"Quy hoạch" dropped, "Trường học" merged into "Giáo dục và Đào tạo" and "Cơ sở vật chất ' +
      'văn hóa" merged into "Văn hóa" — a plausible shape, not the official text. The period ' +
      '(2019 to 2021, until the 2021–2025 sets replaced it) is also an assumption. Replace with ' +
      'the official decision when found.',
    criteria: [
      {
        number: 1,
        ...INFRASTRUCTURE,
        nameVi: 'Giao thông',
        nameEn: 'Transport',
        indicators: [],
      },
      { number: 2, ...INFRASTRUCTURE, nameVi: 'Thủy lợi', nameEn: 'Irrigation', indicators: [] },
      { number: 3, ...INFRASTRUCTURE, nameVi: 'Điện', nameEn: 'Electricity', indicators: [] },
      {
        number: 4,
        ...INFRASTRUCTURE,
        nameVi: 'Cơ sở hạ tầng thương mại nông thôn',
        nameEn: 'Rural commercial infrastructure',
        indicators: [],
      },
      {
        number: 5,
        ...INFRASTRUCTURE,
        nameVi: 'Thông tin và Truyền thông',
        nameEn: 'Information and communications',
        indicators: [],
      },
      { number: 6, ...INFRASTRUCTURE, nameVi: 'Nhà ở dân cư', nameEn: 'Housing', indicators: [] },
      { number: 7, ...ECONOMY, nameVi: 'Thu nhập', nameEn: 'Income', indicators: [] },
      { number: 8, ...ECONOMY, nameVi: 'Hộ nghèo', nameEn: 'Poor households', indicators: [] },
      {
        number: 9,
        ...ECONOMY,
        nameVi: 'Lao động có việc làm',
        nameEn: 'Employed labour',
        indicators: [],
      },
      {
        number: 10,
        ...ECONOMY,
        nameVi: 'Tổ chức sản xuất',
        nameEn: 'Production organisation',
        indicators: [],
      },
      {
        number: 11,
        ...SOCIETY,
        nameVi: 'Giáo dục và Đào tạo',
        nameEn: 'Education and training',
        indicators: [],
      },
      { number: 12, ...SOCIETY, nameVi: 'Y tế', nameEn: 'Health', indicators: [] },
      { number: 13, ...SOCIETY, nameVi: 'Văn hóa', nameEn: 'Culture', indicators: [] },
      {
        number: 14,
        ...SOCIETY,
        nameVi: 'Môi trường và an toàn thực phẩm',
        nameEn: 'Environment and food safety',
        indicators: [],
      },
      {
        number: 15,
        ...POLITICS,
        nameVi: 'Hệ thống chính trị và tiếp cận pháp luật',
        nameEn: 'Political system and access to law',
        indicators: [],
      },
      {
        number: 16,
        ...POLITICS,
        nameVi: 'Quốc phòng và An ninh',
        nameEn: 'Defence and security',
        indicators: [],
      },
    ],
  },

  // ──────────────────────── Điện Biên village set (ILLUSTRATIVE names) ────────────────────────
  {
    code: 'NTM-11-VILLAGE-2019-2020',
    nameVi: 'Bộ tiêu chí thôn, bản nông thôn mới trên địa bàn tỉnh Điện Biên đến năm 2020',
    nameEn: 'Điện Biên province criteria for new-rural villages, to 2020',
    issuerLevel: 'province',
    issuerProvinceCode: '11',
    issuer: 'UBND tỉnh Điện Biên',
    legalDocument: 'Quyết định 135/QĐ-UBND',
    legalDocumentDate: '2019-02-18',
    periodStart: '2019-02-18',
    periodEnd: '2020-12-31',
    unitLevel: 'village',
    tier: 'standard',
    illustrative: true,
    note:
      'ILLUSTRATIVE criteria. The decision itself is confirmed (number, date, issuer and title ' +
      '"Bộ tiêu chí thôn, bản nông thôn mới trên địa bàn tỉnh Điện Biên đến năm 2020", cited by ' +
      "Điện Biên's plan 1906/KH-UBND of 01/07/2019), but its criteria were not found. The 10 " +
      'criteria below are a plausible village-level set modelled on the commune set of the ' +
      'period (1980/QĐ-TTg), not the official text; the grouping reuses the commune groups. The ' +
      'period starts on the decision date; villages recognised in 2021 (e.g. bản Phiêng Đất B, ' +
      'bản Mường Anh 1) were probably still assessed against it. Replace when the text is found.',
    criteria: [
      { number: 1, ...INFRASTRUCTURE, nameVi: 'Giao thông', nameEn: 'Transport', indicators: [] },
      { number: 2, ...INFRASTRUCTURE, nameVi: 'Điện', nameEn: 'Electricity', indicators: [] },
      {
        number: 3,
        ...INFRASTRUCTURE,
        nameVi: 'Nhà văn hóa và khu thể thao thôn, bản',
        nameEn: 'Village cultural house and sports ground',
        indicators: [],
      },
      {
        number: 4,
        ...INFRASTRUCTURE,
        nameVi: 'Thông tin và Truyền thông',
        nameEn: 'Information and communications',
        indicators: [],
      },
      { number: 5, ...INFRASTRUCTURE, nameVi: 'Nhà ở dân cư', nameEn: 'Housing', indicators: [] },
      {
        number: 6,
        ...ECONOMY,
        nameVi: 'Tổ chức sản xuất và thu nhập',
        nameEn: 'Production organisation and income',
        indicators: [],
      },
      { number: 7, ...ECONOMY, nameVi: 'Hộ nghèo', nameEn: 'Poor households', indicators: [] },
      {
        number: 8,
        ...SOCIETY,
        nameVi: 'Giáo dục, y tế và văn hóa',
        nameEn: 'Education, health and culture',
        indicators: [],
      },
      {
        number: 9,
        ...SOCIETY,
        nameVi: 'Môi trường',
        nameEn: 'Environment',
        indicators: [],
      },
      {
        number: 10,
        ...POLITICS,
        nameVi: 'Hệ thống chính trị và an ninh, trật tự',
        nameEn: 'Political system, security and public order',
        indicators: [],
      },
    ],
  },
];
