import type { FundingSource, Programme } from '../entities';

/**
 * Resources mobilised for NTM and OCOP in Điện Biên province, 2021–2025, by programme and
 * source (integer VND). The source document is about mobilising them; the split by source
 * follows the shape of provincial reports (credit and integrated programmes largest, then the
 * central budget, people's contributions in money, land and labour), but every figure is
 * INVENTED for the demo.
 *
 * Years up to 2024 are recorded against the pre-2025 province unit; 2025 against the province
 * as it exists from 1 July 2025 (same code 11, not merged), which reports the year.
 */

export interface FundingSeed {
  year: number;
  programme: Programme;
  source: FundingSource;
  /** VND, as a decimal string (bigint). */
  amountVnd: string;
  purpose: string;
}

const BILLION = 1_000_000_000n;
/** Amount in millions of VND → VND string. */
const millions = (value: number): string => ((BigInt(value) * BILLION) / 1000n).toString();

const PURPOSES: Record<Programme, Record<FundingSource, string>> = {
  ntm: {
    central_budget:
      'Vốn ngân sách trung ương thực hiện Chương trình MTQG xây dựng NTM (đầu tư phát triển và sự nghiệp)',
    local_budget: 'Vốn đối ứng ngân sách tỉnh, huyện, xã; duy tu, bảo dưỡng công trình hạ tầng NTM',
    integrated_programmes:
      'Lồng ghép từ Chương trình MTQG giảm nghèo bền vững, phát triển vùng đồng bào dân tộc thiểu số và các dự án khác',
    credit: 'Vốn tín dụng cho hộ sản xuất, kinh doanh (Ngân hàng Chính sách xã hội, Agribank)',
    enterprise: 'Doanh nghiệp, HTX đầu tư sản xuất, liên kết tiêu thụ trên địa bàn nông thôn',
    community: 'Người dân đóng góp tiền, hiến đất, ngày công làm đường giao thông nông thôn, nhà văn hóa',
  },
  ocop: {
    central_budget:
      'Hỗ trợ từ ngân sách trung ương cho Chương trình OCOP (thuộc Chương trình MTQG xây dựng NTM)',
    local_budget:
      'Ngân sách tỉnh hỗ trợ đánh giá, phân hạng, bao bì, nhãn mác, xúc tiến thương mại sản phẩm OCOP',
    integrated_programmes: 'Lồng ghép từ các chương trình khuyến công, khuyến nông, phát triển dược liệu',
    credit: 'Vốn vay đầu tư nhà xưởng, máy móc của chủ thể OCOP',
    enterprise: 'Chủ thể OCOP và doanh nghiệp liên kết tự đầu tư',
    community: 'Đóng góp của thành viên HTX, tổ hợp tác',
  },
};

// [year, source, millions of VND]
const NTM: readonly (readonly [number, FundingSource, number])[] = [
  [2021, 'central_budget', 118_600],
  [2021, 'local_budget', 26_400],
  [2021, 'integrated_programmes', 385_000],
  [2021, 'credit', 912_000],
  [2021, 'enterprise', 14_200],
  [2021, 'community', 31_500],
  [2022, 'central_budget', 297_450],
  [2022, 'local_budget', 38_900],
  [2022, 'integrated_programmes', 462_500],
  [2022, 'credit', 1_045_000],
  [2022, 'enterprise', 18_600],
  [2022, 'community', 36_800],
  [2023, 'central_budget', 281_300],
  [2023, 'local_budget', 44_100],
  [2023, 'integrated_programmes', 518_300],
  [2023, 'credit', 1_128_000],
  [2023, 'enterprise', 21_900],
  [2023, 'community', 40_200],
  [2024, 'central_budget', 265_800],
  [2024, 'local_budget', 49_700],
  [2024, 'integrated_programmes', 547_900],
  [2024, 'credit', 1_196_000],
  [2024, 'enterprise', 25_300],
  [2024, 'community', 43_700],
  [2025, 'central_budget', 243_200],
  [2025, 'local_budget', 46_200],
  [2025, 'integrated_programmes', 501_600],
  [2025, 'credit', 1_102_000],
  [2025, 'enterprise', 23_800],
  [2025, 'community', 39_100],
];

const OCOP: readonly (readonly [number, FundingSource, number])[] = [
  [2021, 'central_budget', 1_200],
  [2021, 'local_budget', 2_850],
  [2021, 'credit', 6_200],
  [2021, 'enterprise', 5_400],
  [2022, 'central_budget', 2_400],
  [2022, 'local_budget', 3_600],
  [2022, 'credit', 8_900],
  [2022, 'enterprise', 7_800],
  [2023, 'central_budget', 2_900],
  [2023, 'local_budget', 4_200],
  [2023, 'credit', 11_300],
  [2023, 'enterprise', 9_100],
  [2024, 'central_budget', 3_100],
  [2024, 'local_budget', 4_750],
  [2024, 'credit', 12_400],
  [2024, 'enterprise', 10_600],
  [2025, 'central_budget', 2_600],
  [2025, 'local_budget', 4_100],
  [2025, 'credit', 10_800],
  [2025, 'enterprise', 9_700],
];

export const DEMO_FUNDING: readonly FundingSeed[] = [
  ...NTM.map(([year, source, amount]) => ({ programme: 'ntm' as const, year, source, amount })),
  ...OCOP.map(([year, source, amount]) => ({ programme: 'ocop' as const, year, source, amount })),
].map(({ programme, year, source, amount }) => ({
  year,
  programme,
  source,
  amountVnd: millions(amount),
  purpose: PURPOSES[programme][source],
}));
