import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { getMetadataArgsStorage, type DataSource } from 'typeorm';
import {
  ENTITIES,
  FundingRecord,
  OcopCertificate,
  Producer,
  ProductListing,
  SalesChannel,
  columnNames,
  describeTable,
  insertRows,
  selectList,
  type ColumnProperty,
  type EntityClass,
  type ReadAs,
  type Row,
} from '../src';
import { migratedDatabase } from './support';

/**
 * rows.ts derives select lists, row types and inserts from the entities. These tests fail when the
 * description misses a column of a table, when a cast changes, or when a write could go astray.
 */

/** Every numeric column read as a number: the lists the server builds do the same. */
function fullSelect(entity: EntityClass) {
  const read: Record<string, ReadAs> = {};
  for (const column of describeTable(entity).columns)
    if (column.type === 'numeric') read[column.property] = 'float8';
  return selectList(entity as EntityClass<Record<string, unknown>>, { read } as never);
}

describe('describeTable', () => {
  it('names every column of every entity as the naming strategy does, relations apart', () => {
    const storage = getMetadataArgsStorage();
    for (const entity of ENTITIES) {
      const description = describeTable(entity);
      expect(description.columns.length).toBeGreaterThan(0);
      const relations = new Set(storage.filterRelations(entity).map((relation) => relation.propertyName));
      for (const column of description.columns) {
        expect(relations.has(column.property), `${entity.name}.${column.property}`).toBe(false);
        expect(column.name).toBe(column.property.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`));
      }
    }
  });

  it('is built once per entity', () => {
    expect(describeTable(Producer)).toBe(describeTable(Producer));
  });

  it('types the columns of an entity, not its relations', () => {
    expectTypeOf<ColumnProperty<SalesChannel>>().toEqualTypeOf<
      'id' | 'createdAt' | 'updatedAt' | 'version' | 'listingId' | 'kind' | 'label' | 'url'
    >();
    const list = selectList(FundingRecord, { omit: ['createdAt', 'updatedAt', 'demo'] });
    expectTypeOf<Row<typeof list>>().toEqualTypeOf<{
      id: string;
      version: number;
      unit_id: string;
      year: number;
      programme: FundingRecord['programme'];
      source: FundingRecord['source'];
      amount_vnd: string;
      purpose: string | null;
    }>();
    // The row type's keys are the names the list selects.
    expect(list.names).toEqual([
      'id',
      'version',
      'unit_id',
      'year',
      'programme',
      'source',
      'amount_vnd',
      'purpose',
    ]);
    const certificates = selectList(OcopCertificate, { omit: ['demo'], read: { score: 'float8' } });
    expectTypeOf<Row<typeof certificates>['score']>().toEqualTypeOf<number>();
    expectTypeOf<Row<typeof certificates>['created_at']>().toEqualTypeOf<Date>();
    expect(certificates.columns.find((column) => column.name === 'score')?.cast).toBe('::float8');
  });
});

describe('selectList', () => {
  it('reads money and days as text, a numeric as it is told, and prefixes on demand', () => {
    const list = selectList(OcopCertificate, {
      omit: ['createdAt', 'updatedAt', 'demo'],
      read: { score: 'float8' },
    });
    expect(list.sql('c')).toBe(
      'c.id, c.version, c.certificate_number, c.product_id, c.score::float8 AS score, c.stars, c.decision_number, ' +
        'c.decision_date::text AS decision_date, c.issuer_level, c.issuer_name, c.issuer_unit_id, ' +
        'c.expires_on::text AS expires_on, c.revoked_on::text AS revoked_on, c.revocation_reason, ' +
        'c.superseded_on::text AS superseded_on, c.superseded_by_id',
    );
    expect(list.sql('cc', 'c_').split(', ').slice(0, 5)).toEqual([
      'cc.id AS c_id',
      'cc.version AS c_version',
      'cc.certificate_number AS c_certificate_number',
      'cc.product_id AS c_product_id',
      'cc.score::float8 AS c_score',
    ]);
    expect(list.sql('c')).toBe(list.sql('c'));
    expect(selectList(ProductListing, { omit: ['demo'] }).sql('l')).toContain(
      'l.price_vnd::text AS price_vnd',
    );
  });

  it('selects a column added to the entity unless the list leaves it out', () => {
    const all = selectList(Producer, { omit: [] });
    expect(all.names).toEqual(describeTable(Producer).columns.map((column) => column.name));
    expect(selectList(Producer, { omit: ['taxCode'] }).names).not.toContain('tax_code');
  });

  it('refuses a numeric column read without a cast, and names that are not columns', () => {
    expect(() => selectList(OcopCertificate)).toThrow(/score is numeric/);
    expect(() => selectList(Producer, { omit: ['commune' as never] })).toThrow(/no column commune/);
  });

  it('names the columns a write may set, and refuses computed ones', () => {
    expect(columnNames(ProductListing, ['priceVnd', 'minOrderQuantity'])).toEqual({
      priceVnd: 'price_vnd',
      minOrderQuantity: 'min_order_quantity',
    });
    expect(() => columnNames(OcopCertificate, ['expiresOn'])).toThrow(/computed/);
  });
});

describe('against the migrated database', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ dataSource, close } = await migratedDatabase('rows_test'));
  });
  afterAll(async () => {
    await close();
  });

  it("every entity's full select list reads exactly its table's columns, with the casts' types", async () => {
    const OID = { text: 25, float8: 701 };
    for (const entity of ENTITIES) {
      const list = fullSelect(entity);
      const columns = (await dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
        [list.table],
      )) as { column_name: string }[];
      expect([...list.names].sort(), list.table).toEqual(columns.map((column) => column.column_name).sort());
      // The types the driver is handed: run the list and look at the fields it describes.
      const runner = dataSource.createQueryRunner();
      try {
        const client = (await runner.connect()) as {
          query(sql: string): Promise<{ fields: { name: string; dataTypeID: number }[] }>;
        };
        const { fields } = await client.query(`SELECT ${list.sql('t')} FROM ${list.table} t LIMIT 0`);
        expect(fields.map((field) => field.name)).toEqual(list.names);
        for (const column of list.columns) {
          const field = fields.find((candidate) => candidate.name === column.name);
          if (column.type === 'date' || column.type === 'bigint') expect(field?.dataTypeID).toBe(OID.text);
          if (column.type === 'numeric') expect(field?.dataTypeID).toBe(OID.float8);
        }
      } finally {
        await runner.release();
      }
    }
  });

  it('inserts rows keyed by column name in chunks, with constants, and refuses strangers', async () => {
    const [unit] = (await dataSource.query(
      `INSERT INTO admin_unit (code, level, unit_type, name, full_name) VALUES ('99', 'province', 'Tỉnh', 'Thử', 'Tỉnh Thử')
       RETURNING id`,
    )) as { id: string }[];
    const unitId = unit!.id;
    const rows = [2021, 2022, 2023, 2024, 2025].map((year) => ({
      unit_id: unitId,
      year,
      programme: 'ntm',
      source: 'central_budget',
      amount_vnd: '9007199254740993',
      ...(year === 2021 ? { purpose: 'Đường giao thông' } : {}),
    }));
    await dataSource.transaction(async (em) => {
      await insertRows(em, FundingRecord, rows, { constants: { demo: true }, chunk: 2 });
    });
    const written = (await dataSource.query(
      `SELECT year, amount_vnd::text AS amount_vnd, purpose, demo FROM funding_record WHERE unit_id = $1 ORDER BY year`,
      [unitId],
    )) as { year: number; amount_vnd: string; purpose: string | null; demo: boolean }[];
    expect(written).toEqual(
      rows.map((row) => ({
        year: row.year,
        amount_vnd: '9007199254740993',
        purpose: row.year === 2021 ? 'Đường giao thông' : null,
        demo: true,
      })),
    );
    await expect(
      insertRows(dataSource.manager, FundingRecord, [{ unit_id: unitId, nope: 1 }]),
    ).rejects.toThrow(/funding_record has no column nope/);
    await expect(
      insertRows(dataSource.manager, OcopCertificate, [{ expires_on: '2029-01-01' }]),
    ).rejects.toThrow(/computed by the database/);
  });
});
