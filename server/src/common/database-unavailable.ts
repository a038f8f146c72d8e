/**
 * Whether an error means "the database cannot be reached right now" (it is restarting, down, or
 * the network to it is), as opposed to a fault of the request or of the code. Such errors reach
 * the client as `SERVICE_UNAVAILABLE` (mask-errors.ts): worth retrying, not a bug to report.
 */

/** Socket errors of the connection to PostgreSQL. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
/** SQLSTATEs: admin_shutdown, crash_shutdown, cannot_connect_now (starting up, in recovery). */
const SHUTDOWN_STATES = new Set(['57P01', '57P02', '57P03']);
/** What `pg` says when a connection ends under it or cannot be made in time. */
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'the database system is',
];

export function isDatabaseUnavailable(error: unknown): boolean {
  // The error itself, or what wraps it: GraphQL's originalError, TypeORM's driverError, a cause.
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (
      typeof code === 'string' &&
      (NETWORK_CODES.has(code) || SHUTDOWN_STATES.has(code) || code.startsWith('08'))
    ) {
      return true;
    }
    if (PG_MESSAGES.some((text) => current instanceof Error && current.message.includes(text))) return true;
    const wrapper = current as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    current = wrapper.originalError ?? wrapper.driverError ?? wrapper.cause;
  }
  return false;
}
