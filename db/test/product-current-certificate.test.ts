import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { createDataSource } from '../src';
import { migratedDatabase } from './support';

// The pointer from a product to its current certificate (migration ProductCurrentCertificate…),
// kept by statement triggers on ocop_certificate, through every kind of write the platform makes:
// a certification, a re-certification that supersedes the valid certificate, a revocation, a
// correction of a decision date, a deletion, a bulk insert, and two concurrent certifications.

interface Pointer {
  current_certificate_id: string | null;
  current_stars: number | null;
  current_decision_date: string | null;
  current_expires_on: string | null;
  current_revoked_on: string | null;
  current_superseded_on: string | null;
}

describe('ocop_product.current_certificate_id and its copied columns', () => {
  let dataSource: DataSource;
  let close: () => Promise<void>;
  let url: string;
  let producerId: string;
  let serial = 0;

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    dataSource.query(sql, params);

  const newProduct = async (): Promise<string> => {
    const [row] = await query<{ id: string }>(
      `INSERT INTO ocop_product (name, producer_id) VALUES ($1, $2) RETURNING id`,
      [`Sản phẩm thử ${(serial += 1)}`, producerId],
    );
    return row!.id;
  };

  const certify = async (
    productId: string,
    decisionDate: string,
    score: number,
    run: (sql: string, params: unknown[]) => Promise<unknown> = (sql, params) => query(sql, params),
  ): Promise<string> => {
    const stars = score >= 90 ? 5 : score >= 70 ? 4 : 3;
    const rows = (await run(
      `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number,
                                     decision_date, issuer_level, issuer_name)
       VALUES ($1, $2, $3, $4, '1/QĐ-UBND', $5, 'province', 'Ủy ban nhân dân tỉnh thử') RETURNING id`,
      [`TEST-${(serial += 1)}`, productId, score, stars, decisionDate],
    )) as { id: string }[];
    return rows[0]!.id;
  };

  const pointer = async (productId: string): Promise<Pointer> => {
    const [row] = await query<Pointer>(
      `SELECT current_certificate_id, current_stars, current_decision_date::text, current_expires_on::text,
              current_revoked_on::text, current_superseded_on::text
       FROM ocop_product WHERE id = $1`,
      [productId],
    );
    return row!;
  };

  /** What the pointer must be: the latest certificate by decision date, then id (NULLs: none). */
  const expected = async (productId: string): Promise<Pointer> => {
    const [row] = await query<Pointer>(
      `SELECT c.id AS current_certificate_id, c.stars AS current_stars,
              c.decision_date::text AS current_decision_date, c.expires_on::text AS current_expires_on,
              c.revoked_on::text AS current_revoked_on, c.superseded_on::text AS current_superseded_on
       FROM (SELECT 1) one LEFT JOIN LATERAL (
         SELECT * FROM ocop_certificate WHERE product_id = $1 ORDER BY decision_date DESC, id DESC LIMIT 1) c ON true`,
      [productId],
    );
    return row!;
  };

  beforeAll(async () => {
    const db = await migratedDatabase('product_current_certificate_test');
    dataSource = db.dataSource;
    close = db.close;
    url = (dataSource.options as { url: string }).url;
    const [producer] = await query<{ id: string }>(
      `INSERT INTO producer (name, type) VALUES ('Hợp tác xã thử', 'cooperative') RETURNING id`,
    );
    producerId = producer!.id;
  });
  afterAll(() => close());

  it('is empty for a product never certified', async () => {
    const product = await newProduct();
    expect(await pointer(product)).toEqual({
      current_certificate_id: null,
      current_stars: null,
      current_decision_date: null,
      current_expires_on: null,
      current_revoked_on: null,
      current_superseded_on: null,
    });
  });

  it('follows a certification, a re-certification that supersedes it, and a revocation', async () => {
    const product = await newProduct();
    const first = await certify(product, '2021-03-15', 72);
    expect(await pointer(product)).toEqual({
      current_certificate_id: first,
      current_stars: 4,
      current_decision_date: '2021-03-15',
      current_expires_on: '2024-03-15',
      current_revoked_on: null,
      current_superseded_on: null,
    });

    // Re-certification, as ocopCertificationRecord writes it: the new certificate, then the
    // supersession of the one it replaces (two statements, each firing the trigger).
    const second = await certify(product, '2024-02-01', 91);
    await query(
      `UPDATE ocop_certificate SET superseded_on = '2024-02-01', superseded_by_id = $2 WHERE id = $1`,
      [first, second],
    );
    expect(await pointer(product)).toMatchObject({
      current_certificate_id: second,
      current_stars: 5,
      current_decision_date: '2024-02-01',
      current_expires_on: '2027-02-01',
      current_superseded_on: null,
    });

    // Revocation, as ocopCertificateRevoke writes it: the copied revocation date follows.
    await query(
      `UPDATE ocop_certificate SET revoked_on = '2025-05-20', revocation_reason = 'thử', version = version + 1
                 WHERE id = $1`,
      [second],
    );
    expect(await pointer(product)).toMatchObject({
      current_certificate_id: second,
      current_revoked_on: '2025-05-20',
    });
    const [status] = await query<{ status: string }>(
      `SELECT ocop_certificate_status(current_decision_date, current_expires_on, current_revoked_on,
                                      current_superseded_on, DATE '2026-01-01') AS status
       FROM ocop_product WHERE id = $1`,
      [product],
    );
    expect(status!.status).toBe('revoked');

    // A correction that moves the newer decision before the older one makes the older current.
    await query(
      `UPDATE ocop_certificate SET decision_date = '2020-01-01', superseded_on = NULL WHERE id = $1`,
      [second],
    );
    await query(`UPDATE ocop_certificate SET superseded_on = NULL, superseded_by_id = NULL WHERE id = $1`, [
      first,
    ]);
    expect(await pointer(product)).toEqual(await expected(product));
    expect((await pointer(product)).current_certificate_id).toBe(first);

    // Deleting certificates (a fixture's cleanup) moves the pointer back, then empties it.
    await query(`DELETE FROM ocop_certificate WHERE id = $1`, [first]);
    expect((await pointer(product)).current_certificate_id).toBe(second);
    await query(`DELETE FROM ocop_certificate WHERE id = $1`, [second]);
    expect((await pointer(product)).current_certificate_id).toBeNull();
  });

  it('an update of other columns leaves the products untouched', async () => {
    const product = await newProduct();
    const certificate = await certify(product, '2023-06-01', 60);
    const [before] = await query<{ xmin: string }>(`SELECT xmin::text FROM ocop_product WHERE id = $1`, [
      product,
    ]);
    await query(`UPDATE ocop_certificate SET issuer_name = 'Ủy ban nhân dân tỉnh khác' WHERE id = $1`, [
      certificate,
    ]);
    const [after] = await query<{ xmin: string }>(`SELECT xmin::text FROM ocop_product WHERE id = $1`, [
      product,
    ]);
    expect(after!.xmin).toBe(before!.xmin);
  });

  it('a bulk insert of many products’ histories sets every pointer (one statement)', async () => {
    const products = await Promise.all(Array.from({ length: 30 }, () => newProduct()));
    await query(
      `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number,
                                     decision_date, issuer_level, issuer_name)
       SELECT 'BULK-' || p.n || '-' || d.k, p.id, 55, 3, '2/QĐ-UBND', DATE '2019-01-01' + (p.n * 7 + d.k * 400)::int,
              'province', 'Ủy ban nhân dân tỉnh thử'
       FROM unnest($1::uuid[]) WITH ORDINALITY AS p(id, n) CROSS JOIN generate_series(0, 2) AS d(k)`,
      [products],
    );
    for (const product of products) {
      const actual = await pointer(product);
      expect(actual.current_certificate_id).not.toBeNull();
      expect(actual).toEqual(await expected(product));
    }
  });

  it('two concurrent certifications of one product leave the pointer on the later decision', async () => {
    const product = await newProduct();
    await certify(product, '2020-01-10', 65);
    const a = createDataSource({ url, poolSize: 1 });
    const b = createDataSource({ url, poolSize: 1 });
    await Promise.all([a.initialize(), b.initialize()]);
    const ra = a.createQueryRunner();
    const rb = b.createQueryRunner();
    try {
      await ra.startTransaction();
      await rb.startTransaction();
      const later = await certify(product, '2023-01-05', 80, (sql, params) => ra.query(sql, params));
      // B's trigger waits for A's lock on the product; once A commits it must see A's certificate.
      const insertB = certify(product, '2022-12-01', 70, (sql, params) => rb.query(sql, params));
      await new Promise((resolve) => setTimeout(resolve, 200));
      await ra.commitTransaction();
      await insertB;
      await rb.commitTransaction();
      expect((await pointer(product)).current_certificate_id).toBe(later);
      expect(await pointer(product)).toEqual(await expected(product));
    } finally {
      await ra.release();
      await rb.release();
      await Promise.all([a.destroy(), b.destroy()]);
    }
  });

  it('ocop_certificate_status_in agrees with ocop_certificate_status on every combination of dates', async () => {
    const [row] = await query<{ cases: number; disagreements: number }>(
      `WITH d(v) AS (VALUES (NULL::date), (DATE '2020-01-01'), (DATE '2021-01-01'), (DATE '2022-01-01'),
                            (DATE '2023-01-01'), (DATE '2024-01-01')),
            s(statuses) AS (VALUES ('{valid}'::text[]), ('{expired}'), ('{revoked}'), ('{superseded}'),
                                   ('{valid,expired}'), ('{revoked,superseded}'),
                                   ('{valid,expired,revoked,superseded}'))
       SELECT count(*)::int AS cases,
              count(*) FILTER (WHERE coalesce(ocop_certificate_status(dec.v, exp.v, rev.v, sup.v, day.v) = ANY(s.statuses), false)
                                     IS DISTINCT FROM coalesce(ocop_certificate_status_in(dec.v, exp.v, rev.v, sup.v, day.v, s.statuses), false))::int
                AS disagreements
       FROM d dec, d exp, d rev, d sup, d day, s`,
    );
    expect(row!.cases).toBe(6 ** 5 * 7);
    expect(row!.disagreements).toBe(0);
  });
});
