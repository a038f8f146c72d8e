import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { embeddedUrl, LEGACY_PASSWORD, readEmbeddedPassword } from './credentials';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user (postgres runs as `postgres` under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function pidLines(file: string): string[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').split('\n');
}

/**
 * The URL of the embedded PostgreSQL a running platform holds in `dataDir`, or null when none
 * runs there. Lets a command (create-administrator) work beside a running platform instead of
 * failing on the data folder it cannot open twice. `postmaster.pid` has the port on line 4; the
 * password is in `<dataDir>/pg-password` (credentials.ts).
 */
export function findRunningEmbeddedPostgres(dataDir: string): string | null {
  const launcher = pidLines(path.join(dataDir, 'launcher.pid'));
  const postmaster = pidLines(path.join(dataDir, 'pg', 'postmaster.pid'));
  const launcherPid = Number.parseInt(launcher?.[0] ?? '', 10);
  const postmasterPid = Number.parseInt(postmaster?.[0] ?? '', 10);
  const port = Number.parseInt(postmaster?.[3] ?? '', 10);
  if (!(launcherPid > 0 && postmasterPid > 0 && port > 0)) return null;
  if (!alive(launcherPid) || !alive(postmasterPid)) return null;
  // The running launcher has written the file (or migrated the folder) before it was ready;
  // `postgres` only for a platform started by a version from before the password file.
  return embeddedUrl(readEmbeddedPassword(dataDir) ?? LEGACY_PASSWORD, port);
}
