import type { MessageKey } from '../../i18n/i18n';

/**
 * The error codes a partner meets most, for the developers' page (the full table, every code the
 * server defines, is in the README; server/test/error-codes.test.ts checks that each code here
 * is one the server defines, with its status).
 */
export const COMMON_ERROR_CODES: { code: string; status: string; meaning: MessageKey }[] = [
  { code: 'INVALID_API_KEY', status: '401', meaning: 'developers.codes.INVALID_API_KEY' },
  { code: 'INSUFFICIENT_SCOPE', status: '403', meaning: 'developers.codes.INSUFFICIENT_SCOPE' },
  { code: 'CURSOR_EXPIRED', status: '200', meaning: 'developers.codes.CURSOR_EXPIRED' },
  { code: 'RATE_LIMITED', status: '429', meaning: 'developers.codes.RATE_LIMITED' },
  { code: 'CROSS_ORIGIN_WRITE', status: '403', meaning: 'developers.codes.CROSS_ORIGIN_WRITE' },
  { code: 'BAD_USER_INPUT', status: '400 / 200', meaning: 'developers.codes.BAD_USER_INPUT' },
  { code: 'NOT_FOUND', status: '404 / 200', meaning: 'developers.codes.NOT_FOUND' },
  { code: 'QUERY_TOO_COMPLEX', status: '400', meaning: 'developers.codes.QUERY_TOO_COMPLEX' },
  { code: 'QUERY_TOO_DEEP', status: '400', meaning: 'developers.codes.QUERY_TOO_DEEP' },
  { code: 'QUERY_TOO_LARGE', status: '400', meaning: 'developers.codes.QUERY_TOO_LARGE' },
  { code: 'TOO_MANY_ALIASES', status: '400', meaning: 'developers.codes.TOO_MANY_ALIASES' },
  { code: 'BATCH_NOT_SUPPORTED', status: '400', meaning: 'developers.codes.BATCH_NOT_SUPPORTED' },
  { code: 'BODY_TOO_LARGE', status: '413', meaning: 'developers.codes.BODY_TOO_LARGE' },
  { code: 'QUERY_TIMEOUT', status: '200', meaning: 'developers.codes.QUERY_TIMEOUT' },
  { code: 'REQUEST_TIMEOUT', status: '503', meaning: 'developers.codes.REQUEST_TIMEOUT' },
  { code: 'SERVICE_UNAVAILABLE', status: '503 / 200', meaning: 'developers.codes.SERVICE_UNAVAILABLE' },
  { code: 'INTERNAL_SERVER_ERROR', status: '500 / 200', meaning: 'developers.codes.INTERNAL_SERVER_ERROR' },
];
