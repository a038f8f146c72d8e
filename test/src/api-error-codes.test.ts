// The server's modules use type-graphql's decorators: its entry point loads reflect-metadata first.
import '@ocop/server';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '@ocop/db';
import { ERROR_CODES, type ErrorCode } from '@ocop/server/dist/common/error-codes';
import { UserErrorCode } from '@ocop/server/dist/common/user-error';
import { startEmptyPlatform, type RunningPlatform } from './platform';

/**
 * Issue 14: each limit answers a code of its own, with its HTTP status, a message naming the
 * limit and what was found, and (outside Apollo) the request id; and the README's table lists
 * every code of the single definition (server/src/common/error-codes.ts).
 */

type Answer = {
  status: number;
  headers: Headers;
  body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
    extensions?: { sqlStatements?: number };
  };
};

describe('one request per limit, each with its own code and status', () => {
  let platform: RunningPlatform;
  const PER_WINDOW = 10;
  let address = 0;

  beforeAll(async () => {
    // The request budget on (10 per 10 s), the proxy on loopback believed: each request below
    // names an address of its own, so that only the burst meant to be is rate limited (an
    // address is also refused after one refused request per window).
    platform = await startEmptyPlatform(inject('serverUrl'), 'ocop_error_codes', {
      TRUST_PROXY: 'loopback',
      RATE_LIMIT_PER_MINUTE: String(PER_WINDOW * 6),
    });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  async function post(body: unknown, from = `10.14.0.${(address += 1)}`): Promise<Answer> {
    const response = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': from, 'x-ocop-sql-count': '1' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return {
      status: response.status,
      headers: response.headers,
      body: (await response.json()) as Answer['body'],
    };
  }

  function expectCode(answer: Answer, code: ErrorCode, message: RegExp, options = { requestId: false }) {
    expect(answer.status, JSON.stringify(answer.body)).toBe(ERROR_CODES[code].status);
    expect(answer.body.errors).toHaveLength(1);
    expect(answer.body.errors?.[0]?.extensions?.code).toBe(code);
    expect(answer.body.errors?.[0]?.message).toMatch(message);
    expect(answer.body.data ?? null).toBeNull();
    if (options.requestId) {
      expect(answer.body.errors?.[0]?.extensions?.requestId).toBe(answer.headers.get('x-request-id'));
    }
  }

  it('QUERY_TOO_DEEP: 14 levels of fields, each level a fragment', async () => {
    let query = '{ commune(code: "03331") { ...L0 } }';
    for (let i = 0; i < 14; i += 1) {
      const inner = i === 13 ? 'code' : `...L${i + 1}`;
      query += ` fragment L${i} on AdministrativeUnit { successors { unit { ${inner} } } }`;
    }
    expectCode(await post({ query }), 'QUERY_TOO_DEEP', /more than 12 levels deep.*at most 12/);
  });

  it('QUERY_TOO_DEEP: brackets nested past 32 in the text, before parsing', async () => {
    const query = `{ nodes(ids: ${'['.repeat(40)}"x"${']'.repeat(40)}) { id } }`;
    expectCode(await post({ query }), 'QUERY_TOO_DEEP', /more than 32 levels deep/, { requestId: true });
  });

  it('TOO_MANY_ALIASES: 6 aliases in a fragment spread 4 times', async () => {
    const query =
      '{ ...A ...A ... on Query { ...A } ...B } fragment B on Query { ...A } ' +
      `fragment A on Query { ${Array.from({ length: 6 }, (_, i) => `f${i}: ocopSectors { code }`).join(' ')} }`;
    const answer = await post({ query });
    expectCode(answer, 'TOO_MANY_ALIASES', /has 24 aliased fields.*at most 20/);
    expect(answer.body.extensions?.sqlStatements).toBe(0);
  });

  it('QUERY_TOO_COMPLEX: page sizes from a variable’s default, multiplied', async () => {
    const query = `query($n: Int = 100) { producers(first: $n) { nodes { products(first: $n) { nodes {
      producer { products(first: $n) { nodes { id } } } } } } } }`;
    const answer = await post({ query });
    expectCode(answer, 'QUERY_TOO_COMPLEX', /could return about \d+ objects, at most 25000/);
    expect(answer.body.extensions?.sqlStatements).toBe(0);
  });

  it('QUERY_TOO_COMPLEX: a fragment tree (2 spreads × 22 levels), at once', async () => {
    let query = '{ ...F0 }';
    for (let i = 0; i < 21; i += 1) query += ` fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`;
    query += ' fragment F21 on Query { ocopSectors { code } }';
    const started = performance.now();
    expectCode(await post({ query }), 'QUERY_TOO_COMPLEX', /more than 10\^12|about \d+ objects/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('QUERY_TOO_LARGE: a query text over 20,000 characters', async () => {
    const query = `{ __typename } # ${'z'.repeat(25_000)}`;
    expectCode(await post({ query }), 'QUERY_TOO_LARGE', /is 25,017 characters long; at most 20,000/, {
      requestId: true,
    });
  });

  it('QUERY_TOO_LARGE: more than 500 fields', async () => {
    const query = `{ ${Array.from({ length: 600 }, () => '__typename').join(' ')} }`;
    expectCode(await post({ query }), 'QUERY_TOO_LARGE', /more than 500 fields/, { requestId: true });
  });

  it('QUERY_TOO_LARGE: a fragment tree of 4 spreads × 22 levels, in validation', async () => {
    let query = '{ ...F0 }';
    for (let i = 0; i < 21; i += 1)
      query += ` fragment F${i} on Query { ${Array.from({ length: 4 }, () => `...F${i + 1}`).join(' ')} }`;
    query += ' fragment F21 on Query { ocopSectors { code } }';
    expectCode(await post({ query }), 'QUERY_TOO_LARGE', /more than 10,000,000/);
  });

  it('BATCH_NOT_SUPPORTED: an array of operations', async () => {
    const answer = await post([{ query: '{ __typename }' }, { query: '{ __typename }' }]);
    expectCode(answer, 'BATCH_NOT_SUPPORTED', /array of 2 operations; send one operation per request/, {
      requestId: true,
    });
  });

  it('BODY_TOO_LARGE: a JSON body over 100 kB is 413 with a JSON error, not an HTML page', async () => {
    const answer = await post({ query: '{ __typename }', variables: { pad: 'x'.repeat(150_000) } });
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expectCode(answer, 'BODY_TOO_LARGE', /is 150,0\d\d bytes; at most 100 kB \(102,400 bytes\)/, {
      requestId: true,
    });
  });

  it('RATE_LIMITED: past the budget of one address, 429 with Retry-After', async () => {
    const burst = await Promise.all(
      Array.from({ length: PER_WINDOW + 2 }, () => post({ query: '{ __typename }' }, '10.14.1.1')),
    );
    const refused = burst.filter((answer) => answer.status === 429);
    expect(refused).toHaveLength(2);
    expectCode(refused[0]!, 'RATE_LIMITED', /more than 10 requests in 10 s/, { requestId: true });
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('an ordinary request is still served', async () => {
    const answer = await post({ query: '{ __typename }' });
    expect(answer.status).toBe(200);
    expect(answer.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('the README lists every error code', () => {
  const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Error codes'));
  const rows = new Map(
    [
      ...section
        .slice(0, section.indexOf('\n#'))
        .matchAll(/^\| `([A-Z_]+)` +\|([^|]+)\|([^|]+)\|([^|]+)\|$/gm),
    ].map((match) => [
      match[1]!,
      { http: match[2]!.trim(), meaning: match[3]!.trim(), action: match[4]!.trim() },
    ]),
  );

  it('a row for each code of server/src/common/error-codes.ts, and none other', () => {
    expect([...rows.keys()].sort()).toEqual(Object.keys(ERROR_CODES).sort());
  });

  it.each(Object.entries(ERROR_CODES))('%s: its HTTP status, a meaning, what to do', (code, definition) => {
    const row = rows.get(code)!;
    expect(row.http).toMatch(new RegExp(`^${definition.status}\\b`));
    if ('inField' in definition) expect(row.http).toMatch(/200 in a field/);
    expect(row.meaning.length).toBeGreaterThan(10);
    expect(row.action.length).toBeGreaterThan(5);
  });

  it('every code of `userErrors` (UserErrorCode) is named', () => {
    const paragraph = section.slice(section.indexOf('`userErrors`'));
    for (const code of Object.values(UserErrorCode)) expect(paragraph).toContain(`\`${code}\``);
  });
});
