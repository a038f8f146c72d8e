import { GraphQLError } from 'graphql';

/**
 * Error codes a client may see with their original message. Anything else reaching
 * `formatError` is a fault: it is masked (see `mask-errors.ts`).
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set([
  // Apollo Server's own (ApolloServerErrorCode), except INTERNAL_SERVER_ERROR.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'BAD_USER_INPUT',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The platform's.
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  // Time limits (common/request-deadline.ts): the client asked for too much, nothing is broken.
  'QUERY_TIMEOUT',
  'REQUEST_TIMEOUT',
]);

/** The caller sent a value the API cannot accept (a malformed code, an unknown ID…). */
export function badUserInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
