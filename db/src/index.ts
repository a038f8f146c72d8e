import 'reflect-metadata';

export * from './entities';
export * from './data-source';
export * from './naming-strategy';
export * from './rows';
export * from './paths';
export * from './clock';
export { MIGRATIONS } from './migrations';
export {
  startEmbeddedPostgres,
  type EmbeddedDatabase,
  type EmbeddedPostgresOptions,
} from './embedded/embedded-postgres';
export { embeddedPasswordFile, readEmbeddedPassword } from './embedded/credentials';
export { findRunningEmbeddedPostgres } from './embedded/running';
export * from './import/admin-units.csv';
export * from './import/admin-units.import';
export * from './import/reference.import';
export * from './certificate-status';
export * from './testing/test-database';
export { findFreePort } from './embedded/free-port';
export * from './demo/demo.seed';
export * from './generators/national.generate';
export * from './generators/national.database';
export { runPgDump, PgDumpError, PG_DUMP_VERSION, type PgDumpOptions } from './backup/pg-dump';
export { CustomArchive, ArchiveError, type ArchiveHeader, type TocEntry } from './backup/custom-archive';
export { restoreArchive, RestoreError, type RestoreOptions } from './backup/restore';
export { publicTables, tableRowCounts, formatRowCounts, type TableRowCount } from './backup/row-counts';
export * from './change-feed';
