import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';

/**
 * Every top-level error code the platform answers (`errors[].extensions.code`), defined once: the
 * limits, the refusals and the faults, with the HTTP status an answer refused with the code
 * carries. The README's "Error codes" table lists each of them (test/src/api-error-codes.test.ts
 * reads this object and fails when the table misses a code or names another status), and
 * server/test/error-codes.test.ts fails when the source writes a code that is not here.
 *
 * `inField`: the code can also come from a resolver, as an error next to the data of the other
 * fields: that answer is HTTP 200 (GraphQL's convention), whatever `status` says.
 * `limit`: a limit on the request's shape, checked before anything runs (no SQL has run).
 * `masked`: formatError never lets an error with this code through as it came (mask-errors.ts):
 * the platform writes these itself, with its own message.
 */
export const ERROR_CODES = {
  // The request itself (Apollo Server's codes, and the platform's for its limits).
  GRAPHQL_PARSE_FAILED: { status: 400 },
  GRAPHQL_VALIDATION_FAILED: { status: 400 },
  OPERATION_RESOLUTION_FAILURE: { status: 400 },
  /** Malformed request: not JSON, no query, a GET mutation (405), no CSRF header, a malformed APQ extension. */
  BAD_REQUEST: { status: 400 },
  BAD_USER_INPUT: { status: 400, inField: true },
  PERSISTED_QUERY_NOT_FOUND: { status: 200 },
  PERSISTED_QUERY_HASH_MISMATCH: { status: 400 },
  /** Fields nested more than MAX_QUERY_DEPTH, or brackets / variables nested more than DOCUMENT_LIMITS.maxNesting. */
  QUERY_TOO_DEEP: { status: 400, limit: true },
  /** More aliased fields than LIMITS.maxAliases. */
  TOO_MANY_ALIASES: { status: 400, limit: true },
  /** An estimated (or, while built, a real) answer above LIMITS.maxCost objects, or too costly to validate. */
  QUERY_TOO_COMPLEX: { status: 400, limit: true },
  /** A query text over MAX_QUERY_LENGTH characters or DOCUMENT_LIMITS.maxFields fields, or too many selections through fragments. */
  QUERY_TOO_LARGE: { status: 400, limit: true },
  /** A JSON array of operations: one operation per request. */
  BATCH_NOT_SUPPORTED: { status: 400, limit: true },
  /** A JSON body over BODY_LIMIT, or an upload over its limit. */
  BODY_TOO_LARGE: { status: 413 },
  /** Photo uploads (modules/listing/photo-upload.route.ts). */
  UNSUPPORTED_MEDIA_TYPE: { status: 415 },
  IMAGE_TOO_LARGE: { status: 413 },
  // Who is asking.
  INVALID_API_KEY: { status: 401 },
  /** A key asking for what its scopes do not cover (modules/partner/api-key-scopes.ts). */
  INSUFFICIENT_SCOPE: { status: 403 },
  UNAUTHENTICATED: { status: 401, inField: true },
  FORBIDDEN: { status: 403, inField: true },
  /** A write (a mutation, an upload) from a page of another origin (common/cross-origin.ts). */
  CROSS_ORIGIN_WRITE: { status: 403 },
  NOT_FOUND: { status: 404, inField: true },
  // Budgets and time.
  RATE_LIMITED: { status: 429 },
  REQUEST_TIMEOUT: { status: 503 },
  QUERY_TIMEOUT: { status: 200, inField: true },
  /** A change-feed cursor older than the history kept (modules/sync): start again from a download. */
  CURSOR_EXPIRED: { status: 200, inField: true },
  /** Too many catalogue exports at once (modules/ocop-product/catalogue-export.route.ts). */
  BUSY: { status: 503 },
  // Faults.
  SERVICE_UNAVAILABLE: { status: 503, inField: true, masked: true },
  INTERNAL_SERVER_ERROR: { status: 500, inField: true, masked: true },
} as const satisfies Record<string, { status: number; inField?: boolean; masked?: boolean; limit?: boolean }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** The codes of the request-shape limits (`limit`): checked before anything runs, no SQL, HTTP 400. */
export type LimitCode = {
  [K in ErrorCode]: (typeof ERROR_CODES)[K] extends { limit: true } ? K : never;
}[ErrorCode];

export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(ERROR_CODES, code);
}

export function isLimitCode(code: unknown): code is LimitCode {
  return isErrorCode(code) && 'limit' in ERROR_CODES[code];
}

/** The HTTP status of an answer refused with `code`. */
export function statusOf(code: ErrorCode): number {
  return ERROR_CODES[code].status;
}

/** A GraphQL error with `code` that refuses the whole request with the code's HTTP status. */
export function requestError(
  code: ErrorCode,
  message: string,
  extensions: GraphQLErrorExtensions = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions, http: { status: statusOf(code) } } });
}

/**
 * The JSON body of an answer given outside Apollo (express middleware), in the shape of a
 * GraphQL answer with one error, its code and the request id.
 */
export function errorBody(
  code: ErrorCode,
  message: string,
  requestId: string | undefined,
  extensions: Record<string, unknown> = {},
) {
  return { errors: [{ message, extensions: { code, ...extensions, requestId } }] };
}
