import 'reflect-metadata';
import { DataSource, type LoggerOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';

export interface DataSourceOptions {
  url: string;
  /** Connections in the pool (default 10). */
  poolSize?: number;
  logging?: LoggerOptions;
  applicationName?: string;
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
    extra: { max: options.poolSize ?? 10, connectionTimeoutMillis: CONNECT_TIMEOUT_MS },
  });
}

/** Connects and applies pending migrations, each in its own transaction. */
export async function connectAndMigrate(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = createDataSource(options);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
