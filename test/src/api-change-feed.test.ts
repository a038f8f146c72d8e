import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, clock, noteCertificateExpiries, now, today, vietnamDayOf } from '@ocop/db';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * Sync (server/README.md, "Sync"): updatedAt kept on every write path (raw SQL included),
 * updatedSince, and the change feed followed by a poller while writers commit concurrently:
 * changes seen = changes made, none twice, in an order that never goes back; the lag printed.
 * The platform is pinned to the day of the run (OCOP_TODAY), so that the calendar step runs on a
 * pinned day.
 */
const CHANGES = `query FeedChanges($after: String, $first: Int!, $types: [ChangeType!]) {
  changes(after: $after, first: $first, types: $types) {
    nodes { cursor kind type nodeId occurredAt reason node { id } }
    pageInfo { endCursor hasNextPage }
  }
}`;

interface FeedChange {
  cursor: string;
  kind: string;
  type: string;
  nodeId: string;
  occurredAt: string;
  reason: string | null;
  node: { id: string } | null;
}

/** The cursor's (xid, seq), white-box: the test matches entries to the transactions it made. */
const position = (cursor: string): [bigint, bigint] => {
  const [, [xid, seq]] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string[]];
  return [BigInt(xid!), BigInt(seq!)];
};
/** The statements a request ran (`extensions.sqlStatements`, asked with `x-ocop-sql-count`). */
const statements = (answer: { body: object }): number =>
  (answer.body as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements ?? -1;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client whose triggers stamp the platform's day, as the platform's connections do. */
async function platformClient(url: string): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: url });
  await db.connect();
  if (clock().pinnedDay) await db.query(`SELECT set_config('ocop.today', $1, false)`, [clock().pinnedDay]);
  return db;
}

describe('sync: updatedAt, updatedSince and the change feed', () => {
  let p: DemoPlatform;
  let db: pg.Client;

  const drain = async (after: string | null, types?: string[]) => {
    let cursor = after;
    const seen: FeedChange[] = [];
    for (;;) {
      const answer = await p.client.request(CHANGES, { after: cursor, first: 100, types });
      expect(answer.body.errors).toBeUndefined();
      const page = answer.body.data!.changes as {
        nodes: FeedChange[];
        pageInfo: { endCursor: string; hasNextPage: boolean };
      };
      seen.push(...page.nodes);
      cursor = page.pageInfo.endCursor;
      if (!page.pageInfo.hasNextPage) return { seen, cursor: cursor! };
    }
  };

  /**
   * Follows the feed from `after` until `done` holds for what was seen (at most 10 s): a change
   * shows once every transaction that began before it has ended, and the platform's own
   * background work (webhook dispatch, the expiry step) may be in one at that moment.
   */
  const drainUntil = async (after: string, types: string[], done: (seen: FeedChange[]) => boolean) => {
    let cursor = after;
    const seen: FeedChange[] = [];
    const until = Date.now() + 10_000;
    for (;;) {
      const page = await drain(cursor, types);
      seen.push(...page.seen);
      cursor = page.cursor;
      if (done(seen) || Date.now() > until) return { seen, cursor };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_change_feed', { OCOP_TODAY: today() });
    db = await platformClient(p.url);
  });
  afterAll(async () => {
    await db?.end();
    await p?.stop();
  });

  it('stamps updatedAt on a raw SQL update, and updatedSince finds the row with one statement', async () => {
    const { rows } = await db.query<{ id: string }>(
      `SELECT id FROM producer WHERE deleted_at IS NULL ORDER BY id LIMIT 1`,
    );
    const id = rows[0]!.id;
    const before = (
      await db.query<{ updated_at: Date }>(`SELECT updated_at FROM producer WHERE id = $1`, [id])
    ).rows[0]!.updated_at;
    await sleep(5);
    await db.query(`UPDATE producer SET description = 'raw SQL ' || md5(random()::text) WHERE id = $1`, [id]);
    const after = (
      await db.query<{ updated_at: Date }>(`SELECT updated_at FROM producer WHERE id = $1`, [id])
    ).rows[0]!.updated_at;
    expect(after.getTime()).toBeGreaterThan(before.getTime());
    expect(vietnamDayOf(after)).toBe(today());

    const answer = await p.client.request(
      `query Since($since: DateTimeISO!) { producers(first: 100, filter: { updatedSince: $since }) { nodes { id updatedAt } } }`,
      { since: after.toISOString() },
      { headers: { 'x-ocop-sql-count': '1' } },
    );
    expect(answer.body.errors).toBeUndefined();
    const nodes = answer.body.data!.producers.nodes as { id: string; updatedAt: string }[];
    expect(nodes).toHaveLength(1);
    expect(new Date(nodes[0]!.updatedAt).getTime()).toBe(after.getTime());
    expect(statements(answer)).toBe(1);

    for (const list of [
      'ocopProducts(first: 5, filter: { updatedSince: $since, certificateStatus: null })',
      'communes(first: 5, filter: { updatedSince: $since })',
    ]) {
      const other = await p.client.request(
        `query Since2($since: DateTimeISO!) { ${list} { nodes { updatedAt } } }`,
        {
          since: after.toISOString(),
        },
      );
      expect(other.body.errors).toBeUndefined();
    }
  });

  it('a poller following the feed while writers commit concurrently sees every change once', async () => {
    // Start at the end of what the seed wrote.
    let { cursor } = await drain(null);
    const objects = {
      producer: (await db.query<{ id: string }>(`SELECT id FROM producer ORDER BY id LIMIT 40`)).rows.map(
        (r) => r.id,
      ),
      listing: (
        await db.query<{ id: string }>(`SELECT id FROM product_listing ORDER BY id LIMIT 40`)
      ).rows.map((r) => r.id),
    };
    const WRITERS = 4;
    const DURATION_MS = 4_000;
    /** ~200 row writes a second in all: each writer 25 transactions of 2 writes a second. */
    const PERIOD_MS = 35;
    const committed = new Map<bigint, { at: number; writes: number }>();
    let made = 0;
    let rolledBack = 0;
    const clients = await Promise.all(Array.from({ length: WRITERS }, () => platformClient(p.url)));
    const deadline = Date.now() + DURATION_MS;
    const writer = async (c: pg.Client, n: number) => {
      let i = 0;
      while (Date.now() < deadline) {
        const started = Date.now();
        i += 1;
        await c.query('BEGIN');
        const xid = BigInt(
          (await c.query<{ x: string }>(`SELECT pg_current_xact_id()::text AS x`)).rows[0]!.x,
        );
        const producer = objects.producer[(n * 10 + i) % objects.producer.length]!;
        const listing = objects.listing[(n * 10 + i * 3) % objects.listing.length]!;
        await c.query(`UPDATE producer SET description = $2 WHERE id = $1`, [
          producer,
          `w${n} ${i} ${Math.random()}`,
        ]);
        // Held open a random while: transactions commit in another order than they took their ids.
        await sleep(Math.random() * 25);
        await c.query(`UPDATE product_listing SET description = $2 WHERE id = $1`, [
          listing,
          `w${n} ${i} ${Math.random()}`,
        ]);
        if (i % 10 === 0) {
          await c.query('ROLLBACK'); // never in the feed
          rolledBack += 1;
        } else {
          await c.query('COMMIT');
          committed.set(xid, { at: Date.now(), writes: 2 });
          made += 2;
        }
        await sleep(Math.max(0, PERIOD_MS - (Date.now() - started)));
      }
    };
    const seen: FeedChange[] = [];
    const seenAt = new Map<bigint, number>();
    let writing = true;
    let catchUpDeadline = Infinity;
    const poller = async () => {
      for (;;) {
        const stillWriting = writing;
        const page = await drain(cursor);
        for (const change of page.seen) {
          const [xid] = position(change.cursor);
          if (!seenAt.has(xid)) seenAt.set(xid, Date.now());
        }
        seen.push(...page.seen);
        cursor = page.cursor;
        // An empty page alone does not mean caught up: a write transaction still open anywhere in
        // the cluster (xids are cluster-wide; other test files' databases share it) holds the
        // feed's bound back a while. Done once every committed transaction has shown, or given up.
        const caughtUp = [...committed.keys()].every((xid) => seenAt.has(xid));
        if (!stillWriting && page.seen.length === 0 && (caughtUp || Date.now() > catchUpDeadline)) return;
        if (page.seen.length === 0) await sleep(10);
      }
    };
    const polling = poller();
    await Promise.all(clients.map((c, n) => writer(c, n)));
    writing = false;
    catchUpDeadline = Date.now() + 20_000;
    await polling;
    await Promise.all(clients.map((c) => c.end()));

    const cursors = new Set(seen.map((change) => change.cursor));
    expect(cursors.size).toBe(seen.length); // none twice
    for (let i = 1; i < seen.length; i++) {
      const [a, b] = [position(seen[i - 1]!.cursor), position(seen[i]!.cursor)];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true); // never goes back
    }
    const ours = seen.filter((change) => committed.has(position(change.cursor)[0]));
    expect(ours).toHaveLength(made); // seen = made
    expect(seen).toHaveLength(made); // and nothing else (rolled back writes never appear)
    expect(ours.every((change) => change.kind === 'UPDATED' && change.node !== null)).toBe(true);

    // A page of the feed with its nodes (two types here): the feed's statement and one per type.
    const page = await p.client.request(CHANGES, { first: 100 }, { headers: { 'x-ocop-sql-count': '1' } });
    const types = new Set((page.body.data!.changes.nodes as FeedChange[]).map((change) => change.type));
    expect(statements(page)).toBeLessThanOrEqual(1 + types.size);

    const lags = [...committed].map(([xid, { at }]) => seenAt.get(xid)! - at).sort((a, b) => a - b);
    const pick = (q: number) => lags[Math.min(lags.length - 1, Math.floor(q * lags.length))]!;
    console.log(
      `change feed: ${made} changes made by ${WRITERS} writers in ${DURATION_MS / 1000} s ` +
        `(${Math.round(made / (DURATION_MS / 1000))} writes/s, ${rolledBack} transactions rolled back), ` +
        `${seen.length} seen, 0 duplicates; lag commit → seen: median ${pick(0.5)} ms, p95 ${pick(0.95)} ms, ` +
        `max ${lags.at(-1)} ms`,
    );
    expect(made).toBeGreaterThan(0);
  }, 60_000);

  it('records a certificate expiring by the calendar once, and a revocation, in the feed', async () => {
    let { cursor } = await drain(null);
    const product = (
      await db.query<{ id: string }>(
        `SELECT id FROM ocop_product WHERE deleted_at IS NULL ORDER BY id LIMIT 1`,
      )
    ).rows[0]!.id;
    // Decided 36 months before the platform's day: it expires today.
    const decided = addMonths(today(), -36);
    const inserted = await db.query<{ id: string; expires_on: string }>(
      `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number, decision_date,
                                     issuer_level, issuer_name)
       VALUES ($1, $2, 75, 4, 'QĐ-FEED', $3, 'province', 'UBND tỉnh') RETURNING id, expires_on::text`,
      [`FEED-${Date.now()}`, product, decided],
    );
    const certificate = inserted.rows[0]!;
    expect(certificate.expires_on <= today()).toBe(true);
    expect(await noteCertificateExpiries(db, today(), now())).toContain(certificate.id);
    expect(await noteCertificateExpiries(db, today(), now())).toEqual([]); // idempotent

    const expiredHere = (seen: FeedChange[]) =>
      seen.filter((change) => change.node?.id === change.nodeId && change.reason === 'EXPIRED');
    const page = await drainUntil(cursor, ['CERTIFICATE'], (seen) => expiredHere(seen).length > 0);
    const mine = expiredHere(page.seen);
    expect(mine).toHaveLength(1);
    expect(page.seen.filter((change) => change.type !== 'CERTIFICATE')).toEqual([]);
    cursor = page.cursor;

    await db.query(`UPDATE ocop_certificate SET revoked_on = $2, revocation_reason = 'test' WHERE id = $1`, [
      certificate.id,
      today(),
    ]);
    const revoked = await drainUntil(cursor, ['CERTIFICATE'], (seen) => seen.length > 0);
    expect(revoked.seen.map((change) => [change.kind, change.reason])).toEqual([['UPDATED', 'REVOKED']]);
  });

  it('refuses a bad cursor and an empty list of types', async () => {
    const bad = await p.client.request(CHANGES, { after: 'nonsense', first: 10 });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const empty = await p.client.request(CHANGES, { first: 10, types: [] });
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await p.client.request(CHANGES, { first: 1000 });
    expect(big.body.errors?.[0]?.extensions?.code).toBeDefined();
  });
});
