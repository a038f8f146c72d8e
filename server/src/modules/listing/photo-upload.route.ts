import { now } from '@ocop/db';
import express, { type ErrorRequestHandler, type Request, type Response, type Router } from 'express';
import type { DataSource } from 'typeorm';
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
 * upload (and this server answers no CORS); a request whose Origin names another host is refused
 * as well. The session cookie is SameSite=Lax, so a cross-site form cannot carry it either.
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

function sendError(res: Response, status: number, code: string, message: string): void {
  res.setHeader('cache-control', 'no-store');
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
}

/**
 * The request's Origin, when sent, must be this host (a same-origin fetch from the portal). Express's
 * `req.host` is the Host header, or X-Forwarded-Host from a proxy trusted by TRUST_PROXY.
 */
function crossOrigin(req: Request): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  if (!URL.canParse(origin)) return true;
  return new URL(origin).host !== req.host;
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
      if (crossOrigin(req)) {
        await audit(req, res, null, 'denied', {
          after: { reason: 'CROSS_ORIGIN', origin: req.headers.origin },
        });
        return sendError(res, 403, 'FORBIDDEN', 'Cross-origin uploads are refused.');
      }
      const viewer = await sessionService.viewerOf(dataSource.manager, httpExchange(req, res).sessionToken);
      if (!viewer) {
        await audit(req, res, null, 'denied', { after: { reason: 'UNAUTHENTICATED' } });
        return sendError(res, 401, 'UNAUTHENTICATED', 'Đăng nhập để tải ảnh lên (log in first).');
      }
      if (!mayUpload(viewer)) {
        await audit(req, res, viewer, 'denied', { after: { reason: 'FORBIDDEN' } });
        return sendError(
          res,
          403,
          'FORBIDDEN',
          'Chỉ người quản lý sản phẩm mới được tải ảnh lên (producer editors only).',
        );
      }
      const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      if (!(PHOTO_CONTENT_TYPES as readonly string[]).includes(type)) {
        return sendError(
          res,
          415,
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the photo as image/jpeg, image/png or image/webp.',
        );
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
        return sendError(res, 400, 'BAD_REQUEST', 'The request has no photo in its body.');
      const declared = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const sniffed = sniffImageType(body);
      if (sniffed === null || sniffed !== declared) {
        return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', `The bytes are not a ${declared} image.`);
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
          return sendError(
            res,
            413,
            'IMAGE_TOO_LARGE',
            `Ảnh quá lớn (${error.width}×${error.height} điểm ảnh): tối đa ${PHOTO_MAX_PIXELS / 1_000_000} triệu ` +
              `điểm ảnh, ít hơn với ảnh 16 bit (the image is too large: at most ${PHOTO_MAX_PIXELS / 1_000_000} ` +
              'megapixels, fewer at 16 bits per sample).',
          );
        }
        if (error instanceof DecoderBusy) {
          res.setHeader('retry-after', String(DECODE_RETRY_AFTER_SECONDS));
          return sendError(
            res,
            503,
            'SERVICE_UNAVAILABLE',
            'Máy chủ đang bận xử lý ảnh khác, hãy thử lại sau ít giây (busy with other photos; retry shortly).',
          );
        }
        if (error instanceof UndecodableImage) {
          return sendError(
            res,
            415,
            'UNSUPPORTED_MEDIA_TYPE',
            'The image cannot be read (damaged or incomplete).',
          );
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
      return sendError(res, 404, 'NOT_FOUND', 'No such photo.');
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
          return sendError(res, 404, 'NOT_FOUND', 'No such photo.');
        next(error);
      },
    );
  });

  // Nothing else under /media falls through to the portal's pages.
  router.use('/media', (_req, res) => sendError(res, 404, 'NOT_FOUND', 'No such file.'));

  // The body parser's refusals, in the JSON shape of every other error of the platform.
  const onError: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', 'The photo is larger than 5 MB.');
    }
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      return sendError(res, error.status, 'BAD_REQUEST', 'Bad request.');
    }
    // Anything else is a fault: main.ts's handler logs it and answers a masked 500.
    return next(error);
  };
  router.use(onError);
  return router;
}
