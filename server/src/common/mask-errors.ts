import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isLimitCode, type LimitCode } from './error-codes';
import { isDatabaseUnavailable } from './database-unavailable';
import { PUBLIC_ERROR_CODES } from './errors';
import { describeError, log } from './log';
import { currentRequestId } from './request-id';

export const MASKED_MESSAGE = 'Internal server error';
export const DATABASE_UNAVAILABLE_MESSAGE =
  'The database is unavailable at the moment; try again in a few seconds.';

/**
 * Apollo's `formatError` (server/README.md, pitfall 3: Apollo returns resolver error text
 * unmasked, whatever NODE_ENV says). Errors with a public code pass unchanged; any other error —
 * an SQL failure, a bug, a library's exception — reaches the client only as "Internal server
 * error" with its request id, and is logged here in full under the same id. An error that only means
 * the database cannot be reached right now is `SERVICE_UNAVAILABLE` (common/database-unavailable.ts).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const limit = validationLimitOf(formatted, error);
  if (limit) return { ...formatted, extensions: { ...formatted.extensions, code: limit } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) return formatted;
  const requestId = currentRequestId() ?? 'none';
  const where = formatted.path ? ` at ${formatted.path.join('.')}` : '';
  if (isDatabaseUnavailable(unwrapResolverError(error))) {
    // Not a fault of this request: one line, and a code that tells the client to retry.
    log.error(`request ${requestId}: database unavailable${where}`);
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'SERVICE_UNAVAILABLE', requestId },
    };
  }
  log.error(`request ${requestId}: internal error${where}`, describeError(unwrapResolverError(error)));
  return {
    message: MASKED_MESSAGE,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
  };
}

/**
 * The limit a validation error reports: Apollo wraps every validation error in its own
 * (ValidationError, code GRAPHQL_VALIDATION_FAILED, the rule's error as `originalError`), so the
 * limits checked during validation (limits.ts's depth, document-limits.ts's replacements) would
 * all answer GRAPHQL_VALIDATION_FAILED; their own code is read back from the error wrapped.
 */
function validationLimitOf(formatted: GraphQLFormattedError, error: unknown): LimitCode | undefined {
  if (formatted.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED' || !(error instanceof GraphQLError))
    return undefined;
  const code = (error.originalError as GraphQLError | undefined)?.extensions?.code;
  return isLimitCode(code) ? code : undefined;
}
