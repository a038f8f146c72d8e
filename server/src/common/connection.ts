import { ArgsType, Field, Int, ObjectType, registerEnumType, type ClassType } from 'type-graphql';
import { badUserInput } from './errors';

/**
 * Relay-style connections with keyset cursors (server/README.md, "Lists are connections").
 *
 * A page is read with `WHERE (k1, …, id) < / > (cursor values) ORDER BY k1, …, id LIMIT first + 1`:
 * the extra row tells whether a next page exists, and a row inserted between two page reads can
 * neither shift the next page (no OFFSET) nor be returned twice. `totalCount` is a function the
 * service passes in: it runs only when the field is selected.
 */

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export enum OrderDirection {
  ASC = 'asc',
  DESC = 'desc',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Sort direction.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A→Z, oldest first).' },
    DESC: { description: 'Largest first.' },
  },
});

@ObjectType({ description: 'Where a page sits in a list, for cursor pagination.' })
export class PageInfo {
  @Field({ description: 'Whether more items follow this page: pass `endCursor` as `after` to read them.' })
  hasNextPage: boolean;

  @Field({ description: 'Whether items come before this page (true when `after` was given).' })
  hasPreviousPage: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the first item of the page; null when empty.',
  })
  startCursor: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the page; null when empty.',
  })
  endCursor: string | null;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `How many items to return, 1 to ${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).`,
  })
  first: number;

  @Field(() => String, {
    nullable: true,
    description: 'Return the items after this cursor (the `endCursor` of the previous page).',
  })
  after?: string | null;
}

/** Checks `first` (also checked before execution by the limits plugin, which sees variables). */
export function checkPageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw badUserInput(`"first" must be an integer from 1 to ${MAX_PAGE_SIZE}; got ${first}.`, 'first');
  }
  return first;
}

/** A sort key value inside a cursor: what PostgreSQL returns for text, numbers, dates, booleans. */
export type CursorValue = string | number | boolean | null;

/**
 * Cursors are opaque to clients: base64url of JSON `[orderTag, [values…]]`. The order tag makes a
 * cursor from one ordering unusable with another (that would skip or repeat rows silently).
 */
export function encodeCursor(orderTag: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([orderTag, values]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, orderTag: string, arity: number): CursorValue[] {
  const invalid = () =>
    badUserInput('Not a valid cursor for this list and order: use an `endCursor` returned by it.', 'after');
  if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed[0] !== orderTag || !Array.isArray(parsed[1])) throw invalid();
  const values = parsed[1] as unknown[];
  if (
    values.length !== arity ||
    !values.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v))
  ) {
    throw invalid();
  }
  return values as CursorValue[];
}

/** What a service hands back for one page; `Connection` types are built from it. */
export interface Page<T> {
  nodes: T[];
  cursors: string[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  totalCount: () => Promise<number>;
}

/** Turns `first + 1` fetched rows into a page. */
export function toPage<R, T>(
  rows: R[],
  first: number,
  hadCursor: boolean,
  map: (row: R) => T,
  cursorOf: (row: R) => string,
  totalCount: () => Promise<number>,
): Page<T> {
  const pageRows = rows.slice(0, first);
  return {
    nodes: pageRows.map(map),
    cursors: pageRows.map(cursorOf),
    hasNextPage: rows.length > first,
    hasPreviousPage: hadCursor,
    totalCount,
  };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Builds the `<Name>Connection` and `<Name>Edge` object types for a node type, e.g.
 * `export const OcopProductConnection = connectionType(OcopProduct, 'OcopProduct', 'OCOP products')`.
 */
export function connectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
  itemsDescription: string,
): ClassType<ConnectionShape<T>> & { fromPage(page: Page<T>): ConnectionShape<T> } {
  @ObjectType(`${name}Edge`, { description: `One of the ${itemsDescription} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor of this item: pass it as `after` to continue after it.' })
    cursor: string;

    @Field(() => nodeType, { description: 'The item.' })
    node: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${itemsDescription}.` })
  class Connection implements ConnectionShape<T> {
    @Field(() => [Edge], { description: 'The items of the page with their cursors.' })
    edges: Edge[];

    @Field(() => [nodeType], { description: 'The items of the page (the same as `edges.node`).' })
    nodes: T[];

    @Field(() => PageInfo, { description: 'Where the page sits in the list.' })
    pageInfo: PageInfo;

    count: () => Promise<number>;

    @Field(() => Int, {
      description: 'How many items the whole list holds, with the same filter. Computed only when asked.',
    })
    totalCount(): Promise<number> {
      return this.count();
    }

    static fromPage(page: Page<T>): Connection {
      const connection = new Connection();
      connection.nodes = page.nodes;
      connection.edges = page.nodes.map((node, i) =>
        Object.assign(new Edge(), { node, cursor: page.cursors[i]! }),
      );
      connection.pageInfo = Object.assign(new PageInfo(), {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: page.cursors[0] ?? null,
        endCursor: page.cursors[page.cursors.length - 1] ?? null,
      });
      connection.count = page.totalCount;
      return connection;
    }
  }
  return Connection;
}
