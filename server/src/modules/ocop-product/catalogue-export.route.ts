import ExcelJS from 'exceljs';
import { GraphQLError } from 'graphql';
import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { statusOf, type ErrorCode } from '../../common/error-codes';
import type { LocalizedError } from '../../common/errors';
import { languageOfHeader, say, type Language, type Localized } from '../../common/language';
import { describeError, log } from '../../common/log';
import {
  EXPORT_MAX_ROWS,
  exportChunks,
  exportFileName,
  exportLabels,
  exportRequest,
  exportTotal,
  type ExportRequest,
  type ExportRow,
} from './catalogue-export';

/**
 * The catalogue as filtered now, to take away (catalogue-export.ts says what is in it):
 *
 *   GET /export/products.csv?<the catalogue's URL query>    text/csv, UTF-8 with a BOM (Excel)
 *   GET /export/products.xlsx?<the catalogue's URL query>   an Office Open XML workbook
 *
 * Both: `content-disposition: attachment; filename="ocop-products-<platform day>.<ext>"`, the title,
 * the platform's date, the filter and the count on the first lines, then a header row and at most
 * 5,000 products; streamed a chunk at a time (exceljs' streaming writer for XLSX), waiting for the
 * client to take each chunk (backpressure), so a slow reader holds one chunk, not the list. Under
 * the API's request budget per address (main.ts); at most EXPORT_SLOTS exports at once per
 * instance, beyond that 503 with Retry-After. A bad parameter: 400 BAD_USER_INPUT naming it.
 */
export const EXPORT_PATH = '/export';
/** Exports at once, per instance: each holds a database connection for its few statements. */
const EXPORT_SLOTS = 4;
const EXPORT_RETRY_AFTER_SECONDS = 5;

/**
 * The language of a refusal: the request's Accept-Language, else the file's own (`lang`, when it
 * is one of ours), else Vietnamese. The file's language is what a person clicking a link asked for.
 */
function refusalLanguage(req: Request): Language {
  const lang = req.query.lang;
  return languageOfHeader(req.headers['accept-language']) ?? (lang === 'en' || lang === 'vi' ? lang : 'vi');
}

const BUSY: Localized = {
  vi: 'Đang có quá nhiều lượt xuất cùng lúc: thử lại sau vài giây.',
  en: 'Too many exports at once: try again in a few seconds.',
};
const FAILED: Localized = { vi: 'Xuất danh sách không thành công.', en: 'The export failed.' };

function sendError(res: Response, code: ErrorCode, message: string, argument?: string): void {
  res.setHeader('cache-control', 'no-store');
  res.status(statusOf(code)).json({
    errors: [
      {
        message,
        extensions: {
          code,
          requestId: res.locals.requestId,
          ...(argument ? { argumentName: argument } : {}),
        },
      },
    ],
  });
}

/** A text cell of a CSV file: quoted when needed; a leading = + - @ (a formula in a spreadsheet) made text. */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const rowValues = (row: ExportRow): (string | number | null)[] => [
  row.name,
  row.stars,
  row.certificateNumber,
  row.status,
  row.decisionDate,
  row.expiresOn,
  row.producer,
  row.producerType,
  row.place,
  row.link,
];

/** The heading lines: title, platform date, filter, count. */
function heading(request: ExportRequest, total: number): [string, string][] {
  const labels = exportLabels(request.language);
  const shown = Math.min(total, EXPORT_MAX_ROWS);
  return [
    [labels.title, ''],
    [labels.date, request.today],
    [labels.filter, request.filterText],
    ['', labels.count(shown, total)],
  ];
}

/** The client went away mid-export: stop reading chunks. */
class ClientGone extends Error {}

/** Waits until the client has taken what was written (or throws ClientGone when it left). */
function drained(res: Response): Promise<void> {
  if (res.destroyed) return Promise.reject(new ClientGone());
  if (!res.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      res.off('drain', onDrain);
      res.off('close', onClose);
      if (error) reject(error);
      else resolve();
    };
    const onDrain = () => done();
    const onClose = () => done(new ClientGone());
    res.on('drain', onDrain);
    res.on('close', onClose);
  });
}

/** Writes `text`, then waits while the client has not taken it. */
async function write(res: Response, text: string): Promise<void> {
  res.write(text);
  await drained(res);
}

async function sendCsv(
  res: Response,
  request: ExportRequest,
  chunks: AsyncGenerator<ExportRow[]>,
  total: number,
) {
  const line = (cells: (string | number | null)[]) => `${cells.map(csvCell).join(',')}\r\n`;
  await write(res, `\uFEFF${heading(request, total).map(line).join('')}\r\n`);
  await write(res, line(exportLabels(request.language).columns));
  for await (const rows of chunks) await write(res, rows.map((row) => line(rowValues(row))).join(''));
  res.end();
}

async function sendXlsx(
  res: Response,
  request: ExportRequest,
  chunks: AsyncGenerator<ExportRow[]>,
  total: number,
) {
  // Inline strings, no shared-string table: the writer keeps nothing of the rows once committed.
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: res,
    useSharedStrings: false,
    useStyles: true,
  });
  const labels = exportLabels(request.language);
  const sheet = workbook.addWorksheet(labels.title.slice(0, 31));
  sheet.columns = [48, 6, 22, 18, 14, 14, 40, 20, 48, 60].map((width) => ({ width }));
  for (const [label, value] of heading(request, total)) sheet.addRow([label, value]).commit();
  sheet.addRow([]).commit();
  const header = sheet.addRow(labels.columns);
  header.font = { bold: true };
  header.commit();
  for await (const rows of chunks) {
    for (const row of rows) sheet.addRow(rowValues(row)).commit();
    // Let the client take what the zip stream wrote before the next chunk is read.
    await drained(res);
  }
  sheet.commit();
  await workbook.commit();
}

export function catalogueExportRoutes(dataSource: DataSource): Router {
  const router = express.Router();
  let running = 0;
  const handler = (format: 'csv' | 'xlsx') => async (req: Request, res: Response) => {
    let request: ExportRequest;
    try {
      request = exportRequest(req.query as Record<string, unknown>);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        const { localized } = error as LocalizedError;
        const message = localized ? say(refusalLanguage(req), localized) : error.message;
        return sendError(res, 'BAD_USER_INPUT', message, error.extensions.argumentName as string);
      }
      throw error;
    }
    if (running >= EXPORT_SLOTS) {
      res.setHeader('retry-after', String(EXPORT_RETRY_AFTER_SECONDS));
      return sendError(res, 'BUSY', say(refusalLanguage(req), BUSY));
    }
    running += 1;
    const queryRunner = dataSource.createQueryRunner();
    try {
      // One connection and one snapshot for the count and every chunk: the heading's count and
      // the rows agree even while products change.
      await queryRunner.startTransaction('REPEATABLE READ');
      await queryRunner.query('SET TRANSACTION READ ONLY');
      const db = queryRunner.manager;
      const total = await exportTotal(db, request);
      const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
      const chunks = exportChunks(db, request, origin);
      res.status(200);
      res.setHeader('cache-control', 'no-store');
      res.setHeader(
        'content-type',
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      res.setHeader(
        'content-disposition',
        `attachment; filename="${exportFileName(request.today)}.${format}"`,
      );
      if (format === 'csv') await sendCsv(res, request, chunks, total);
      else await sendXlsx(res, request, chunks, total);
      await queryRunner.commitTransaction();
    } catch (error) {
      if (!(error instanceof ClientGone))
        log.error(`request ${res.locals.requestId as string}: export failed`, describeError(error));
      if (queryRunner.isTransactionActive) await queryRunner.rollbackTransaction().catch(() => {});
      // Headers sent: the client sees a cut download, never a file that looks whole.
      if (res.headersSent) res.destroy();
      else sendError(res, 'INTERNAL_SERVER_ERROR', say(refusalLanguage(req), FAILED));
    } finally {
      running -= 1;
      await queryRunner.release();
    }
  };
  router.get(`${EXPORT_PATH}/products.csv`, handler('csv'));
  router.get(`${EXPORT_PATH}/products.xlsx`, handler('xlsx'));
  return router;
}
