import express, { type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { statusOf, type ErrorCode } from '../../common/error-codes';
import { isUuid } from '../../common/node-id';
import { chooseLanguage, languageOfHeader, say, type Localized } from '../../common/language';
import { describeError, log } from '../../common/log';
import { appendAudit } from '../audit/audit.service';
import { httpExchange } from '../auth/session-cookie';
import { sessionService } from '../auth/session.service';
import { editableProducerIds, isAdministrator, type Viewer } from '../auth/viewer';
import { LABEL_SHEET_PATH } from './label-batch.service';
import { labelSheetCsv, labelSheetPdf, type SheetBatch } from './label-sheet';
import { LABEL_BATCH } from './label.type';

/**
 * The label sheet of a batch, for its producer's editors (and administrators) to print:
 *
 *   GET /labels/<batch uuid>.pdf   A4, 24 labels a page (label-sheet.ts), with Content-Length
 *   GET /labels/<batch uuid>.csv   serial, code, link, lot, product
 *
 * The session cookie says who asks: 401 UNAUTHENTICATED without one, 403 FORBIDDEN for anyone
 * else, 404 NOT_FOUND for no such batch. Each download is audited (`labelSheetDownload`): the
 * sheet holds the codes themselves. At most SHEET_SLOTS sheets are made at once per instance
 * (a 10,000-label PDF takes a few seconds of CPU); beyond that 503 BUSY with Retry-After.
 */
const SHEET_SLOTS = 2;
const RETRY_AFTER_SECONDS = 5;

function sendError(res: Response, code: ErrorCode, message: string): void {
  res.setHeader('cache-control', 'no-store');
  res
    .status(statusOf(code))
    .json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

/** A file name from the lot: letters, digits, - and _ only (a lot is typed by people). */
function fileName(lot: string, extension: string): string {
  const safe = lot
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `nhan-${safe || 'lo'}.${extension}`;
}

export function labelSheetRoutes(dataSource: DataSource): Router {
  const router = express.Router();
  let busy = 0;

  router.get(`${LABEL_SHEET_PATH}/:file`, async (req: Request, res: Response) => {
    const match = /^([0-9a-f-]{36})\.(pdf|csv)$/.exec(String(req.params.file));
    const asked = languageOfHeader(req.headers['accept-language']);
    let viewer: Viewer | null = null;
    const language = () => chooseLanguage(asked, viewer?.locale);
    const refuse = (code: ErrorCode, message: Localized) => sendError(res, code, say(language(), message));
    try {
      viewer = await sessionService.viewerOf(dataSource.manager, httpExchange(req, res).sessionToken);
      if (!viewer)
        return refuse('UNAUTHENTICATED', { vi: 'Đăng nhập để in tem.', en: 'Log in to print labels.' });
      if (!match || !isUuid(match[1]!))
        return refuse('NOT_FOUND', { vi: 'Không có lô hàng này.', en: 'There is no such batch.' });
      const [batchId, extension] = [match[1]!, match[2] as 'pdf' | 'csv'];
      const [row] = (await dataSource.query(
        `SELECT b.id, b.lot_number, b.item_count, b.best_before::text AS best_before, p.name, p.current_stars,
                p.producer_id, p.origin_commune_id
         FROM label_batch b JOIN ocop_product p ON p.id = b.product_id WHERE b.id = $1`,
        [batchId],
      )) as {
        id: string;
        lot_number: string;
        item_count: number;
        best_before: string | null;
        name: string;
        current_stars: number | null;
        producer_id: string;
        origin_commune_id: string | null;
      }[];
      if (!row) return refuse('NOT_FOUND', { vi: 'Không có lô hàng này.', en: 'There is no such batch.' });
      const allowed = isAdministrator(viewer) || editableProducerIds(viewer).includes(row.producer_id);
      await appendAudit(dataSource.manager, {
        actorUserId: viewer.userId,
        action: 'labelSheetDownload',
        entityType: LABEL_BATCH,
        entityId: row.id,
        outcome: allowed ? 'applied' : 'denied',
        after: { format: extension },
        unitId: row.origin_commune_id,
        requestId: res.locals.requestId as string,
        ipAddress: req.ip ?? null,
      });
      if (!allowed)
        return refuse('FORBIDDEN', {
          vi: 'Chỉ người quản lý của chủ thể sản xuất mới in được tem của lô này.',
          en: 'Only the producer’s editors may print this batch’s labels.',
        });
      if (busy >= SHEET_SLOTS) {
        res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
        return refuse('BUSY', {
          vi: 'Đang tạo nhiều tờ tem cùng lúc: thử lại sau vài giây.',
          en: 'Too many label sheets are being made: try again in a few seconds.',
        });
      }
      const batch: SheetBatch = {
        id: row.id,
        lotNumber: row.lot_number,
        itemCount: row.item_count,
        bestBefore: row.best_before,
        productName: row.name,
        stars: row.current_stars,
      };
      busy++;
      let body: Buffer;
      try {
        body = extension === 'pdf' ? await labelSheetPdf(batch) : Buffer.from(labelSheetCsv(batch), 'utf8');
      } finally {
        busy--;
      }
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', extension === 'pdf' ? 'application/pdf' : 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="${fileName(row.lot_number, extension)}"`);
      res.setHeader('content-length', String(body.length));
      res.setHeader('x-label-count', String(row.item_count));
      res.end(body);
    } catch (error) {
      log.error('label sheet failed', describeError(error));
      if (!res.headersSent)
        refuse('INTERNAL_SERVER_ERROR', {
          vi: 'Không tạo được tờ tem.',
          en: 'The label sheet could not be made.',
        });
    }
  });
  return router;
}
