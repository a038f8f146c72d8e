/** Vietnamese strings of the home page (keys mirrored in ../en/home.ts). */
export const home = {
  title: 'Tìm, kiểm tra và mua sản phẩm OCOP',
  eyebrow: 'Chương trình Mỗi xã một sản phẩm',
  lead: 'Sản phẩm đặc trưng của địa phương được chứng nhận 3 đến 5 sao, cùng chủ thể sản xuất, nơi bán và tiến độ xây dựng nông thôn mới.',
  searchLabel: 'Tìm sản phẩm OCOP',
  searchHint: 'Gõ có dấu hoặc không dấu đều được, ví dụ “seng cu” hay “chè shan tuyết”.',
  verifyPrompt: 'Có số chứng nhận in trên nhãn?',
  verifyLink: 'Kiểm tra chứng nhận',
  figuresTitle: 'Số liệu chính',
  figureProducts: 'sản phẩm OCOP còn hiệu lực chứng nhận',
  // The producers of the valid products above (ocopSummary), as the province's line below counts
  // them: one definition for both ("22 chủ thể OCOP" beside "… của 21 chủ thể" was two).
  figureProducers: 'chủ thể của các sản phẩm đó: hợp tác xã, doanh nghiệp, hộ kinh doanh…',
  figureNtm: 'xã đạt chuẩn nông thôn mới ở {province}',
  figureAsOf: 'Tính đến {date}.',
  figureNtmBeforeReform: 'Ngày {date}, trước khi sắp xếp đơn vị hành chính 01/07/2025.',
  figureNtmMore: 'Xem thống kê',
  featuredTitle: 'Sản phẩm 4–5 sao tiêu biểu',
  seeAll: 'Xem tất cả',
  sectorsTitle: 'Duyệt theo ngành hàng',
  placesTitle: 'Duyệt theo địa phương',
  provinceEn: '{name} province',
  provinceFigures: '{products} của {producers}',
  validProducts: { one: '{count} sản phẩm OCOP còn hiệu lực', other: '{count} sản phẩm OCOP còn hiệu lực' },
  producers: { one: '{count} chủ thể', other: '{count} chủ thể' },
  provinceProducts: 'Xem sản phẩm của tỉnh',
  districtsTitle: 'Theo huyện, thị xã, thành phố (đơn vị trước 01/07/2025)',
} as const;
