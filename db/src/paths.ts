import path from 'node:path';

/** The repository's root folder (this file is at db/src/paths.ts, or db/dist/paths.js once built). */
export const REPO_ROOT = path.resolve(__dirname, '..', '..');

/** Where the embedded PostgreSQL keeps its files: `DATA_DIR`, or `.data/` at the repository root. */
export function dataDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.DATA_DIR ?? path.join(REPO_ROOT, '.data'));
}

/** The administrative-unit reference data kept in the repository (see its README). */
export const REFERENCE_ADMIN_UNITS_DIR = path.join(REPO_ROOT, 'db', 'reference', 'admin-units');

/**
 * Where the administrative-unit reference data is read from: `ADMIN_UNITS_DIR`, or the national
 * files in the repository (`db/reference/admin-units/`).
 */
export function adminUnitsDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.ADMIN_UNITS_DIR ?? REFERENCE_ADMIN_UNITS_DIR);
}
