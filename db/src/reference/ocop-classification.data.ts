/*
 * OCOP product classification (phân loại sản phẩm OCOP): 6 sectors (ngành) → 17 groups (nhóm)
 * → 26 product sets (bộ sản phẩm), after Decision 148/QĐ-TTg of 24/02/2023, Appendix I.
 * A product set is the leaf the scoring sheet (Appendix II) is chosen by.
 *
 * What was confirmed, and from where (the decision text itself could not be read):
 * - The counts 6 / 17 / 26 and the per-sector split (Food 6 groups / 13 sets, Beverages 2 / 4,
 *   Herbal 3 / 3, Handicrafts 2 / 2, Ornamentals 3 / 3, Tourism 1 / 1): the project's domain
 *   notes and public implementations of the classification on GitHub (searched through the code
 *   index).
 * - The 6 sector names and the 17 group names: an OCOP app of Bến Tre province
 *   (ocopbentre.girc.edu.vn, 148-era, with districts) whose product_categories / product_groups
 *   lists match these names exactly (its "Cà phê, cao cao" is read as a typo for "ca cao").
 * - The 26 product-set names and their order 1–26: a 2024 seed of the 26 OCOP scoring sheets
 *   (Bà Rịa - Vũng Tàu, "OCOP - 1. Bộ sản phẩm_ Rau, củ, quả, hạt tươi" … "26. … Dịch vụ du lịch
 *   cộng đồng, du lịch sinh thái và điểm du lịch"), i.e. the Appendix II sheet titles.
 *
 * What was reconstructed:
 * - Codes: the decision numbers sectors with Roman numerals (I–VI), groups 1, 2, … within a sector
 *   and, in the Food sector, sub-groups (phân nhóm) a, b, …; here they are written as '1', '1.1',
 *   '1.1.1'. For sectors 3–6, whose groups are not subdivided, the single product set of a group
 *   gets code 'x.y.1'.
 * - Product-set names are the Appendix II sheet titles; the Appendix I sub-group wording may
 *   differ slightly (e.g. "Chè tươi, chế biến" vs "Chè tươi, chè chế biến"). Set 1.3.4 is given
 *   as in the 2024 seed; a later text extends it to "… các sản phẩm từ mật ong, mật khác và
 *   nông sản thực phẩm khác". Set 3.1.1 also appears as "… thuốc từ dược liệu …" in one source.
 * - English names are our translations.
 *
 * Note: a public repository cites a newer Decision 26/2026/QĐ-TTg (22/05/2026) replacing 148
 * with the same 6 / 17 / 26 shape and slightly different names (e.g. "dược liệu" instead of
 * "thảo dược" in sector 3). It was not verified.
 *
 * All strings are Unicode NFC.
 */

export interface OcopProductSetSeed {
  code: string;
  nameVi: string;
  nameEn: string;
}

export interface OcopGroupSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  productSets: OcopProductSetSeed[];
}

export interface OcopSectorSeed {
  code: string;
  nameVi: string;
  nameEn: string;
  groups: OcopGroupSeed[];
}

export const OCOP_LEGAL_BASIS = 'Quyết định 148/QĐ-TTg ngày 24/02/2023, Phụ lục I';

export const OCOP_CLASSIFICATION: readonly OcopSectorSeed[] = [
  {
    code: '1',
    nameVi: 'Thực phẩm',
    nameEn: 'Food',
    groups: [
      {
        code: '1.1',
        nameVi: 'Thực phẩm tươi sống',
        nameEn: 'Fresh food',
        productSets: [
          {
            code: '1.1.1',
            nameVi: 'Rau, củ, quả, hạt tươi',
            nameEn: 'Fresh vegetables, tubers, fruits and nuts',
          },
          {
            code: '1.1.2',
            nameVi: 'Thịt, thủy sản, trứng, sữa tươi',
            nameEn: 'Fresh meat, aquatic products, eggs and milk',
          },
        ],
      },
      {
        code: '1.2',
        nameVi: 'Thực phẩm thô, sơ chế',
        nameEn: 'Raw and pre-processed food',
        productSets: [
          {
            code: '1.2.1',
            nameVi: 'Gạo, ngũ cốc, hạt sơ chế khác',
            nameEn: 'Rice, cereals and other pre-processed grains and nuts',
          },
          {
            code: '1.2.2',
            nameVi: 'Mật ong, mật khác và nông sản thực phẩm khác',
            nameEn: 'Honey, other syrups and other farm food products',
          },
        ],
      },
      {
        code: '1.3',
        nameVi: 'Thực phẩm chế biến',
        nameEn: 'Processed food',
        productSets: [
          { code: '1.3.1', nameVi: 'Đồ ăn nhanh', nameEn: 'Convenience food' },
          {
            code: '1.3.2',
            nameVi: 'Chế biến từ gạo, ngũ cốc',
            nameEn: 'Processed from rice and cereals',
          },
          {
            code: '1.3.3',
            nameVi: 'Chế biến từ rau, củ, quả, hạt',
            nameEn: 'Processed from vegetables, tubers, fruits and nuts',
          },
          {
            code: '1.3.4',
            nameVi: 'Chế biến từ thịt, thủy sản, trứng, sữa, các sản phẩm từ mật ong',
            nameEn: 'Processed from meat, aquatic products, eggs, milk; honey products',
          },
        ],
      },
      {
        code: '1.4',
        nameVi: 'Gia vị',
        nameEn: 'Spices and condiments',
        productSets: [
          {
            code: '1.4.1',
            nameVi: 'Tương, nước mắm, gia vị dạng lỏng khác',
            nameEn: 'Soy and bean sauces, fish sauce and other liquid condiments',
          },
          {
            code: '1.4.2',
            nameVi: 'Gia vị khác (muối, hành, tỏi, tiêu,...)',
            nameEn: 'Other spices (salt, onion, garlic, pepper, etc.)',
          },
        ],
      },
      {
        code: '1.5',
        nameVi: 'Chè',
        nameEn: 'Tea',
        productSets: [
          {
            code: '1.5.1',
            nameVi: 'Chè tươi, chè chế biến',
            nameEn: 'Fresh and processed tea',
          },
          {
            code: '1.5.2',
            nameVi: 'Sản phẩm trà từ thực vật khác',
            nameEn: 'Tea-like products from other plants',
          },
        ],
      },
      {
        code: '1.6',
        nameVi: 'Cà phê, ca cao',
        nameEn: 'Coffee and cocoa',
        productSets: [{ code: '1.6.1', nameVi: 'Cà phê, ca cao', nameEn: 'Coffee and cocoa' }],
      },
    ],
  },
  {
    code: '2',
    nameVi: 'Đồ uống',
    nameEn: 'Beverages',
    groups: [
      {
        code: '2.1',
        nameVi: 'Đồ uống có cồn',
        nameEn: 'Alcoholic beverages',
        productSets: [
          { code: '2.1.1', nameVi: 'Rượu trắng', nameEn: 'White spirits (rice liquor)' },
          {
            code: '2.1.2',
            nameVi: 'Đồ uống có cồn khác',
            nameEn: 'Other alcoholic beverages',
          },
        ],
      },
      {
        code: '2.2',
        nameVi: 'Đồ uống không cồn',
        nameEn: 'Non-alcoholic beverages',
        productSets: [
          {
            code: '2.2.1',
            nameVi: 'Nước khoáng thiên nhiên, nước uống tinh khiết đóng chai',
            nameEn: 'Natural mineral water and bottled purified drinking water',
          },
          {
            code: '2.2.2',
            nameVi: 'Đồ uống không cồn khác',
            nameEn: 'Other non-alcoholic beverages',
          },
        ],
      },
    ],
  },
  {
    code: '3',
    nameVi: 'Dược liệu và sản phẩm từ dược liệu',
    nameEn: 'Medicinal herbs and herbal products',
    groups: [
      {
        code: '3.1',
        nameVi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
        nameEn: 'Health supplements, herbal medicines and traditional medicines',
        productSets: [
          {
            code: '3.1.1',
            nameVi: 'Thực phẩm chức năng, thuốc dược liệu, thuốc y học cổ truyền',
            nameEn: 'Health supplements, herbal medicines and traditional medicines',
          },
        ],
      },
      {
        code: '3.2',
        nameVi: 'Mỹ phẩm có thành phần từ thảo dược',
        nameEn: 'Cosmetics with herbal ingredients',
        productSets: [
          {
            code: '3.2.1',
            nameVi: 'Mỹ phẩm có thành phần từ thảo dược',
            nameEn: 'Cosmetics with herbal ingredients',
          },
        ],
      },
      {
        code: '3.3',
        nameVi: 'Tinh dầu và thảo dược khác',
        nameEn: 'Essential oils and other herbal products',
        productSets: [
          {
            code: '3.3.1',
            nameVi: 'Tinh dầu và thảo dược khác',
            nameEn: 'Essential oils and other herbal products',
          },
        ],
      },
    ],
  },
  {
    code: '4',
    nameVi: 'Thủ công mỹ nghệ',
    nameEn: 'Handicrafts',
    groups: [
      {
        code: '4.1',
        nameVi: 'Thủ công mỹ nghệ gia dụng, trang trí',
        nameEn: 'Household and decorative handicrafts',
        productSets: [
          {
            code: '4.1.1',
            nameVi: 'Thủ công mỹ nghệ gia dụng, trang trí',
            nameEn: 'Household and decorative handicrafts',
          },
        ],
      },
      {
        code: '4.2',
        nameVi: 'Vải, may mặc',
        nameEn: 'Textiles and garments',
        productSets: [{ code: '4.2.1', nameVi: 'Vải, may mặc', nameEn: 'Textiles and garments' }],
      },
    ],
  },
  {
    code: '5',
    nameVi: 'Sinh vật cảnh',
    nameEn: 'Ornamental plants and animals',
    groups: [
      {
        code: '5.1',
        nameVi: 'Hoa',
        nameEn: 'Flowers',
        productSets: [{ code: '5.1.1', nameVi: 'Hoa', nameEn: 'Flowers' }],
      },
      {
        code: '5.2',
        nameVi: 'Cây cảnh',
        nameEn: 'Ornamental plants',
        productSets: [{ code: '5.2.1', nameVi: 'Cây cảnh', nameEn: 'Ornamental plants' }],
      },
      {
        code: '5.3',
        nameVi: 'Động vật cảnh',
        nameEn: 'Ornamental animals',
        productSets: [{ code: '5.3.1', nameVi: 'Động vật cảnh', nameEn: 'Ornamental animals' }],
      },
    ],
  },
  {
    code: '6',
    nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
    nameEn: 'Community tourism, eco-tourism and tourist-site services',
    groups: [
      {
        code: '6.1',
        nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
        nameEn: 'Community tourism, eco-tourism and tourist-site services',
        productSets: [
          {
            code: '6.1.1',
            nameVi: 'Dịch vụ du lịch cộng đồng, du lịch sinh thái và điểm du lịch',
            nameEn: 'Community tourism, eco-tourism and tourist-site services',
          },
        ],
      },
    ],
  },
];
