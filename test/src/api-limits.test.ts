import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { gql } from './gql';
import { graphql } from './graphql-client';

const COUNT = { 'x-ocop-sql-count': '1' };

async function post(body: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...COUNT },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

type Errors = {
  errors?: { message: string; extensions?: { code?: string } }[];
  extensions?: { sqlStatements?: number };
};

describe('limits against abuse: a 400 with a clear message, and no SQL run', () => {
  const catalogue = `query($first: Int) { ocopProducts(first: $first) { nodes { id } } }`;

  it.each([101, 0, -1, 1000])('first = %i sent as a variable', async (first) => {
    const { status, body } = await post({ query: catalogue, variables: { first } });
    const { errors, extensions } = body as Errors;
    expect(status).toBe(400);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/"first".*1 to 100/);
    expect(extensions?.sqlStatements).toBe(0);
  });

  it('first = 101 written in the query', async () => {
    const { status, body } = await post({ query: `{ ocopProducts(first: 101) { nodes { id } } }` });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/1 to 100/);
  });

  it('first = 100 is accepted', async () => {
    const { status, body } = await post({ query: catalogue, variables: { first: 100 } });
    expect(status).toBe(200);
    expect((body as Errors).errors).toBeUndefined();
  });

  it('a query whose nested pages multiply beyond the cost limit, page sizes sent as variables', async () => {
    const query = `query($a: Int, $b: Int) { producers(first: $a) { nodes { products(first: $b) { nodes {
      name producer { name } originCommune { name parent { name } } } } } } }`;
    const { status, body } = await post({ query, variables: { a: 100, b: 100 } });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/too expensive/);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect((body as Errors).extensions?.sqlStatements).toBe(0);
    // The same shape with small pages passes.
    const small = await post({ query, variables: { a: 5, b: 5 } });
    expect(small.status).toBe(200);
  });

  it('counts a connection’s page once: its `nodes` are not multiplied again', async () => {
    // 10 producers × (1 + 50 products × (1 + ~10 listings)) ≈ 5,500 objects: well within the limit.
    const query = `query($a: Int, $b: Int) { producers(first: $a) { nodes { products(first: $b) {
      nodes { id name listings { id version priceVnd } } } } } }`;
    const { status, body } = await post({ query, variables: { a: 10, b: 50 } });
    expect(status).toBe(200);
    expect(
      (body as { data?: { producers: { nodes: unknown[] } } }).data?.producers.nodes.length,
    ).toBeGreaterThan(0);
  });

  it('too many aliases', async () => {
    const fields = Array.from({ length: 21 }, (_, i) => `a${i}: criteriaSets { code }`).join(' ');
    const { status, body } = await post({ query: `{ ${fields} }` });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/has 21 aliased fields .*at most 20/);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect((body as Errors).extensions?.sqlStatements).toBe(0);
  });

  it('too many aliases through fragments: counted at each spread', async () => {
    // 6 aliases in a fragment spread 4 times (inline and named): 24, none written twice.
    const query =
      '{ ...A ...A ... on Query { ...A } ...B } fragment B on Query { ...A } ' +
      `fragment A on Query { ${Array.from({ length: 6 }, (_, i) => `f${i}: ocopSectors { code }`).join(' ')} }`;
    const { status, body } = await post({ query });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/has 24 aliased fields/);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    expect((body as Errors).extensions?.sqlStatements).toBe(0);
  });

  it('a query nested too deeply', async () => {
    let selection = 'code';
    for (let i = 0; i < 14; i += 1) selection = `successors { unit { ${selection} } }`;
    const { status, body } = await post({ query: `{ commune(code: "03331") { ${selection} } }` });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/nested too deeply.*more than 12 levels/);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('a query nested too deeply through fragments', async () => {
    // The same 14 levels as above, each level its own fragment: fragments count like fields.
    const levels = 14;
    let text = `{ commune(code: "03331") { ...L0 } }`;
    for (let i = 0; i < levels; i += 1) {
      const inner = i === levels - 1 ? 'code' : `...L${i + 1}`;
      text += ` fragment L${i} on AdministrativeUnit { successors { unit { ${inner} } } }`;
    }
    const { status, body } = await post({ query: text });
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.message).toMatch(/nested too deeply/);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  describe('fragments spread many times are measured once (limits linear in the document)', () => {
    /** `{ ...F0 } fragment F0 on Query { ...F1 ...F1 } … fragment F21 on Query { ocopSectors { code } }`. */
    const tree = (levels: number, spreads: number) => {
      let text = '{ ...F0 }';
      for (let i = 0; i < levels - 1; i += 1) {
        text += ` fragment F${i} on Query { ${Array.from({ length: spreads }, () => `...F${i + 1}`).join(' ')} }`;
      }
      return `${text} fragment F${levels - 1} on Query { ocopSectors { code } }`;
    };
    const timed = async (body: unknown) => {
      const start = performance.now();
      const answer = await post(body);
      return { ...answer, ms: performance.now() - start };
    };

    it.each([
      [22, 2, /too expensive/, 'QUERY_TOO_COMPLEX'],
      // 4^21 selections: Apollo's maxRecursiveSelections rejects it first, in validation.
      [22, 4, /too many fields once its fragments are written out/, 'QUERY_TOO_LARGE'],
    ])('%i levels of %i spreads each: 400 at once', async (levels, spreads, message, code) => {
      const query = tree(levels, spreads);
      expect(query.length).toBeLessThan(2_000);
      const { status, body, ms } = await timed({ query });
      expect(status).toBe(400);
      expect((body as Errors).errors?.[0]?.message).toMatch(message);
      expect((body as Errors).errors?.[0]?.extensions?.code).toBe(code);
      expect((body as Errors).extensions?.sqlStatements ?? 0).toBe(0);
      expect(ms).toBeLessThan(500);
    });

    it('does not stall ordinary requests sent alongside', async () => {
      const abusive = [tree(22, 2), tree(22, 2), tree(22, 2)].map((query) => timed({ query }));
      const ordinary = timed({ query: catalogue, variables: { first: 5 } });
      const [answer, ...refused] = await Promise.all([ordinary, ...abusive]);
      expect(answer.status).toBe(200);
      expect((answer.body as Errors).errors).toBeUndefined();
      expect(answer.ms).toBeLessThan(1_000);
      for (const r of refused) expect(r.status).toBe(400);
    });

    it('a fragment cycle is refused by validation, without looping', async () => {
      const query = '{ ...A } fragment A on Query { ocopSectors { code } ...B } fragment B on Query { ...A }';
      const { status, body, ms } = await timed({ query });
      expect(status).toBe(400);
      expect((body as Errors).errors?.[0]?.message).toMatch(/Cannot spread fragment/);
      expect(ms).toBeLessThan(500);
    });
  });

  it('operation batching is refused', async () => {
    const { status, body } = await post([
      { query: '{ criteriaSets { code } }' },
      { query: '{ criteriaSets { code } }' },
    ]);
    expect(status).toBe(400);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('BATCH_NOT_SUPPORTED');
    expect((body as Errors).errors?.[0]?.message).toMatch(/array of 2 operations/);
  });

  it('a body over 100 kB is refused before parsing', async () => {
    const { status, body } = await post({
      query: '{ criteriaSets { code } }',
      variables: { pad: 'x'.repeat(150_000) },
    });
    expect(status).toBe(413);
    expect((body as Errors).errors?.[0]?.extensions?.code).toBe('BODY_TOO_LARGE');
    expect((body as Errors).errors?.[0]?.message).toMatch(/is 150,\d{3} bytes; at most 100 kB/);
  });

  it('nodes(ids) takes at most 100 IDs', async () => {
    const ids = Array.from(
      { length: 101 },
      () => 'QWRtaW5pc3RyYXRpdmVVbml0OjAwMDAwMDAwLTAwMDAtMDAwMC0wMDAwLTAwMDAwMDAwMDAwMA==',
    );
    const { body } = await graphql(
      gql(`
        query LimitsNodes($ids: [ID!]!) {
          nodes(ids: $ids) {
            id
          }
        }
      `),
      { ids },
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('caching for CDNs: GET with persisted-query hashes and Cache-Control', () => {
  const query = '{ criteriaSets { code criteriaCount } }';
  const hash = async (text: string) =>
    Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))).toString('hex');
  const get = async (params: Record<string, string>) => {
    const url = new URL(`${inject('baseUrl')}/graphql`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    return fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
  };

  it('registers a query by hash, then answers the hash alone with a public Cache-Control', async () => {
    const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash: await hash(query) } });
    const unknown = await get({ extensions });
    expect(((await unknown.json()) as Errors).errors?.[0]?.extensions?.code).toBe(
      'PERSISTED_QUERY_NOT_FOUND',
    );

    const register = await get({ query, extensions });
    expect(register.status).toBe(200);

    const cached = await get({ extensions });
    expect(cached.status).toBe(200);
    expect(cached.headers.get('cache-control')).toBe('max-age=3600, public');
    const body = (await cached.json()) as { data: { criteriaSets: { code: string }[] } };
    expect(body.data.criteriaSets).toHaveLength(5);
  });

  it('catalogue answers are cacheable for a short time only', async () => {
    const response = await get({ query: '{ ocopProducts(first: 2) { nodes { name } } }' });
    expect(response.headers.get('cache-control')).toBe('max-age=60, public');
  });

  it('a GET without a preflight header is refused (CSRF protection)', async () => {
    const url = new URL(`${inject('baseUrl')}/graphql`);
    url.searchParams.set('query', query);
    const response = await fetch(url);
    expect(response.status).toBe(400);
  });
});
