import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { connectAndMigrate, GENERATED_EXPRESSIONS } from '../src';
import { freshDatabase } from './support';

/**
 * The entities describe the tables; the migrations make them. Nothing at run time compares the
 * two (the server writes its own SQL), so this does, on a freshly migrated database. TypeORM's
 * schema builder is only asked what it would change (`log()`): the schema changes through
 * migrations alone, never `synchronize`.
 */
describe('entities and migrations', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const db = await freshDatabase('entities_test');
    drop = db.drop;
    // One connection: the temporary table made below must be the one the schema builder reads.
    dataSource = await connectAndMigrate({ url: db.url, poolSize: 1 });
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  const sorted = (names: string[]): string[] => [...names].sort();

  it('every table has one entity, and every entity a table', async () => {
    const rows = (await dataSource.query(
      `SELECT table_name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> $1`,
      [dataSource.options.migrationsTableName],
    )) as { table_name: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(sorted(dataSource.entityMetadatas.map((entity) => entity.tableName))).toEqual(
      sorted(rows.map((row) => row.table_name)),
    );
  });

  it('TypeORM finds nothing to change: columns, keys, foreign keys, indexes and checks agree', async () => {
    // Generated columns are described by @GeneratedAs, out of TypeORM's sight (entities/base.ts);
    // this data source is told of them, so that its comparison covers them.
    for (const entity of dataSource.entityMetadatas)
      for (const column of entity.columns) {
        const expression = GENERATED_EXPRESSIONS.get(column.target)?.get(column.propertyName);
        if (expression === undefined) continue;
        column.generatedType = 'STORED';
        column.asExpression = expression;
      }
    // TypeORM reads the database's expressions from its own table (typeorm_metadata), which only
    // its synchronize fills. This session gets one, filled with the expressions as PostgreSQL
    // prints them; the database is left as it was.
    await dataSource.query(
      `CREATE TEMPORARY TABLE typeorm_metadata
         (type text NOT NULL, database text, schema text, "table" text, name text, value text)`,
    );
    await dataSource.query(
      `INSERT INTO typeorm_metadata
       SELECT 'GENERATED_COLUMN', table_catalog, table_schema, table_name, column_name, generation_expression
       FROM information_schema.columns WHERE table_schema = 'public' AND is_generated = 'ALWAYS'`,
    );
    try {
      const { upQueries } = await dataSource.driver.createSchemaBuilder().log();
      expect(upQueries.map((query) => query.query)).toEqual([]);
    } finally {
      await dataSource.query(`DROP TABLE pg_temp.typeorm_metadata`);
    }
  });

  it('every check says what the database checks', async () => {
    // The schema builder compares checks by name only. PostgreSQL prints an expression its own way
    // (IN (…) becomes = ANY (ARRAY[…])), so each entity's checks are added to an empty copy of its
    // table and printed back beside the real ones; the transaction is then rolled back.
    const runner = dataSource.createQueryRunner();
    await runner.startTransaction();
    try {
      const checksOf = async (table: string): Promise<string[]> =>
        (
          (await runner.query(
            `SELECT conname, pg_get_constraintdef(oid) AS definition FROM pg_constraint
           WHERE conrelid = $1::regclass AND contype = 'c'`,
            [table],
          )) as { conname: string; definition: string }[]
        ).map((row) => `${row.conname}: ${row.definition}`);
      const described: string[] = [];
      const actual: string[] = [];
      for (const entity of dataSource.entityMetadatas) {
        const probe = `pg_temp.probe_${entity.tableName}`;
        await runner.query(
          `CREATE TEMPORARY TABLE probe_${entity.tableName} (LIKE public.${entity.tableName})`,
        );
        for (const check of entity.checks)
          await runner.query(`ALTER TABLE ${probe} ADD CONSTRAINT ${check.name} CHECK (${check.expression})`);
        described.push(...(await checksOf(probe)).map((check) => `${entity.tableName}.${check}`));
        actual.push(
          ...(await checksOf(`public.${entity.tableName}`)).map((check) => `${entity.tableName}.${check}`),
        );
      }
      expect(actual.length).toBeGreaterThan(0);
      expect(sorted(described)).toEqual(sorted(actual));
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  // What the schema builder does not see: indexes on expressions (it reads only indexes of
  // columns), the ones entities leave unsynchronised, and partial indexes' conditions.
  const indexesQuery = `
    SELECT t.relname AS table, i.relname AS name,
           pg_get_expr(x.indpred, x.indrelid) AS condition
    FROM pg_index x
    JOIN pg_class i ON i.oid = x.indexrelid
    JOIN pg_class t ON t.oid = x.indrelid
    JOIN pg_namespace n ON n.oid = t.relnamespace
    WHERE n.nspname = 'public' AND t.relname <> $1
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                      WHERE c.conindid = x.indexrelid AND c.conrelid = x.indrelid AND c.contype IN ('p', 'u', 'x'))`;
  const withoutParentheses = (condition: string | null | undefined): string =>
    (condition ?? '').replace(/^\((.*)\)$/s, '$1');

  it('every index is named by its entity, with its condition', async () => {
    const indexes = (await dataSource.query(indexesQuery, [dataSource.options.migrationsTableName])) as {
      table: string;
      name: string;
      condition: string | null;
    }[];
    const described = dataSource.entityMetadatas.flatMap((entity) =>
      entity.indices.map((index) => ({ table: entity.tableName, index })),
    );
    expect(indexes.length).toBeGreaterThan(0);
    expect(sorted(described.map(({ table, index }) => `${table}.${index.name}`))).toEqual(
      sorted(indexes.map((index) => `${index.table}.${index.name}`)),
    );

    // Conditions of the indexes the entities describe in full (unsynchronised ones are named only).
    const unsynchronised = new Set(
      described.filter(({ index }) => !index.synchronize).map(({ index }) => index.name),
    );
    expect(
      sorted(
        described
          .filter(({ index }) => index.synchronize && index.where)
          .map(({ index }) => `${index.name} WHERE ${withoutParentheses(index.where)}`),
      ),
    ).toEqual(
      sorted(
        indexes
          .filter((index) => index.condition && !unsynchronised.has(index.name))
          .map((index) => `${index.name} WHERE ${withoutParentheses(index.condition)}`),
      ),
    );
  });
});
