import { today } from '@ocop/db';
import { GraphQLError } from 'graphql';
import type { EntityManager } from 'typeorm';
import { OrderDirection, type CursorValue } from '../../common/connection';
import { badUserInput, type LocalizedError } from '../../common/errors';
import { SqlParams } from '../../common/sql/params';
import { givenUnitCodes } from '../../common/sql/unit-scope';
import { ocopCertificateService } from '../ocop-certificate/ocop-certificate.service';
import { CertificateStatus } from '../ocop-certificate/ocop-certificate.type';
import { ProducerType } from '../producer/producer.type';
import { OcopProductOrderField, type OcopProductFilter } from './ocop-product.inputs';
import {
  outputOrder,
  productCountSql,
  productPageSql,
  rowCursorValues,
  type ProductCriteria,
  type ProductOrdering,
} from './ocop-product.query';
import { ocopProductService, toOcopProduct } from './ocop-product.service';

/**
 * The catalogue as filtered now, as rows for a spreadsheet (catalogue-export.route.ts writes them
 * as CSV or XLSX). The filter is the portal catalogue's URL query (portal/src/components/catalogue/
 * catalogueUrl.ts: `q`, `stars=4,5`, `sector`, `group`, `province`, `district`, `type`,
 * `expired=1`, `sort`), plus `lang` (vi, en) for the headings; but checked strictly: an unknown
 * parameter, a repeated one or a bad value is a 400, never silently another list.
 *
 * At most EXPORT_MAX_ROWS rows, read in keyset chunks of EXPORT_CHUNK (the catalogue's own
 * statement, ordered as the catalogue orders), each written before the next is read: memory is
 * bounded by a chunk, and the number of statements by 1 + EXPORT_MAX_ROWS / EXPORT_CHUNK.
 */
export const EXPORT_MAX_ROWS = 5000;
export const EXPORT_CHUNK = 500;

export type ExportLanguage = 'vi' | 'en';

/** What an export asks for, checked. */
export interface ExportRequest {
  criteria: ProductCriteria;
  order: ProductOrdering;
  language: ExportLanguage;
  /** The filter as the reader set it, for the heading: [label key, value] in URL order. */
  filterText: string;
  /** The platform's day the export is of. */
  today: string;
}

const PARAMETERS = [
  'q',
  'stars',
  'sector',
  'group',
  'province',
  'district',
  'type',
  'expired',
  'sort',
  'lang',
];
const SORTS: Record<string, { field: OcopProductOrderField; direction: OrderDirection }> = {
  relevance: { field: OcopProductOrderField.RELEVANCE, direction: OrderDirection.DESC },
  stars: { field: OcopProductOrderField.STARS, direction: OrderDirection.DESC },
  name: { field: OcopProductOrderField.NAME, direction: OrderDirection.ASC },
  certified: { field: OcopProductOrderField.CERTIFIED_ON, direction: OrderDirection.DESC },
};

const LABELS = {
  vi: {
    title: 'Danh mục sản phẩm OCOP',
    date: 'Ngày xuất (theo nền tảng)',
    filter: 'Bộ lọc',
    noFilter: 'không có (sản phẩm còn hiệu lực)',
    count: (shown: number, total: number) =>
      shown < total
        ? `${shown.toLocaleString('vi-VN')} dòng đầu tiên trong ${total.toLocaleString('vi-VN')} sản phẩm (tối đa ${EXPORT_MAX_ROWS.toLocaleString('vi-VN')})`
        : `${total.toLocaleString('vi-VN')} sản phẩm`,
    filters: {
      q: 'Tìm',
      stars: 'Sao',
      sector: 'Ngành',
      group: 'Nhóm',
      province: 'Tỉnh',
      district: 'Huyện',
      type: 'Loại chủ thể',
      expired: 'Gồm cả hết hạn',
      sort: 'Sắp xếp',
    } as Record<string, string>,
    columns: [
      'Tên sản phẩm',
      'Sao',
      'Số giấy chứng nhận',
      'Trạng thái',
      'Ngày quyết định',
      'Hết hạn',
      'Chủ thể',
      'Loại chủ thể',
      'Địa bàn',
      'Liên kết',
    ],
    status: {
      [CertificateStatus.VALID]: 'Còn hiệu lực',
      [CertificateStatus.EXPIRED]: 'Hết hạn',
      [CertificateStatus.REVOKED]: 'Đã thu hồi',
      [CertificateStatus.SUPERSEDED]: 'Đã được thay thế',
    } as Record<string, string>,
    producerType: {
      [ProducerType.COOPERATIVE]: 'Hợp tác xã',
      [ProducerType.COOPERATIVE_GROUP]: 'Tổ hợp tác',
      [ProducerType.ENTERPRISE]: 'Doanh nghiệp',
      [ProducerType.HOUSEHOLD_BUSINESS]: 'Hộ kinh doanh',
    } as Record<string, string>,
  },
  en: {
    title: 'OCOP product catalogue',
    date: "Exported on (the platform's date)",
    filter: 'Filter',
    noFilter: 'none (valid products)',
    count: (shown: number, total: number) =>
      shown < total
        ? `the first ${shown.toLocaleString('en')} of ${total.toLocaleString('en')} products (at most ${EXPORT_MAX_ROWS.toLocaleString('en')})`
        : `${total.toLocaleString('en')} products`,
    filters: {
      q: 'Search',
      stars: 'Stars',
      sector: 'Sector',
      group: 'Group',
      province: 'Province',
      district: 'District',
      type: 'Producer type',
      expired: 'Expired included',
      sort: 'Order',
    } as Record<string, string>,
    columns: [
      'Product',
      'Stars',
      'Certificate number',
      'Status',
      'Decision date',
      'Expires on',
      'Producer',
      'Producer type',
      'Place',
      'Link',
    ],
    status: {
      [CertificateStatus.VALID]: 'Valid',
      [CertificateStatus.EXPIRED]: 'Expired',
      [CertificateStatus.REVOKED]: 'Revoked',
      [CertificateStatus.SUPERSEDED]: 'Superseded',
    } as Record<string, string>,
    producerType: {
      [ProducerType.COOPERATIVE]: 'Cooperative',
      [ProducerType.COOPERATIVE_GROUP]: 'Cooperative group',
      [ProducerType.ENTERPRISE]: 'Enterprise',
      [ProducerType.HOUSEHOLD_BUSINESS]: 'Household business',
    } as Record<string, string>,
  },
};

export const exportLabels = (language: ExportLanguage) => LABELS[language];

/**
 * The export a URL query asks for; a GraphQLError BAD_USER_INPUT (naming the parameter) when it
 * asks for something the catalogue would not list.
 */
export function exportRequest(query: Record<string, unknown>): ExportRequest {
  const values = new Map<string, string>();
  for (const [key, value] of Object.entries(query)) {
    if (!PARAMETERS.includes(key))
      throw badUserInput({ vi: `Không có tham số "${key}".`, en: `Unknown parameter "${key}".` }, key);
    if (typeof value !== 'string')
      throw badUserInput(
        { vi: `"${key}" chỉ được cho một lần, dạng văn bản.`, en: `"${key}" must be given once, as text.` },
        key,
      );
    values.set(key, value);
  }
  const get = (key: string): string | null => {
    const value = values.get(key)?.trim();
    return value ? value : null;
  };
  const language = get('lang') ?? 'vi';
  if (language !== 'vi' && language !== 'en')
    throw badUserInput({ vi: '"lang" là "vi" hoặc "en".', en: '"lang" is "vi" or "en".' }, 'lang');
  const expiredText = get('expired');
  if (expiredText !== null && !['0', '1', 'true', 'false'].includes(expiredText))
    throw badUserInput({ vi: '"expired" là 1 hoặc 0.', en: '"expired" is 1 or 0.' }, 'expired');
  const expired = expiredText === '1' || expiredText === 'true';
  const starsText = get('stars');
  const stars = starsText === null ? null : starsText.split(',').map((v) => Number(v.trim()));
  const typeText = get('type');
  const producerType = typeText === null ? null : typeText.toLowerCase().replace(/-/g, '_');
  if (producerType !== null && !(Object.values(ProducerType) as string[]).includes(producerType))
    throw badUserInput(
      {
        vi: `"type" là một trong ${Object.values(ProducerType).join(', ')}.`,
        en: `"type" is one of ${Object.values(ProducerType).join(', ')}.`,
      },
      'type',
    );
  const filter: OcopProductFilter = {
    search: get('q'),
    stars,
    sector: get('sector'),
    group: get('group'),
    provinceCode: get('province'),
    districtCode: get('district'),
    producerType: producerType as ProducerType | null,
    certificateStatus: expired
      ? [CertificateStatus.VALID, CertificateStatus.EXPIRED]
      : [CertificateStatus.VALID],
  };
  const criteria = withParameterNames(() => {
    const checked = ocopProductService.criteria(filter);
    givenUnitCodes(checked.units); // the codes' formats, checked here rather than when SQL is built
    return checked;
  });
  const sortText = get('sort') ?? (criteria.words ? 'relevance' : 'stars');
  const sort = SORTS[sortText];
  if (!sort)
    throw badUserInput(
      {
        vi: `"sort" là một trong ${Object.keys(SORTS).join(', ')}.`,
        en: `"sort" is one of ${Object.keys(SORTS).join(', ')}.`,
      },
      'sort',
    );
  const order = withParameterNames(() => ocopProductService.ordering(sort, criteria.words !== null));
  const labels = LABELS[language];
  const filterText = PARAMETERS.filter((key) => key !== 'lang' && get(key) !== null)
    .map((key) => `${labels.filters[key]}: ${get(key)}`)
    .join('; ');
  return { criteria, order, language, filterText: filterText || labels.noFilter, today: criteria.today };
}

/** The URL parameter of each API argument the catalogue's checks may name. */
const PARAMETER_OF: Record<string, string> = {
  search: 'q',
  stars: 'stars',
  sector: 'sector',
  group: 'group',
  provinceCode: 'province',
  districtCode: 'district',
  producerType: 'type',
  orderBy: 'sort',
};

/** Runs the API's checks, naming the URL parameter (not the API argument) in a refusal. */
function withParameterNames<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof GraphQLError && typeof error.extensions.argumentName === 'string') {
      const argument = error.extensions.argumentName;
      const localized = (error as LocalizedError).localized;
      throw badUserInput(localized ?? error.message, PARAMETER_OF[argument] ?? argument);
    }
    throw error;
  }
}

/** One product as a spreadsheet row (texts and numbers only). */
export interface ExportRow {
  name: string;
  stars: number | null;
  certificateNumber: string | null;
  status: string | null;
  decisionDate: string | null;
  expiresOn: string | null;
  producer: string | null;
  producerType: string | null;
  place: string;
  link: string;
  /** The product's global ID (the link's last part). */
  id: string;
}

/** How many products the export's filter selects (for the heading's "first 5,000 of N"). */
export async function exportTotal(db: EntityManager, request: ExportRequest): Promise<number> {
  const params = new SqlParams();
  const sql = productCountSql(request.criteria, params);
  const [row] = (await db.query(sql, params.values)) as { count: number }[];
  return row?.count ?? 0;
}

/**
 * The rows of the export, a chunk at a time (keyset over the catalogue's order), at most
 * EXPORT_MAX_ROWS in all. `portalOrigin` makes each row's link (`<origin>/products/<id>`).
 */
export async function* exportChunks(
  db: EntityManager,
  request: ExportRequest,
  portalOrigin: string,
): AsyncGenerator<ExportRow[]> {
  const labels = LABELS[request.language];
  let after: CursorValue[] | null = null;
  let sent = 0;
  while (sent < EXPORT_MAX_ROWS) {
    const limit = Math.min(EXPORT_CHUNK, EXPORT_MAX_ROWS - sent);
    const params = new SqlParams();
    const page = productPageSql(request.criteria, request.order, params, { limit, after });
    // The producer and the place (the commune and its parents) beside each row: one statement a chunk.
    const rows: Record<string, unknown>[] = await db.query(
      `SELECT x.*, pr.name AS export_producer, pr.type AS export_producer_type,
              concat_ws(', ', c.name, d.name, v.name) AS export_place
       FROM (${page.sql}) x
       LEFT JOIN producer pr ON pr.id = x.producer_id
       LEFT JOIN admin_unit c ON c.id = x.origin_commune_id
       LEFT JOIN admin_unit d ON d.id = c.parent_id
       LEFT JOIN admin_unit v ON v.id = d.parent_id
       ORDER BY ${outputOrder(page.arity, request.order.direction)}`,
      params.values,
    );
    if (rows.length === 0) return;
    yield rows.map((row) => {
      const product = toOcopProduct(row as never);
      const certificate = product.preloadedCurrentCertificate ?? null;
      const status = certificate ? ocopCertificateService.status(certificate, request.today) : null;
      return {
        id: product.id,
        name: product.name,
        stars: certificate?.stars ?? null,
        certificateNumber: certificate?.certificateNumber ?? null,
        status: status ? (labels.status[status] ?? status) : null,
        decisionDate: certificate?.decisionDate ?? null,
        expiresOn: certificate?.expiresOn ?? null,
        producer: (row.export_producer as string | null) ?? null,
        producerType: row.export_producer_type
          ? (labels.producerType[row.export_producer_type as string] ?? null)
          : null,
        place: row.export_place as string,
        link: `${portalOrigin}/products/${encodeURIComponent(product.id)}`,
      };
    });
    sent += rows.length;
    if (rows.length < limit) return;
    after = rowCursorValues(rows[rows.length - 1] as never, page.arity);
  }
}

/** Today as the export names its file: `ocop-products-2026-12-02`. */
export const exportFileName = (day: string = today()): string => `ocop-products-${day}`;
