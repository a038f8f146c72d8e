import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import pg from 'pg';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { client as apiClient, type TypedDocument } from './client';
import { gql } from './gql';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * Time limits (issue 11, defect 12; server/src/common/request-deadline.ts). A statement held up
 * is made by this test holding an exclusive lock on `ocop_product`: every catalogue query then
 * waits as long as the lock is held, like a statement too heavy to finish, while queries on
 * other tables are served. Two platforms on one database of this file's own (the demo data),
 * each with a small pool:
 *  - "cut": STATEMENT_TIMEOUT_MS=250 — PostgreSQL cuts the statement; the client gets QUERY_TIMEOUT;
 *  - "deadline": no statement timeout, REQUEST_TIMEOUT_MS=1000 — the request is answered 503
 *    REQUEST_TIMEOUT and its statement cancelled.
 * The demo seed and the migrations run under the 250 ms limit: they lift it, or the first
 * platform would not start.
 */
const DATABASE = 'ocop_timeouts';
const HELD_UP = gql(`query TimeoutsOcopProducts { ocopProducts(first: 5) { nodes { id name } } }`);
const ORDINARY = gql(`query TimeoutsCriteriaSets { criteriaSets { code } }`);

/** One request through the one client, timed. */
async function post<T, V>(base: string, document: TypedDocument<T, V>, requestId: string) {
  const started = performance.now();
  const answer = await apiClient(base).request(document, undefined, { requestId });
  return { ...answer, ms: performance.now() - started };
}

describe('statement timeout and request deadline', () => {
  let url: string;
  let cut: RunningPlatform;
  let deadline: RunningPlatform;
  /** Holds the lock. */
  let client: pg.Client;
  /** Looks at pg_stat_activity: outside the lock's transaction, whose snapshot of it would not change. */
  let observer: pg.Client;

  beforeAll(async () => {
    url = await createDatabase(inject('serverUrl'), DATABASE);
    cut = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: url, SEED_DEMO: 'true', STATEMENT_TIMEOUT_MS: '250', DATABASE_POOL_SIZE: '3' },
      port: await findFreePort(),
    });
    deadline = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: {
        DATABASE_URL: url,
        SEED_DEMO: 'true',
        STATEMENT_TIMEOUT_MS: '0',
        REQUEST_TIMEOUT_MS: '1000',
        DATABASE_POOL_SIZE: '2',
      },
      port: await findFreePort(),
    });
    client = new pg.Client({ connectionString: url });
    await client.connect();
    observer = new pg.Client({ connectionString: url });
    await observer.connect();
  });
  afterAll(async () => {
    await client?.end();
    await observer?.end();
    await cut?.stop();
    await deadline?.stop();
    await dropDatabase(inject('serverUrl'), DATABASE);
  });

  /** Runs `during` while this test holds an exclusive lock on ocop_product. */
  async function withProductsLocked<T>(during: () => Promise<T>): Promise<T> {
    await client.query('BEGIN');
    await client.query('LOCK TABLE ocop_product IN ACCESS EXCLUSIVE MODE');
    try {
      return await during();
    } finally {
      await client.query('ROLLBACK');
    }
  }

  /**
   * The platforms' statements still waiting for the lock this test holds. Not any non-idle
   * connection: the platforms' background steps (the webhook dispatcher every 500 ms, the calendar's
   * expiries) open short transactions of their own that do not touch the products, and one caught
   * between two of its statements ("idle in transaction") is not a request left running.
   */
  async function platformStatements(): Promise<string[]> {
    const { rows } = await observer.query<{ query: string }>(
      `SELECT query FROM pg_stat_activity
       WHERE datname = current_database() AND application_name = 'ocop-server'
         AND state = 'active' AND wait_event_type = 'Lock'`,
    );
    return rows.map((row) => row.query);
  }

  it('serves the demo data (the seed and the migrations were not cut by the 250 ms limit)', async () => {
    const answer = await post(
      cut.baseUrl,
      gql(`query TimeoutsOcopProducts2 { ocopProducts(first: 1) { totalCount } }`),
      'timeouts-seeded',
    );
    const data = answer.body.data as { ocopProducts: { totalCount: number } };
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM ocop_product WHERE demo AND deleted_at IS NULL',
    );
    expect(rows[0]!.n).toBeGreaterThan(0);
    expect(data.ocopProducts.totalCount).toBeGreaterThan(0);
    expect(data.ocopProducts.totalCount).toBeLessThanOrEqual(rows[0]!.n);
  });

  it('cuts a statement at STATEMENT_TIMEOUT_MS with a typed QUERY_TIMEOUT, and keeps serving', async () => {
    const answers = await withProductsLocked(async () => {
      // Twice the pool's size at once, and ordinary requests beside them.
      const held = Array.from({ length: 6 }, (_, i) => post(cut.baseUrl, HELD_UP, `timeouts-cut-${i}`));
      const beside = Array.from({ length: 4 }, (_, i) => post(cut.baseUrl, ORDINARY, `timeouts-beside-${i}`));
      const all = await Promise.all([...held, ...beside]);
      // Nothing of theirs is left running while the lock is still held.
      expect(await platformStatements()).toEqual([]);
      return all;
    });
    const held = answers.slice(0, 6);
    for (const answer of held) {
      expect(answer.status).toBe(200);
      expect(answer.body.data).toBeNull();
      expect(answer.body.errors).toHaveLength(1);
      expect(answer.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TIMEOUT' });
      expect(answer.body.errors![0]!.message).toMatch(/longer than the server allows/);
      // Six statements of 250 ms on three connections: two rounds, not a wait for the lock.
      expect(answer.ms).toBeLessThan(5_000);
    }
    for (const answer of answers.slice(6)) {
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { criteriaSets: unknown[] }).criteriaSets.length).toBeGreaterThan(0);
    }

    // Right after: ordinary requests, and the same query once nothing holds it up.
    const after = await Promise.all(
      Array.from({ length: 6 }, (_, i) => post(cut.baseUrl, HELD_UP, `timeouts-cut-after-${i}`)),
    );
    for (const answer of after) {
      expect(answer.body.errors).toBeUndefined();
      expect((answer.body.data as { ocopProducts: { nodes: unknown[] } }).ocopProducts.nodes).toHaveLength(5);
    }

    // One warning line per cut statement; no masked error, no stack.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const log = cut.output();
    expect(log.match(/request timeouts-cut-\d: a statement ran past STATEMENT_TIMEOUT_MS/g)).toHaveLength(6);
    expect(log).not.toMatch(/internal error|QueryFailedError|canceling statement|\n\s+at /);
  });

  it('answers 503 REQUEST_TIMEOUT at REQUEST_TIMEOUT_MS, cancels the statement and frees the pool', async () => {
    const answers = await withProductsLocked(async () => {
      // Five on a pool of two: two wait for the lock, three for a connection.
      const all = await Promise.all(
        Array.from({ length: 5 }, (_, i) => post(deadline.baseUrl, HELD_UP, `timeouts-deadline-${i}`)),
      );
      // The lock is still held: without the cancel, the two statements would still be waiting.
      await expect.poll(platformStatements, { timeout: 2_000 }).toEqual([]);
      // Both connections are back in the pool: ordinary requests, concurrently, right away.
      const beside = await Promise.all(
        Array.from({ length: 4 }, (_, i) => post(deadline.baseUrl, ORDINARY, `timeouts-free-${i}`)),
      );
      for (const answer of beside) {
        expect(answer.body.errors).toBeUndefined();
        expect(answer.ms).toBeLessThan(1_000);
      }
      return all;
    });
    for (const [i, answer] of answers.entries()) {
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({
        errors: [
          {
            message: expect.stringMatching(/took too long/) as unknown as string,
            extensions: { code: 'REQUEST_TIMEOUT', requestId: `timeouts-deadline-${i}` },
          },
        ],
      });
      expect(answer.ms).toBeGreaterThanOrEqual(950);
      expect(answer.ms).toBeLessThan(3_000);
    }

    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = deadline.output();
    expect(log.match(/request timeouts-deadline-\d: not answered within REQUEST_TIMEOUT_MS/g)).toHaveLength(
      5,
    );
    // What the requests did after their answer (their cancelled statements, Apollo's late
    // response) is not logged as a fault.
    expect(log).not.toMatch(/internal error|ERR_HTTP_HEADERS_SENT|Cannot set headers|\n\s+at /);
  });
});
