import path from 'node:path';
import { findRunningEmbeddedPostgres, startEmbeddedPostgres, type EmbeddedDatabase } from '@ocop/db';
import { describeDatabaseUrl, type Config } from '../config';

/** The platform's database for a command: where it is, and how to let it go. */
export interface DatabaseTarget {
  url: string;
  /** For messages: never the password. */
  description: string;
  /** The database's name (the last part of the URL). */
  name: string;
  /** The embedded PostgreSQL of a running platform (which keeps running afterwards). */
  platformRunning: boolean;
  /** Stops the embedded PostgreSQL when the command started it. */
  close(): Promise<void>;
}

/**
 * DATABASE_URL, or the embedded PostgreSQL in DATA_DIR — the one a running platform holds, or
 * started here for the command and stopped after it (as `pnpm admin:create` does).
 */
export async function openDatabaseTarget(
  config: Config,
  say: (line: string) => void,
): Promise<DatabaseTarget> {
  let embedded: EmbeddedDatabase | null = null;
  let url = config.databaseUrl;
  let description: string;
  let platformRunning = false;
  if (url) {
    description = `${describeDatabaseUrl(url)} (DATABASE_URL)`;
  } else {
    url = findRunningEmbeddedPostgres(config.dataDir);
    if (url) {
      platformRunning = true;
      description = `the running platform's embedded PostgreSQL (${config.dataDir})`;
    } else {
      embedded = await startEmbeddedPostgres(config.dataDir);
      for (const notice of embedded.notices) say(notice);
      url = embedded.url;
      description = `embedded PostgreSQL in ${config.dataDir}`;
    }
  }
  return {
    url,
    description,
    name: decodeURIComponent(new URL(url).pathname.slice(1)),
    platformRunning,
    close: async () => {
      await embedded?.stop();
    },
  };
}

/** A path typed by the user, relative to where they typed it (pnpm runs scripts from the repository root). */
export function userPath(file: string): string {
  return path.resolve(process.env.INIT_CWD ?? process.cwd(), file);
}
