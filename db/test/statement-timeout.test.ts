import { afterAll, describe, expect, it } from 'vitest';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, MIGRATIONS } from '../src';
import { freshDatabase } from './support';

/**
 * The pool's statement_timeout (the server's STATEMENT_TIMEOUT_MS) is for the API's statements:
 * connectAndMigrate applies every migration under a limit of 2 ms, which some of their statements
 * exceed, and the connection they used keeps the limit afterwards.
 */
describe('statementTimeoutMs', () => {
  let dataSource: DataSource | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterAll(async () => {
    await dataSource?.destroy();
    await drop?.();
  });

  it('applies to the pool, not to the migrations', async () => {
    const db = await freshDatabase('statement_timeout_test');
    drop = db.drop;
    // One connection: the one the migrations ran on is the one tried afterwards.
    dataSource = await connectAndMigrate({ url: db.url, poolSize: 1, statementTimeoutMs: 2 });

    const client = new Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ count: number }>(
        'SELECT count(*)::int AS count FROM schema_migration',
      );
      expect(rows[0]!.count).toBe(MIGRATIONS.length);
    } finally {
      await client.end();
    }
    await expect(dataSource.query('SELECT pg_sleep(0.2)')).rejects.toMatchObject({ code: '57014' });
  });
});
