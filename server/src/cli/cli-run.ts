/**
 * What the command-line tools (create-administrator, db-backup, db-restore) share: bad usage, a
 * refusal and a failure each end the process with their exit code and one clear line.
 */

/** Bad arguments: the message and the usage are printed, exit code 2. */
export class UsageError extends Error {}

export interface CliOutcome {
  /** Printed before the message of an expected error ("backup failed"). */
  failure: string;
  /** Errors whose message is meant for the operator; any other is printed as it is. */
  known: readonly (abstract new (...args: never[]) => Error)[];
  /** An error meaning "not done, on purpose" (exit code 1 too), with its own prefix. */
  refusal?: { type: abstract new (...args: never[]) => Error; prefix: string };
}

/** Runs `main` and exits with its code, or with 2 for a UsageError and 1 for any other error. */
export function runCli(main: () => Promise<number>, usage: string, outcome: CliOutcome): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) {
        process.stderr.write(`${error.message}\n${usage}\n`);
        process.exit(2);
      }
      if (outcome.refusal && error instanceof outcome.refusal.type) {
        process.stderr.write(`${outcome.refusal.prefix}: ${error.message}\n`);
        process.exit(1);
      }
      const known = outcome.known.some((type) => error instanceof type);
      process.stderr.write(`${outcome.failure}: ${known ? (error as Error).message : String(error)}\n`);
      process.exit(1);
    },
  );
}
