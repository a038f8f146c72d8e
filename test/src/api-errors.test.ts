import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import pg from 'pg';
import path from 'node:path';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * A platform of its own, on a database this file may break on purpose: an SQL failure inside a
 * resolver must reach the client as a masked error with a request id, and the log only.
 */
describe('error masking', () => {
  let platform: RunningPlatform;
  let client: pg.Client;
  const database = 'ocop_masking';

  beforeAll(async () => {
    const url = await createDatabase(inject('serverUrl'), database);
    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: {
        DATABASE_URL: url,
        SEED_DEMO: 'false',
        ADMIN_UNITS_DIR: path.join('/nonexistent', 'admin-units'),
      },
      port: await findFreePort(),
    });
    client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query('ALTER TABLE criterion RENAME TO criterion_hidden');
  });
  afterAll(async () => {
    await client.end();
    await platform.stop();
    await dropDatabase(inject('serverUrl'), database);
  });

  it('answers "Internal server error" with a code and request id, and logs the cause', async () => {
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'masking-test-1' },
      body: JSON.stringify({ query: '{ criteriaSets { code criteria { number nameVi } } }' }),
    });
    const text = await response.text();
    const body = JSON.parse(text) as { errors: { message: string; extensions: Record<string, unknown> }[] };
    expect(body.errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'masking-test-1' },
    });
    // Nothing of the cause leaks: no SQL, no table name, no stack frame.
    expect(text).not.toMatch(/criterion|relation|SELECT|QueryFailedError|\.js:\d+|at \w+ \(/);
    expect(JSON.stringify(body.errors[0]!.extensions)).not.toMatch(/stacktrace|exception/);
    // The server log has it, under the same request id.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(platform.output()).toMatch(/masking-test-1[\s\S]*criterion/);
  });
});
