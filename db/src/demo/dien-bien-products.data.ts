/**
 * OCOP products of the demo and the history of their certificates.
 *
 * Facts of the source document reproduced, as of 2021-06-30: 35 products of 19 producers
 * certified and valid, 2 four-star and 33 three-star. The products are the province's known
 * specialities (Séng Cù rice of the Mường Thanh valley, Tủa Chùa Shan tuyết tea, Mường Ảng
 * Arabica coffee, mắc khén, hạt dổi, smoked buffalo, chẩm chéo…); which product was certified
 * when, and every score, is invented.
 *
 * `certificates` lists what is fixed: the certificates decided by 2021-06-30 (the source
 * document's day) or, for a product first certified later, its first certificate. Everything
 * after — renewals every 36 months, lapses, the revocation, upgrades to four stars — is generated
 * up to the day the demo is seeded by demo.timeline.ts, so the demo is as current on any day as
 * it was when written. Ten products were certified for the first time in 2022–2026; a product
 * whose first certificate lies after the seeding day is not in the demo yet.
 *
 * `origin` is the commune where the product is made: always the pre-2025 commune, also for the
 * product first certified after the reform (its producer was registered there in 2024); where
 * it is today is derived through lineage. `productSet` is a code of `ocop_product_set`.
 * Scores follow the star bands (3★ 50–69, 4★ 70–89).
 */

export interface ProductSeed {
  key: string;
  name: string;
  producer: string;
  productSet: string;
  origin: { code: string; name: string; era: 'pre2025' | 'post2025' };
  description: string;
  /** The fixed certificates (see above), in date order: [certification round key, score]. */
  certificates: readonly (readonly [string, number])[];
}

const pre = (code: string, name: string) => ({ code, name, era: 'pre2025' as const });

export const DEMO_PRODUCTS: readonly ProductSeed[] = [
  // ── HTX Nông nghiệp Séng Cù Mường Thanh ──
  {
    key: 'gao-seng-cu-dien-bien',
    name: 'Gạo Séng Cù Điện Biên',
    producer: 'htx-seng-cu-muong-thanh',
    productSet: '1.2.1',
    origin: pre('03334', 'Thanh Xương'),
    description:
      'Gạo Séng Cù trồng trên cánh đồng Mường Thanh, hạt thon dài, cơm dẻo, thơm nhẹ và ngọt hậu. Sản xuất theo quy trình VietGAP, đóng túi hút chân không 2 kg và 5 kg.',
    certificates: [['2019-10', 72.5]],
  },
  {
    key: 'gao-lut-seng-cu',
    name: 'Gạo lứt Séng Cù Mường Thanh',
    producer: 'htx-seng-cu-muong-thanh',
    productSet: '1.2.1',
    origin: pre('03334', 'Thanh Xương'),
    description:
      'Gạo lứt xay từ thóc Séng Cù, giữ nguyên lớp cám giàu chất xơ, thích hợp cho bữa ăn ăn kiêng.',
    certificates: [['2020-06', 62]],
  },
  {
    key: 'bun-kho-seng-cu',
    name: 'Bún khô gạo Séng Cù',
    producer: 'htx-seng-cu-muong-thanh',
    productSet: '1.3.2',
    origin: pre('03334', 'Thanh Xương'),
    description: 'Bún khô làm từ gạo Séng Cù, không chất tẩy trắng, sợi dai; luộc 5 phút là dùng được.',
    certificates: [['2020-12', 58.5]],
  },
  // ── HTX Dịch vụ Nông nghiệp Thanh An ──
  {
    key: 'gao-tam-dien-bien',
    name: 'Gạo tám Điện Biên',
    producer: 'htx-dv-nong-nghiep-thanh-an',
    productSet: '1.2.1',
    origin: pre('03343', 'Thanh An'),
    description:
      'Gạo tám thơm trồng trên đồng Mường Thanh, hạt nhỏ, cơm mềm và thơm. Đóng túi 5 kg và 10 kg.',
    certificates: [['2019-10', 66]],
  },
  {
    key: 'gao-nep-cam-dien-bien',
    name: 'Gạo nếp cẩm Điện Biên',
    producer: 'htx-dv-nong-nghiep-thanh-an',
    productSet: '1.2.1',
    origin: pre('03343', 'Thanh An'),
    description: 'Nếp cẩm hạt tím đen, dẻo thơm, dùng nấu xôi, làm rượu nếp cẩm và sữa chua nếp cẩm.',
    certificates: [['2020-06', 57]],
  },
  // ── HTX Chè Shan tuyết Sính Phình ──
  {
    key: 'che-shan-tuyet-co-thu-tua-chua',
    name: 'Chè Shan tuyết cổ thụ Tủa Chùa',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    productSet: '1.5.1',
    origin: pre('03241', 'Sính Phình'),
    description:
      'Chè xanh hái từ cây chè Shan tuyết cổ thụ trên độ cao trên 1.300 m, búp phủ lông tơ trắng. Nước xanh vàng, vị chát dịu, hậu ngọt sâu.',
    certificates: [['2020-12', 73]],
  },
  {
    key: 'tra-xanh-shan-tuyet-tua-chua',
    name: 'Trà xanh Shan tuyết Tủa Chùa',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    productSet: '1.5.1',
    origin: pre('03241', 'Sính Phình'),
    description: 'Trà xanh sao suốt từ búp chè Shan tuyết, đóng gói 200 g và 500 g.',
    certificates: [['2020-12', 64]],
  },
  {
    key: 'hong-tra-shan-tuyet-tua-chua',
    name: 'Hồng trà Shan tuyết Tủa Chùa',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    productSet: '1.5.1',
    origin: pre('03241', 'Sính Phình'),
    description: 'Trà lên men từ búp chè Shan tuyết, nước đỏ nâu, hương mật ong, vị dịu.',
    certificates: [['2021-05', 60.5]],
  },
  // ── HTX Nông nghiệp Cà phê Ẳng Nưa ──
  {
    key: 'ca-phe-arabica-muong-ang-rang-xay',
    name: 'Cà phê Arabica Mường Ảng rang xay',
    producer: 'htx-ca-phe-ang-nua',
    productSet: '1.6.1',
    origin: pre('03307', 'Ẳng Nưa'),
    description:
      'Cà phê Arabica trồng trên đồi Mường Ảng, thu hái quả chín, rang mộc. Hương thơm, vị chua thanh, hậu ngọt.',
    certificates: [['2019-10', 65]],
  },
  {
    key: 'ca-phe-nhan-arabica-muong-ang',
    name: 'Cà phê nhân Arabica Mường Ảng',
    producer: 'htx-ca-phe-ang-nua',
    productSet: '1.6.1',
    origin: pre('03307', 'Ẳng Nưa'),
    description: 'Cà phê nhân xanh Arabica chế biến ướt, phân loại sàng 16 trở lên, bán cho xưởng rang.',
    certificates: [['2020-06', 56.5]],
  },
  {
    key: 'ca-phe-dac-san-arabica-muong-ang',
    name: 'Cà phê đặc sản Arabica Mường Ảng',
    producer: 'htx-ca-phe-ang-nua',
    productSet: '1.6.1',
    origin: pre('03307', 'Ẳng Nưa'),
    description:
      'Lô cà phê Arabica chọn lọc, sơ chế mật ong, đạt điểm cà phê đặc sản. Rang vừa, hương hoa quả và caramel.',
    certificates: [['2023-08', 78]],
  },
  // ── Công ty TNHH Cà phê Búng Lao ──
  {
    key: 'ca-phe-hat-rang-bung-lao',
    name: 'Cà phê hạt rang Búng Lao',
    producer: 'cty-ca-phe-bung-lao',
    productSet: '1.6.1',
    origin: pre('03301', 'Búng Lao'),
    description: 'Cà phê Arabica rang nguyên hạt, đóng túi van một chiều 500 g giữ hương.',
    certificates: [['2020-12', 61.5]],
  },
  // ── HTX Nông lâm nghiệp Sa Lông ──
  {
    key: 'mac-khen-muong-cha',
    name: 'Mắc khén Mường Chà',
    producer: 'htx-sa-long',
    productSet: '1.4.2',
    origin: pre('03197', 'Sa Lông'),
    description: 'Hạt mắc khén rừng phơi khô, thơm tê nhẹ, gia vị không thể thiếu của món nướng Tây Bắc.',
    certificates: [['2019-10', 59]],
  },
  {
    key: 'hat-doi-rung-muong-cha',
    name: 'Hạt dổi rừng Mường Chà',
    producer: 'htx-sa-long',
    productSet: '1.4.2',
    origin: pre('03197', 'Sa Lông'),
    description: 'Hạt dổi rừng nhặt dưới tán cây dổi cổ thụ, nướng lên thơm ngậy, dùng làm muối chấm.',
    certificates: [['2020-12', 57.5]],
  },
  // ── Hộ kinh doanh Lò Thị Hoa ──
  {
    key: 'thit-trau-gac-bep',
    name: 'Thịt trâu gác bếp Điện Biên',
    producer: 'hkd-lo-thi-hoa',
    productSet: '1.3.4',
    origin: pre('03352', 'Noọng Hẹt'),
    description:
      'Thịt trâu tẩm mắc khén, gừng, ớt rồi hun khói trên gác bếp theo cách của người Thái. Đóng gói hút chân không.',
    certificates: [['2019-10', 63.5]],
  },
  {
    key: 'thit-lon-gac-bep',
    name: 'Thịt lợn gác bếp Noọng Hẹt',
    producer: 'hkd-lo-thi-hoa',
    productSet: '1.3.4',
    origin: pre('03352', 'Noọng Hẹt'),
    description: 'Thịt lợn bản tẩm gia vị núi rừng, hun khói củi nhiều ngày, thái mỏng ăn kèm chẩm chéo.',
    certificates: [['2020-12', 60]],
  },
  // ── HTX Nông nghiệp Quài Cang ──
  {
    key: 'mien-dong-tuan-giao',
    name: 'Miến dong Tuần Giáo',
    producer: 'htx-quai-cang',
    productSet: '1.3.3',
    origin: pre('03289', 'Quài Cang'),
    description: 'Miến làm thủ công từ tinh bột củ dong riềng trồng tại Quài Cang, sợi dai, không hóa chất.',
    certificates: [['2020-06', 58]],
  },
  {
    key: 'toi-tia-tuan-giao',
    name: 'Tỏi tía Tuần Giáo',
    producer: 'htx-quai-cang',
    productSet: '1.4.2',
    origin: pre('03289', 'Quài Cang'),
    description: 'Tỏi tía vỏ tím, tép nhỏ, thơm và cay nồng; trồng trên ruộng một vụ lúa sau mùa gặt.',
    certificates: [['2020-12', 61]],
  },
  // ── Cơ sở rượu men lá Mường Phăng ──
  {
    key: 'ruou-men-la-muong-phang',
    name: 'Rượu men lá Mường Phăng',
    producer: 'hkd-ruou-muong-phang',
    productSet: '2.1.1',
    origin: pre('03325', 'Mường Phăng'),
    description:
      'Rượu gạo nếp nấu bằng men lá rừng, chưng cất thủ công, vị êm, thơm mùi men lá. Nồng độ 29%.',
    certificates: [['2021-05', 55.5]],
  },
  // ── HTX Nuôi ong Tủa Thàng ──
  {
    key: 'mat-ong-rung-tua-chua',
    name: 'Mật ong rừng Tủa Chùa',
    producer: 'htx-ong-tua-thang',
    productSet: '1.2.2',
    origin: pre('03235', 'Tủa Thàng'),
    description:
      'Mật ong khai thác từ đàn ong nội nuôi ven rừng trên cao nguyên đá, màu hổ phách, vị ngọt đậm.',
    certificates: [['2019-10', 62.5]],
  },
  // ── Tổ hợp tác Măng rừng Nà Tấu ──
  {
    key: 'mang-kho-na-tau',
    name: 'Măng khô Nà Tấu',
    producer: 'tht-mang-na-tau',
    productSet: '1.3.3',
    origin: pre('03316', 'Nà Tấu'),
    description: 'Măng rừng luộc chín, sấy củi đến khô đều, giữ vị ngọt; ngâm nở dùng hầm, xào.',
    certificates: [['2020-06', 55]],
  },
  {
    key: 'mang-chua-na-tau',
    name: 'Măng chua Nà Tấu',
    producer: 'tht-mang-na-tau',
    productSet: '1.3.3',
    origin: pre('03316', 'Nà Tấu'),
    description: 'Măng rừng muối chua theo cách của người Thái, đóng lọ thủy tinh 500 g.',
    certificates: [['2020-12', 54.5]],
  },
  // ── HTX Dược liệu Mường Nhé ──
  {
    key: 'tra-giao-co-lam-muong-nhe',
    name: 'Trà giảo cổ lam Mường Nhé',
    producer: 'htx-duoc-lieu-muong-nhe',
    productSet: '1.5.2',
    origin: pre('03160', 'Mường Nhé'),
    description: 'Giảo cổ lam trồng dưới tán rừng, sấy lạnh, đóng túi lọc; vị đắng nhẹ rồi ngọt hậu.',
    certificates: [['2020-12', 63]],
  },
  {
    key: 'dang-sam-muong-nhe',
    name: 'Đẳng sâm Mường Nhé',
    producer: 'htx-duoc-lieu-muong-nhe',
    productSet: '3.3.1',
    origin: pre('03160', 'Mường Nhé'),
    description: 'Rễ đẳng sâm trồng trên nương từ 2 năm tuổi, thái lát, sấy khô; dùng ngâm rượu, hầm gà.',
    certificates: [['2021-05', 58.5]],
  },
  {
    key: 'cao-giao-co-lam-muong-nhe',
    name: 'Cao giảo cổ lam Mường Nhé',
    producer: 'htx-duoc-lieu-muong-nhe',
    productSet: '3.1.1',
    origin: pre('03160', 'Mường Nhé'),
    description: 'Cao đặc chiết xuất từ giảo cổ lam của vùng trồng Mường Nhé, đóng hũ 100 g.',
    certificates: [['2022-09', 61]],
  },
  // ── Công ty TNHH Thực phẩm Thanh Minh ──
  {
    key: 'lap-suon-muong-thanh',
    name: 'Lạp sườn Mường Thanh',
    producer: 'cty-thuc-pham-thanh-minh',
    productSet: '1.3.4',
    origin: pre('03145', 'Thanh Minh'),
    description: 'Lạp sườn từ thịt lợn bản, tẩm mắc khén và rượu men lá, phơi nắng và hun khói nhẹ.',
    certificates: [['2020-06', 64]],
  },
  {
    key: 'ruoc-thit-lon-ban',
    name: 'Ruốc thịt lợn bản Mường Thanh',
    producer: 'cty-thuc-pham-thanh-minh',
    productSet: '1.3.4',
    origin: pre('03145', 'Thanh Minh'),
    description: 'Ruốc (chà bông) làm từ thịt nạc lợn bản, không chất bảo quản, đóng hộp 200 g.',
    certificates: [['2020-12', 59.5]],
  },
  // ── HTX Nông nghiệp Thanh Chăn ──
  {
    key: 'banh-khau-xen-thanh-chan',
    name: 'Bánh khẩu xén Thanh Chăn',
    producer: 'htx-thanh-chan',
    productSet: '1.3.2',
    origin: pre('03337', 'Thanh Chăn'),
    description:
      'Bánh gạo nếp giã, cán mỏng, phơi khô rồi rán phồng; món bánh truyền thống ngày Tết của người Thái.',
    certificates: [['2020-06', 56]],
  },
  {
    key: 'gao-nep-cai-hoa-vang-thanh-chan',
    name: 'Gạo nếp cái hoa vàng Thanh Chăn',
    producer: 'htx-thanh-chan',
    productSet: '1.2.1',
    origin: pre('03337', 'Thanh Chăn'),
    description: 'Nếp cái hoa vàng hạt tròn, dẻo thơm, dùng đồ xôi, gói bánh và làm khẩu xén.',
    certificates: [['2021-05', 57.5]],
  },
  // ── Hộ kinh doanh Lường Thị Ơn ──
  {
    key: 'cham-cheo-muong-ang',
    name: 'Chẩm chéo Mường Ảng',
    producer: 'hkd-luong-thi-on',
    productSet: '1.4.2',
    origin: pre('03286', 'Mường Đăng'),
    description:
      'Chẩm chéo khô từ ớt bản nướng, mắc khén, tỏi tía, rau thơm rừng; chấm rau luộc, thịt nướng.',
    certificates: [['2020-12', 58]],
  },
  {
    key: 'tuong-ot-muong-dang',
    name: 'Tương ớt Mường Đăng',
    producer: 'hkd-luong-thi-on',
    productSet: '1.4.1',
    origin: pre('03286', 'Mường Đăng'),
    description: 'Tương ớt làm từ ớt chỉ thiên bản địa và tỏi tía, lên men tự nhiên, cay thơm.',
    certificates: [['2021-05', 55]],
  },
  // ── HTX Nông lâm nghiệp Pá Khoang ──
  {
    key: 'tra-hoa-ban-dien-bien',
    name: 'Trà hoa ban Điện Biên',
    producer: 'htx-pa-khoang',
    productSet: '1.5.2',
    origin: pre('03326', 'Pá Khoang'),
    description: 'Nụ hoa ban trắng hái vào tháng Hai, tháng Ba, sấy lạnh làm trà; hương thơm dịu.',
    certificates: [['2020-12', 56.5]],
  },
  // ── HTX Nông nghiệp Nà Hỳ ──
  {
    key: 'thao-qua-say-kho-nam-po',
    name: 'Thảo quả sấy khô Nậm Pồ',
    producer: 'htx-na-hy',
    productSet: '1.4.2',
    origin: pre('03169', 'Nà Hỳ'),
    description: 'Quả thảo quả trồng dưới tán rừng già, sấy củi, thơm nồng; gia vị cho phở, món hầm.',
    certificates: [['2020-12', 55.5]],
  },
  {
    key: 'gao-nuong-nam-po',
    name: 'Gạo nương Nậm Pồ',
    producer: 'htx-na-hy',
    productSet: '1.2.1',
    origin: pre('03169', 'Nà Hỳ'),
    description: 'Gạo từ lúa nương một vụ của đồng bào Mông, hạt to, cơm dẻo và đậm vị.',
    certificates: [['2021-05', 54]],
  },
  // ── HTX Dịch vụ Tổng hợp Lay Nưa ──
  {
    key: 'ca-kho-song-da-muong-lay',
    name: 'Cá khô sông Đà Mường Lay',
    producer: 'htx-lay-nua',
    productSet: '1.3.4',
    origin: pre('03184', 'Lay Nưa'),
    description: 'Cá sông Đà đánh bắt trên lòng hồ, mổ sạch, tẩm gia vị và sấy khô.',
    certificates: [['2020-06', 57]],
  },
  {
    key: 'ruou-ngo-lay-nua',
    name: 'Rượu ngô Lay Nưa',
    producer: 'htx-lay-nua',
    productSet: '2.1.1',
    origin: pre('03184', 'Lay Nưa'),
    description: 'Rượu ngô nấu từ ngô nương ủ men lá, chưng cất hai lần, vị êm. Nồng độ 35%.',
    certificates: [['2021-05', 56]],
  },
  // ── Công ty TNHH Nông sản Điện Biên Xanh ──
  {
    key: 'chuoi-say-deo-dien-bien',
    name: 'Chuối sấy dẻo Điện Biên',
    producer: 'cty-nong-san-dien-bien-xanh',
    productSet: '1.3.3',
    origin: pre('03328', 'Thanh Luông'),
    description: 'Chuối tây chín cây sấy dẻo ở nhiệt độ thấp, không đường, không chất bảo quản.',
    certificates: [['2021-05', 58.5]],
  },
  // ── Products certified for the first time after 2021 ──
  {
    key: 'ca-phe-muong-phang',
    name: 'Cà phê Mường Phăng',
    producer: 'htx-ca-phe-muong-phang',
    productSet: '1.6.1',
    origin: pre('03325', 'Mường Phăng'),
    description: 'Cà phê Arabica trồng quanh rừng Mường Phăng, rang xay mộc, đóng túi 500 g.',
    certificates: [['2023-12', 60.5]],
  },
  {
    key: 'khan-pieu-theu-tay',
    name: 'Khăn piêu thêu tay Điện Biên',
    producer: 'tht-det-tho-cam-noong-bua',
    productSet: '4.2.1',
    origin: pre('03124', 'Noong Bua'),
    description:
      'Khăn piêu của phụ nữ Thái, dệt vải bông và thêu tay hoa văn truyền thống; mỗi chiếc thêu trong 2–3 tuần.',
    certificates: [['2024-05', 62]],
  },
  {
    key: 'tra-shan-tuyet-tui-loc',
    name: 'Trà Shan tuyết túi lọc Tủa Chùa',
    producer: 'htx-che-shan-tuyet-sinh-phinh',
    productSet: '1.5.1',
    origin: pre('03241', 'Sính Phình'),
    description: 'Trà xanh Shan tuyết nghiền, đóng túi lọc tiện dụng, hộp 25 túi.',
    certificates: [['2024-10', 61.5]],
  },
  {
    key: 'gao-seng-cu-huu-co',
    name: 'Gạo Séng Cù hữu cơ Mường Thanh',
    producer: 'htx-seng-cu-muong-thanh',
    productSet: '1.2.1',
    origin: pre('03349', 'Noong Luống'),
    description:
      'Gạo Séng Cù từ vùng trồng được chứng nhận hữu cơ ở Noong Luống; không phân bón hóa học, không thuốc bảo vệ thực vật.',
    certificates: [['2024-10', 81]],
  },
  {
    key: 'ruou-ngo-men-la-xa-dung',
    name: 'Rượu ngô men lá Xa Dung',
    producer: 'htx-xa-dung',
    productSet: '2.1.1',
    origin: pre('03373', 'Xa Dung'),
    description: 'Rượu ngô của người Mông Xa Dung, ủ men lá, chưng cất thủ công trong nồi đồng.',
    certificates: [['2026-05', 58.5]],
  },
  // ── Products first certified in 2023 and 2025 ──
  {
    key: 'thit-bo-kho-gac-bep',
    name: 'Thịt bò khô gác bếp Điện Biên',
    producer: 'hkd-lo-thi-hoa',
    productSet: '1.3.4',
    origin: pre('03352', 'Noọng Hẹt'),
    description:
      'Thịt bò bắp tẩm mắc khén, hạt dổi và ớt, hun khói trên gác bếp rồi xé sợi; đóng túi hút chân không 250 g.',
    certificates: [['2023-03', 60]],
  },
  {
    key: 'nam-huong-rung-tua-chua',
    name: 'Nấm hương rừng sấy khô Tủa Chùa',
    producer: 'htx-ong-tua-thang',
    productSet: '1.2.2',
    origin: pre('03235', 'Tủa Thàng'),
    description:
      'Nấm hương mọc trên thân gỗ mục dưới tán rừng già, hái tay, sấy củi nhẹ; mũ dày, thơm đậm. Hộp 200 g.',
    certificates: [['2023-04', 57.5]],
  },
  {
    key: 'ruou-ngo-lay-nua-ngam-tao-meo',
    name: 'Rượu ngô Lay Nưa ngâm táo mèo',
    producer: 'htx-lay-nua',
    productSet: '2.1.2',
    origin: pre('03184', 'Lay Nưa'),
    description:
      'Rượu ngô men lá ngâm quả táo mèo rừng chín đỏ, màu hổ phách, vị chua chát dịu. Chai 500 ml, 29%.',
    certificates: [['2025-10', 59.5]],
  },
];
