import { inject } from 'vitest';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, createDatabase, createDataSource, dropDatabase } from '../src';

/** A fresh, empty database of this test file's own (not migrated). */
export async function freshDatabase(name: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = inject('serverUrl');
  const url = await createDatabase(server, name);
  return { url, drop: () => dropDatabase(server, name) };
}

/** A fresh database with every migration applied, and a connected data source on it. */
export async function migratedDatabase(
  name: string,
): Promise<{ dataSource: DataSource; close: () => Promise<void> }> {
  const { url, drop } = await freshDatabase(name);
  const dataSource = await connectAndMigrate({ url, poolSize: 4 });
  return {
    dataSource,
    close: async () => {
      await dataSource.destroy();
      await drop();
    },
  };
}

export { createDataSource };
