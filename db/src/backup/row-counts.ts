import type { Client } from 'pg';

export interface TableRowCount {
  table: string;
  rows: number;
}

/** The tables of the public schema, by name. */
export async function publicTables(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename COLLATE "C"`,
  );
  return rows.map((row) => row.name);
}

/** The exact number of rows (`count(*)`) of every table of the public schema, in one statement (one snapshot). */
export async function tableRowCounts(client: Client): Promise<TableRowCount[]> {
  const tables = await publicTables(client);
  if (tables.length === 0) return [];
  const sql = tables
    .map(
      (table, index) =>
        `SELECT ${index} AS i, count(*)::bigint AS rows FROM public.${client.escapeIdentifier(table)}`,
    )
    .join(' UNION ALL ');
  const { rows } = await client.query<{ i: number; rows: string }>(sql);
  const counts = new Map(rows.map((row) => [row.i, Number(row.rows)]));
  return tables.map((table, index) => ({ table, rows: counts.get(index) ?? 0 }));
}

/** The counts as aligned lines (`table  rows`), with a total. */
export function formatRowCounts(counts: TableRowCount[]): string {
  const width = Math.max(5, ...counts.map((count) => count.table.length));
  const total = counts.reduce((sum, count) => sum + count.rows, 0);
  const lines = counts.map((count) => `  ${count.table.padEnd(width)}  ${String(count.rows).padStart(9)}`);
  lines.push(
    `  ${'total'.padEnd(width)}  ${String(total).padStart(9)}  (${counts.length} ${counts.length === 1 ? 'table' : 'tables'})`,
  );
  return `${lines.join('\n')}\n`;
}
