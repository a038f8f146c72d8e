/**
 * The open-data datasets: what each holds, its columns (the data dictionary, in Vietnamese and
 * English) and the one SQL statement that streams its rows. Only what the API publishes is here:
 * no tax code, no internal notes, no accounts, nothing of withdrawn products or producers (the
 * certificates dataset keeps every decision, as the certificate check answers any number).
 *
 * Every statement takes the platform's day as $1 (statuses are as of that day) and yields rows
 * ordered by `province_code` (nulls last) then a stable key, so that one pass fills the national
 * file and, one after the other, each province's file.
 */

export type ColumnType = 'id' | 'text' | 'integer' | 'number' | 'boolean' | 'date';

export interface DatasetColumn {
  /** The CSV header and the JSON key. */
  name: string;
  type: ColumnType;
  /** For `id` columns: the GraphQL type of the global ID (the API's `id`, usable with `node(id:)`). */
  node?: string;
  vi: string;
  en: string;
}

export interface Dataset {
  id: DatasetId;
  titleVi: string;
  titleEn: string;
  descriptionVi: string;
  descriptionEn: string;
  columns: readonly DatasetColumn[];
  /** Selects every column by its name, plus `province_code`; $1 is the day, $2 and $3 the units' provinces (UNIT_AREA_SQL). */
  sql: string;
}

export const DATASET_IDS = [
  'products',
  'producers',
  'certificates',
  'communes',
  'criterion-results',
] as const;
export type DatasetId = (typeof DATASET_IDS)[number];

/**
 * The province of today of every unit (the 34 provinces after the 2025 reform, as of $1):
 * a commune of today, its province; a former commune, the province of the commune of today it
 * became (through unit_lineage, over any number of steps; when it was split across provinces,
 * the nearest successor, then the lowest code — each row lies in exactly one province file); a
 * village, its commune's; a district, the lowest of its communes'; a province, today's province
 * of the same code. Province names are those of the row valid on $1.
 */
export const UNIT_AREA_SQL = `WITH RECURSIVE
  provinces_today AS (
    SELECT code FROM admin_unit
    WHERE level = 'province' AND (valid_from IS NULL OR valid_from <= $1::date)
      AND (valid_to IS NULL OR valid_to > $1::date)),
  forward(origin, id, depth) AS (
    SELECT c.id, c.id, 0 FROM admin_unit c WHERE c.level = 'commune'
    UNION ALL
    SELECT f.origin, l.to_unit_id, f.depth + 1 FROM forward f JOIN unit_lineage l ON l.from_unit_id = f.id
    WHERE f.depth < 4),
  commune_area AS (
    SELECT DISTINCT ON (f.origin) f.origin AS unit_id, p.code AS province_code
    FROM forward f JOIN admin_unit c ON c.id = f.id
    JOIN admin_unit p ON p.id = c.parent_id AND p.level = 'province'
    WHERE c.level = 'commune' AND (c.valid_from IS NULL OR c.valid_from <= $1::date)
      AND (c.valid_to IS NULL OR c.valid_to > $1::date)
    ORDER BY f.origin, f.depth, p.code),
  unit_area AS (
    SELECT unit_id, province_code FROM commune_area
    UNION ALL
    SELECT v.id, ca.province_code FROM admin_unit v JOIN commune_area ca ON ca.unit_id = v.parent_id
    WHERE v.level = 'village'
    UNION ALL
    SELECT d.id, min(ca.province_code) FROM admin_unit d
    JOIN admin_unit c ON c.parent_id = d.id JOIN commune_area ca ON ca.unit_id = c.id
    WHERE d.level = 'district' GROUP BY d.id
    UNION ALL
    SELECT p.id, pt.code FROM admin_unit p JOIN provinces_today pt ON pt.code = p.code
    WHERE p.level = 'province')
  SELECT coalesce(array_agg(unit_id), '{}') AS unit_ids, coalesce(array_agg(province_code), '{}') AS province_codes
  FROM unit_area`;

/**
 * The datasets' common CTEs: the provinces of today and `unit_area`, the mapping above, read once
 * per generation and passed as two arrays ($2 ids, $3 codes): computed inside each statement, the
 * planner could not estimate the recursive CTE and joined it row by row (11 s for the communes).
 */
const UNIT_AREA_CTE = `
  provinces_today AS (
    SELECT code, name FROM admin_unit
    WHERE level = 'province' AND (valid_from IS NULL OR valid_from <= $1::date)
      AND (valid_to IS NULL OR valid_to > $1::date)),
  unit_area AS (SELECT * FROM unnest($2::uuid[], $3::text[]) AS a(unit_id, province_code))`;

const PROVINCE_COLUMNS: DatasetColumn[] = [
  {
    name: 'province_code',
    type: 'text',
    vi: 'Mã tỉnh, thành phố hiện nay (sau sắp xếp 2025, mã thống kê 2 chữ số).',
    en: 'Code of the province of today (after the 2025 reform, 2-digit GSO code).',
  },
  {
    name: 'province_name',
    type: 'text',
    vi: 'Tên tỉnh, thành phố hiện nay.',
    en: 'Name of the province of today.',
  },
];

const DEMO_COLUMN: DatasetColumn = {
  name: 'demo',
  type: 'boolean',
  vi: 'true: dữ liệu minh họa (bịa ra để trình diễn), không phải dữ liệu thật.',
  en: 'true: demonstration data (invented), not real records.',
};

const CERTIFICATE_COLUMNS: DatasetColumn[] = [
  {
    name: 'certificate_number',
    type: 'text',
    vi: 'Số giấy chứng nhận OCOP, như in trên nhãn.',
    en: 'OCOP certificate number, as printed on the label.',
  },
  { name: 'stars', type: 'integer', vi: 'Số sao (3 đến 5).', en: 'Stars awarded (3 to 5).' },
  {
    name: 'score',
    type: 'number',
    vi: 'Điểm trên 100 (Quyết định 148/QĐ-TTg).',
    en: 'Score out of 100 (Decision 148/QĐ-TTg).',
  },
  {
    name: 'decision_number',
    type: 'text',
    vi: 'Số quyết định công nhận.',
    en: 'Number of the certification decision.',
  },
  {
    name: 'decision_date',
    type: 'date',
    vi: 'Ngày quyết định; có hiệu lực từ ngày này.',
    en: 'Date of the decision; valid from that day.',
  },
  {
    name: 'issuer_level',
    type: 'text',
    vi: 'Cấp công nhận: district (huyện), province (tỉnh), national (trung ương).',
    en: 'Issuing level: district, province or national.',
  },
  { name: 'issuer_name', type: 'text', vi: 'Cơ quan công nhận.', en: 'The issuing authority.' },
  {
    name: 'expires_on',
    type: 'date',
    vi: 'Ngày đầu tiên hết hiệu lực (36 tháng sau quyết định).',
    en: 'First day no longer valid (36 months after the decision).',
  },
  {
    name: 'revoked_on',
    type: 'date',
    vi: 'Ngày bị thu hồi; trống nếu chưa từng bị thu hồi.',
    en: 'Day it was revoked; empty when never revoked.',
  },
  {
    name: 'status',
    type: 'text',
    vi: 'Tình trạng vào ngày của dữ liệu (as_of): valid (còn hiệu lực), expired (hết hạn), revoked (đã thu hồi), superseded (đã được thay thế).',
    en: 'Status on the data’s day (as_of): valid, expired, revoked or superseded.',
  },
];

const STATUS_SQL = (c: string) =>
  `ocop_certificate_status(${c}.decision_date, ${c}.expires_on, ${c}.revoked_on, ${c}.superseded_on, $1::date)`;

const CERTIFICATE_SELECT = (c: string) => `
  ${c}.certificate_number, ${c}.stars, ${c}.score::float8 AS score, ${c}.decision_number,
  ${c}.decision_date::text AS decision_date, ${c}.issuer_level, ${c}.issuer_name,
  ${c}.expires_on::text AS expires_on, ${c}.revoked_on::text AS revoked_on, ${STATUS_SQL(c)} AS status`;

const products: Dataset = {
  id: 'products',
  titleVi: 'Sản phẩm OCOP và giấy chứng nhận hiện hành',
  titleEn: 'OCOP products with their current certificate',
  descriptionVi:
    'Mỗi dòng một sản phẩm đã từng được công nhận OCOP (chưa bị rút khỏi danh mục), với giấy chứng nhận mới nhất và tình trạng của nó vào ngày của dữ liệu.',
  descriptionEn:
    'One row per product ever OCOP-certified (not withdrawn), with its latest certificate and that certificate’s status on the data’s day.',
  columns: [
    {
      name: 'product_id',
      type: 'id',
      node: 'OcopProduct',
      vi: 'Mã sản phẩm (ID của API).',
      en: 'Product ID (the API’s).',
    },
    { name: 'name', type: 'text', vi: 'Tên sản phẩm.', en: 'Product name.' },
    {
      name: 'product_set_code',
      type: 'text',
      vi: 'Mã bộ sản phẩm OCOP (phân loại theo Quyết định 148).',
      en: 'OCOP product set code (Decision 148 classification).',
    },
    { name: 'product_set_name', type: 'text', vi: 'Tên bộ sản phẩm.', en: 'Product set name (Vietnamese).' },
    {
      name: 'producer_id',
      type: 'id',
      node: 'Producer',
      vi: 'Mã chủ thể sản xuất (ID của API).',
      en: 'Producer ID (the API’s).',
    },
    { name: 'producer_name', type: 'text', vi: 'Tên chủ thể.', en: 'Producer name.' },
    {
      name: 'commune_code',
      type: 'text',
      vi: 'Mã xã nơi sản xuất, như khi được ghi nhận (có thể là xã trước 2025).',
      en: 'Code of the commune where it is made, as recorded (may be a pre-2025 commune).',
    },
    { name: 'commune_name', type: 'text', vi: 'Tên xã nơi sản xuất.', en: 'Name of that commune.' },
    ...PROVINCE_COLUMNS,
    ...CERTIFICATE_COLUMNS,
    DEMO_COLUMN,
  ],
  sql: `WITH ${UNIT_AREA_CTE}
    SELECT a.province_code, pt.name AS province_name, p.id AS product_id, p.name, ps.code AS product_set_code,
      ps.name_vi AS product_set_name, pr.id AS producer_id, pr.name AS producer_name, u.code AS commune_code,
      u.name AS commune_name, ${CERTIFICATE_SELECT('cc')}, p.demo
    FROM ocop_product p
    JOIN ocop_certificate cc ON cc.id = p.current_certificate_id AND cc.decision_date <= $1::date
    JOIN producer pr ON pr.id = p.producer_id
    LEFT JOIN ocop_product_set ps ON ps.id = p.product_set_id
    LEFT JOIN admin_unit u ON u.id = p.origin_commune_id
    LEFT JOIN unit_area a ON a.unit_id = p.origin_commune_id
    LEFT JOIN provinces_today pt ON pt.code = a.province_code
    WHERE p.deleted_at IS NULL
    ORDER BY a.province_code NULLS LAST, p.id`,
};

const producers: Dataset = {
  id: 'producers',
  titleVi: 'Chủ thể OCOP',
  titleEn: 'OCOP producers',
  descriptionVi:
    'Mỗi dòng một chủ thể (HTX, tổ hợp tác, doanh nghiệp, hộ kinh doanh) đang có trên nền tảng, với thông tin liên hệ mà chủ thể công bố. Không có mã số thuế.',
  descriptionEn:
    'One row per producer (cooperative, cooperative group, enterprise, household business) listed on the platform, with the contact details it publishes. No tax code.',
  columns: [
    {
      name: 'producer_id',
      type: 'id',
      node: 'Producer',
      vi: 'Mã chủ thể (ID của API).',
      en: 'Producer ID (the API’s).',
    },
    { name: 'name', type: 'text', vi: 'Tên chủ thể.', en: 'Producer name.' },
    {
      name: 'type',
      type: 'text',
      vi: 'Loại hình: cooperative (HTX), cooperative_group (tổ hợp tác), enterprise (doanh nghiệp), household_business (hộ kinh doanh).',
      en: 'Legal form: cooperative, cooperative_group, enterprise or household_business.',
    },
    {
      name: 'commune_code',
      type: 'text',
      vi: 'Mã xã nơi đăng ký, như khi được ghi nhận.',
      en: 'Code of the commune where it is registered, as recorded.',
    },
    { name: 'commune_name', type: 'text', vi: 'Tên xã nơi đăng ký.', en: 'Name of that commune.' },
    ...PROVINCE_COLUMNS,
    { name: 'address', type: 'text', vi: 'Địa chỉ.', en: 'Postal address.' },
    { name: 'representative', type: 'text', vi: 'Người đại diện.', en: 'Representative.' },
    { name: 'phone', type: 'text', vi: 'Điện thoại.', en: 'Phone number.' },
    { name: 'email', type: 'text', vi: 'Thư điện tử.', en: 'E-mail address.' },
    { name: 'website', type: 'text', vi: 'Trang web.', en: 'Website.' },
    { name: 'established_year', type: 'integer', vi: 'Năm thành lập.', en: 'Year established.' },
    {
      name: 'valid_products',
      type: 'integer',
      vi: 'Số sản phẩm có giấy chứng nhận còn hiệu lực vào ngày của dữ liệu.',
      en: 'Products with a valid certificate on the data’s day.',
    },
    DEMO_COLUMN,
  ],
  sql: `WITH ${UNIT_AREA_CTE}
    SELECT a.province_code, pt.name AS province_name, pr.id AS producer_id, pr.name, pr.type,
      u.code AS commune_code, u.name AS commune_name, pr.address, pr.representative, pr.phone, pr.email,
      pr.website, pr.established_year,
      (SELECT count(*)::int FROM ocop_product p
       WHERE p.producer_id = pr.id AND p.deleted_at IS NULL
         AND ocop_certificate_status_in(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
               p.current_superseded_on, $1::date, ARRAY['valid'])) AS valid_products,
      pr.demo
    FROM producer pr
    LEFT JOIN admin_unit u ON u.id = pr.commune_id
    LEFT JOIN unit_area a ON a.unit_id = pr.commune_id
    LEFT JOIN provinces_today pt ON pt.code = a.province_code
    WHERE pr.deleted_at IS NULL
    ORDER BY a.province_code NULLS LAST, pr.id`,
};

const certificates: Dataset = {
  id: 'certificates',
  titleVi: 'Giấy chứng nhận OCOP',
  titleEn: 'OCOP certificates',
  descriptionVi:
    'Mỗi dòng một quyết định công nhận OCOP (mọi tình trạng), theo tỉnh nơi sản phẩm được sản xuất.',
  descriptionEn:
    'One row per OCOP certification decision (any status), by the province where the product is made.',
  columns: [
    {
      name: 'certificate_id',
      type: 'id',
      node: 'OcopCertificate',
      vi: 'Mã giấy chứng nhận (ID của API).',
      en: 'Certificate ID (the API’s).',
    },
    ...CERTIFICATE_COLUMNS,
    {
      name: 'revocation_reason',
      type: 'text',
      vi: 'Lý do thu hồi, nếu có.',
      en: 'Why it was revoked, when it was.',
    },
    {
      name: 'superseded_on',
      type: 'date',
      vi: 'Ngày được thay thế bởi lần công nhận lại; trống nếu không.',
      en: 'Day a re-certification replaced it; empty otherwise.',
    },
    {
      name: 'product_id',
      type: 'id',
      node: 'OcopProduct',
      vi: 'Mã sản phẩm (ID của API).',
      en: 'Product ID (the API’s).',
    },
    { name: 'product_name', type: 'text', vi: 'Tên sản phẩm.', en: 'Product name.' },
    { name: 'producer_name', type: 'text', vi: 'Tên chủ thể.', en: 'Producer name.' },
    ...PROVINCE_COLUMNS,
    DEMO_COLUMN,
  ],
  sql: `WITH ${UNIT_AREA_CTE}
    SELECT a.province_code, pt.name AS province_name, c.id AS certificate_id, ${CERTIFICATE_SELECT('c')},
      c.revocation_reason, c.superseded_on::text AS superseded_on, p.id AS product_id, p.name AS product_name,
      pr.name AS producer_name, c.demo
    FROM ocop_certificate c
    JOIN ocop_product p ON p.id = c.product_id
    JOIN producer pr ON pr.id = p.producer_id
    LEFT JOIN unit_area a ON a.unit_id = p.origin_commune_id
    LEFT JOIN provinces_today pt ON pt.code = a.province_code
    WHERE c.decision_date <= $1::date
    ORDER BY a.province_code NULLS LAST, c.id`,
};

const communes: Dataset = {
  id: 'communes',
  titleVi: 'Xã và tình trạng nông thôn mới',
  titleEn: 'Communes and their NTM status',
  descriptionVi:
    'Mỗi dòng một xã, phường, thị trấn, đặc khu — cả trước và sau sắp xếp ngày 1/7/2025 — với mức đạt chuẩn nông thôn mới cao nhất đang có hiệu lực vào ngày của dữ liệu. Xã cũ thuộc tỉnh hiện nay của xã mà nó trở thành.',
  descriptionEn:
    'One row per commune-level unit — before and after the 1 July 2025 reform — with the highest NTM tier in force on the data’s day. A former commune belongs to the province of today of the commune it became.',
  columns: [
    {
      name: 'unit_id',
      type: 'id',
      node: 'AdministrativeUnit',
      vi: 'Mã đơn vị (ID của API).',
      en: 'Unit ID (the API’s).',
    },
    {
      name: 'code',
      type: 'text',
      vi: 'Mã xã (mã thống kê 5 chữ số).',
      en: 'Commune code (5-digit GSO code).',
    },
    { name: 'name', type: 'text', vi: 'Tên xã.', en: 'Name.' },
    {
      name: 'unit_type',
      type: 'text',
      vi: 'Loại đơn vị: Xã, Phường, Thị trấn, Đặc khu.',
      en: 'Unit type as written in Vietnamese: Xã, Phường, Thị trấn, Đặc khu.',
    },
    {
      name: 'valid_from',
      type: 'date',
      vi: 'Ngày bắt đầu tồn tại dưới dạng này; trống nếu có từ trước khi có dữ liệu.',
      en: 'First day it existed in this form; empty when it predates the records.',
    },
    {
      name: 'valid_to',
      type: 'date',
      vi: 'Ngày thôi tồn tại dưới dạng này (không tính); trống nếu vẫn còn.',
      en: 'First day it no longer existed in this form; empty while it exists.',
    },
    {
      name: 'exists_today',
      type: 'boolean',
      vi: 'true nếu xã tồn tại vào ngày của dữ liệu.',
      en: 'true when it exists on the data’s day.',
    },
    ...PROVINCE_COLUMNS,
    {
      name: 'ntm_status',
      type: 'text',
      vi: 'Mức nông thôn mới vào ngày của dữ liệu: none (chưa đạt), standard (đạt chuẩn), advanced (nâng cao), model (kiểu mẫu).',
      en: 'NTM status on the data’s day: none, standard, advanced or model.',
    },
    {
      name: 'recognition_decision',
      type: 'text',
      vi: 'Số quyết định công nhận mức đó (quyết định mới nhất).',
      en: 'Number of the decision recognising that tier (the latest).',
    },
    {
      name: 'recognition_date',
      type: 'date',
      vi: 'Ngày quyết định đó.',
      en: 'Date of that decision.',
    },
    {
      name: 'standard_year',
      type: 'integer',
      vi: 'Năm đạt chuẩn ghi trong quyết định.',
      en: 'The year the decision certifies.',
    },
    DEMO_COLUMN,
  ],
  sql: `WITH ${UNIT_AREA_CTE}
    SELECT a.province_code, pt.name AS province_name, u.id AS unit_id, u.code, u.name, u.unit_type,
      u.valid_from::text AS valid_from, u.valid_to::text AS valid_to,
      ((u.valid_from IS NULL OR u.valid_from <= $1::date) AND (u.valid_to IS NULL OR u.valid_to > $1::date))
        AS exists_today,
      coalesce(r.tier, 'none') AS ntm_status, r.decision_number AS recognition_decision,
      r.decision_date::text AS recognition_date, r.standard_year, u.demo
    FROM admin_unit u
    LEFT JOIN unit_area a ON a.unit_id = u.id
    LEFT JOIN provinces_today pt ON pt.code = a.province_code
    LEFT JOIN LATERAL (
      SELECT rr.tier, rr.decision_number, rr.decision_date, rr.standard_year FROM recognition rr
      WHERE rr.unit_id = u.id AND rr.decision_date <= $1::date AND (rr.revoked_on IS NULL OR rr.revoked_on > $1::date)
      ORDER BY array_position(ARRAY['standard', 'advanced', 'model']::text[], rr.tier) DESC, rr.decision_date DESC
      LIMIT 1) r ON true
    WHERE u.level = 'commune'
    ORDER BY a.province_code NULLS LAST, u.code, u.valid_from NULLS FIRST, u.id`,
};

const criterionResults: Dataset = {
  id: 'criterion-results',
  titleVi: 'Kết quả đánh giá theo từng tiêu chí nông thôn mới',
  titleEn: 'NTM evaluations: results per criterion',
  descriptionVi:
    'Mỗi dòng một tiêu chí trong một lần đánh giá một đơn vị (xã, thôn bản, huyện) theo một bộ tiêu chí: đạt hay chưa đạt.',
  descriptionEn:
    'One row per criterion of one evaluation of a unit (commune, village, district) against a criteria set: met or not.',
  columns: [
    {
      name: 'evaluation_id',
      type: 'id',
      node: 'Evaluation',
      vi: 'Mã lần đánh giá (ID của API).',
      en: 'Evaluation ID (the API’s).',
    },
    { name: 'evaluated_on', type: 'date', vi: 'Ngày đánh giá.', en: 'Day of the evaluation.' },
    { name: 'assessor', type: 'text', vi: 'Cơ quan đánh giá.', en: 'Who assessed.' },
    {
      name: 'unit_level',
      type: 'text',
      vi: 'Cấp đơn vị: commune (xã), village (thôn, bản), district (huyện), province (tỉnh).',
      en: 'Level of the unit: commune, village, district or province.',
    },
    {
      name: 'unit_code',
      type: 'text',
      vi: 'Mã đơn vị (thôn, bản không có mã).',
      en: 'Code of the unit (villages have none).',
    },
    { name: 'unit_name', type: 'text', vi: 'Tên đầy đủ của đơn vị.', en: 'Full name of the unit.' },
    ...PROVINCE_COLUMNS,
    {
      name: 'criteria_set_code',
      type: 'text',
      vi: 'Mã bộ tiêu chí (ví dụ NTM-COMMUNE-2021-2025).',
      en: 'Criteria set code (e.g. NTM-COMMUNE-2021-2025).',
    },
    {
      name: 'criteria_set_name',
      type: 'text',
      vi: 'Tên bộ tiêu chí.',
      en: 'Criteria set name (Vietnamese).',
    },
    {
      name: 'criterion_number',
      type: 'integer',
      vi: 'Số thứ tự tiêu chí trong bộ.',
      en: 'Number of the criterion in its set.',
    },
    {
      name: 'criterion_name_vi',
      type: 'text',
      vi: 'Tên tiêu chí (tiếng Việt).',
      en: 'Criterion name, Vietnamese.',
    },
    {
      name: 'criterion_name_en',
      type: 'text',
      vi: 'Tên tiêu chí (tiếng Anh).',
      en: 'Criterion name, English.',
    },
    { name: 'met', type: 'boolean', vi: 'true: đạt; false: chưa đạt.', en: 'true: met; false: not met yet.' },
    { name: 'note', type: 'text', vi: 'Ghi chú về tiêu chí.', en: 'Remarks on the criterion.' },
    DEMO_COLUMN,
  ],
  sql: `WITH ${UNIT_AREA_CTE}
    SELECT a.province_code, pt.name AS province_name, e.id AS evaluation_id, e.evaluated_on::text AS evaluated_on,
      e.assessor, u.level AS unit_level, u.code AS unit_code, u.full_name AS unit_name,
      s.code AS criteria_set_code, s.name_vi AS criteria_set_name, k.number AS criterion_number,
      k.name_vi AS criterion_name_vi, k.name_en AS criterion_name_en, r.met, r.note, e.demo
    FROM criterion_result r
    JOIN evaluation e ON e.id = r.evaluation_id
    JOIN criterion k ON k.id = r.criterion_id
    JOIN criteria_set s ON s.id = e.criteria_set_id
    JOIN admin_unit u ON u.id = e.unit_id
    LEFT JOIN unit_area a ON a.unit_id = e.unit_id
    LEFT JOIN provinces_today pt ON pt.code = a.province_code
    WHERE e.evaluated_on <= $1::date
    ORDER BY a.province_code NULLS LAST, e.id, k.number`,
};

export const DATASETS: readonly Dataset[] = [products, producers, certificates, communes, criterionResults];

/**
 * The licence of the files. CC BY 4.0: anyone may copy, redistribute and adapt the data, also
 * commercially (marketplaces listing OCOP products are among the intended users), crediting the
 * source; the usual choice of government open-data portals. The administrative units come from
 * sources under the MIT licence (db/reference/admin-units/README.md), which allows this.
 */
export const LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  attributionVi: 'Nguồn: Nền tảng dữ liệu mở NTM · OCOP.',
  attributionEn: 'Source: NTM · OCOP open data platform.',
  unitsNoteVi:
    'Danh mục đơn vị hành chính lấy từ thanglequoc/vietnamese-provinces-database và dvhcvn (giấy phép MIT, theo dữ liệu của Tổng cục Thống kê).',
  unitsNoteEn:
    'Administrative units come from thanglequoc/vietnamese-provinces-database and dvhcvn (MIT licence, from the GSO’s data).',
} as const;
