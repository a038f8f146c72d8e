import { Client } from 'pg';

/** The URL of another database on the same server as `url`. */
export function databaseUrl(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function withAdminClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl(url, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const safeName = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Creates database `name` on the server of `url` (dropping a leftover of the same name), empty
 * or as a copy of `template`; copying a prepared template takes a fraction of a second, which
 * is what lets every test file have a database of its own.
 */
export async function createDatabase(url: string, name: string, template?: string): Promise<string> {
  if (!safeName.test(name) || (template !== undefined && !safeName.test(template))) {
    throw new Error(`unsafe database name: ${name} / ${template}`);
  }
  await withAdminClient(url, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  });
  return databaseUrl(url, name);
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  if (!safeName.test(name)) throw new Error(`unsafe database name: ${name}`);
  await withAdminClient(url, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
