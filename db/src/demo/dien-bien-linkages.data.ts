import type { LinkageKind, PartnerType } from '../entities';

/**
 * Linkage contracts between producers and partners (supply, offtake, processing,
 * distribution), each supported by a unit. They show the source document's target — "every
 * district successfully supports one OCOP product a year on a sustainable linkage model" —
 * and how far the districts were from it: some districts support none in a year. After the
 * 2025 reform (no districts) the province supports linkages itself.
 *
 * Partner enterprises are INVENTED names; `partnerProducer` links a partner that is itself a
 * demo producer.
 */

export interface LinkageSeed {
  key: string;
  kind: LinkageKind;
  producer: string;
  product: string | null;
  partnerName: string;
  partnerType: PartnerType;
  partnerProducer?: string;
  /** Pre-2025 district code, or 'province' for the post-2025 province. */
  supportedBy: string;
  startedOn: string;
  endedOn?: string;
  contractReference: string;
  description: string;
}

export const DEMO_LINKAGES: readonly LinkageSeed[] = [
  // 2021
  {
    key: 'seng-cu-luong-thuc-tay-bac-2021',
    kind: 'offtake',
    producer: 'htx-seng-cu-muong-thanh',
    product: 'gao-seng-cu-dien-bien',
    partnerName: 'Công ty Cổ phần Lương thực Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '100',
    startedOn: '2021-03-15',
    contractReference: 'HĐLK 12/2021/HĐ-LTTB',
    description: 'Bao tiêu 300 tấn gạo Séng Cù mỗi năm theo giá sàn, ứng trước vật tư cho xã viên.',
  },
  {
    key: 'che-tra-viet-tay-bac-2021',
    kind: 'offtake',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    product: 'che-shan-tuyet-co-thu-tua-chua',
    partnerName: 'Công ty TNHH Trà Việt Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '098',
    startedOn: '2021-04-20',
    contractReference: 'HĐ 05/2021/TVTB',
    description:
      'Thu mua chè búp tươi Shan tuyết cổ thụ vụ xuân và vụ thu; hỗ trợ tập huấn hái chè đúng kỹ thuật.',
  },
  {
    key: 'ca-phe-cao-nguyen-tay-bac-2021',
    kind: 'offtake',
    producer: 'htx-ca-phe-ang-nua',
    product: 'ca-phe-nhan-arabica-muong-ang',
    partnerName: 'Công ty TNHH Cà phê Cao nguyên Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '102',
    startedOn: '2021-05-10',
    contractReference: 'HĐ 21/2021/CPCN',
    description: 'Thu mua cà phê nhân đạt chuẩn chất lượng với giá cộng thêm so với giá thị trường.',
  },
  {
    key: 'ca-kho-thuy-san-song-da-2021',
    kind: 'offtake',
    producer: 'htx-lay-nua',
    product: 'ca-kho-song-da-muong-lay',
    partnerName: 'Công ty TNHH Thủy sản Sông Đà',
    partnerType: 'enterprise',
    supportedBy: '095',
    startedOn: '2021-09-01',
    endedOn: '2023-06-30',
    contractReference: 'HĐ 09/2021/TSSĐ',
    description: 'Tiêu thụ cá khô; hợp đồng không gia hạn khi sản lượng đánh bắt giảm.',
  },
  // 2022
  {
    key: 'thanh-an-cung-ung-thoc-2022',
    kind: 'supply',
    producer: 'htx-dv-nong-nghiep-thanh-an',
    product: null,
    partnerName: 'HTX Nông nghiệp Séng Cù Mường Thanh',
    partnerType: 'cooperative',
    partnerProducer: 'htx-seng-cu-muong-thanh',
    supportedBy: '100',
    startedOn: '2022-02-14',
    contractReference: 'HĐ 02/2022/TA-SC',
    description: 'Cung ứng thóc Séng Cù từ 40 ha của xã viên Thanh An cho nhà máy xay xát của HTX Séng Cù.',
  },
  {
    key: 'mien-dong-hoang-long-2022',
    kind: 'offtake',
    producer: 'htx-quai-cang',
    product: 'mien-dong-tuan-giao',
    partnerName: 'Công ty TNHH Nông sản Hoàng Long Điện Biên',
    partnerType: 'enterprise',
    supportedBy: '099',
    startedOn: '2022-06-01',
    contractReference: 'HĐ 14/2022/HL',
    description: 'Bao tiêu miến dong và củ dong riềng; doanh nghiệp hỗ trợ máy tráng miến.',
  },
  {
    key: 'giao-co-lam-duoc-lieu-tay-bac-2022',
    kind: 'processing',
    producer: 'htx-duoc-lieu-muong-nhe',
    product: 'cao-giao-co-lam-muong-nhe',
    partnerName: 'Công ty Cổ phần Dược liệu Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '096',
    startedOn: '2022-08-15',
    contractReference: 'HĐ 33/2022/DLTB',
    description: 'Chiết xuất cao giảo cổ lam từ nguyên liệu của HTX theo đơn đặt hàng.',
  },
  {
    key: 'mac-khen-gia-vi-tay-bac-2022',
    kind: 'offtake',
    producer: 'htx-sa-long',
    product: 'mac-khen-muong-cha',
    partnerName: 'Công ty TNHH Gia vị Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '097',
    startedOn: '2022-05-20',
    contractReference: 'HĐ 07/2022/GVTB',
    description: 'Thu mua mắc khén và hạt dổi đã phơi khô, phân loại tại HTX.',
  },
  {
    key: 'mat-ong-phan-phoi-2022',
    kind: 'distribution',
    producer: 'htx-ong-tua-thang',
    product: 'mat-ong-rung-tua-chua',
    partnerName: 'Công ty TNHH Phân phối Nông sản Sạch Thủ Đô',
    partnerType: 'enterprise',
    supportedBy: '098',
    startedOn: '2022-07-01',
    contractReference: 'HĐ 18/2022/PPNS',
    description: 'Phân phối mật ong qua chuỗi cửa hàng nông sản sạch ở Hà Nội.',
  },
  // 2023
  {
    key: 'gac-bep-thuc-pham-thanh-minh-2023',
    kind: 'distribution',
    producer: 'hkd-lo-thi-hoa',
    product: 'thit-trau-gac-bep',
    partnerName: 'Công ty TNHH Thực phẩm Thanh Minh',
    partnerType: 'enterprise',
    partnerProducer: 'cty-thuc-pham-thanh-minh',
    supportedBy: '100',
    startedOn: '2023-03-01',
    contractReference: 'HĐ 03/2023/TM',
    description: 'Công ty phân phối thịt trâu gác bếp của hộ qua cửa hàng đặc sản và sàn thương mại điện tử.',
  },
  {
    key: 'mang-htx-him-lam-2023',
    kind: 'offtake',
    producer: 'tht-mang-na-tau',
    product: 'mang-kho-na-tau',
    partnerName: 'HTX Thương mại Dịch vụ Him Lam',
    partnerType: 'cooperative',
    supportedBy: '094',
    startedOn: '2023-05-10',
    contractReference: 'HĐ 11/2023/HL',
    description: 'Thu mua măng khô theo mùa cho các nhà hàng ở thành phố Điện Biên Phủ.',
  },
  {
    key: 'gao-nuong-nong-lam-san-nam-po-2023',
    kind: 'offtake',
    producer: 'htx-na-hy',
    product: 'gao-nuong-nam-po',
    partnerName: 'Công ty TNHH Nông lâm sản Nậm Pồ',
    partnerType: 'enterprise',
    supportedBy: '103',
    startedOn: '2023-09-05',
    contractReference: 'HĐ 26/2023/NLS',
    description: 'Bao tiêu gạo nương sau thu hoạch; hỗ trợ bao bì và tem truy xuất nguồn gốc.',
  },
  {
    key: 'cham-cheo-hang-viet-2023',
    kind: 'distribution',
    producer: 'hkd-luong-thi-on',
    product: 'cham-cheo-muong-ang',
    partnerName: 'Công ty TNHH Phân phối Hàng Việt Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '102',
    startedOn: '2023-04-12',
    contractReference: 'HĐ 08/2023/HVTB',
    description: 'Đưa chẩm chéo và tương ớt vào hệ thống cửa hàng đặc sản vùng Tây Bắc.',
  },
  // 2024
  {
    key: 'tra-tui-loc-che-tay-bac-xanh-2024',
    kind: 'processing',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    product: 'tra-shan-tuyet-tui-loc',
    partnerName: 'Công ty Cổ phần Chè Tây Bắc Xanh',
    partnerType: 'enterprise',
    supportedBy: '098',
    startedOn: '2024-03-18',
    contractReference: 'HĐ 06/2024/CTBX',
    description: 'Gia công đóng túi lọc trà Shan tuyết trên dây chuyền của doanh nghiệp.',
  },
  {
    key: 'ca-phe-muong-phang-rang-xay-2024',
    kind: 'offtake',
    producer: 'htx-ca-phe-muong-phang',
    product: 'ca-phe-muong-phang',
    partnerName: 'Công ty TNHH Rang xay Cà phê Điện Biên Phủ',
    partnerType: 'enterprise',
    supportedBy: '094',
    startedOn: '2024-02-26',
    contractReference: 'HĐ 04/2024/RX',
    description: 'Thu mua cà phê quả chín của xã viên theo giá thỏa thuận đầu vụ.',
  },
  {
    key: 'ca-phe-dac-san-xuat-khau-2024',
    kind: 'offtake',
    producer: 'htx-ca-phe-ang-nua',
    product: 'ca-phe-dac-san-arabica-muong-ang',
    partnerName: 'Công ty TNHH Xuất nhập khẩu Cà phê Đặc sản Việt',
    partnerType: 'enterprise',
    supportedBy: '102',
    startedOn: '2024-06-03',
    contractReference: 'HĐ 15/2024/XNK',
    description: 'Xuất khẩu các lô cà phê đặc sản đạt điểm cupping từ 80 trở lên.',
  },
  {
    key: 'ruou-ngo-do-uong-tay-bac-2024',
    kind: 'offtake',
    producer: 'htx-xa-dung',
    product: null,
    partnerName: 'Công ty TNHH Đồ uống Tây Bắc',
    partnerType: 'enterprise',
    supportedBy: '101',
    startedOn: '2024-08-20',
    contractReference: 'HĐ 20/2024/ĐUTB',
    description: 'Thu mua rượu ngô men lá để đóng chai dưới nhãn hiệu tập thể; hỗ trợ hồ sơ đánh giá OCOP.',
  },
  {
    key: 'seng-cu-huu-co-thuc-pham-huu-co-2024',
    kind: 'offtake',
    producer: 'htx-seng-cu-muong-thanh',
    product: 'gao-seng-cu-huu-co',
    partnerName: 'Công ty Cổ phần Thực phẩm Hữu cơ Việt',
    partnerType: 'enterprise',
    supportedBy: '100',
    startedOn: '2024-04-01',
    contractReference: 'HĐ 09/2024/HCV',
    description: 'Bao tiêu gạo Séng Cù hữu cơ cho chuỗi siêu thị thực phẩm hữu cơ.',
  },
  // After the 2025 reform: supported by the province.
  {
    key: 'seng-cu-gao-dac-san-2025',
    kind: 'offtake',
    producer: 'htx-seng-cu-muong-thanh',
    product: 'gao-seng-cu-dien-bien',
    partnerName: 'Công ty TNHH Gạo Đặc sản Việt',
    partnerType: 'enterprise',
    supportedBy: 'province',
    startedOn: '2025-10-15',
    contractReference: 'HĐ 27/2025/GĐS',
    description: 'Đưa gạo Séng Cù vào kênh phân phối gạo đặc sản tại các thành phố lớn.',
  },
  {
    key: 'khan-pieu-du-lich-2025',
    kind: 'distribution',
    producer: 'tht-det-tho-cam-noong-bua',
    product: 'khan-pieu-theu-tay',
    partnerName: 'Công ty TNHH Du lịch Lữ hành Mường Thanh Xanh',
    partnerType: 'enterprise',
    supportedBy: 'province',
    startedOn: '2025-11-03',
    contractReference: 'HĐ 31/2025/DL',
    description: 'Bán khăn piêu thêu tay tại các điểm du lịch và trong tour trải nghiệm bản Thái.',
  },
];
