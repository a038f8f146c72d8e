import 'reflect-metadata';
import { DataSource, MigrationExecutor, type LoggerOptions } from 'typeorm';
import { clock } from './clock';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  logging?: LoggerOptions;
  applicationName?: string;
  /**
   * PostgreSQL's statement_timeout for every connection of the pool, in ms (the server's
   * STATEMENT_TIMEOUT_MS); unset or 0: none. Migrations here run on a connection of their own
   * without it; the reference data and demo seed (server/src/bootstrap.ts) lift it on the
   * connection they hold; the backup and restore
   * commands use connections of their own without it.
   */
  statementTimeoutMs?: number;
}

const CONNECT_TIMEOUT_MS = 10_000;

/** The TypeORM data source of the platform. The schema changes only through migrations. */
export function createDataSource(options: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url: options.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: options.logging ?? false,
    applicationName: options.applicationName ?? 'ocop-platform',
    // A database that does not answer (down, unreachable) fails a request within 10 s instead of
    // holding it forever; the pool opens new connections by itself once it is back.
    // statement_timeout is a startup parameter of each connection: no statement more per query.
    extra: {
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      // The pinned day (OCOP_TODAY) for SQL's own clock, ocop_now() (migration 1796142000000):
      // triggers that stamp updated_at then agree with the services.
      ...(clock().pinnedDay ? { options: `-c ocop.today=${clock().pinnedDay}` } : {}),
    },
  });
}

/**
 * Applies pending migrations, each in its own transaction, on a connection of their own that has
 * no statement_timeout (a migration may rewrite a whole table), then connects the pool. Lifting the
 * pool's limit with a SET would itself run under that limit.
 */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  const migrator = createDataSource({ ...options, poolSize: 1, statementTimeoutMs: undefined });
  await migrator.initialize();
  try {
    const executor = new MigrationExecutor(migrator);
    executor.transaction = 'each';
    await executor.executePendingMigrations();
  } finally {
    await migrator.destroy();
  }
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  return dataSource;
}
