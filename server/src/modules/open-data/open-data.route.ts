import path from 'node:path';
import express, { type Router } from 'express';

/**
 * The open-data files, as they are on disk (open-data.generator.ts writes them atomically):
 *
 *   GET /open-data/index.json            the manifest: files, sizes, rows, dates, dictionary, licence
 *   GET /open-data/<dataset>-<area>.csv  text/csv, UTF-8 with a BOM, RFC 4180
 *   GET /open-data/<dataset>-<area>.jsonl application/jsonl (one JSON object a line)
 *   GET /open-data/<dataset>-vn.csv.gz, .jsonl.gz   the national files, gzip (application/gzip)
 *
 * express.static (send) answers ETag, Last-Modified, conditional GETs (304), Range (206) and
 * If-Range; `no-transform` keeps the compression middleware (and proxies) away from the files, so
 * that a range is a range of the file's bytes. Unknown names fall through to the JSON 404; the
 * temporary files of a generation (dot-files) are never served.
 */
export const OPEN_DATA_PATH = '/open-data';
/** Files may change with the next generation: caches keep them 5 minutes, then revalidate (304). */
const MAX_AGE_SECONDS = 300;

const TYPES: [suffix: string, type: string][] = [
  ['.csv.gz', 'application/gzip'],
  ['.jsonl.gz', 'application/gzip'],
  ['.csv', 'text/csv; charset=utf-8; header=present'],
  ['.jsonl', 'application/jsonl; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
];

export function openDataRoutes(dir: string): Router {
  const router = express.Router();
  router.use(
    OPEN_DATA_PATH,
    express.static(dir, {
      index: false,
      dotfiles: 'ignore',
      redirect: false,
      etag: true,
      lastModified: true,
      acceptRanges: true,
      setHeaders(res, file) {
        const name = path.basename(file);
        const type = TYPES.find(([suffix]) => name.endsWith(suffix))?.[1] ?? 'application/octet-stream';
        res.setHeader('content-type', type);
        if (name === 'index.json') {
          res.setHeader('cache-control', 'public, max-age=60');
        } else {
          res.setHeader('cache-control', `public, max-age=${MAX_AGE_SECONDS}, no-transform`);
          res.setHeader('content-disposition', `attachment; filename="${name}"`);
        }
        // Anyone may fetch the files, from any page (no cookies are involved).
        res.setHeader('access-control-allow-origin', '*');
      },
    }),
  );
  return router;
}
