import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, addMonths, now, today as platformToday } from '@ocop/db';
import { globalId, type Answer, type Loose } from './client';
import { startDemoPlatform, type DemoPlatform } from './demo-platform';

/**
 * Monitoring after certification (server/README.md, "Monitoring"): the certificates about to
 * expire and the certified products at risk of staying "for display only", each compared with SQL
 * written here over the recorded facts, on the platform's day (whatever day the clock is pinned to).
 */
const EXPIRING = `query($province: String, $within: Int!, $first: Int!, $after: String) {
  expiringCertificates(provinceCode: $province, withinDays: $within, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { expiresOn daysLeft certificate { certificateNumber } product { id name } producer { name contact { phone } } }
  }
}`;
const COUNTS = `query($province: String) { expiringCertificateCounts(provinceCode: $province) { within30 within60 within90 } }`;
const AT_RISK = `query($province: String, $first: Int!, $after: String) {
  productsAtRisk(provinceCode: $province, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { reasons product { id } }
  }
}`;
const SUMMARY = `query($province: String) {
  productsAtRiskSummary(provinceCode: $province) { certifiedProducts atRisk byReason { reason products } }
}`;

describe('monitoring after certification', () => {
  let p: DemoPlatform;
  let day: string;

  beforeAll(async () => {
    p = await startDemoPlatform('ocop_monitoring');
    day = platformToday();
    // Certificates that expire 10, 45 and 80 days from the platform's day, on three products of
    // Điện Biên: whatever day the clock is pinned to, each window holds a known certificate.
    const { rows } = await p.db.query<{ id: string }>(
      `SELECT p.id FROM ocop_product p JOIN admin_unit c ON c.id = p.origin_commune_id
       JOIN admin_unit up ON up.id = c.parent_id LEFT JOIN admin_unit upp ON upp.id = up.parent_id
       WHERE p.deleted_at IS NULL AND (up.code = '11' OR upp.code = '11')
         AND (p.current_decision_date IS NULL OR p.current_decision_date < $1)
       ORDER BY p.id LIMIT 3`,
      [addMonths(addDays(day, 10), -36)],
    );
    expect(rows).toHaveLength(3);
    for (const [i, days] of [10, 45, 80].entries())
      await p.db.query(
        `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number, decision_date,
                                       issuer_level, issuer_name)
         VALUES ($1, $2, 75, 4, $3, $4, 'province', 'UBND tỉnh Điện Biên')`,
        [`OCOP-TEST-${i}`, rows[i]!.id, `QĐ-TEST-${i}`, addMonths(addDays(day, days), -36)],
      );
  }, 240_000);
  afterAll(async () => {
    await p?.stop();
  });

  /** The products' latest certificates valid on the day and expiring within `within` days, by SQL. */
  const expiringBySql = async (within: number, province: string | null) =>
    (
      await p.db.query<{ certificate_number: string; expires_on: string }>(
        `WITH latest AS (
           SELECT DISTINCT ON (c.product_id) c.* FROM ocop_certificate c
           JOIN ocop_product p ON p.id = c.product_id AND p.deleted_at IS NULL
           ORDER BY c.product_id, c.decision_date DESC, c.id DESC)
         SELECT l.certificate_number, l.expires_on::text AS expires_on FROM latest l
         JOIN ocop_product p ON p.id = l.product_id
         LEFT JOIN admin_unit c ON c.id = p.origin_commune_id LEFT JOIN admin_unit up ON up.id = c.parent_id
         LEFT JOIN admin_unit upp ON upp.id = up.parent_id
         WHERE l.decision_date <= $1 AND l.expires_on > $1 AND l.expires_on <= $1::date + $2::int
           AND (l.revoked_on IS NULL OR l.revoked_on > $1) AND (l.superseded_on IS NULL OR l.superseded_on > $1)
           AND ($3::text IS NULL OR up.code = $3 OR upp.code = $3)
         ORDER BY l.expires_on, l.product_id`,
        [day, within, province],
      )
    ).rows;

  it('lists the certificates expiring within 30, 60 and 90 days as the recorded certificates say', async () => {
    for (const within of [30, 60, 90]) {
      const expected = await expiringBySql(within, '11');
      expect(expected.map((e) => e.certificate_number)).toEqual(
        expect.arrayContaining([0, 1, 2].slice(0, within / 30).map((i) => `OCOP-TEST-${i}`)),
      );
      const seen: { certificateNumber: string; expiresOn: string; daysLeft: number }[] = [];
      let after: string | null = null;
      for (;;) {
        const page = (await p.client.request(EXPIRING, {
          province: '11',
          within,
          first: 2,
          after,
        })) as Answer<Loose>;
        expect(page.body.errors).toBeUndefined();
        const connection = page.body.data!.expiringCertificates;
        expect(connection.totalCount).toBe(expected.length);
        for (const node of connection.nodes) {
          seen.push({
            certificateNumber: node.certificate.certificateNumber,
            expiresOn: node.expiresOn,
            daysLeft: node.daysLeft,
          });
          expect(node.producer.name).toBeTruthy();
        }
        if (!connection.pageInfo.hasNextPage) break;
        after = connection.pageInfo.endCursor;
      }
      expect(seen.map((s) => s.certificateNumber)).toEqual(expected.map((e) => e.certificate_number));
      for (const s of seen) expect(addDays(day, s.daysLeft)).toBe(s.expiresOn);
    }
    const counts = await p.client.request(COUNTS, { province: '11' });
    expect(counts.body.data!.expiringCertificateCounts).toEqual({
      within30: (await expiringBySql(30, '11')).length,
      within60: (await expiringBySql(60, '11')).length,
      within90: (await expiringBySql(90, '11')).length,
    });
    const national = await p.client.request(COUNTS, {});
    expect(national.body.data!.expiringCertificateCounts.within90).toBe(
      (await expiringBySql(90, null)).length,
    );
  });

  it('answers a page in a fixed number of statements, whatever its size', async () => {
    const statements = async (first: number) =>
      (
        (await p.client.request(EXPIRING, { within: 366, first }, { headers: { 'x-ocop-sql-count': '1' } }))
          .body as { extensions?: { sqlStatements?: number } }
      ).extensions!.sqlStatements!;
    expect(await statements(2)).toBe(await statements(50));
  });

  it('refuses a bad window or place with a typed error', async () => {
    for (const within of [0, 367]) {
      const answer = await p.client.request(EXPIRING, { within, first: 5 });
      expect(answer.body.errors![0]!.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'withinDays',
      });
    }
    const place = await p.client.request(COUNTS, { province: 'DB' });
    expect(place.body.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      argumentName: 'provinceCode',
    });
  });

  /** Each certified product's reasons, by SQL written independently of the server's. */
  const reasonsBySql = async () => {
    const { rows } = await p.db.query<{ id: string; reasons: string[] }>(
      `SELECT p.id, array_remove(ARRAY[
           CASE WHEN NOT EXISTS (SELECT 1 FROM product_listing l WHERE l.product_id = p.id
                                 AND l.availability NOT IN ('out_of_stock', 'discontinued')) THEN 'NO_AVAILABLE_LISTING' END,
           CASE WHEN NOT EXISTS (SELECT 1 FROM raw_material_area a WHERE a.product_id = p.id
                                 OR (a.product_id IS NULL AND a.producer_id = p.producer_id)) THEN 'NO_RAW_MATERIAL_AREA' END,
           CASE WHEN NOT EXISTS (SELECT 1 FROM linkage k WHERE (k.product_id = p.id OR (k.product_id IS NULL AND k.producer_id = p.producer_id))
                                 AND k.started_on <= $1 AND coalesce(k.ended_on, $1) >= $1) THEN 'NO_LINKAGE_IN_FORCE' END,
           CASE WHEN (SELECT count(*) FILTER (WHERE i.first_answered_at IS NULL) = count(*) AND count(*) > 0
                      FROM inquiry i WHERE i.product_id = p.id AND i.created_at > $2::timestamptz - interval '365 days')
                THEN 'INQUIRIES_UNANSWERED' END], NULL) AS reasons
       FROM ocop_product p
       WHERE p.deleted_at IS NULL
         AND ocop_certificate_status(p.current_decision_date, p.current_expires_on, p.current_revoked_on, p.current_superseded_on, $1) = 'valid'
       ORDER BY p.id`,
      [day, now()],
    );
    return rows;
  };

  it('names each certified product’s reasons to stay for display only, and moves with the facts', async () => {
    const walk = async () => {
      const found = new Map<string, string[]>();
      let after: string | null = null;
      for (;;) {
        const page = (await p.client.request(AT_RISK, { first: 7, after })) as Answer<Loose>;
        expect(page.body.errors).toBeUndefined();
        for (const node of page.body.data!.productsAtRisk.nodes) found.set(node.product.id, node.reasons);
        if (!page.body.data!.productsAtRisk.pageInfo.hasNextPage) break;
        after = page.body.data!.productsAtRisk.pageInfo.endCursor;
      }
      return found;
    };
    const expected = await reasonsBySql();
    const atRisk = expected.filter((row) => row.reasons.length > 0);
    expect(atRisk.length).toBeGreaterThan(0);
    const found = await walk();
    expect(new Map([...found].sort())).toEqual(
      new Map(atRisk.map((row) => [globalId('OcopProduct', row.id), row.reasons] as const).sort()),
    );
    const summary = await p.client.request(SUMMARY, {});
    expect(summary.body.data!.productsAtRiskSummary.certifiedProducts).toBe(expected.length);
    expect(summary.body.data!.productsAtRiskSummary.atRisk).toBe(atRisk.length);
    for (const { reason, products } of summary.body.data!.productsAtRiskSummary.byReason)
      expect(products).toBe(expected.filter((row) => row.reasons.includes(reason)).length);

    // A linkage in force from today for one product without one: that reason goes, the others stay.
    const target = atRisk.find((row) => row.reasons.includes('NO_LINKAGE_IN_FORCE'))!;
    await p.db.query(
      `INSERT INTO linkage (kind, producer_id, product_id, partner_name, partner_type, started_on)
       SELECT 'offtake', producer_id, id, 'Siêu thị thử', 'enterprise', $2 FROM ocop_product WHERE id = $1`,
      [target.id, day],
    );
    const after = await walk();
    const remaining = target.reasons.filter((r) => r !== 'NO_LINKAGE_IN_FORCE');
    expect(after.get(globalId('OcopProduct', target.id))).toEqual(
      remaining.length > 0 ? remaining : undefined,
    );
  });
});
