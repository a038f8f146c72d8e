/**
 * Word pools of the national data generator (invented data for benchmarks): Vietnamese names
 * with their diacritics, NFC. Product names are a base of the product set followed by the place
 * of origin ("Gạo nếp cái hoa vàng Yên Hòa"), as OCOP products are usually named.
 */

/** Product name bases by OCOP product-set code (Decision 148 classification), with sale units. */
export const PRODUCT_BASES: Readonly<Record<string, { bases: readonly string[]; units: readonly string[] }>> =
  {
    '1.1.1': {
      bases: [
        'Cam sành',
        'Bưởi da xanh',
        'Vải thiều',
        'Nhãn lồng',
        'Xoài cát',
        'Dưa lưới',
        'Khoai lang mật',
        'Hạt dẻ',
      ],
      units: ['kg', 'thùng'],
    },
    '1.1.2': {
      bases: ['Trứng gà ta', 'Thịt lợn đen', 'Cá lăng', 'Tôm càng xanh', 'Sữa bò tươi', 'Cá rô đồng'],
      units: ['kg', 'hộp', 'chai'],
    },
    '1.2.1': {
      bases: ['Gạo nếp cái hoa vàng', 'Gạo Séng Cù', 'Gạo tám thơm', 'Gạo ST25', 'Nếp Tú Lệ', 'Gạo lứt đỏ'],
      units: ['kg', 'túi 5 kg'],
    },
    '1.2.2': {
      bases: ['Mật ong rừng', 'Mật ong bạc hà', 'Mật ong hoa nhãn', 'Nấm hương rừng', 'Mộc nhĩ'],
      units: ['chai', 'lọ', 'kg'],
    },
    '1.3.1': { bases: ['Bánh chưng', 'Giò lụa', 'Nem chua', 'Chả cá'], units: ['chiếc', 'kg', 'hộp'] },
    '1.3.2': {
      bases: ['Bún khô', 'Miến dong', 'Bánh đa nem', 'Phở khô', 'Bánh cáy', 'Cốm làng Vòng'],
      units: ['gói', 'kg', 'hộp'],
    },
    '1.3.3': {
      bases: ['Mứt gừng', 'Ô mai mơ', 'Chuối sấy dẻo', 'Măng khô', 'Hạt điều rang muối', 'Lạc rang'],
      units: ['hộp', 'gói', 'kg'],
    },
    '1.3.4': {
      bases: ['Thịt trâu gác bếp', 'Lạp sườn', 'Chà bông cá', 'Cá kho làng Vũ Đại', 'Ruốc tôm'],
      units: ['gói', 'kg', 'hộp'],
    },
    '1.4.1': { bases: ['Nước mắm cá cơm', 'Tương bần', 'Nước mắm truyền thống'], units: ['chai', 'can'] },
    '1.4.2': {
      bases: ['Muối tôm', 'Tỏi cô đơn', 'Hạt tiêu đen', 'Mắc khén', 'Hạt dổi'],
      units: ['lọ', 'gói', 'kg'],
    },
    '1.5.1': {
      bases: ['Chè Shan tuyết', 'Chè búp', 'Trà xanh Thái Nguyên', 'Chè Tân Cương', 'Hồng trà'],
      units: ['gói', 'hộp', 'kg'],
    },
    '1.5.2': {
      bases: ['Trà hoa vàng', 'Trà atiso', 'Trà túi lọc cà gai leo', 'Trà sen'],
      units: ['hộp', 'gói'],
    },
    '1.6.1': {
      bases: ['Cà phê rang xay', 'Cà phê hạt Robusta', 'Cà phê Arabica', 'Ca cao bột', 'Cà phê phin'],
      units: ['gói', 'kg', 'hộp'],
    },
    '2.1.1': {
      bases: ['Rượu ngô men lá', 'Rượu gạo', 'Rượu làng Vân', 'Rượu nếp cẩm'],
      units: ['chai', 'bình'],
    },
    '2.1.2': { bases: ['Rượu vang sim', 'Rượu mơ', 'Rượu chuối hột'], units: ['chai'] },
    '2.2.1': { bases: ['Nước khoáng thiên nhiên', 'Nước uống tinh khiết'], units: ['thùng', 'chai'] },
    '2.2.2': { bases: ['Nước cốt chanh leo', 'Nước ép dứa', 'Sữa đậu nành'], units: ['chai', 'thùng'] },
    '3.1.1': {
      bases: ['Cao cà gai leo', 'Viên tinh nghệ', 'Đông trùng hạ thảo', 'Sâm Ngọc Linh'],
      units: ['hộp', 'lọ'],
    },
    '3.2.1': { bases: ['Xà phòng thảo dược', 'Dầu gội bồ kết', 'Tinh bột nghệ'], units: ['hộp', 'chai'] },
    '3.3.1': { bases: ['Tinh dầu quế', 'Tinh dầu sả chanh', 'Tinh dầu tràm'], units: ['lọ', 'chai'] },
    '4.1.1': {
      bases: ['Gốm Bát Tràng', 'Mây tre đan', 'Nón lá', 'Chiếu cói', 'Đồ gỗ mỹ nghệ'],
      units: ['chiếc', 'bộ'],
    },
    '4.2.1': { bases: ['Thổ cẩm', 'Lụa tơ tằm', 'Khăn piêu'], units: ['chiếc', 'mét'] },
    '5.1.1': { bases: ['Hoa lan Hồ điệp', 'Hoa đào', 'Hoa cúc'], units: ['chậu', 'cành'] },
    '5.2.1': { bases: ['Quất cảnh', 'Bonsai sanh', 'Mai vàng'], units: ['chậu', 'cây'] },
    '5.3.1': { bases: ['Cá Koi', 'Chim chào mào'], units: ['con'] },
    '6.1.1': {
      bases: ['Du lịch cộng đồng bản', 'Homestay', 'Điểm du lịch sinh thái'],
      units: ['vé', 'đêm'],
    },
  };

/** Product-set codes with weights: foods dominate the OCOP lists. */
export const PRODUCT_SET_WEIGHTS: Readonly<Record<string, number>> = {
  '1.1.1': 14, '1.1.2': 6, '1.2.1': 9, '1.2.2': 6, '1.3.1': 3, '1.3.2': 7, '1.3.3': 9, '1.3.4': 6,
  '1.4.1': 3, '1.4.2': 3, '1.5.1': 7, '1.5.2': 4, '1.6.1': 4, '2.1.1': 4, '2.1.2': 2, '2.2.1': 1,
  '2.2.2': 2, '3.1.1': 3, '3.2.1': 1, '3.3.1': 1, '4.1.1': 3, '4.2.1': 1, '5.1.1': 1, '5.2.1': 1,
  '5.3.1': 1, '6.1.1': 2,
}; // prettier-ignore

export const FAMILY_NAMES = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương',
  'Lý', 'Lò', 'Quàng', 'Vàng', 'Giàng', 'Hà', 'Lường', 'Cầm', 'Y', 'H\'', 'Đinh', 'Mai', 'Trịnh', 'Lưu',
] as const; // prettier-ignore

export const MIDDLE_NAMES = [
  'Văn',
  'Thị',
  'Đức',
  'Minh',
  'Ngọc',
  'Thanh',
  'Quang',
  'Hữu',
  'Thu',
  'Xuân',
] as const;

export const GIVEN_NAMES = [
  'An', 'Bình', 'Cường', 'Dũng', 'Duyên', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hoa', 'Hùng', 'Hương', 'Khánh', 'Lan',
  'Long', 'Mai', 'Nam', 'Nga', 'Phương', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thắng', 'Trang', 'Tuấn', 'Vân', 'Yến',
  'Páo', 'Sính', 'Chống', 'Khoa', 'Lợi', 'Nhung',
] as const; // prettier-ignore

/** Words of cooperative and enterprise names ("HTX Nông nghiệp Xanh …"). */
export const TRADE_WORDS = [
  'Nông nghiệp', 'Dịch vụ nông nghiệp', 'Nông sản sạch', 'Thực phẩm', 'Xanh', 'Hữu cơ', 'Sản xuất và Thương mại',
  'Chế biến nông sản', 'Đặc sản', 'Phát triển nông thôn',
] as const; // prettier-ignore

/** Producer types with their shares (~40% households, ~33% cooperatives, ~22% enterprises). */
export const PRODUCER_TYPE_WEIGHTS: Readonly<Record<string, number>> = {
  household_business: 40,
  cooperative: 33,
  enterprise: 22,
  cooperative_group: 5,
};

export const AVAILABILITY_WEIGHTS: Readonly<Record<string, number>> = {
  in_stock: 70,
  seasonal: 15,
  pre_order: 8,
  out_of_stock: 5,
  discontinued: 2,
};
