import type { ProducerType } from '../entities';

/**
 * OCOP producers ("chủ thể OCOP") of the demo. The source document gives only their number
 * (19 producers of the 35 products certified by mid-2021); names, people, phone numbers and
 * histories are INVENTED for the demo and must not be read as real businesses. Phone numbers
 * follow the province's forms: landlines 0215 3xx xxxx, mobiles 09x xxx xxxx.
 *
 * `commune` is where the producer is registered, as a unit of its time: all demo producers were
 * registered before the 2025 reform, so it is the pre-2025 commune (today's commune is derived
 * through lineage, like the products' origin).
 */

export interface ProducerSeed {
  key: string;
  name: string;
  type: ProducerType;
  commune: { code: string; name: string; era: 'pre2025' | 'post2025' };
  address: string;
  representative: string;
  phone: string;
  establishedYear: number;
  description: string;
}

export const DEMO_PRODUCERS: readonly ProducerSeed[] = [
  // ── The 19 producers with products certified by 2021-06-30 ──
  {
    key: 'htx-seng-cu-muong-thanh',
    name: 'HTX Nông nghiệp Séng Cù Mường Thanh',
    type: 'cooperative',
    commune: { code: '03334', name: 'Thanh Xương', era: 'pre2025' },
    address: 'Đội 7, xã Thanh Xương, huyện Điện Biên, tỉnh Điện Biên',
    representative: 'Nguyễn Văn Thắng',
    phone: '02153827465',
    establishedYear: 2016,
    description:
      'Hợp tác xã của các hộ trồng lúa Séng Cù trên cánh đồng Mường Thanh; tổ chức sản xuất theo quy trình VietGAP, thu mua, xay xát và đóng gói gạo mang thương hiệu của HTX.',
  },
  {
    key: 'htx-dv-nong-nghiep-thanh-an',
    name: 'HTX Dịch vụ Nông nghiệp Thanh An',
    type: 'cooperative',
    commune: { code: '03343', name: 'Thanh An', era: 'pre2025' },
    address: 'Thôn An Bình, xã Thanh An, huyện Điện Biên, tỉnh Điện Biên',
    representative: 'Trần Thị Hạnh',
    phone: '0912587430',
    establishedYear: 2015,
    description:
      'Cung ứng giống, vật tư và dịch vụ làm đất cho xã viên; sản xuất, chế biến gạo tám thơm và gạo nếp cẩm Điện Biên.',
  },
  {
    key: 'htx-che-shan-tuyet-sinh-phinh',
    name: 'HTX Chè Shan tuyết Sính Phình',
    type: 'cooperative',
    commune: { code: '03241', name: 'Sính Phình', era: 'pre2025' },
    address: 'Bản Phình Cứ, xã Sính Phình, huyện Tủa Chùa, tỉnh Điện Biên',
    representative: 'Giàng A Dủa',
    phone: '02153845219',
    establishedYear: 2017,
    description:
      'Thu hái, chế biến chè từ những cây chè Shan tuyết cổ thụ hàng trăm năm tuổi trên cao nguyên đá Tủa Chùa; xưởng chế biến đạt điều kiện an toàn thực phẩm.',
  },
  {
    key: 'htx-ca-phe-ang-nua',
    name: 'HTX Nông nghiệp Cà phê Ẳng Nưa',
    type: 'cooperative',
    commune: { code: '03307', name: 'Ẳng Nưa', era: 'pre2025' },
    address: 'Bản Hón, xã Ẳng Nưa, huyện Mường Ảng, tỉnh Điện Biên',
    representative: 'Lò Văn Tiến',
    phone: '0983462157',
    establishedYear: 2014,
    description:
      'Trồng, sơ chế và rang xay cà phê Arabica Mường Ảng; liên kết với các hộ thành viên trên vùng nguyên liệu canh tác theo VietGAP.',
  },
  {
    key: 'cty-ca-phe-bung-lao',
    name: 'Công ty TNHH Cà phê Búng Lao',
    type: 'enterprise',
    commune: { code: '03301', name: 'Búng Lao', era: 'pre2025' },
    address: 'Bản Co Nỏng, xã Búng Lao, huyện Mường Ảng, tỉnh Điện Biên',
    representative: 'Phạm Minh Đức',
    phone: '02153870618',
    establishedYear: 2018,
    description:
      'Doanh nghiệp nhỏ thu mua cà phê quả tươi của nông hộ, chế biến ướt và rang xay tại xưởng ở Búng Lao.',
  },
  {
    key: 'htx-sa-long',
    name: 'HTX Nông lâm nghiệp Sa Lông',
    type: 'cooperative',
    commune: { code: '03197', name: 'Sa Lông', era: 'pre2025' },
    address: 'Bản Sa Lông 1, xã Sa Lông, huyện Mường Chà, tỉnh Điện Biên',
    representative: 'Thào A Chớ',
    phone: '0915730264',
    establishedYear: 2017,
    description: 'Thu hái, sơ chế và đóng gói mắc khén, hạt dổi rừng của đồng bào vùng cao Mường Chà.',
  },
  {
    key: 'hkd-lo-thi-hoa',
    name: 'Hộ kinh doanh Lò Thị Hoa',
    type: 'household_business',
    commune: { code: '03352', name: 'Noọng Hẹt', era: 'pre2025' },
    address: 'Bản Noọng Hẹt, xã Noọng Hẹt, huyện Điện Biên, tỉnh Điện Biên',
    representative: 'Lò Thị Hoa',
    phone: '0988214573',
    establishedYear: 2012,
    description:
      'Cơ sở gia đình làm thịt trâu, thịt lợn gác bếp theo cách tẩm ướp truyền thống của người Thái.',
  },
  {
    key: 'htx-quai-cang',
    name: 'HTX Nông nghiệp Quài Cang',
    type: 'cooperative',
    commune: { code: '03289', name: 'Quài Cang', era: 'pre2025' },
    address: 'Bản Cang, xã Quài Cang, huyện Tuần Giáo, tỉnh Điện Biên',
    representative: 'Quàng Văn Hương',
    phone: '0947381620',
    establishedYear: 2016,
    description: 'Trồng dong riềng và tỏi tía; chế biến miến dong thủ công và tỏi tía đóng túi.',
  },
  {
    key: 'hkd-ruou-muong-phang',
    name: 'Cơ sở rượu men lá Mường Phăng',
    type: 'household_business',
    commune: { code: '03325', name: 'Mường Phăng', era: 'pre2025' },
    address: 'Bản Phăng 1, xã Mường Phăng, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Cà Văn Mạnh',
    phone: '0972640518',
    establishedYear: 2010,
    description: 'Hộ kinh doanh nấu rượu gạo nếp bằng men lá rừng theo bí quyết của người Thái Mường Phăng.',
  },
  {
    key: 'htx-ong-tua-thang',
    name: 'HTX Nuôi ong Tủa Thàng',
    type: 'cooperative',
    commune: { code: '03235', name: 'Tủa Thàng', era: 'pre2025' },
    address: 'Bản Tủa Thàng, xã Tủa Thàng, huyện Tủa Chùa, tỉnh Điện Biên',
    representative: 'Sùng A Páo',
    phone: '0916483027',
    establishedYear: 2018,
    description:
      'Các hộ nuôi ong nội và khai thác mật ong rừng trên cao nguyên Tủa Chùa; lọc, đóng chai tại HTX.',
  },
  {
    key: 'tht-mang-na-tau',
    name: 'Tổ hợp tác Măng rừng Nà Tấu',
    type: 'cooperative_group',
    commune: { code: '03316', name: 'Nà Tấu', era: 'pre2025' },
    address: 'Bản Co Pục, xã Nà Tấu, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Lường Văn Chiến',
    phone: '0962317845',
    establishedYear: 2019,
    description: 'Tổ hợp tác của 15 hộ thu hái măng rừng theo mùa, sấy khô và muối chua.',
  },
  {
    key: 'htx-duoc-lieu-muong-nhe',
    name: 'HTX Dược liệu Mường Nhé',
    type: 'cooperative',
    commune: { code: '03160', name: 'Mường Nhé', era: 'pre2025' },
    address: 'Bản Mường Nhé, xã Mường Nhé, huyện Mường Nhé, tỉnh Điện Biên',
    representative: 'Chu Văn Thành',
    phone: '0936752108',
    establishedYear: 2018,
    description:
      'Trồng dưới tán rừng và chế biến giảo cổ lam, đẳng sâm; sản phẩm sấy khô, trà túi và cao dược liệu.',
  },
  {
    key: 'cty-thuc-pham-thanh-minh',
    name: 'Công ty TNHH Thực phẩm Thanh Minh',
    type: 'enterprise',
    commune: { code: '03145', name: 'Thanh Minh', era: 'pre2025' },
    address: 'Bản Kéo, xã Thanh Minh, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Đỗ Thị Lan',
    phone: '02153812744',
    establishedYear: 2015,
    description:
      'Chế biến lạp sườn, ruốc và các món thịt khô từ lợn bản nuôi tại địa phương; phân phối qua cửa hàng đặc sản và sàn thương mại điện tử.',
  },
  {
    key: 'htx-thanh-chan',
    name: 'HTX Nông nghiệp Thanh Chăn',
    type: 'cooperative',
    commune: { code: '03337', name: 'Thanh Chăn', era: 'pre2025' },
    address: 'Bản Chăn Nưa, xã Thanh Chăn, huyện Điện Biên, tỉnh Điện Biên',
    representative: 'Tòng Thị Xuân',
    phone: '0913605872',
    establishedYear: 2017,
    description: 'Sản xuất gạo nếp cái hoa vàng và bánh khẩu xén, món bánh nếp truyền thống của người Thái.',
  },
  {
    key: 'hkd-luong-thi-on',
    name: 'Hộ kinh doanh Lường Thị Ơn',
    type: 'household_business',
    commune: { code: '03286', name: 'Mường Đăng', era: 'pre2025' },
    address: 'Bản Đăng, xã Mường Đăng, huyện Mường Ảng, tỉnh Điện Biên',
    representative: 'Lường Thị Ơn',
    phone: '0984127360',
    establishedYear: 2016,
    description: 'Làm chẩm chéo và tương ớt từ ớt bản, mắc khén, tỏi tía theo công thức gia truyền.',
  },
  {
    key: 'htx-pa-khoang',
    name: 'HTX Nông lâm nghiệp Pá Khoang',
    type: 'cooperative',
    commune: { code: '03326', name: 'Pá Khoang', era: 'pre2025' },
    address: 'Bản Bó, xã Pá Khoang, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Vì Văn Sơn',
    phone: '0945826193',
    establishedYear: 2019,
    description:
      'Trồng và chế biến trà hoa ban, hoa đặc trưng của núi rừng Tây Bắc; kết hợp dịch vụ du lịch quanh hồ Pá Khoang.',
  },
  {
    key: 'htx-na-hy',
    name: 'HTX Nông nghiệp Nà Hỳ',
    type: 'cooperative',
    commune: { code: '03169', name: 'Nà Hỳ', era: 'pre2025' },
    address: 'Bản Nà Hỳ 1, xã Nà Hỳ, huyện Nậm Pồ, tỉnh Điện Biên',
    representative: 'Lầu A Tủa',
    phone: '0968451207',
    establishedYear: 2019,
    description: 'Sấy khô thảo quả dưới tán rừng và sản xuất gạo nương của đồng bào Mông, Thái huyện Nậm Pồ.',
  },
  {
    key: 'htx-lay-nua',
    name: 'HTX Dịch vụ Tổng hợp Lay Nưa',
    type: 'cooperative',
    commune: { code: '03184', name: 'Lay Nưa', era: 'pre2025' },
    address: 'Bản Hô Nậm, xã Lay Nưa, thị xã Mường Lay, tỉnh Điện Biên',
    representative: 'Lò Văn Dương',
    phone: '02153852390',
    establishedYear: 2014,
    description: 'Đánh bắt, chế biến cá sông Đà trên lòng hồ thủy điện và nấu rượu ngô men lá.',
  },
  {
    key: 'cty-nong-san-dien-bien-xanh',
    name: 'Công ty TNHH Nông sản Điện Biên Xanh',
    type: 'enterprise',
    commune: { code: '03328', name: 'Thanh Luông', era: 'pre2025' },
    address: 'Bản Che Phai, xã Thanh Luông, huyện Điện Biên, tỉnh Điện Biên',
    representative: 'Hoàng Văn Nam',
    phone: '02153829051',
    establishedYear: 2019,
    description: 'Thu mua chuối tây của nông hộ quanh lòng chảo Mường Thanh, sấy dẻo và đóng gói.',
  },
  // ── Producers certified after the source document ──
  {
    key: 'htx-ca-phe-muong-phang',
    name: 'HTX Cà phê Mường Phăng',
    type: 'cooperative',
    commune: { code: '03325', name: 'Mường Phăng', era: 'pre2025' },
    address: 'Bản Phăng 2, xã Mường Phăng, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Lò Văn Pánh',
    phone: '0977310846',
    establishedYear: 2021,
    description:
      'HTX của các hộ trồng cà phê quanh khu di tích Sở Chỉ huy chiến dịch Điện Biên Phủ ở Mường Phăng.',
  },
  {
    key: 'tht-det-tho-cam-noong-bua',
    name: 'Tổ hợp tác Dệt thổ cẩm Noong Bua',
    type: 'cooperative_group',
    commune: { code: '03124', name: 'Noong Bua', era: 'pre2025' },
    address: 'Tổ dân phố 2, phường Noong Bua, thành phố Điện Biên Phủ, tỉnh Điện Biên',
    representative: 'Quàng Thị Mai',
    phone: '0919264735',
    establishedYear: 2022,
    description: 'Phụ nữ Thái dệt, thêu khăn piêu và túi thổ cẩm bằng tay theo hoa văn truyền thống.',
  },
  {
    key: 'htx-xa-dung',
    name: 'HTX Nông nghiệp Xa Dung',
    type: 'cooperative',
    commune: { code: '03373', name: 'Xa Dung', era: 'pre2025' },
    address: 'Bản Xa Dung A, xã Xa Dung, huyện Điện Biên Đông, tỉnh Điện Biên',
    representative: 'Vàng A Lử',
    phone: '0965803417',
    establishedYear: 2024,
    description: 'Trồng ngô, nấu rượu ngô men lá của đồng bào Mông vùng cao Xa Dung.',
  },
];
