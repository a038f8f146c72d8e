/**
 * What the platform does between connecting to the database and serving: migrations (done by
 * `connectAndMigrate`), reference data (administrative units, NTM criteria sets, OCOP
 * classification), and the demo data set when asked. Each step logs one line with its duration.
 *
 * The steps hold a PostgreSQL advisory lock, so several instances started together against one
 * database import one after the other (the imports are idempotent; the lock keeps them from
 * doing the same work twice at the same time).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as db from '@ocop/db';
import type { DataSource, EntityManager } from 'typeorm';
import { log, timed } from './common/log';

/** Name of the administrative-unit import in table `reference_import`. */
export const ADMIN_UNITS_IMPORT = 'admin-units';
/** Key of the advisory lock held while reference data is imported ("ocop" in ASCII). */
const BOOTSTRAP_LOCK = 0x6f636f70;

export interface BootstrapOptions {
  /** The administrative-unit files: ADMIN_UNITS_DIR, by default the national files in db/reference/admin-units. */
  adminUnitsDir: string;
  seedDemo: boolean;
  /** Aborted when the platform is asked to stop: no further step starts. */
  signal?: AbortSignal;
}

/**
 * sha256 over the names and contents of the files the import reads, in a fixed order: the unit
 * lists, the mappings and the changes of 2026 (`db.ADMIN_UNIT_FILES`).
 */
export function adminUnitsChecksum(folder: string): string {
  const hash = createHash('sha256');
  for (const file of Object.values(db.ADMIN_UNIT_FILES)) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(path.join(folder, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function summarise(report: db.AdminUnitImportReport): string {
  const part = (name: string, counts: db.ImportCounts): string =>
    `${name} +${counts.inserted} ~${counts.updated} =${counts.unchanged}`;
  const changes = report.changes2026;
  const notApplied = Object.entries(changes.notApplied).map(
    ([kind, { rows, reason }]) => `${rows} ${kind} (${reason})`,
  );
  return (
    [
      part('provinces', report.provinces),
      part('districts', report.districts),
      part('communes', report.communes),
      part('lineage', report.lineage),
    ].join(', ') +
    `; changes of ${changes.effectiveOn}: ${changes.applied.length} applied as dated changes` +
    (notApplied.length > 0 ? `, not applied: ${notApplied.join(', ')}` : '')
  );
}

/** Which of the files the import reads are missing from `folder`. */
function missingAdminUnitFiles(folder: string): string[] {
  return Object.values(db.ADMIN_UNIT_FILES).filter((file) => !existsSync(path.join(folder, file)));
}

async function importAdminUnitsIfChanged(em: EntityManager, folder: string): Promise<void> {
  const checksum = adminUnitsChecksum(folder);
  const [stored] = await em.query<{ checksum: string }[]>(
    `SELECT checksum FROM reference_import WHERE name = $1`,
    [ADMIN_UNITS_IMPORT],
  );
  if (stored?.checksum === checksum) {
    log.info(`administrative units unchanged since the last import (${folder})`);
    return;
  }
  await timed(
    () =>
      em.transaction(async (tx) => {
        const report = await db.importAdminUnits(tx, db.readAdminUnitFiles(folder));
        await tx.query(
          `INSERT INTO reference_import (name, checksum, imported_at, report) VALUES ($1, $2, $4::timestamptz, $3::jsonb)
           ON CONFLICT (name) DO UPDATE SET checksum = excluded.checksum, imported_at = excluded.imported_at,
             report = excluded.report`,
          [ADMIN_UNITS_IMPORT, checksum, JSON.stringify({ folder, ...report }), db.now()],
        );
        return report;
      }),
    (report) => `administrative units imported from ${folder}: ${summarise(report)}`,
  );
}

type SeedDemo = (em: EntityManager) => Promise<unknown>;

/** `seedDemo` is looked up at run time: @ocop/db gains it in a later change. */
function findSeedDemo(): SeedDemo | null {
  const candidate = (db as unknown as { seedDemo?: unknown }).seedDemo;
  return typeof candidate === 'function' ? (candidate as SeedDemo) : null;
}

/** One line from the seed's report: its reason when it wrote nothing, else its row counts. */
function describeSeedResult(result: unknown): string {
  if (result === null || typeof result !== 'object') return 'demo data seeded';
  const report = result as Record<string, unknown>;
  if (report.skipped === true) {
    return `demo data not written: ${typeof report.reason === 'string' ? report.reason : 'already present'}`;
  }
  const counts = Object.entries(report)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .map(([name, count]) => `${name} ${count}`);
  return counts.length > 0 ? `demo data seeded: ${counts.join(', ')}` : 'demo data seeded';
}

export async function loadReferenceData(dataSource: DataSource, options: BootstrapOptions): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The imports and the seed write thousands of rows in a statement: the pool's
    // statement_timeout (STATEMENT_TIMEOUT_MS) is for the API's requests, not for them.
    await runner.query('SET statement_timeout = 0');
    const [{ locked }] = (await runner.query(`SELECT pg_try_advisory_lock($1) AS locked`, [
      BOOTSTRAP_LOCK,
    ])) as [{ locked: boolean }];
    if (!locked) {
      log.info('another instance is importing reference data; waiting for it');
      await runner.query(`SELECT pg_advisory_lock($1)`, [BOOTSTRAP_LOCK]);
    }
    const em = runner.manager;

    const checkpoint = (): void => options.signal?.throwIfAborted();
    checkpoint();
    // The national files are in the repository, so a missing folder is an ADMIN_UNITS_DIR that
    // points elsewhere: the platform still starts (on the units already in the database, if
    // any), and says so. Tests use that to start without the import.
    const missing = missingAdminUnitFiles(options.adminUnitsDir);
    if (missing.length === 0) {
      await importAdminUnitsIfChanged(em, options.adminUnitsDir);
    } else {
      log.warn(
        `administrative units are NOT imported: ADMIN_UNITS_DIR=${options.adminUnitsDir} ` +
          (existsSync(options.adminUnitsDir)
            ? `lacks ${missing.join(', ')}`
            : `does not exist (leave ADMIN_UNITS_DIR unset for the national files in ${db.REFERENCE_ADMIN_UNITS_DIR})`),
      );
    }

    checkpoint();
    await timed(
      () => em.transaction((tx) => db.importCriteriaSets(tx)),
      (changed) => `criteria sets imported (${changed} rows written)`,
    );
    checkpoint();
    await timed(
      () => em.transaction((tx) => db.importOcopClassification(tx)),
      (changed) => `OCOP classification imported (${changed} rows written)`,
    );

    checkpoint();
    if (options.seedDemo) {
      const seedDemo = findSeedDemo();
      if (seedDemo) await timed(() => seedDemo(em), describeSeedResult);
      else log.warn('demo data requested but @ocop/db has no seedDemo yet; skipped');
    } else {
      log.info('demo data off (SEED_DEMO=0, or an external DATABASE_URL)');
    }
  } finally {
    await runner.query(`SELECT pg_advisory_unlock_all()`).catch(() => undefined);
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.release();
  }
}
