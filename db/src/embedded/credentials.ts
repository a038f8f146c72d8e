import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The superuser and database the launcher (launcher.ts) sets up; it listens on 127.0.0.1 only. */
export const EMBEDDED_USER = 'postgres';
export const EMBEDDED_DATABASE = 'ocop';
/** The password of every data folder made before the password file existed (migrated on start). */
export const LEGACY_PASSWORD = 'postgres';

/** Where the embedded cluster's superuser password is kept: `<dataDir>/pg-password`, mode 0600. */
export function embeddedPasswordFile(dataDir: string): string {
  return path.join(dataDir, 'pg-password');
}

/** The password kept in `dataDir`, or null when the folder has none yet. */
export function readEmbeddedPassword(dataDir: string): string | null {
  const file = embeddedPasswordFile(dataDir);
  if (!existsSync(file)) return null;
  const password = readFileSync(file, 'utf8').trim();
  return password === '' ? null : password;
}

/** 32 url-safe characters (192 random bits): usable as is inside a connection URL. */
export function generatePassword(): string {
  return randomBytes(24).toString('base64url');
}

/** Writes the password file, readable by its owner only (the user running the launcher). */
export function writeEmbeddedPassword(dataDir: string, password: string): void {
  // `wx`: never overwrite a password the cluster may already use.
  writeFileSync(embeddedPasswordFile(dataDir), `${password}\n`, { mode: 0o600, flag: 'wx' });
}

/** The URL of a database on the embedded server of `dataDir` listening on `port`. */
export function embeddedUrl(password: string, port: number, database = EMBEDDED_DATABASE): string {
  return `postgres://${EMBEDDED_USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}
