/**
 * Writes the API contract, schema/schema.graphql, from the built schema (types sorted so the
 * file changes only when the API does). Prints nothing.
 *
 *   node dist/emit-schema.js [output file]
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from './schema';

/** server/dist/emit-schema.js → <repository>/schema/schema.graphql */
export const SCHEMA_FILE = path.resolve(__dirname, '..', '..', 'schema', 'schema.graphql');

async function main(): Promise<void> {
  const output = path.resolve(process.argv[2] ?? SCHEMA_FILE);
  const schema = await buildSchema();
  writeFileSync(output, `${printSchema(lexicographicSortSchema(schema))}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
