import { now } from '@ocop/db';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
import { isCrossOrigin } from '../../common/cross-origin';
import { statusOf, type ErrorCode } from '../../common/error-codes';
import { chooseLanguage, languageOfHeader, say, type Localized } from '../../common/language';
import { describeError, log } from '../../common/log';
import { rebindRequestId } from '../../common/request-id';
import { appendAudit } from '../audit/audit.service';
import { httpExchange } from '../auth/session-cookie';
import { sessionService } from '../auth/session.service';
import { editableProducerIds, isAdministrator, type Viewer } from '../auth/viewer';
import { DecodeSlots, DecoderBusy } from './decode-slots';
import {
  checkPhotoHeader,
  ImageTooLarge,
  PHOTO_CONTENT_TYPES,
  PHOTO_MAX_BYTES,
  PHOTO_MAX_PIXELS,
  reencodePhoto,
  sniffImageType,
  UndecodableImage,
} from './photo-image';
import { isPhotoName, PHOTO_URL_PREFIX, photoSha256, PhotoStore } from './photo-store';
import { lockPhotoFile, removeStaleUploads } from './photo-upload-cleanup';

/**
 * Photos over plain HTTP, the first step of an upload (the second, attaching it to a product, is
 * the GraphQL mutation `productPhotoAdd`, authorised and audited like every write):
 *
 *   POST /uploads/photos        raw body (image/jpeg, image/png or image/webp, at most 5 MB and
 *                               25 MP), with the session cookie of a producer editor or an
 *                               administrator → 201 { uploadId, width, height, bytes }; 413
 *                               IMAGE_TOO_LARGE from the header; 503 (Retry-After) when busy
 *   GET  /media/photos/<name>   a stored photo, cached for a year (names are content hashes)
 *
 * CSRF: the accepted content types are not CORS-safelisted, so a browser preflights a cross-site
 * upload (and this path answers no CORS: only /graphql does); a request whose Origin names another
 * host is refused as well (403 CROSS_ORIGIN_WRITE, common/cross-origin.ts). The session cookie is
 * SameSite=Lax, so a cross-site form cannot carry it either.
 *
 * An upload that is not attached within a day is removed, hourly, with its file when nothing else uses
 * it (photo-upload-cleanup.ts).
 */
export const UPLOAD_PATH = '/uploads/photos';
/** How often stale uploads are removed (by every instance; the runs are safe together). */
const CLEANUP_INTERVAL_MS = 60 * 60 * 1000;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/**
 * Photos decoded at once, per instance: a decode takes up to 100 MB (PHOTO_MAX_DECODED_BYTES) and
 * a core, so two bound the memory and leave the CPU to the rest of the platform. Up to 16 more
 * wait, none longer than 20 s; beyond that the upload is answered 503 with Retry-After.
 */
const DECODE_SLOTS = 2;
const DECODE_QUEUE = 16;
const DECODE_WAIT_MS = 20_000;
const DECODE_RETRY_AFTER_SECONDS = 5;

/**
 * A refusal in the JSON shape of the API's errors, its message in the request's language (its
 * Accept-Language, else the viewer's locale once known, else Vietnamese: common/language.ts).
 */
function sendError(
  res: Response,
  code: ErrorCode,
  message: string | Localized,
  status = statusOf(code),
): void {
  const language = chooseLanguage(
    languageOfHeader(res.req.headers['accept-language']),
    (res.locals.viewer as Viewer | undefined)?.locale,
  );
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({
    errors: [{ message: say(language, message), extensions: { code, requestId: res.locals.requestId } }],
  });
}

function mayUpload(viewer: Viewer): boolean {
  return isAdministrator(viewer) || editableProducerIds(viewer).length > 0;
}

export function photoRoutes(dataSource: DataSource, mediaDir: string): Router {
  const store = new PhotoStore(`${mediaDir}/photos`);
  const decodeSlots = new DecodeSlots(DECODE_SLOTS, DECODE_QUEUE, DECODE_WAIT_MS);
  const router = express.Router();

  // Uploads never attached within a day are removed, with their files when nothing uses them.
  const cleanup = setInterval(() => {
    if (!dataSource.isInitialized) return;
    removeStaleUploads(dataSource, store).then(
      (report) => {
        if (report.uploads > 0)
          log.info(`removed ${report.uploads} stale photo uploads, ${report.files} files`);
      },
      (error: unknown) => log.error('photo upload cleanup failed', describeError(error)),
    );
  }, CLEANUP_INTERVAL_MS);
  cleanup.unref();

  const audit = (
    req: Request,
    res: Response,
    viewer: Viewer | null,
    outcome: 'applied' | 'denied',
    extra: {
      entityId?: string | null;
      after?: unknown;
    },
  ) =>
    appendAudit(dataSource.manager, {
      actorUserId: viewer?.userId ?? null,
      action: 'photoUpload',
      entityType: 'PhotoUpload',
      entityId: extra.entityId ?? null,
      outcome,
      after: extra.after,
      requestId: res.locals.requestId as string,
      ipAddress: req.ip ?? null,
    });

  router.post(
    UPLOAD_PATH,
    async (req, res, next) => {
      // Who is asking is settled before a byte of the body is read.
      if (isCrossOrigin(req)) {
        await audit(req, res, null, 'denied', {
          after: { reason: 'CROSS_ORIGIN', origin: req.headers.origin },
        });
        return sendError(res, 'CROSS_ORIGIN_WRITE', {
          vi: 'Không nhận ảnh tải lên từ trang khác.',
          en: 'Cross-origin uploads are refused.',
        });
      }
      const viewer = await sessionService.viewerOf(dataSource.manager, httpExchange(req, res).sessionToken);
      if (!viewer) {
        await audit(req, res, null, 'denied', { after: { reason: 'UNAUTHENTICATED' } });
        return sendError(res, 'UNAUTHENTICATED', {
          vi: 'Đăng nhập để tải ảnh lên.',
          en: 'Log in to upload photos.',
        });
      }
      if (!mayUpload(viewer)) {
        await audit(req, res, viewer, 'denied', { after: { reason: 'FORBIDDEN' } });
        return sendError(res, 'FORBIDDEN', {
          vi: 'Chỉ người quản lý sản phẩm mới được tải ảnh lên.',
          en: 'Only producer editors may upload photos.',
        });
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(type)) {
        return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', {
          vi: 'Hãy gửi ảnh dạng image/jpeg, image/png hoặc image/webp.',
          en: 'Send the photo as image/jpeg, image/png or image/webp.',
        });
      }
      res.locals.viewer = viewer;
      next();
    },
    express.raw({ type: () => true, limit: PHOTO_MAX_BYTES }),
    rebindRequestId,
    async (req, res) => {
      const viewer = res.locals.viewer as Viewer;
      const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      if (body.length === 0)
        return sendError(res, 'BAD_REQUEST', {
          vi: 'Yêu cầu không có ảnh.',
          en: 'The request has no photo in its body.',
        });
      const declared = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const sniffed = sniffImageType(body);
      if (sniffed === null || sniffed !== declared) {
        return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', {
          vi: `Nội dung tệp không phải là ảnh ${declared}.`,
          en: `The file's content is not an ${declared} image.`,
        });
      }
      let encoded;
      try {
        // The header first (no pixel decoded): a photo too large is refused before it costs anything.
        await checkPhotoHeader(body);
        const queued = performance.now();
        let started = queued;
        let ended = queued;
        encoded = await decodeSlots.run(async () => {
          started = performance.now();
          const photo = await reencodePhoto(body);
          ended = performance.now();
          return photo;
        });
        // How long this upload waited for a slot and took to decode, measured inside the slot (the
        // browser's network panel shows it; the tests check the bound with it).
        res.setHeader(
          'server-timing',
          `queue;dur=${(started - queued).toFixed(1)}, decode;dur=${(ended - started).toFixed(1)}`,
        );
      } catch (error) {
        if (error instanceof ImageTooLarge) {
          return sendError(res, 'IMAGE_TOO_LARGE', {
            vi:
              `Ảnh quá lớn (${error.width}×${error.height} điểm ảnh): tối đa ${PHOTO_MAX_PIXELS / 1_000_000} triệu ` +
              'điểm ảnh, ít hơn với ảnh 16 bit.',
            en:
              `The image is too large (${error.width}×${error.height} pixels): at most ` +
              `${PHOTO_MAX_PIXELS / 1_000_000} megapixels, fewer at 16 bits per sample.`,
          });
        }
        if (error instanceof DecoderBusy) {
          res.setHeader('retry-after', String(DECODE_RETRY_AFTER_SECONDS));
          return sendError(res, 'SERVICE_UNAVAILABLE', {
            vi: 'Máy chủ đang bận xử lý ảnh khác, hãy thử lại sau ít giây.',
            en: 'The server is busy with other photos; retry in a few seconds.',
          });
        }
        if (error instanceof UndecodableImage) {
          return sendError(res, 'UNSUPPORTED_MEDIA_TYPE', {
            vi: 'Không đọc được ảnh (tệp hỏng hoặc thiếu).',
            en: 'The image cannot be read (damaged or incomplete).',
          });
        }
        throw error;
      }
      const uploadId = await dataSource.transaction(async (tx) => {
        // Held until the row is committed: the cleanup cannot delete this file meanwhile.
        await lockPhotoFile(tx, photoSha256(encoded.bytes));
        const stored = await store.save(encoded.bytes);
        const [row] = (await tx.query(
          `INSERT INTO photo_upload (uploaded_by_id, storage_key, content_type, byte_size, width, height, sha256, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz) RETURNING id`,
          [
            viewer.userId,
            stored.storageKey,
            encoded.contentType,
            encoded.bytes.length,
            encoded.width,
            encoded.height,
            stored.sha256,
            now(),
          ],
        )) as { id: string }[];
        await appendAudit(tx, {
          actorUserId: viewer.userId,
          action: 'photoUpload',
          entityType: 'PhotoUpload',
          entityId: row!.id,
          outcome: 'applied',
          after: {
            sha256: stored.sha256,
            width: encoded.width,
            height: encoded.height,
            bytes: encoded.bytes.length,
            receivedType: declared,
            receivedBytes: body.length,
          },
          requestId: res.locals.requestId as string,
          ipAddress: req.ip ?? null,
        });
        return row!.id;
      });
      res.setHeader('cache-control', 'no-store');
      res
        .status(201)
        .json({ uploadId, width: encoded.width, height: encoded.height, bytes: encoded.bytes.length });
    },
  );

  router.get(`${PHOTO_URL_PREFIX}:name`, (req, res, next) => {
    const name = req.params.name;
    if (typeof name !== 'string' || !isPhotoName(name))
      return sendError(res, 'NOT_FOUND', { vi: 'Không có ảnh này.', en: 'No such photo.' });
    res.sendFile(
      store.pathOf(name),
      {
        // The name is checked above (sha256.webp); the folder itself may be a dot-folder (.data/media).
        dotfiles: 'allow',
        cacheControl: false,
        headers: {
          'cache-control': IMMUTABLE,
          'content-type': 'image/webp',
          'x-content-type-options': 'nosniff',
        },
      },
      (error?: Error & { code?: string; status?: number }) => {
        if (!error) return;
        if (res.headersSent) return next(error);
        if (error.code === 'ENOENT' || error.status === 404)
          return sendError(res, 'NOT_FOUND', { vi: 'Không có ảnh này.', en: 'No such photo.' });
        next(error);
      },
    );
  });

  // Nothing else under /media falls through to the portal's pages.
  router.use('/media', (_req, res) =>
    sendError(res, 'NOT_FOUND', { vi: 'Không có tệp này.', en: 'No such file.' }),
  );

  // The body parser's refusals, in the JSON shape of every other error of the platform.
  const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      return sendError(res, 'BODY_TOO_LARGE', {
        vi: 'Ảnh lớn hơn 5 MB.',
        en: 'The photo is larger than 5 MB.',
      });
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      return sendError(res, 'BAD_REQUEST', { vi: 'Yêu cầu không hợp lệ.', en: 'Bad request.' }, error.status);
    }
    // Anything else is a fault: main.ts's handler logs it and answers a masked 500.
    return next(error);
  };
  router.use(onError);
  return router;
}
