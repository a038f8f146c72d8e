import { today as clockToday } from '@ocop/db';
import ExcelJS from 'exceljs';
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Answer } from './client';
import { gql } from './gql';
import type { ExportCatalogueQuery, OcopProductFilter, OcopProductOrder } from './gql/graphql';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * GET /export/products.csv and .xlsx (server/src/modules/ocop-product/catalogue-export.route.ts),
 * over HTTP on a platform of its own (the cap test adds 5,050 products): both files read back
 * (the XLSX with exceljs, the CSV parsed here) and compared, row by row, with what the API answers
 * for the same filter and order.
 */

const CATALOGUE = gql(`
  query ExportCatalogue($after: String, $filter: OcopProductFilter, $orderBy: OcopProductOrder) {
    ocopProducts(first: 100, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id name stars
        producer { name }
        originCommune { name parent { name parent { name } } }
        currentCertificate { certificateNumber decisionDate expiresOn status }
      }
    }
  }`);

type Node = ExportCatalogueQuery['ocopProducts']['nodes'][number];

const STATUS_VI: Record<string, string> = {
  VALID: 'Còn hiệu lực',
  EXPIRED: 'Hết hạn',
  REVOKED: 'Đã thu hồi',
  SUPERSEDED: 'Đã được thay thế',
};

let demo: DemoPlatform;
let today: string;

beforeAll(async () => {
  // The API's request budget on (test platforms run without one): the exports share it.
  demo = await startDemoPlatform('ocop_export', { RATE_LIMIT_PER_MINUTE: '6000' });
  today = clockToday();
});

afterAll(async () => {
  await demo?.stop();
});

/** Every product the API lists for a filter and order (all pages). */
async function apiRows(filter: OcopProductFilter, orderBy?: OcopProductOrder): Promise<Node[]> {
  const nodes: Node[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i += 1) {
    const answer: Answer<ExportCatalogueQuery> = await demo.client.request(CATALOGUE, {
      after,
      filter,
      orderBy,
    });
    expect(answer.body.errors, JSON.stringify(answer.body.errors)).toBeUndefined();
    const page: ExportCatalogueQuery['ocopProducts'] = answer.body.data!.ocopProducts;
    nodes.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return nodes;
    after = page.pageInfo.endCursor ?? null;
  }
  throw new Error('too many pages');
}

/** The cells the export writes for an API node, in its column order (Vietnamese). */
function expectedCells(node: Node, baseUrl: string): (string | number | null)[] {
  const c = node.currentCertificate;
  const commune = node.originCommune;
  const place = [commune?.name, commune?.parent?.name, commune?.parent?.parent?.name]
    .filter(Boolean)
    .join(', ');
  return [
    node.name,
    node.stars ?? null,
    c?.certificateNumber ?? null,
    c ? STATUS_VI[c.status!]! : null,
    c?.decisionDate ?? null,
    c?.expiresOn ?? null,
    node.producer.name,
    null, // producer type: checked apart
    place,
    `${baseUrl}/products/${encodeURIComponent(node.id)}`,
  ];
}

/** RFC 4180 CSV (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += ch;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

async function download(path: string): Promise<Response> {
  return fetch(`${demo.baseUrl}${path}`);
}

/** A CSV answer's text, its byte-order mark checked and removed (fetch's text() would drop it silently). */
async function csvText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
}

/** The data rows of an export (after the heading, the blank line and the header row). */
function dataRows(rows: string[][] | (string | number | null)[][], header: string): typeof rows {
  const at = rows.findIndex((row) => row[0] === header);
  expect(at, 'the header row').toBeGreaterThan(0);
  return rows.slice(at + 1);
}

async function readXlsx(response: Response): Promise<(string | number | null)[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.read(Readable.from(Buffer.from(await response.arrayBuffer())));
  const sheet = workbook.worksheets[0]!;
  const rows: (string | number | null)[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values = (row.values as (string | number | null | undefined)[]).slice(1);
    rows.push(Array.from({ length: 10 }, (_, i) => values[i] ?? null));
  });
  return rows;
}

describe('catalogue export', () => {
  it('CSV: the rows the API lists for the same filter and order, with the date and the filter on top', async () => {
    const response = await download('/export/products.csv?stars=4,5&sort=name&expired=1');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ocop-products-${today}.csv"`,
    );
    const rows = parseCsv(await csvText(response));
    expect(rows[1]).toEqual(['Ngày xuất (theo nền tảng)', today]);
    expect(rows[2]![0]).toBe('Bộ lọc');
    expect(rows[2]![1]).toContain('Sao: 4,5');
    expect(rows[2]![1]).toContain('Gồm cả hết hạn: 1');

    const expected = await apiRows(
      { stars: [4, 5], certificateStatus: ['VALID', 'EXPIRED'] },
      { field: 'NAME', direction: 'ASC' },
    );
    expect(expected.length).toBeGreaterThan(1);
    const data = dataRows(rows, 'Tên sản phẩm') as string[][];
    expect(data).toHaveLength(expected.length);
    expected.forEach((node, i) => {
      const cells = expectedCells(node, demo.baseUrl).map((v) => (v === null ? '' : String(v)));
      const got = data[i]!.slice();
      got[7] = '';
      cells[7] = '';
      expect(got).toEqual(cells);
    });
  });

  it('XLSX (read with exceljs): a search, by relevance, in English headings, equal to the API', async () => {
    const response = await download('/export/products.xlsx?q=gao&lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="ocop-products-${today}.xlsx"`,
    );
    const rows = await readXlsx(response);
    expect(rows[1]!.slice(0, 2)).toEqual(["Exported on (the platform's date)", today]);
    expect(rows[2]!.slice(0, 2)).toEqual(['Filter', 'Search: gao']);
    const expected = await apiRows({ search: 'gao', certificateStatus: ['VALID'] });
    expect(expected.length).toBeGreaterThan(1);
    expect(rows[3]![1]).toBe(`${expected.length} products`);
    const data = dataRows(rows, 'Product');
    expect(data.map((row) => row[0])).toEqual(expected.map((node) => node.name));
    expect(data.map((row) => row[2])).toEqual(
      expected.map((node) => node.currentCertificate?.certificateNumber),
    );
    expect(data.map((row) => row[9])).toEqual(
      expected.map((node) => `${demo.baseUrl}/products/${encodeURIComponent(node.id)}`),
    );
    // The producer type as the database has it, in English.
    const { rows: types } = await demo.db.query<{ type: string }>(
      `SELECT pr.type FROM ocop_product p JOIN producer pr ON pr.id = p.producer_id WHERE p.name = $1 LIMIT 1`,
      [expected[0]!.name],
    );
    const english: Record<string, string> = {
      cooperative: 'Cooperative',
      cooperative_group: 'Cooperative group',
      enterprise: 'Enterprise',
      household_business: 'Household business',
    };
    expect(data[0]![7]).toBe(english[types[0]!.type]);
  });

  it('refuses a bad or unknown parameter with 400 naming it, and is under the request budget', async () => {
    for (const [query, argument] of [
      ['stars=9', 'stars'],
      ['sort=price', 'sort'],
      ['sort=relevance', 'sort'],
      ['colour=red', 'colour'],
      ['province=1', 'province'],
      ['q=a&q=b', 'q'],
      [`q=${'a'.repeat(201)}`, 'q'],
    ] as const) {
      const response = await download(`/export/products.csv?${query}`);
      expect(response.status, query).toBe(400);
      const body = (await response.json()) as {
        errors: { extensions: { code: string; argumentName: string } }[];
      };
      expect(body.errors[0]!.extensions.code).toBe('BAD_USER_INPUT');
      expect(body.errors[0]!.extensions.argumentName, query).toBe(argument);
    }
    // One budget per address with the API: an export spends from what /graphql left, and says so.
    const remaining = (headers: Headers) => Number(/r=(\d+)/.exec(headers.get('ratelimit') ?? '')?.[1]);
    const api = await demo.client.request('{ today }');
    const exported = await download('/export/products.csv');
    await exported.arrayBuffer();
    expect(exported.headers.get('ratelimit-policy')).toBe(api.headers.get('ratelimit-policy'));
    expect(remaining(exported.headers)).toBeLessThan(remaining(api.headers));
  });

  it('stops at 5,000 rows, and says so on top', async () => {
    // 5,050 certified products of one producer, their names sorting together.
    const producerId = randomUUID();
    await demo.db.query(`INSERT INTO producer (id, name, type) VALUES ($1, 'HTX xuất thử', 'cooperative')`, [
      producerId,
    ]);
    await demo.db.query(
      `WITH p AS (
         INSERT INTO ocop_product (id, name, producer_id)
         SELECT gen_random_uuid(), 'Zz xuất thử ' || lpad(n::text, 5, '0'), $1 FROM generate_series(1, 5050) n
         RETURNING id)
       INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number,
                                     decision_date, issuer_level, issuer_name)
       SELECT 'XT-' || p.id, p.id, 60, 3, 'TEST/QĐ', $2, 'province', 'UBND tỉnh thử nghiệm' FROM p`,
      [producerId, today],
    );
    const { rows: counted } = await demo.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM ocop_product p WHERE p.deleted_at IS NULL AND p.current_certificate_id IS NOT NULL
         AND ocop_certificate_status(p.current_decision_date, p.current_expires_on, p.current_revoked_on,
                                     p.current_superseded_on, $1) = 'valid'`,
      [today],
    );
    const total = counted[0]!.n;
    expect(total).toBeGreaterThan(5000);

    const csv = await download('/export/products.csv?sort=name');
    const rows = parseCsv(await csvText(csv));
    const data = dataRows(rows, 'Tên sản phẩm');
    expect(data).toHaveLength(5000);
    expect(rows[3]![1]).toContain(`5.000 dòng đầu tiên trong ${total.toLocaleString('vi-VN')} sản phẩm`);
    // The first 5,000 by name, as the API lists them.
    const first = await apiRows({ certificateStatus: ['VALID'] }, { field: 'NAME', direction: 'ASC' });
    expect(data.map((row) => row[0])).toEqual(first.slice(0, 5000).map((node) => node.name));

    const xlsx = await readXlsx(await download('/export/products.xlsx?sort=name'));
    expect(dataRows(xlsx, 'Tên sản phẩm')).toHaveLength(5000);
  });
});
