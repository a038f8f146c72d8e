import { today as clockToday } from '@ocop/db';
import type { Client } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql } from './gql';
import type { SummaryQuery } from './gql/graphql';
import { graphql } from './graphql-client';
import { connectPlatformDatabase } from './ocop-test-db';

interface Verification {
  number: string;
  genuine: boolean;
  status: string | null;
  checkedOn: string;
  stars: number | null;
  expiresOn: string | null;
  validUntil: string | null;
  expiredOn: string | null;
  revokedOn: string | null;
  supersededOn: string | null;
  message: string;
  messageEn: string;
  certificate: { id: string; certificateNumber: string; status: string | null } | null;
  currentCertificate: { certificateNumber: string; status: string | null } | null;
  product: { name: string } | null;
  producer: { name: string } | null;
}

const VERIFY = gql(`
  query Verify($number: String!) {
    verifyOcopCertificate(number: $number) {
      number genuine status checkedOn stars expiresOn validUntil expiredOn revokedOn supersededOn message messageEn
      certificate { id certificateNumber status }
      currentCertificate { certificateNumber status }
      product { name }
      producer { name }
    }
  }`);

async function verify(number: string): Promise<Verification> {
  const { status, body } = await graphql(VERIFY, { number });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return body.data!.verifyOcopCertificate;
}

/** '2028-09-12' → '12/09/2028', as a Vietnamese reader writes dates. */
const vi = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

interface CertificateFact {
  certificate_number: string;
  stars: number;
  expires_on: string;
  revoked_on: string | null;
  superseded_on: string | null;
  product_name: string;
  producer_name: string;
  status: string | null;
  /** The product's current certificate today (the latest decided by today). */
  current_number: string;
  current_status: string;
  /** Whether the status is the same tomorrow: the server may answer after midnight in Vietnam. */
  stable: boolean;
}

let db: Client;
let today: string;
let certificates: CertificateFact[];

/**
 * A demo certificate with this status on the clock's day (OCOP_TODAY, else today in Vietnam),
 * whose status does not change the next day: it cannot flip between this lookup and the answer.
 * Revoked and superseded certificates stay so; a valid or expired one is taken away from its
 * expiry. When the demo data holds none on that day, that is a fact about the data, said so.
 */
function certificateWith(
  status: string,
  extra: (fact: CertificateFact) => boolean = () => true,
): CertificateFact {
  const fact = certificates.find((c) => c.status === status && c.stable && extra(c));
  if (!fact) {
    throw new Error(
      `the demo data has no certificate ${status} on ${today} and the day after that fits this test (${extra.toString()})`,
    );
  }
  return fact;
}

/** A demo certificate, whatever its status (for what does not depend on the day). */
function anyCertificate(): CertificateFact {
  const fact = certificates.find((c) => c.stable) ?? certificates[0];
  if (!fact) throw new Error('the demo data has no certificate');
  return fact;
}

beforeAll(async () => {
  db = await connectPlatformDatabase();
  today = clockToday();
  const { rows } = await db.query<CertificateFact>(
    `SELECT c.certificate_number, c.stars, c.expires_on::text AS expires_on, c.revoked_on::text AS revoked_on,
            c.superseded_on::text AS superseded_on, p.name AS product_name, pr.name AS producer_name,
            ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1) AS status,
            cur.certificate_number AS current_number,
            ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1)
              AS current_status,
            ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1)
              IS NOT DISTINCT FROM
            ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, $1::date + 1)
              AND ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1)
              IS NOT DISTINCT FROM
                  ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on,
                                          $1::date + 1) AS stable
     FROM ocop_certificate c
     JOIN ocop_product p ON p.id = c.product_id
     JOIN producer pr ON pr.id = p.producer_id
     JOIN LATERAL (
       SELECT x.* FROM ocop_certificate x WHERE x.product_id = c.product_id AND x.decision_date <= $1
       ORDER BY x.decision_date DESC LIMIT 1) cur ON true
     WHERE c.demo
     ORDER BY c.certificate_number`,
    [today],
  );
  certificates = rows;
});

afterAll(async () => {
  await db?.end();
});

describe('verifyOcopCertificate', () => {
  it('a valid certificate: genuine, VALID, "hợp lệ đến" its expiry, with product, producer and stars', async () => {
    const fact = certificateWith('valid');
    const answer = await verify(fact.certificate_number);
    expect(answer).toMatchObject({
      number: fact.certificate_number,
      genuine: true,
      status: 'VALID',
      checkedOn: today,
      stars: fact.stars,
      expiresOn: fact.expires_on,
      validUntil: fact.expires_on,
      expiredOn: null,
      revokedOn: null,
      supersededOn: null,
      certificate: { certificateNumber: fact.certificate_number, status: 'VALID' },
      currentCertificate: null,
      product: { name: fact.product_name },
      producer: { name: fact.producer_name },
    });
    expect(answer.message.startsWith(`Chứng nhận OCOP hợp lệ đến ${vi(fact.expires_on)}`)).toBe(true);
    expect(answer.message).toContain(fact.product_name);
    expect(answer.messageEn).toMatch(/^Valid OCOP certificate until \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('an expired certificate never reads as valid', async () => {
    const fact = certificateWith('expired');
    const answer = await verify(fact.certificate_number);
    expect(answer).toMatchObject({
      genuine: true,
      status: 'EXPIRED',
      expiresOn: fact.expires_on,
      validUntil: null,
      expiredOn: fact.expires_on,
      certificate: { certificateNumber: fact.certificate_number, status: 'EXPIRED' },
    });
    expect(answer.message.startsWith(`Đã hết hạn từ ${vi(fact.expires_on)}`)).toBe(true);
    expect(answer.message).not.toMatch(/hợp lệ/i);
    expect(answer.messageEn).toMatch(/^Expired since /);
    expect(answer.messageEn).not.toMatch(/\bvalid\b/i);
  });

  it('every expired demo certificate, checked one by one, reads as expired', async () => {
    const expired = certificates.filter((c) => c.status === 'expired' && c.stable);
    expect(expired.length).toBeGreaterThan(0);
    for (const fact of expired) {
      const answer = await verify(fact.certificate_number);
      expect(answer.status).toBe('EXPIRED');
      expect(answer.message).not.toMatch(/hợp lệ/i);
    }
  });

  it('a revoked certificate: REVOKED since its revocation', async () => {
    const fact = certificateWith('revoked');
    const answer = await verify(fact.certificate_number);
    expect(answer).toMatchObject({
      genuine: true,
      status: 'REVOKED',
      revokedOn: fact.revoked_on,
      expiresOn: fact.expires_on,
      validUntil: null,
    });
    expect(answer.message.startsWith(`Đã bị thu hồi ngày ${vi(fact.revoked_on!)}`)).toBe(true);
    expect(answer.message).not.toMatch(/hợp lệ/i);
    expect(answer.messageEn).not.toMatch(/\bvalid\b/i);
  });

  it('a superseded certificate says so and points to the current one', async () => {
    const fact = certificateWith('superseded', (c) => c.current_status === 'valid');
    const answer = await verify(fact.certificate_number);
    expect(answer).toMatchObject({
      genuine: true,
      status: 'SUPERSEDED',
      supersededOn: fact.superseded_on,
      expiresOn: fact.expires_on,
      validUntil: null,
      currentCertificate: { certificateNumber: fact.current_number, status: 'VALID' },
    });
    expect(fact.current_number).not.toBe(fact.certificate_number);
    expect(answer.message.startsWith(`Đã được thay thế ngày ${vi(fact.superseded_on!)}`)).toBe(true);
    expect(answer.message).toContain(fact.current_number);
    expect(answer.message).not.toMatch(/hợp lệ/i);
    expect(answer.messageEn).toContain(fact.current_number);
    expect(answer.messageEn).not.toMatch(/\bvalid\b/i);
  });

  it('an unknown number: not genuine, no status, "Không tìm thấy số chứng nhận này"', async () => {
    const unknown = 'OCOP-99-1999-9999';
    const { rowCount } = await db.query(`SELECT 1 FROM ocop_certificate WHERE certificate_number = $1`, [
      unknown,
    ]);
    expect(rowCount).toBe(0);
    const answer = await verify(unknown);
    expect(answer).toMatchObject({
      number: unknown,
      genuine: false,
      status: null,
      stars: null,
      expiresOn: null,
      certificate: null,
      product: null,
      producer: null,
    });
    expect(answer.message.startsWith('Không tìm thấy số chứng nhận này')).toBe(true);
    expect(answer.messageEn).toMatch(/not found/);
  });

  it('tolerates case, spaces, dash variants, decomposed accents and full-width digits', async () => {
    const fact = anyCertificate();
    const number = fact.certificate_number;
    const fullWidth = number.replace(/[0-9]/g, (digit) => String.fromCharCode(0xff10 + Number(digit)));
    for (const typed of [
      `  ${number}  `,
      number.toLowerCase(),
      number.replace(/-/g, ' '),
      number.replace(/-/g, '–'),
      number.replace(/-/g, ''),
      number.replace(/-/g, ' - '),
      fullWidth,
      number.normalize('NFD'),
    ]) {
      const answer = await verify(typed);
      expect(answer.genuine, typed).toBe(true);
      expect(answer.certificate?.certificateNumber, typed).toBe(number);
    }
  });

  it('rejects an empty or absurd number with BAD_USER_INPUT', async () => {
    for (const number of ['', '   ', '---', 'x'.repeat(101)]) {
      const { body } = await graphql(VERIFY, { number });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(number)).toBe('BAD_USER_INPUT');
    }
  });

  it('runs one SQL statement for the check itself', async () => {
    const fact = anyCertificate();
    const { body } = await graphql(
      gql(`
        query OcopCertificatesVerifyOcopCertificate($n: String!) {
          verifyOcopCertificate(number: $n) {
            genuine
            status
            message
          }
        }
      `),
      { n: fact.certificate_number },
      { 'x-ocop-sql-count': '1' },
    );
    expect((body as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements).toBe(1);
  });
});

const VERIFY_MANY = gql(`
  query VerifyMany($numbers: [String!]!) {
    verifyOcopCertificates(numbers: $numbers) {
      number
      problem
      verification {
        number genuine status checkedOn stars expiresOn validUntil expiredOn revokedOn supersededOn message messageEn
        certificate { id certificateNumber status }
        currentCertificate { certificateNumber status }
        product { name }
        producer { name }
      }
    }
  }`);

interface Check {
  number: string;
  problem: string | null;
  verification: Verification | null;
}

async function verifyMany(numbers: string[], headers: Record<string, string> = {}) {
  return graphql(VERIFY_MANY, { numbers }, headers);
}

const sqlStatements = (body: unknown): number | undefined =>
  (body as { extensions?: { sqlStatements?: number } }).extensions?.sqlStatements;

/** Numbers not in the database (asserted), for unknown entries. */
async function unknownNumbers(count: number): Promise<string[]> {
  const numbers = Array.from({ length: count }, (_, i) => `OCOP-99-1999-${String(9000 + i)}`);
  const { rows } = await db.query(
    `SELECT certificate_number FROM ocop_certificate
     WHERE regexp_replace(lower(certificate_number), '[^a-z0-9]', '', 'g')
           = ANY(SELECT regexp_replace(lower(n), '[^a-z0-9]', '', 'g') FROM unnest($1::text[]) n)`,
    [numbers],
  );
  expect(rows).toEqual([]);
  return numbers;
}

describe('verifyOcopCertificates', () => {
  it('100 numbers in one request: one answer each, in order, each the right one', async () => {
    const stable = certificates.filter((c) => c.stable);
    const facts = ['valid', 'expired', 'revoked', 'superseded'].flatMap((status) =>
      stable.filter((c) => c.status === status).slice(0, 15),
    );
    expect(new Set(facts.map((f) => f.status)).size).toBe(4); // every status is in the mix
    const malformed: [string, string][] = [
      ['', 'EMPTY'],
      ['   ', 'EMPTY'],
      ['---', 'NO_LETTERS_OR_DIGITS'],
      ['x'.repeat(101), 'TOO_LONG'],
      ['x'.repeat(50_000), 'TOO_LONG'], // refused from its length alone, never normalized
    ];
    const unknown = await unknownNumbers(5);
    // Each entry: what is asked, and the fact it is about (null: unknown; a string: the problem).
    const asked: { number: string; fact: CertificateFact | null | string }[] = [
      ...facts.map((fact) => ({ number: fact.certificate_number, fact })),
      ...unknown.map((number) => ({ number, fact: null })),
      ...malformed.map(([number, problem]) => ({ number, fact: problem })),
      // Spelled as a buyer types it, and asked twice: answered at each position.
      { number: ` ${facts[0]!.certificate_number.toLowerCase()} `, fact: facts[0]! },
      { number: facts[1]!.certificate_number, fact: facts[1]! },
    ];
    for (let i = 0; asked.length < 100; i += 1) {
      const fact = stable[i % stable.length]!;
      asked.splice((i * 7) % asked.length, 0, { number: fact.certificate_number, fact });
    }
    expect(asked).toHaveLength(100);

    const started = performance.now();
    const { status, body } = await verifyMany(asked.map((a) => a.number));
    const elapsed = performance.now() - started;
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    expect(status).toBe(200);
    const checks = body.data!.verifyOcopCertificates as Check[];
    expect(checks.map((c) => c.number)).toEqual(asked.map((a) => a.number));
    for (const [i, { number, fact }] of asked.entries()) {
      const check = checks[i]!;
      const at = `#${i} ${JSON.stringify(number.slice(0, 30))}`;
      if (typeof fact === 'string') {
        expect(check, at).toEqual({ number, problem: fact, verification: null });
      } else if (fact === null) {
        expect(check.problem, at).toBeNull();
        expect(check.verification, at).toMatchObject({
          number,
          genuine: false,
          status: null,
          checkedOn: today,
          certificate: null,
          product: null,
          producer: null,
        });
        expect(check.verification!.message.startsWith('Không tìm thấy số chứng nhận này'), at).toBe(true);
      } else {
        const state = fact.status?.toUpperCase() ?? null;
        expect(check.problem, at).toBeNull();
        expect(check.verification, at).toMatchObject({
          number: number.trim(),
          genuine: true,
          status: state,
          checkedOn: today,
          stars: fact.stars,
          expiresOn: fact.expires_on,
          validUntil: state === 'VALID' ? fact.expires_on : null,
          expiredOn: state === 'EXPIRED' ? fact.expires_on : null,
          revokedOn: state === 'REVOKED' ? fact.revoked_on : null,
          supersededOn: state === 'SUPERSEDED' ? fact.superseded_on : null,
          certificate: { certificateNumber: fact.certificate_number, status: state },
          currentCertificate:
            fact.current_number === fact.certificate_number
              ? null
              : { certificateNumber: fact.current_number, status: fact.current_status.toUpperCase() },
          product: { name: fact.product_name },
          producer: { name: fact.producer_name },
        });
        if (state !== 'VALID') expect(check.verification!.message, at).not.toMatch(/hợp lệ/i);
      }
    }
    // The same answer as the single query gives, for one number of each status.
    for (const status of ['valid', 'expired', 'revoked', 'superseded']) {
      const i = asked.findIndex((a) => typeof a.fact === 'object' && a.fact?.status === status);
      expect(checks[i]!.verification).toEqual(await verify(asked[i]!.number));
    }
    console.log(`verifyOcopCertificates: 100 numbers answered in ${elapsed.toFixed(0)} ms`);
  });

  it('refuses an empty list or more than 100 numbers (BAD_USER_INPUT on "numbers"), before any SQL', async () => {
    const fact = anyCertificate();
    for (const count of [0, 101, 1_000]) {
      const { status, body } = await verifyMany(Array<string>(count).fill(fact.certificate_number), {
        'x-ocop-sql-count': '1',
      });
      expect(body.data, String(count)).toBeNull();
      expect(body.errors, String(count)).toHaveLength(1);
      expect(body.errors![0]!.extensions, String(count)).toMatchObject({
        code: 'BAD_USER_INPUT',
        argumentName: 'numbers',
      });
      expect(body.errors![0]!.message).toContain(String(count));
      expect(status).toBe(200); // a refusal of the argument, as for `nodes(ids)` over its limit
      expect(sqlStatements(body), String(count)).toBe(0);
    }
    // 100 is the limit, not beyond it.
    const { body } = await verifyMany(Array<string>(100).fill(fact.certificate_number));
    expect(body.errors).toBeUndefined();
    expect(body.data!.verifyOcopCertificates).toHaveLength(100);
  });

  it('runs the same few SQL statements for 1, 10 or 100 numbers', async () => {
    const stable = certificates.filter((c) => c.stable);
    const unknown = await unknownNumbers(3);
    const counts: number[] = [];
    for (const size of [1, 10, 100]) {
      // Found exactly, found by their letters and digits, and unknown: every branch of the lookup.
      const numbers = Array.from({ length: size }, (_, i) => {
        const number = stable[i % stable.length]!.certificate_number;
        return i % 3 === 0 ? number : i % 3 === 1 ? number.replace(/-/g, ' ') : unknown[i % 3]!;
      });
      const { body } = await verifyMany(numbers, { 'x-ocop-sql-count': '1' });
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      counts.push(sqlStatements(body)!);
    }
    // The lookup, the products and the producers (DataLoaders): 3, whatever the size.
    expect(counts).toEqual([3, 3, 3]);
  });
});

describe('OcopCertificate', () => {
  it('status(asOf) follows the SQL rule ocop_certificate_status for every certificate and day', async () => {
    const days = ['2019-01-01', '2021-06-30', '2023-06-16', '2024-05-26', '2025-04-10', today];
    const { body } = await graphql<{
      ocopProducts: {
        nodes: { certificates: ({ certificateNumber: string } & Record<string, string | null>)[] }[];
      };
    }>(
      `query($statuses: [CertificateStatus!]) {
        ocopProducts(first: 100, filter: { certificateStatus: $statuses }) {
          nodes { certificates { certificateNumber ${days.map((day, i) => `d${i}: status(asOf: "${day}")`).join(' ')} } }
        }
      }`,
      { statuses: ['VALID', 'EXPIRED', 'REVOKED', 'SUPERSEDED'] },
    );
    expect(body.errors).toBeUndefined();
    const fromApi = body.data!.ocopProducts.nodes.flatMap((node) => node.certificates);
    const { rows } = await db.query<{ certificate_number: string; statuses: (string | null)[] }>(
      `SELECT c.certificate_number,
              array(SELECT upper(ocop_certificate_status(c.decision_date, c.expires_on, c.revoked_on, c.superseded_on, d))
                    FROM unnest($1::date[]) WITH ORDINALITY AS t(d, i) ORDER BY i) AS statuses
       FROM ocop_certificate c WHERE c.demo`,
      [days],
    );
    // Every demo certificate is there (rows another test file may insert meanwhile are ignored).
    const apiByNumber = new Map(fromApi.map((certificate) => [certificate.certificateNumber, certificate]));
    expect(rows.length).toBeGreaterThan(40);
    for (const row of rows) {
      const certificate = apiByNumber.get(row.certificate_number);
      expect(certificate, row.certificate_number).toBeDefined();
      expect(
        days.map((_, i) => certificate![`d${i}`]),
        row.certificate_number,
      ).toEqual(row.statuses);
    }
  });

  it('is a Node: node(id) finds it again', async () => {
    const fact = anyCertificate();
    const answer = await verify(fact.certificate_number);
    const { body } = await graphql(
      gql(`
        query OcopCertificatesNode($id: ID!) {
          node(id: $id) {
            __typename
            ... on OcopCertificate {
              certificateNumber
            }
          }
        }
      `),
      { id: answer.certificate!.id },
    );
    expect(body.data!.node).toEqual({
      __typename: 'OcopCertificate',
      certificateNumber: fact.certificate_number,
    });
  });
});

describe('ocopSummary', () => {
  const SUMMARY = gql(`
    query Summary($code: String!, $asOf: Date) {
      ocopSummary(provinceCode: $code, asOf: $asOf) {
        provinceCode asOf products producers
        province { code name }
        byStars { stars products }
        bySector { sector { code } products }
        byProducerType { type producers products }
      }
    }`);

  type Summary = SummaryQuery['ocopSummary'];

  async function summary(code: string, asOf?: string): Promise<Summary> {
    const { body } = await graphql(SUMMARY, { code, asOf });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.ocopSummary;
  }

  it('Điện Biên ("11") on 2021-06-30: the source document’s 35 products of 19 producers, 2 four-star, 33 three-star', async () => {
    const figures = await summary('11', '2021-06-30');
    expect(figures).toMatchObject({ provinceCode: '11', asOf: '2021-06-30', products: 35, producers: 19 });
    expect(figures.province).toEqual({ code: '11', name: 'Điện Biên' });
    expect(figures.byStars).toEqual([
      { stars: 5, products: 0 },
      { stars: 4, products: 2 },
      { stars: 3, products: 33 },
    ]);
    expect(figures.bySector.reduce((sum, entry) => sum + entry.products, 0)).toBe(35);
    expect(figures.byProducerType.reduce((sum, entry) => sum + entry.products, 0)).toBe(35);
    expect(figures.byProducerType.reduce((sum, entry) => sum + entry.producers, 0)).toBe(19);
  });

  it('today’s figures match the certificates in the database', async () => {
    const { rows } = await db.query<{ products: number; producers: number; four: number; three: number }>(
      `SELECT count(*)::int AS products, count(DISTINCT p.producer_id)::int AS producers,
              count(*) FILTER (WHERE cur.stars = 4)::int AS four, count(*) FILTER (WHERE cur.stars = 3)::int AS three
       FROM ocop_product p
       JOIN LATERAL (SELECT x.* FROM ocop_certificate x WHERE x.product_id = p.id AND x.decision_date <= $1
                     ORDER BY x.decision_date DESC LIMIT 1) cur ON true
       WHERE p.demo AND p.deleted_at IS NULL
         AND ocop_certificate_status(cur.decision_date, cur.expires_on, cur.revoked_on, cur.superseded_on, $1) = 'valid'`,
      [today],
    );
    const expected = rows[0]!;
    const figures = await summary('11');
    expect(figures.asOf).toBe(today);
    expect(figures.products).toBe(expected.products);
    expect(figures.producers).toBe(expected.producers);
    expect(figures.byStars.find((entry) => entry.stars === 4)?.products).toBe(expected.four);
    expect(figures.byStars.find((entry) => entry.stars === 3)?.products).toBe(expected.three);
  });

  it('rejects a malformed code (BAD_USER_INPUT) and answers NOT_FOUND for an unknown one', async () => {
    const malformed = await graphql(SUMMARY, { code: '111' });
    expect(malformed.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await graphql(SUMMARY, { code: '99' });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
