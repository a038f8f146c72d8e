import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource, MIGRATIONS } from '../src';
import { freshDatabase } from './support';

const objectsQuery = `
  SELECT 'table:' || tablename AS name FROM pg_tables WHERE schemaname = 'public'
  UNION ALL
  SELECT 'function:' || p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
  WHERE n.nspname = 'public' AND p.proname IN ('ocop_fold', 'ocop_certificate_status', 'audit_log_append_only')
  ORDER BY 1`;

describe('migrations on an empty database', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase('migrations_test');
    drop = db.drop;
    dataSource = createDataSource({ url: db.url, poolSize: 2 });
    await dataSource.initialize();
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  const names = async (): Promise<string[]> =>
    ((await dataSource.query(objectsQuery)) as { name: string }[]).map((row) => row.name);

  it('go up, down to nothing, and up again to the same schema', async () => {
    expect(await names()).toEqual([]);

    const applied = await dataSource.runMigrations({ transaction: 'each' });
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const up = await names();
    for (const table of [
      'admin_unit',
      'unit_lineage',
      'ocop_product',
      'ocop_certificate',
      'audit_log',
      'app_user',
    ]) {
      expect(up).toContain(`table:${table}`);
    }
    expect(up).toContain('function:ocop_fold');
    expect(await dataSource.showMigrations()).toBe(false);

    for (let i = 0; i < MIGRATIONS.length; i += 1)
      await dataSource.undoLastMigration({ transaction: 'each' });
    // Only TypeORM's own bookkeeping table is left.
    expect(await names()).toEqual(['table:schema_migration']);

    await dataSource.runMigrations({ transaction: 'each' });
    expect(await names()).toEqual(up);
  });
});
