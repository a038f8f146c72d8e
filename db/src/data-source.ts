import 'reflect-metadata';
import { DataSource, MigrationExecutor, type LoggerOptions } from 'typeorm';
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
   * STATEMENT_TIMEOUT_MS); unset or 0: none. Migrations here, and the reference data and demo
   * seed (server/src/bootstrap.ts), lift it on the connection they hold; the backup and restore
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
    },
  });
}

/**
 * Connects and applies pending migrations, each in its own transaction, on one connection
 * without the pool's statement_timeout: a migration may rewrite a whole table.
 */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    const runner = dataSource.createQueryRunner();
    try {
      await runner.query('SET statement_timeout = 0');
      const executor = new MigrationExecutor(dataSource, runner);
      executor.transaction = 'each';
      await executor.executePendingMigrations();
      // Back to the connection's own setting before it returns to the pool.
      await runner.query('RESET statement_timeout');
    } finally {
      await runner.release();
    }
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
