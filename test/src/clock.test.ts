import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { createDatabase, dropDatabase, findFreePort } from '@ocop/db';
import { client } from './client';
import { gql } from './gql';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * The pinned clock end to end: a platform started with OCOP_TODAY answers that day as `today`,
 * and derives the statuses that change with the calendar on it, whatever the real date (and
 * whatever OCOP_TODAY this test run itself has).
 */
const PINNED = '2031-07-15';
const DATABASE = 'ocop_clock';

const VERIFY = gql(`query ClockVerifyOcopCertificate($number: String!) {
  verifyOcopCertificate(number: $number) { genuine status checkedOn validUntil expiredOn }
}`);

describe(`a platform started with OCOP_TODAY=${PINNED}`, () => {
  let platform: RunningPlatform;
  let db: pg.Client;

  beforeAll(async () => {
    const url = await createDatabase(inject('serverUrl'), DATABASE);
    platform = await startPlatform({
      command: [process.execPath, START_SCRIPT],
      env: { DATABASE_URL: url, SEED_DEMO: 'false', OCOP_TODAY: PINNED },
      port: await findFreePort(),
    });
    db = new pg.Client({ connectionString: url });
    await db.connect();
    // One product with two certificates around the pinned day: decided on 2028-07-15 (36 months:
    // expires on 2031-07-15, so expired that day) and on 2028-07-16 (valid until 2031-07-16).
    const producerId = randomUUID();
    const productId = randomUUID();
    await db.query(`INSERT INTO producer (id, name, type) VALUES ($1, 'HTX thử đồng hồ', 'cooperative')`, [
      producerId,
    ]);
    await db.query(`INSERT INTO ocop_product (id, name, producer_id) VALUES ($1, 'Chè thử đồng hồ', $2)`, [
      productId,
      producerId,
    ]);
    const otherProductId = randomUUID();
    await db.query(
      `INSERT INTO ocop_product (id, name, producer_id) VALUES ($1, 'Mật ong thử đồng hồ', $2)`,
      [otherProductId, producerId],
    );
    for (const [number, product, decided] of [
      ['CLOCK-EXPIRES-ON-THE-DAY', productId, '2028-07-15'],
      ['CLOCK-VALID-ONE-DAY-MORE', otherProductId, '2028-07-16'],
    ]) {
      await db.query(
        `INSERT INTO ocop_certificate (certificate_number, product_id, score, stars, decision_number,
           decision_date, issuer_level, issuer_name)
         VALUES ($1, $2, 60, 3, 'TEST/QĐ', $3, 'province', 'UBND tỉnh thử nghiệm')`,
        [number, product, decided],
      );
    }
  });

  afterAll(async () => {
    await db?.end();
    await platform?.stop();
    await dropDatabase(inject('serverUrl'), DATABASE);
  });

  it('says the pinned day in its log at start', () => {
    expect(platform.output()).toContain(`clock: today is ${PINNED} (OCOP_TODAY)`);
  });

  it('answers { today } with the pinned day', async () => {
    const answer = await client(platform.baseUrl).request(gql(`query ClockToday { today }`));
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data!.today).toBe(PINNED);
  });

  it("derives a certificate's status on the pinned day: expired on its expiry day, valid the day before", async () => {
    const expired = await client(platform.baseUrl).request(VERIFY, { number: 'CLOCK-EXPIRES-ON-THE-DAY' });
    expect(expired.body.data!.verifyOcopCertificate).toEqual({
      genuine: true,
      status: 'EXPIRED',
      checkedOn: PINNED,
      validUntil: null,
      expiredOn: '2031-07-15',
    });
    const valid = await client(platform.baseUrl).request(VERIFY, { number: 'CLOCK-VALID-ONE-DAY-MORE' });
    expect(valid.body.data!.verifyOcopCertificate).toEqual({
      genuine: true,
      status: 'VALID',
      checkedOn: PINNED,
      validUntil: '2031-07-16',
      expiredOn: null,
    });
  });

  it('writes the audit log at instants of the pinned day (its clock, not the database’s)', async () => {
    // A refused login is audited; its instant is on the pinned day in Vietnam.
    await client(platform.baseUrl).login('nobody@example.vn', 'x');
    const { rows } = await db.query<{ day: string }>(
      `SELECT (occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS day
       FROM audit_log WHERE action = 'login' ORDER BY occurred_at DESC LIMIT 1`,
    );
    expect(rows).toEqual([{ day: PINNED }]);
  });
});

describe('a platform started with a bad OCOP_TODAY', () => {
  it('stops at once with a configuration error naming the variable', async () => {
    await expect(
      startPlatform({
        command: [process.execPath, START_SCRIPT],
        env: { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', OCOP_TODAY: '2031-02-30' },
        port: await findFreePort(),
        timeoutMs: 30_000,
      }),
    ).rejects.toThrow(/configuration error: OCOP_TODAY must be a calendar day/);
  });
});
