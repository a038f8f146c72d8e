import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { now } from '../clock';
import { connectAndMigrate } from '../data-source';
import { ADMIN_UNIT_FILES, hasAdminUnitFiles, readAdminUnitFiles } from '../import/admin-units.csv';
import { importAdminUnits } from '../import/admin-units.import';
import { importCriteriaSets, importOcopClassification } from '../import/reference.import';
import { MIGRATIONS } from '../migrations';
import { adminUnitsDir } from '../paths';
import { createDatabase, databaseUrl } from '../testing/test-database';
import {
  generateNationalData,
  NATIONAL_DEFAULT_SEED,
  NATIONAL_GENERATOR_VERSION,
  type NationalOptions,
  type NationalReport,
} from './national.generate';

/** Row of `reference_import` that records which generation a database holds. */
export const NATIONAL_IMPORT_NAME = 'national-generator';

export interface NationalDatabaseOptions extends NationalOptions {
  /** Database name on the server (default `ocop_national`). */
  name?: string;
  /** The administrative-unit files (default ADMIN_UNITS_DIR, or db/reference/admin-units in the repository). */
  adminUnitsDir?: string;
  /** Rebuild even when a database of the same generation exists. */
  force?: boolean;
}

export interface NationalDatabase {
  url: string;
  /** True when an existing database of the same generation was reused. */
  reused: boolean;
  /** The generation's report (for a reused database, the one recorded when it was made). */
  report: NationalReport & { totalMs: number };
}

/**
 * The same checksum as the platform's bootstrap (`adminUnitsChecksum` in server/src/bootstrap.ts),
 * recorded under `admin-units` so that a platform started on this database does not import the
 * units again.
 */
function adminUnitsChecksum(folder: string): string {
  const hash = createHash('sha256');
  for (const file of Object.values(ADMIN_UNIT_FILES)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(folder, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** What a database must have been made with to be reused. */
function generationKey(options: NationalDatabaseOptions, folder: string): string {
  return JSON.stringify({
    version: NATIONAL_GENERATOR_VERSION,
    seed: options.seed ?? NATIONAL_DEFAULT_SEED,
    producers: options.producers ?? 10_000,
    products: options.products ?? 20_000,
    today: options.today ?? '2026-11-28',
    migrations: MIGRATIONS.map((migration) => migration.name),
    adminUnits: adminUnitsChecksum(folder),
  });
}

async function recordedGeneration(url: string): Promise<{ checksum: string; report: unknown } | null> {
  const client = new Client({ connectionString: url });
  try {
    await client.connect();
  } catch {
    return null; // no such database yet
  }
  try {
    const { rows } = await client.query<{ checksum: string; report: unknown }>(
      `SELECT checksum, report FROM reference_import WHERE name = $1`,
      [NATIONAL_IMPORT_NAME],
    );
    return rows[0] ?? null;
  } catch {
    return null; // not a complete generation (no table)
  } finally {
    await client.end();
  }
}

/**
 * A migrated database with the real administrative units, the reference data and the national
 * data set, on the server of `serverUrl`. Reused when it was made by the same generator version,
 * seed, sizes, migrations and unit files; else dropped and made again (then `VACUUM ANALYZE`).
 */
export async function prepareNationalDatabase(
  serverUrl: string,
  options: NationalDatabaseOptions = {},
): Promise<NationalDatabase> {
  const name = options.name ?? 'ocop_national';
  const folder = options.adminUnitsDir ?? adminUnitsDir();
  if (!hasAdminUnitFiles(folder))
    throw new Error(`no administrative-unit files in ${folder} (ADMIN_UNITS_DIR)`);
  const log = options.log ?? (() => undefined);
  const key = createHash('sha256').update(generationKey(options, folder)).digest('hex');
  const url = databaseUrl(serverUrl, name);

  if (!options.force) {
    const recorded = await recordedGeneration(url);
    if (recorded?.checksum === key) {
      return { url, reused: true, report: recorded.report as NationalDatabase['report'] };
    }
  }

  const started = performance.now();
  await createDatabase(serverUrl, name);
  const phases: NationalReport['phases'] = [];
  const phase = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    const ms = Math.round(performance.now() - t0);
    phases.push({ phase: label, ms });
    log(`  ${label}: ${(ms / 1000).toFixed(1)} s`);
    return result;
  };

  const dataSource = await phase('migrations', () =>
    connectAndMigrate({ url, applicationName: 'ocop-generator' }),
  );
  try {
    const em = dataSource.manager;
    await phase('administrative units (real, national)', async () => {
      await importAdminUnits(em, readAdminUnitFiles(folder));
      await em.query(
        `INSERT INTO reference_import (name, checksum, imported_at, report) VALUES ('admin-units', $1, $2::timestamptz, '{}')`,
        [adminUnitsChecksum(folder), now()],
      );
    });
    await phase('criteria sets and OCOP classification', () =>
      em.transaction(async (tx) => {
        await importCriteriaSets(tx);
        await importOcopClassification(tx);
      }),
    );
    const generated = await em.transaction((tx) => generateNationalData(tx, options));
    phases.push(...generated.phases);
    await phase('VACUUM ANALYZE', () => em.query('VACUUM ANALYZE'));
    const report = { ...generated, phases, totalMs: Math.round(performance.now() - started) };
    await em.query(
      `INSERT INTO reference_import (name, checksum, imported_at, report) VALUES ($1, $2, $4::timestamptz, $3::jsonb)`,
      [NATIONAL_IMPORT_NAME, key, JSON.stringify(report), now()],
    );
    return { url, reused: false, report };
  } finally {
    await dataSource.destroy();
  }
}
