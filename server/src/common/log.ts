/**
 * Plain console lines with one prefix, so the platform's own output is easy to tell from that of
 * libraries (`[ocop] migrations applied (120 ms)`). No logging framework yet: one process writes
 * to stdout/stderr and the supervisor (systemd, Docker, Kubernetes) collects them.
 */
export const log = {
  info(message: string): void {
    console.log(`[ocop] ${message}`);
  },
  warn(message: string): void {
    console.warn(`[ocop] warning: ${message}`);
  },
  error(message: string, error?: unknown): void {
    if (error === undefined) console.error(`[ocop] ${message}`);
    else console.error(`[ocop] ${message}: ${describeError(error)}`);
  },
};

/** The stack when there is one (it starts with the message), else the message. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return String(error);
}

/** Runs one step and logs `<what it reports> (<duration> ms)`. */
export async function timed<T>(step: () => Promise<T>, describe: (result: T) => string): Promise<T> {
  const started = performance.now();
  const result = await step();
  log.info(`${describe(result)} (${Math.round(performance.now() - started)} ms)`);
  return result;
}
