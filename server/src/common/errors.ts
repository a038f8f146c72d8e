import { GraphQLError } from 'graphql';
import { ERROR_CODES, type ErrorCode } from './error-codes';
import type { Localized } from './language';

/**
 * Error codes a client may see with their original message: every code of ERROR_CODES but those
 * the platform writes only itself (INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE). Anything else
 * reaching `formatError` is a fault: it is masked (see `mask-errors.ts`).
 */
export const PUBLIC_ERROR_CODES: ReadonlySet<string> = new Set(
  (Object.entries(ERROR_CODES) as [ErrorCode, { masked?: boolean }][])
    .filter(([, definition]) => !definition.masked)
    .map(([code]) => code),
);

/** A refusal written in both languages keeps them here (never sent: not in `extensions`). */
export type LocalizedError = GraphQLError & { localized?: Localized };

/**
 * The caller sent a value the API cannot accept (a malformed code, an unknown ID…). Given in both
 * languages, the message is its English (what GraphQL clients, programs, have always read) and the
 * error keeps both, for the routes people read (the catalogue export) to answer in theirs.
 */
export function badUserInput(message: string | Localized, argumentName?: string): LocalizedError {
  const error: LocalizedError = new GraphQLError(typeof message === 'string' ? message : message.en, {
    extensions: { code: 'BAD_USER_INPUT', ...(argumentName ? { argumentName } : {}) },
  });
  if (typeof message !== 'string') error.localized = message;
  return error;
}

export function notFound(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });
}
