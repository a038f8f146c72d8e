/**
 * The HTTP side of the API: express 5 + Apollo Server 5, given a DataSource that is already
 * connected and migrated (start.ts or a test makes it). `startServer` listens; `stop` turns
 * /readyz to 503, keeps serving for the shutdown delay, closes the listener and answers every
 * request already sent (common/http-drain.ts), but leaves the DataSource to its owner.
 *
 *   POST/GET /graphql   the API
 *   GET      /livez     200 while the process can serve, also while the database is briefly away
 *                       (the pool reconnects; restarting us would not help). When the platform
 *                       decides it cannot recover, start.ts exits non-zero instead of staying live.
 *   GET      /readyz    200 when the database answers `SELECT 1` within 1 s; 503 otherwise and
 *                       from the moment a stop begins (load balancers: stop sending here)
 *   POST     /uploads/photos, GET /media/photos/<name>   photos (modules/listing/photo-upload.route.ts)
 *   GET      /export/products.csv, /export/products.xlsx  the catalogue as filtered (modules/ocop-product/catalogue-export.route.ts)
 *   GET      /labels/<batch>.pdf, /labels/<batch>.csv  a batch's label sheet (modules/label/label-sheet.route.ts)
 *   GET      /open-data/<file>  the open-data downloads, with ETag, Last-Modified, 304 and ranges (modules/open-data/open-data.route.ts)
 *   GET      /sitemap.xml, /robots.txt, and the portal's pages with their own tags; 404 for unknown ones (portal-static.ts)
 */
import 'reflect-metadata';
import http from 'node:http';
import path from 'node:path';
import { dataDir } from '@ocop/db';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createContext, type Context } from './context';
import { depthLimitRule } from './common/limits';
import { createDocumentStore, createPersistedQueryCache, requestProblem } from './common/document-store';
import { describeError, log } from './common/log';
import { httpDrain } from './common/http-drain';
import { formatError, MASKED_MESSAGE } from './common/mask-errors';
import { errorBody, statusOf, type ErrorCode } from './common/error-codes';
import { rebindRequestId, requestIdMiddleware } from './common/request-id';
import { sqlCountPlugin } from './common/sql-counter';
import { operationLimitsPlugin } from './common/operation-limits';
import { storableTextPlugin } from './common/storable-text';
import { DOCUMENT_LIMITS, documentLimitsPlugin, refuseOverLimitDocuments } from './common/document-limits';
import { listSizesOf } from './modules/list-sizes';
import { cacheControlPlugin } from './common/cache-policy';
import { publicQueryCachePlugin } from './common/response-cache';
import { answeredByDeadline, requestDeadline, type RequestDeadline } from './common/request-deadline';
import { securityHeaders } from './common/security-headers';
import { crossOriginWritePlugin, graphqlCors } from './common/cross-origin';
import { buildSchema } from './schema';
import { LOOKUP_PAGE_PATHS, serveExplorer, servePortal, SITEMAP_PATH } from './portal-static';
import { httpExchange } from './modules/auth/session-cookie';
import { sessionService } from './modules/auth/session.service';
import { photoRoutes, UPLOAD_PATH } from './modules/listing/photo-upload.route';
import { catalogueExportRoutes, EXPORT_PATH } from './modules/ocop-product/catalogue-export.route';
import { labelSheetRoutes } from './modules/label/label-sheet.route';
import { refusalCountingPlugin, requestRateLimit } from './common/request-rate';
import { OPEN_DATA_PATH, openDataRoutes } from './modules/open-data/open-data.route';
import { apiKeyAuth } from './modules/partner/api-key-auth';
import { apiKeyScopesPlugin } from './modules/partner/api-key-scopes';
import { pointsBudgetPlugin, type PointsBudgetOptions } from './common/points-budget';

export { buildSchema } from './schema';
export { createContext, type Context } from './context';
export { loadReferenceData, type BootstrapOptions } from './bootstrap';

export const GRAPHQL_PATH = '/graphql';
/** Largest JSON request body accepted, in bytes; larger ones get 413 BODY_TOO_LARGE. */
export const BODY_LIMIT = 100 * 1024;
const READY_TIMEOUT_MS = 1_000;
const DEFAULT_REQUEST_TIMEOUT_MS = 15_000;
/** How long in-flight requests may take to finish on stop before their connections are closed. */
const STOP_GRACE_MS = 5_000;

export interface AppOptions {
  /** A built schema to reuse (tests that start many servers); built from the resolvers otherwise. */
  schema?: GraphQLSchema;
  /** Folder of the built portal served at `/` (default: portal/dist); nothing is served when it is missing. */
  portalDir?: string;
  /** Serve anonymous queries from memory (PUBLIC_QUERY_CACHE; see common/response-cache.ts). */
  publicQueryCache?: boolean;
  /**
   * Express's `trust proxy` (TRUST_PROXY): which proxies' X-Forwarded-For/-Proto to believe, so
   * that login throttling sees the client's address and the session cookie is Secure behind
   * HTTPS. Default false: the connection's own address and protocol.
   */
  trustProxy?: boolean | number | string;
  /** Where uploaded photos are kept (MEDIA_DIR; default `<DATA_DIR>/media`). */
  mediaDir?: string;
  /** On stop, how long /readyz answers 503 while requests are still served (SHUTDOWN_DELAY_MS; default 0). */
  shutdownDelayMs?: number;
  /** A GraphQL request not answered by then gets 503 REQUEST_TIMEOUT (REQUEST_TIMEOUT_MS; common/request-deadline.ts). */
  requestTimeoutMs?: number;
  /** Requests per minute and client address to the API and the uploads (RATE_LIMIT_PER_MINUTE; common/request-rate.ts); 0 or unset: none. */
  rateLimitPerMinute?: number;
  /** Folder of the open-data files served at /open-data (OPEN_DATA_DIR; default `<DATA_DIR>/open-data`). */
  openDataDir?: string;
  /** Points per hour per key and per anonymous address (common/points-budget.ts); default 5000 and 0 (off). */
  pointsBudget?: PointsBudgetOptions;
}

export interface App {
  express: Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
  /** Starts listening; resolves with the address once it does. */
  listen(port: number, host: string): Promise<RunningServer>;
  /** Stops accepting connections, drains Apollo and in-flight requests. Idempotent. */
  stop(): Promise<void>;
}

export interface RunningServer {
  port: number;
  host: string;
  /** The GraphQL endpoint, with `localhost` for a wildcard host. */
  url: string;
  stop(): Promise<void>;
}

function jsonError(code: ErrorCode, message: string, requestId: string, status = statusOf(code)) {
  return { status, body: errorBody(code, message, requestId) };
}

/**
 * A JSON array of operations (batching, which Apollo is told to refuse) gets its own code:
 * Apollo's refusal is a BAD_REQUEST like any malformed request.
 */
const refuseBatches: RequestHandler = (req, res, next) => {
  if (!Array.isArray(req.body)) return next();
  const { status, body } = jsonError(
    'BATCH_NOT_SUPPORTED',
    `The body is an array of ${(req.body as unknown[]).length} operations; send one operation per request.`,
    res.locals.requestId as string,
  );
  res.status(status).json(body);
};

/** What express.json's body reader (raw-body) tells of a refused body. */
interface BodyParserError {
  type?: string;
  status?: number;
  /** The Content-Length, when the client sent one. */
  length?: number;
}

function bodyTooLargeMessage(error: BodyParserError): string {
  const limit = `${BODY_LIMIT / 1024} kB (${BODY_LIMIT.toLocaleString('en')} bytes)`;
  // Without a Content-Length, reading stopped at the limit: the size is not known.
  const found = error.length === undefined ? 'larger' : `${error.length.toLocaleString('en')} bytes`;
  return `Request body is ${found}; at most ${limit} are accepted.`;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function createApp(dataSource: DataSource, options: AppOptions = {}): Promise<App> {
  const schema = options.schema ?? (await buildSchema());
  const app = express();
  const httpServer = http.createServer(app);
  const drain = httpDrain(httpServer);
  let stopping = false;

  // Every setting that Apollo would otherwise derive from NODE_ENV is explicit (server/README.md,
  // pitfall 3), and signals are handled by start.ts, not by Apollo.
  const apollo = new ApolloServer<Context>({
    schema,
    nodeEnv: 'production',
    introspection: true,
    includeStacktraceInErrorResponses: false,
    stopOnTerminationSignals: false,
    formatError,
    validationRules: [depthLimitRule()],
    maxRecursiveSelections: DOCUMENT_LIMITS.maxRecursiveSelections,
    validationOptions: { maxErrors: DOCUMENT_LIMITS.maxValidationErrors },
    // One operation per request: a JSON array of operations is refused with 400 (by
    // refuseBatches below, with its own code, before Apollo would say BAD_REQUEST).
    allowBatchedHttpRequests: false,
    // Automatic persisted queries: a client may send only the query's SHA-256, as GET, so that
    // CDNs can cache public answers by URL. The APQ cache and the cache of parsed documents are
    // both bounded by the bytes their entries keep (common/document-store.ts): Apollo's default
    // documentStore counts a parsed document without its source text and tokens.
    persistedQueries: { cache: createPersistedQueryCache() },
    documentStore: createDocumentStore(),
    // Cookie-authenticated writes come later: GET and simple POSTs must carry a header a
    // browser cannot send cross-site (`apollo-require-preflight` or `content-type: application/json`).
    csrfPrevention: true,
    plugins: [
      documentLimitsPlugin(),
      operationLimitsPlugin(listSizesOf(dataSource.manager)),
      // Between the two: a foreign page's mutation is refused before the budget is charged.
      crossOriginWritePlugin<Context>(),
      // Likewise: what a key's scopes do not cover is refused before it is charged.
      apiKeyScopesPlugin(),
      // After operation limits: charges from the estimate they leave on the context.
      pointsBudgetPlugin(
        dataSource,
        options.pointsBudget ?? { keyPointsPerHour: 5_000, anonymousPointsPerHour: 0 },
      ),
      storableTextPlugin(),
      cacheControlPlugin(),
      // Apollo's landing page loads from a CDN: off. A browser opening /graphql gets our own
      // explorer instead (serveExplorer, below), bundled with the portal.
      ApolloServerPluginLandingPageDisabled(),
      sqlCountPlugin(),
      refusalCountingPlugin(),
      ...(options.publicQueryCache ? [publicQueryCachePlugin<Context>()] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  // CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS over HTTPS… on every answer (common/security-headers.ts).
  app.use(securityHeaders());
  app.use(requestIdMiddleware);
  // gzip for the portal's files and the API's larger answers (a catalogue page is ~13 kB of JSON);
  // responses under 1 kB are sent as they are.
  app.use(compression({ threshold: 1024 }));

  app.get('/livez', (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    res.status(200).json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    res.setHeader('cache-control', 'no-store');
    let ready = !stopping && dataSource.isInitialized;
    if (ready) {
      ready = await withTimeout(dataSource.query('SELECT 1'), READY_TIMEOUT_MS).then(
        () => true,
        () => false,
      );
    }
    res.status(ready ? 200 : 503).json({ status: ready ? 'ok' : 'unavailable' });
  });

  // Any page may read the API (CORS `*`, no credentials), none may write through it or use a
  // session (common/cross-origin.ts). First, so that refusals below carry the headers too.
  app.use(GRAPHQL_PATH, graphqlCors());

  // One budget per address for the API, the uploads, the exports, the sitemap and the portal pages
  // that read the database (a product's tags…), before any body is read (common/request-rate.ts).
  if (options.rateLimitPerMinute)
    app.use(
      [GRAPHQL_PATH, UPLOAD_PATH, EXPORT_PATH, OPEN_DATA_PATH, SITEMAP_PATH, ...LOOKUP_PAGE_PATHS],
      requestRateLimit(options.rateLimitPerMinute),
    );

  // A browser opening /graphql gets the explorer (GraphiQL, a page of the portal); queries go on.
  serveExplorer(app, GRAPHQL_PATH, options.portalDir);

  app.use(
    GRAPHQL_PATH,
    // Authorization: Bearer <key> checked before the body is read: 401 INVALID_API_KEY otherwise.
    apiKeyAuth(dataSource),
    express.json({ limit: BODY_LIMIT }),
    rebindRequestId,
    refuseBatches,
    requestDeadline(dataSource, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS),
    (req, res, next) => {
      // A query text longer than any real client's, and persisted-query mistakes, are refused
      // before Apollo hashes or parses anything (common/document-store.ts).
      const problem = requestProblem(req.body, req.query);
      if (!problem) return next();
      const { status, body } = jsonError(problem.code, problem.message, res.locals.requestId as string);
      res.status(status).json(body);
    },
    // Too deep or too many fields: 400 naming the limit, before Apollo parses (common/document-limits.ts).
    refuseOverLimitDocuments,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const http = httpExchange(req, res);
        // One statement, and only when a session cookie was sent: the public costs nothing here.
        const viewer = await sessionService.viewerOf(dataSource.manager, http.sessionToken);
        const db = (res.locals.deadline as RequestDeadline).manager(dataSource.manager);
        return createContext(db, res.locals.requestId as string, viewer, http, res.locals.apiKey ?? null);
      },
    }),
  );

  // Photo uploads and the photos themselves (modules/listing/photo-upload.route.ts).
  app.use(photoRoutes(dataSource, options.mediaDir ?? path.join(dataDir(), 'media')));
  // The catalogue as CSV or XLSX (modules/ocop-product/catalogue-export.route.ts).
  app.use(catalogueExportRoutes(dataSource));
  // The label sheets of batches, PDF and CSV (modules/label/label-sheet.route.ts).
  app.use(labelSheetRoutes(dataSource));
  // The open-data files (modules/open-data): static files with ETag, Last-Modified, 304 and ranges.
  app.use(openDataRoutes(options.openDataDir ?? path.join(dataDir(), 'open-data')));

  if (!servePortal(app, dataSource, options.portalDir)) {
    log.info('the portal is not built (portal/dist): serving the API only');
  }

  app.use((_req, res) => {
    const { status, body } = jsonError('NOT_FOUND', 'Not found', res.locals.requestId as string);
    res.status(status).json(body);
  });

  // Body-parser failures (too large, malformed JSON) and anything else thrown outside Apollo:
  // a JSON answer with a code and the request id; never express's HTML page or a stack trace.
  const onError: ErrorRequestHandler = (error: BodyParserError, _req, res, next) => {
    const requestId = res.locals.requestId as string;
    // Apollo finishing a request that the deadline already answered: nothing more to say.
    if (answeredByDeadline(res)) return;
    if (res.headersSent) return next(error);
    let answer;
    if (error.type === 'entity.too.large') {
      answer = jsonError('BODY_TOO_LARGE', bodyTooLargeMessage(error), requestId);
    } else if (error.type === 'entity.parse.failed') {
      answer = jsonError('BAD_REQUEST', 'Request body is not valid JSON.', requestId);
    } else if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      answer = jsonError('BAD_REQUEST', 'Bad request.', requestId, error.status);
    } else {
      log.error(`request ${requestId}: internal error`, describeError(error));
      answer = jsonError('INTERNAL_SERVER_ERROR', MASKED_MESSAGE, requestId);
    }
    res.status(answer.status).json(answer.body);
  };
  app.use(onError);

  let stopped: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    // /readyz answers 503 from now on; the listener stays open for the shutdown delay, then
    // every request already sent is answered (at most STOP_GRACE_MS) before Apollo stops.
    stopping = true;
    stopped ??= drain
      .drain({ delayMs: options.shutdownDelayMs ?? 0, graceMs: STOP_GRACE_MS })
      .then(() => apollo.stop());
    return stopped;
  };

  const listen = (port: number, host: string): Promise<RunningServer> =>
    new Promise((resolve, reject) => {
      httpServer.once('error', reject);
      httpServer.listen(port, host, () => {
        httpServer.off('error', reject);
        const address = httpServer.address() as AddressInfo;
        const shownHost =
          host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
        resolve({
          port: address.port,
          host,
          url: `http://${shownHost}:${address.port}${GRAPHQL_PATH}`,
          stop,
        });
      });
    });

  return { express: app, httpServer, apollo, listen, stop };
}

/** createApp + listen: what start.ts and end-to-end tests call. */
export async function startServer(
  dataSource: DataSource,
  options: AppOptions & { port: number; host: string },
): Promise<RunningServer> {
  const app = await createApp(dataSource, options);
  try {
    return await app.listen(options.port, options.host);
  } catch (error) {
    await app.stop();
    throw error;
  }
}
