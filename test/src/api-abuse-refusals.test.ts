import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from './demo-accounts';
import { startDemoPlatform, uploadPhoto, type DemoPlatform } from './demo-platform';
import { gql } from './gql';

// Trusting the proxy (here: the test itself) lets the test speak from other addresses through
// X-Forwarded-For; requests without it come from the socket's address, 127.0.0.1.
let p: DemoPlatform;
beforeAll(async () => {
  p = await startDemoPlatform('ocop_abuse_refusals', { TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await p?.stop();
});

/** The platform's limits (audit.service.ts): written in full per source and minute, texts kept. */
const IN_FULL_PER_SOURCE = 50;
const TEXT_CHARS = 200;
const REFUSALS = 500;
const ORIGIN = `https://${'a'.repeat(4_000)}.example`;

interface Summary {
  source: string;
  refusals: number;
  writtenInFull: number;
  windowStart: string;
  windowEnd: string;
  firstAt: string;
  lastAt: string;
}

async function refusalsOf(
  address: string,
): Promise<{ full: number; summaries: (Summary & { reason: string })[]; longest: number }> {
  const full = await p.db.query<{ n: string; longest: string | null }>(
    `SELECT count(*) AS n, max(octet_length(after::text)) AS longest FROM audit_log
     WHERE action = 'photoUpload' AND outcome = 'denied' AND ip_address = $1 AND summary_key IS NULL`,
    [address],
  );
  const summaries = await p.db.query<{ after: { reason: string; summary: Summary } }>(
    `SELECT after FROM audit_log
     WHERE action = 'photoUpload' AND summary_key IS NOT NULL AND after #>> '{summary,source}' = $1`,
    [`ip:${address}`],
  );
  return {
    full: Number(full.rows[0]!.n),
    summaries: summaries.rows.map((r) => ({ ...r.after.summary, reason: r.after.reason })),
    longest: Number(full.rows[0]!.longest ?? 0),
  };
}

const CATALOGUE = gql(`query AbuseRefusalsOcopProducts { ocopProducts(first: 3) { nodes { name } } }`);

describe('refused requests from one source', () => {
  it('are written in full up to a rate, the rest counted into a summary; texts bounded; others unaffected', async () => {
    const [before] = (await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows;
    const statuses = new Map<number, number>();
    let catalogueServed = 0;
    const started = performance.now();
    await Promise.all([
      ...Array.from({ length: REFUSALS }, async () => {
        const answer = await uploadPhoto(p.client, Buffer.from('x'), 'image/png', {
          origin: ORIGIN,
        });
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
      }),
      // Ordinary requests alongside are answered.
      ...Array.from({ length: 10 }, async () => {
        const answer = await p.client.request(CATALOGUE);
        if (answer.status === 200 && answer.body.data?.ocopProducts.nodes.length === 3) catalogueServed += 1;
      }),
    ]);
    const seconds = (performance.now() - started) / 1000;
    expect(statuses.get(403)).toBe(REFUSALS);
    expect(catalogueServed).toBe(10);

    const local = await refusalsOf('127.0.0.1');
    // Every refusal is accounted for: rows in full plus the summaries' counts.
    expect(local.full + local.summaries.reduce((sum, s) => sum + s.refusals, 0)).toBe(REFUSALS);
    // One minute, or two when the burst straddled a minute's end: at most 50 rows in full and one
    // summary per minute (a second minute that got fewer than 50 refusals has no summary).
    const minutes = (
      await p.db.query<{ minute: string; n: number }>(
        `SELECT date_trunc('minute', occurred_at)::text AS minute, count(*)::int AS n FROM audit_log
         WHERE action = 'photoUpload' AND outcome = 'denied' AND ip_address = '127.0.0.1' AND summary_key IS NULL
         GROUP BY 1`,
      )
    ).rows;
    expect(minutes.length).toBeGreaterThanOrEqual(1);
    expect(minutes.length).toBeLessThanOrEqual(2);
    for (const minute of minutes) expect(minute.n).toBeLessThanOrEqual(IN_FULL_PER_SOURCE);
    expect(local.summaries.length).toBeGreaterThanOrEqual(1);
    expect(local.summaries.length).toBeLessThanOrEqual(minutes.length);
    for (const summary of local.summaries) {
      expect(summary).toMatchObject({ writtenInFull: IN_FULL_PER_SOURCE, reason: 'CROSS_ORIGIN' });
      expect(Date.parse(summary.windowEnd) - Date.parse(summary.windowStart)).toBe(60_000);
      expect(Date.parse(summary.firstAt)).toBeGreaterThanOrEqual(Date.parse(summary.windowStart));
      expect(Date.parse(summary.lastAt)).toBeGreaterThanOrEqual(Date.parse(summary.firstAt));
      expect(Date.parse(summary.lastAt)).toBeLessThan(Date.parse(summary.windowEnd));
    }
    const [after] = (await p.db.query<{ n: string }>(`SELECT count(*) AS n FROM audit_log`)).rows;
    expect(Number(after!.n) - Number(before!.n)).toBe(local.full + local.summaries.length);

    // The 4 kB origin is kept as its first 200 characters and a marker.
    const { rows } = await p.db.query<{ origin: string }>(
      `SELECT after ->> 'origin' AS origin FROM audit_log
       WHERE action = 'photoUpload' AND outcome = 'denied' AND ip_address = '127.0.0.1' AND summary_key IS NULL
       LIMIT 1`,
    );
    expect(rows[0]!.origin).toBe(
      `${ORIGIN.slice(0, TEXT_CHARS)}… (+${ORIGIN.length - TEXT_CHARS} characters)`,
    );
    expect(local.longest).toBeLessThan(1_000);
    console.log(
      `${REFUSALS} refusals in ${seconds.toFixed(1)} s: ${local.full} rows in full, ${local.summaries.length} summaries`,
    );

    // Another source still has its own refusals written in full.
    const other = await uploadPhoto(p.client, Buffer.from('x'), 'image/png', {
      origin: ORIGIN,
      'x-forwarded-for': '203.0.113.7',
    });
    expect(other.status).toBe(403);
    expect(await refusalsOf('203.0.113.7')).toMatchObject({ full: 1, summaries: [] });

    // And the flooding source's refusals of another kind too: the flood does not bury them.
    const anonymous = await uploadPhoto(p.client, Buffer.from('x'), 'image/png');
    expect(anonymous.status).toBe(401);
    const { rows: unauthenticated } = await p.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_log WHERE action = 'photoUpload' AND ip_address = '127.0.0.1'
         AND after ->> 'reason' = 'UNAUTHENTICATED' AND summary_key IS NULL`,
    );
    expect(Number(unauthenticated[0]!.n)).toBe(1);
  });

  it('an IPv6 source is its /64, and the summaries are readable through auditLog', async () => {
    // 60 refusals from 60 addresses of one /64: counted as one source.
    for (let i = 0; i < IN_FULL_PER_SOURCE + 10; i += 1) {
      const answer = await uploadPhoto(p.client, Buffer.from('x'), 'image/png', {
        origin: 'https://evil.example',
        'x-forwarded-for': `2001:db8:7:8:${i.toString(16)}::1`,
      });
      expect(answer.status).toBe(403);
    }
    const admin = await p.logIn(DEMO.administrator);
    const answer = await admin.request(
      gql(`query AbuseRefusalsAuditLog($filter: AuditLogFilter) {
         auditLog(first: 50, filter: $filter) { totalCount nodes { action outcome actor { id } after } }
       }`),
      { filter: { action: 'photoUpload', outcome: 'DENIED' } },
    );
    expect(answer.body.errors).toBeUndefined();
    const summaries = answer.body
      .data!.auditLog.nodes.filter((n) => n.after.summary?.source === 'ip:2001:db8:7:8::/64')
      .map((n) => ({ ...n, summary: n.after.summary! }));
    expect(summaries.reduce((sum, s) => sum + s.summary.refusals, 0)).toBeGreaterThanOrEqual(10);
    expect(summaries[0]).toMatchObject({
      action: 'photoUpload',
      outcome: 'DENIED',
      actor: null,
      after: { reason: 'CROSS_ORIGIN' },
    });
    const { rows } = await p.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_log
       WHERE action = 'photoUpload' AND ip_address LIKE '2001:db8:7:8:%' AND summary_key IS NULL`,
    );
    expect(Number(rows[0]!.n)).toBeLessThanOrEqual(IN_FULL_PER_SOURCE * 2);
    expect(Number(rows[0]!.n) + summaries.reduce((sum, s) => sum + s.summary.refusals, 0)).toBe(
      IN_FULL_PER_SOURCE + 10,
    );
  });

  it('the audit log stays append-only: a summary can only count up, nothing else changes', async () => {
    const { rows } = await p.db.query<{ id: string }>(
      `SELECT id FROM audit_log WHERE summary_key IS NOT NULL LIMIT 1`,
    );
    const id = rows[0]!.id;
    await expect(
      p.db.query(`UPDATE audit_log SET after = jsonb_set(after, '{summary,refusals}', '1') WHERE id = $1`, [
        id,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(p.db.query(`UPDATE audit_log SET ip_address = 'x' WHERE id = $1`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(
      p.db.query(`UPDATE audit_log SET after = '{}' WHERE summary_key IS NULL AND outcome = 'denied'`),
    ).rejects.toThrow(/append-only/);
    await expect(p.db.query(`DELETE FROM audit_log WHERE id = $1`, [id])).rejects.toThrow(/append-only/);
  });

  it('from many sources, at most 1,000 rows a minute: beyond, every refusal is counted into one summary (source *)', async () => {
    // 2,100 refusals, each from an address of its own: however the burst splits across minutes,
    // one minute holds more than the overall limit.
    const SOURCES = 2_100;
    const address = (i: number) => `198.18.${i >> 8}.${i & 255}`;
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < SOURCES; i = next++) {
        const answer = await uploadPhoto(p.client, Buffer.from('x'), 'image/png', {
          origin: 'https://evil.example',
          'x-forwarded-for': address(i),
        });
        expect(answer.status).toBe(403);
      }
    };
    await Promise.all(Array.from({ length: 32 }, worker));

    const { rows: full } = await p.db.query<{ n: string }>(
      `SELECT count(*) AS n FROM audit_log WHERE ip_address LIKE '198.18.%' AND summary_key IS NULL`,
    );
    const { rows: everywhere } = await p.db.query<{ refusals: string; window_start: string }>(
      `SELECT (after #>> '{summary,refusals}') AS refusals, after #>> '{summary,windowStart}' AS window_start
       FROM audit_log WHERE summary_key IS NOT NULL AND after #>> '{summary,source}' = '*'`,
    );
    expect(everywhere.length).toBeGreaterThanOrEqual(1);
    expect(Number(full[0]!.n) + everywhere.reduce((sum, r) => sum + Number(r.refusals), 0)).toBe(SOURCES);
    // In each minute that overflowed, the refusals written as rows of their own (in full, or one
    // source's summary) are at most 1,000.
    for (const { window_start } of everywhere) {
      const { rows } = await p.db.query<{ n: string }>(
        `SELECT count(*) AS n FROM audit_log
         WHERE outcome <> 'applied' AND occurred_at >= $1::timestamptz AND occurred_at < $1::timestamptz + interval '1 minute'
           AND (summary_key IS NULL OR after #>> '{summary,source}' <> '*')`,
        [window_start],
      );
      expect(Number(rows[0]!.n)).toBeLessThanOrEqual(1_000);
    }
  }, 120_000);
});
