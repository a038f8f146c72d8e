import { getMetadataArgsStorage, type EntityManager } from 'typeorm';
import { SnakeNamingStrategy } from './naming-strategy';

/**
 * Rows as the entities describe them: the one place where a select list, a row type and an insert
 * are derived from an entity, so that no service, seed or generator keeps a second list of a
 * table's columns by hand (README.md, "Each table is described once").
 *
 * It reads TypeORM's decorator metadata (`getMetadataArgsStorage()`), which is complete as soon as
 * the entity classes are loaded: a description is built synchronously at the first use — at module
 * load in the server — and kept, never rebuilt per request. Column names follow the project's
 * naming strategy (naming-strategy.ts), the same one the data source uses.
 */

/** An entity class, abstract bases included. */
export type EntityClass<E = unknown> = abstract new (...args: never[]) => E;

/** What a relation property holds (another entity, or a list of them), as opposed to a column. */
type EntityLike = { id: unknown };

/**
 * The properties of an entity that are columns: everything but methods and relations (a relation
 * holds an entity or entities; every entity here has an `id`). test/rows.test.ts checks that this
 * agrees with the metadata for every entity.
 */
export type ColumnProperty<E> = {
  [K in keyof E & string]: NonNullable<E[K]> extends
    ((...args: never[]) => unknown) | EntityLike | readonly EntityLike[]
    ? never
    : K;
}[keyof E & string];

/**
 * A property's column name as the naming strategy makes it (camelCase → snake_case), at the type
 * level: `priceVnd` → `price_vnd`. `describeTable` refuses an entity whose real column names
 * differ from this, so the row types cannot lie about their keys.
 */
export type SnakeCase<S extends string> = S extends `${infer C}${infer Rest}`
  ? `${C extends Lowercase<C> ? C : `_${Lowercase<C>}`}${SnakeCase<Rest>}`
  : S;

const snakeOfProperty = (property: string): string =>
  property.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** One column of a table. */
export interface ColumnDescription {
  /** The entity's property (`priceVnd`). */
  readonly property: string;
  /** The column's name in PostgreSQL (`price_vnd`). */
  readonly name: string;
  /** Its PostgreSQL type as the entity declares it (`bigint`, `date`, `uuid`…), `text[]` for arrays. */
  readonly type: string;
  readonly nullable: boolean;
  /** False for columns the database computes (`GENERATED ALWAYS AS … STORED`): never written. */
  readonly insertable: boolean;
}

/** A table as its entity describes it. */
export interface TableDescription {
  readonly entity: EntityClass;
  readonly table: string;
  /** In the entity's order: the inherited columns (id, created_at, updated_at, version) first. */
  readonly columns: readonly ColumnDescription[];
  readonly byName: ReadonlyMap<string, ColumnDescription>;
  readonly byProperty: ReadonlyMap<string, ColumnDescription>;
}

const naming = new SnakeNamingStrategy();
const described = new Map<EntityClass, TableDescription>();

/** The classes an entity inherits its columns from, itself first (as TypeORM's MetadataUtils). */
function inheritanceTree(entity: EntityClass): EntityClass[] {
  const tree: EntityClass[] = [];
  for (let target: unknown = entity; typeof target === 'function' && target.name;) {
    tree.push(target as EntityClass);
    target = Object.getPrototypeOf(target);
  }
  return tree;
}

/** The table of an entity, from its decorators; built once per entity and kept. */
export function describeTable(entity: EntityClass): TableDescription {
  const known = described.get(entity);
  if (known) return known;
  const storage = getMetadataArgsStorage();
  const table = storage.tables.find((args) => args.target === entity);
  if (!table?.name) throw new Error(`${entity.name} is not an @Entity with a table name`);
  const tree = inheritanceTree(entity);
  const columns = storage.filterColumns(tree).map((args): ColumnDescription => {
    const { options } = args;
    const name = naming.columnName(args.propertyName, options.name, []);
    if (name !== snakeOfProperty(args.propertyName))
      throw new Error(
        `${entity.name}.${args.propertyName}: column ${name} is not the property in snake_case, which the row types assume`,
      );
    if (typeof options.type !== 'string')
      throw new Error(`${entity.name}.${args.propertyName}: give the column's type as a string`);
    return {
      property: args.propertyName,
      name,
      type: options.array ? `${options.type}[]` : options.type,
      nullable: options.nullable === true,
      insertable: options.insert !== false,
    };
  });
  const description: TableDescription = {
    entity,
    table: table.name,
    columns,
    byName: new Map(columns.map((column) => [column.name, column])),
    byProperty: new Map(columns.map((column) => [column.property, column])),
  };
  described.set(entity, description);
  return description;
}

/**
 * Column names of some of an entity's properties, keyed by property: what a write may set,
 * `columnNames(ProductListing, ['priceVnd', 'unit'])` → `{ priceVnd: 'price_vnd', unit: 'unit' }`.
 * An unknown property, or one the database computes, is refused when it is built.
 */
export function columnNames<E, K extends ColumnProperty<E>>(
  entity: EntityClass<E>,
  properties: readonly K[],
): { readonly [P in K]: SnakeCase<P> } {
  const description = describeTable(entity);
  const names: Record<string, string> = {};
  for (const property of properties) {
    const column = description.byProperty.get(property);
    if (!column) throw new Error(`${entity.name} has no column ${property}`);
    if (!column.insertable) throw new Error(`${entity.name}.${property} is computed by the database`);
    names[property] = column.name;
  }
  return names as { readonly [P in K]: SnakeCase<P> };
}

// ----- reading

/**
 * How a column whose value the server wants other than as node-postgres hands it over is read:
 * `float8` a number (a score, an area: `numeric` arrives as a string otherwise), `text` a string.
 */
export type ReadAs = 'float8' | 'text';

/**
 * Casts every select list makes unasked: money (`bigint`) stays a string of whole đồng, never a
 * float, and days (`date`) are 'YYYY-MM-DD' strings, never a JS Date at midnight in some zone. The
 * entity's TypeScript type is already `string` for both. A `numeric` column has no default: the
 * list says how it is read.
 */
const DEFAULT_READ: Readonly<Record<string, ReadAs>> = { bigint: 'text', date: 'text' };

/** A value read through a cast. */
type ReadValue<V, C> = C extends 'float8'
  ? number | Extract<V, null>
  : C extends 'text'
    ? string | Extract<V, null>
    : V;

/**
 * The row a select list reads: the entity's column properties less the omitted ones, keyed by
 * column name (`price_vnd`), typed as the entity types them (or as `read` casts them).
 */
export type RowOf<
  E,
  O extends ColumnProperty<E> = never,
  C extends Partial<Record<ColumnProperty<E>, ReadAs>> = Record<never, never>,
> = {
  [P in Exclude<ColumnProperty<E>, O> as SnakeCase<P>]: P extends keyof C ? ReadValue<E[P], C[P]> : E[P];
};

/** The row type of a select list: `type ProducerRow = Row<typeof PRODUCER_SELECT>`. */
export type Row<S extends { readonly rowType?: unknown }> = NonNullable<S['rowType']>;

/** A row's columns as `sql(alias, prefix)` names them: `Prefixed<Row<typeof L>, 'c_'>`. */
export type Prefixed<R, P extends string> = { [K in keyof R & string as `${P}${K}`]: R[K] };

/** The columns of the far side of a LEFT JOIN, each null when nothing matched. */
export type Nullable<R> = { [K in keyof R]: R[K] | null };

export interface SelectListOptions<E, O extends ColumnProperty<E>, C> {
  /** Columns the reader has no use for (a search key, the demo flag, timestamps…). */
  omit?: readonly O[];
  /** Casts beyond the defaults (bigint and date as text); required for every `numeric` column. */
  read?: C;
}

/** One selected column: its name in the row and the expression that reads it. */
export interface SelectedColumn {
  readonly property: string;
  readonly name: string;
  readonly type: string;
  /** The cast applied (`::text`), or '' when the value is read as it is. */
  readonly cast: string;
}

/**
 * A table's columns as one reader reads them. Built once (keep it in a module constant); `sql()`
 * keeps the text it made for each alias and prefix.
 */
export class SelectList<
  E,
  O extends ColumnProperty<E> = never,
  C extends Partial<Record<ColumnProperty<E>, ReadAs>> = Record<never, never>,
> {
  readonly table: string;
  readonly columns: readonly SelectedColumn[];
  private readonly texts = new Map<string, string>();
  /** Carries the row type for `Row<typeof list>`; never set. */
  declare readonly rowType?: RowOf<E, O, C>;

  constructor(entity: EntityClass<E>, options: SelectListOptions<E, O, C>) {
    const description = describeTable(entity);
    const omit = new Set<string>(options.omit ?? []);
    const read = (options.read ?? {}) as Record<string, ReadAs | undefined>;
    for (const property of [...omit, ...Object.keys(read)])
      if (!description.byProperty.has(property))
        throw new Error(`${entity.name} has no column ${property}: nothing to omit or cast`);
    this.table = description.table;
    this.columns = description.columns
      .filter((column) => !omit.has(column.property))
      .map((column) => {
        const as = read[column.property] ?? DEFAULT_READ[column.type];
        if (column.type === 'numeric' && !as)
          throw new Error(
            `${entity.name}.${column.property} is numeric: say how it is read (read: { ${column.property}: 'float8' | 'text' })`,
          );
        return { property: column.property, name: column.name, type: column.type, cast: as ? `::${as}` : '' };
      });
  }

  /**
   * `a.id, a.price_vnd::text AS price_vnd, …` for the table under `alias`; with a `prefix`, every
   * column is named `<prefix><column>` (to sit beside another table's columns in one row).
   */
  sql(alias: string, prefix = ''): string {
    const key = `${alias} ${prefix}`;
    let text = this.texts.get(key);
    if (text === undefined) {
      text = this.columns
        .map(({ name, cast }) =>
          cast || prefix ? `${alias}.${name}${cast} AS ${prefix}${name}` : `${alias}.${name}`,
        )
        .join(', ');
      this.texts.set(key, text);
    }
    return text;
  }

  /** The names the row carries, in order. */
  get names(): string[] {
    return this.columns.map((column) => column.name);
  }
}

/**
 * The select list of an entity: every column but the omitted ones, with the casts above.
 * `selectList(Producer, { omit: ['taxCode', 'searchText'] })`.
 */
export function selectList<
  E,
  O extends ColumnProperty<E> = never,
  C extends Partial<Record<ColumnProperty<E>, ReadAs>> = Record<never, never>,
>(entity: EntityClass<E>, options: SelectListOptions<E, O, C> = {}): SelectList<E, O, C> {
  return new SelectList(entity, options);
}

// ----- writing

export type InsertValue = string | number | boolean | bigint | Date | null | undefined;

export interface InsertRowsOptions {
  /** Values every row gets (`{ demo: true }`), sent once rather than once per row. */
  constants?: Readonly<Record<string, InsertValue>>;
  /** Rows per statement (default 20,000): each statement is one array parameter per column. */
  chunk?: number;
}

/**
 * Writes rows keyed by column name into the entity's table, `chunk` rows a statement:
 * `INSERT INTO t (a, b, demo) SELECT r.*, $3::boolean FROM unnest($1::uuid[], $2::text[]) AS r(a, b)`
 * — one array parameter per column, each cast to the column's type from the entity. The columns are
 * those the rows carry (a row without one of them writes NULL there); a name the entity does not
 * have, or a column the database computes, is refused before anything is written.
 */
export async function insertRows(
  em: EntityManager,
  entity: EntityClass,
  rows: readonly Readonly<Record<string, unknown>>[],
  options: InsertRowsOptions = {},
): Promise<void> {
  if (rows.length === 0) return;
  const description = describeTable(entity);
  const present = new Set<string>();
  for (const row of rows) for (const name of Object.keys(row)) present.add(name);
  const constants = Object.entries(options.constants ?? {});
  for (const name of [...present, ...constants.map(([name]) => name)]) {
    const column = description.byName.get(name);
    if (!column) throw new Error(`${description.table} has no column ${name}`);
    if (!column.insertable) throw new Error(`${description.table}.${name} is computed by the database`);
    if (column.type.endsWith('[]'))
      throw new Error(`${description.table}.${name}: arrays cannot be unnested`);
  }
  const columns = description.columns.filter((column) => present.has(column.name));
  const arrays = columns.map((column, i) => `$${i + 1}::${column.type}[]`);
  const fixed = constants.map(
    ([name], i) => `$${columns.length + i + 1}::${description.byName.get(name)!.type}`,
  );
  const names = columns.map((column) => column.name);
  const sql =
    `INSERT INTO ${description.table} (${[...names, ...constants.map(([name]) => name)].join(', ')}) ` +
    `SELECT ${['r.*', ...fixed].join(', ')} FROM unnest(${arrays.join(', ')}) AS r(${names.join(', ')})`;
  const chunk = options.chunk ?? 20_000;
  for (let start = 0; start < rows.length; start += chunk) {
    const part = rows.slice(start, start + chunk);
    await em.query(sql, [
      ...names.map((name) => part.map((row) => row[name] ?? null)),
      ...constants.map(([, value]) => value ?? null),
    ]);
  }
}
