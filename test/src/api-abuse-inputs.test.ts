import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, findFreePort } from '@ocop/db';
import { startPlatform, START_SCRIPT, type RunningPlatform } from './platform';

/**
 * Client mistakes that used to reach the client as masked internal errors, with a stack trace
 * in the log each: texts PostgreSQL cannot hold (NUL, lone surrogates) in any argument of any
 * operation, and persisted-query extensions that are wrong. Each must be a 400 with its own code,
 * and the log must stay clean. A platform of its own, so that its log is this file's alone.
 */
let platform: RunningPlatform;
beforeAll(async () => {
  const databaseUrl = await createDatabase(inject('serverUrl'), 'ocop_abuse_inputs');
  platform = await startPlatform({
    command: [process.execPath, START_SCRIPT],
    env: { DATABASE_URL: databaseUrl, SEED_DEMO: 'true' },
    port: await findFreePort(),
  });
});
afterAll(async () => {
  await platform?.stop();
});

interface Answer {
  status: number;
  text: string;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}

/** POSTs `body` as JSON (a string is sent as it is). */
async function post(body: unknown): Promise<Answer> {
  const response = await fetch(`${platform.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

async function get(params: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${platform.baseUrl}/graphql?${new URLSearchParams(params).toString()}`, {
    headers: { 'apollo-require-preflight': 'true' },
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as Answer['body'] };
}

/** An ordinary request, answered as usual beside the refused ones. */
async function expectOrdinaryServed(): Promise<void> {
  const { status, body } = await post({ query: '{ ocopProducts(first: 3) { nodes { name } } }' });
  expect(status).toBe(200);
  expect((body.data as { ocopProducts: { nodes: unknown[] } }).ocopProducts.nodes).toHaveLength(3);
}

/** The server's log has no internal error and no stack frame. */
async function expectCleanLog(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  const output = platform.output();
  expect(output).not.toMatch(/internal error/i);
  expect(output).not.toMatch(/\n\s+at .+[(\s].*\.js:\d+/);
}

function expectRefusedText(answer: Answer, argumentPath: (string | number)[]): void {
  expect(answer.status, answer.text).toBe(400);
  expect(answer.body.errors, answer.text).toHaveLength(1);
  expect(answer.body.errors![0]!.extensions).toMatchObject({
    code: 'BAD_USER_INPUT',
    argumentPath: argumentPath.map(String),
  });
  expect(answer.body.errors![0]!.message).toContain(argumentPath.join('.'));
  expect(answer.body.data ?? null).toBeNull();
}

describe('texts no column can hold, in any argument of any operation', () => {
  it('refuses the reported arguments, literal or from variables, with BAD_USER_INPUT and the argument path', async () => {
    const cases: [body: unknown, path: (string | number)[]][] = [
      [{ query: '{ criteriaSet(code: "\\u0000") { code } }' }, ['criteriaSet', 'code']],
      [
        { query: '{ verifyOcopCertificate(number: "OCOP-\\u{0}") { __typename } }' },
        ['verifyOcopCertificate', 'number'],
      ],
      [
        { query: '{ communes(filter: { search: "Thanh\\u0000" }) { totalCount } }' },
        ['communes', 'filter', 'search'],
      ],
      [{ query: '{ users(filter: { search: "\\u0000" }) { totalCount } }' }, ['users', 'filter', 'search']],
      [
        { query: '{ auditLog(filter: { action: "a\\u0000b" }) { totalCount } }' },
        ['auditLog', 'filter', 'action'],
      ],
      [
        { query: '{ auditLog(filter: { entityType: "\\u0000" }) { totalCount } }' },
        ['auditLog', 'filter', 'entityType'],
      ],
      [
        {
          query: 'query ($f: AuditLogFilter) { auditLog(filter: $f) { totalCount } }',
          variables: { f: { actorId: 'x\u0000' } },
        },
        ['auditLog', 'filter', 'actorId'],
      ],
      [
        {
          query:
            'mutation { login(input: { email: "a@b.vn\\u0000", password: "p" }) { userErrors { code } } }',
        },
        ['login', 'input', 'email'],
      ],
      [
        {
          query: 'mutation ($input: LoginInput!) { login(input: $input) { userErrors { code } } }',
          variables: { input: { email: 'a@b.vn', password: 'pass\u0000word' } },
        },
        ['login', 'input', 'password'],
      ],
      // A lone surrogate (JSON.stringify writes it as the escape \udc00).
      [
        { query: 'query ($c: String!) { criteriaSet(code: $c) { code } }', variables: { c: 'a\uDC00' } },
        ['criteriaSet', 'code'],
      ],
      // A variable's default, a fragment, a list, a raw NUL inside a block string, an alias.
      [
        { query: 'query ($c: String! = "\\u0000") { criteriaSet(code: $c) { code } }' },
        ['criteriaSet', 'code'],
      ],
      [
        { query: '{ ...F } fragment F on Query { x: criteriaSet(code: "\\u0000") { code } }' },
        ['...F', 'criteriaSet', 'code'],
      ],
      [
        { query: '{ communes(filter: { ntmStatus: [STANDARD], search: """a\u0000""" }) { totalCount } }' },
        ['communes', 'filter', 'search'],
      ],
      [
        {
          query: 'query ($f: CommuneFilter) { communes(filter: $f) { nodes { code } } }',
          variables: { f: { asOf: '2025-01-01\u0000' } },
        },
        ['communes', 'filter', 'asOf'],
      ],
    ];
    const ordinary = expectOrdinaryServed();
    for (const [body, path] of cases) expectRefusedText(await post(body), path);
    // The same over GET (variables in the URL).
    expectRefusedText(
      await get({
        query: 'query ($c: String!) { criteriaSet(code: $c) { code } }',
        variables: JSON.stringify({ c: '\u0000' }),
      }),
      ['criteriaSet', 'code'],
    );
    await ordinary;
    await expectOrdinaryServed();
    await expectCleanLog();
  });

  it('refuses a NUL in every text argument of the schema, nested in input objects and lists', async () => {
    const schema = await introspect();
    const probes = [...probesOf(schema, 'Query'), ...probesOf(schema, 'Mutation')];
    // Every field the issue reported is among them, and many more.
    const fields = new Set(probes.map((p) => p.path.slice(0, 2).join('.')));
    for (const reported of [
      'criteriaSet.code',
      'verifyOcopCertificate.number',
      'communes.filter',
      'users.filter',
      'auditLog.filter',
      'login.input',
    ])
      expect(fields).toContain(reported);
    expect(probes.length).toBeGreaterThan(60);
    for (let i = 0; i < probes.length; i += 8) {
      const answers = await Promise.all(
        probes.slice(i, i + 8).map(async (probe) => ({ probe, answer: await post(probe.body) })),
      );
      for (const { probe, answer } of answers) expectRefusedText(answer, probe.path);
    }
    await expectOrdinaryServed();
    await expectCleanLog();
  });

  it('answers a variable nested deep, with or without a NUL at the bottom, without a fault', async () => {
    // Written by hand: JSON.stringify itself would overflow the test's stack at 30,000.
    const body = (depth: number, leaf: string) =>
      `{"query":${JSON.stringify(query)},"variables":{"c":${'['.repeat(depth)}${leaf}${']'.repeat(depth)}}}`;
    const query = 'query ($c: [ID!]!) { nodes(ids: $c) { id } }';
    // Within the nesting limit of variables (common/document-limits.ts): the NUL is found at the bottom.
    const withNul = await post(body(20, '"\\u0000"'));
    expect(withNul.status, withNul.text.slice(0, 300)).toBe(400);
    const path = withNul.body.errors![0]!.extensions!.argumentPath as string[];
    expect(path).toEqual(['nodes', 'ids', ...Array.from({ length: 20 }, () => '0')]);
    // 30,000 deep: refused by the nesting limit, with or without the NUL, before anything walks it.
    for (const leaf of ['"\\u0000"', '"x"']) {
      const deep = await post(body(30_000, leaf));
      expect(deep.status, deep.text.slice(0, 300)).toBe(400);
      expect(deep.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(deep.body.errors?.[0]?.message).toMatch(/nested|deep/i);
    }
    await expectOrdinaryServed();
  });

  it('still accepts ordinary texts in the same arguments', async () => {
    const { status, body } = await post({
      query: 'query ($f: CommuneFilter) { communes(filter: $f) { totalCount } }',
      variables: { f: { search: 'Thanh Nưa 🌾' } },
    });
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });
});

describe('persisted-query mistakes', () => {
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
  const QUERY = '{ criteriaSets { code } }';

  it('answers each with 400 and a code of its own, and logs nothing', async () => {
    const cases: [body: unknown, code: string][] = [
      [
        { query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: sha256('{ x }') } } },
        'PERSISTED_QUERY_HASH_MISMATCH',
      ],
      [
        { query: QUERY, extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } },
        'BAD_REQUEST',
      ],
      [{ extensions: { persistedQuery: { version: 2, sha256Hash: sha256(QUERY) } } }, 'BAD_REQUEST'],
      [{ query: QUERY, extensions: { persistedQuery: { sha256Hash: sha256(QUERY) } } }, 'BAD_REQUEST'],
      [{ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 'abc' } } }, 'BAD_REQUEST'],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: 'zz'.repeat(32) } } }, 'BAD_REQUEST'],
      [
        { extensions: { persistedQuery: { version: 1, sha256Hash: sha256(QUERY).toUpperCase() } } },
        'BAD_REQUEST',
      ],
      [{ query: QUERY, extensions: { persistedQuery: { version: 1, sha256Hash: 42 } } }, 'BAD_REQUEST'],
      [{ extensions: { persistedQuery: { version: 1, sha256Hash: { $gt: '' } } } }, 'BAD_REQUEST'],
      [{ extensions: { persistedQuery: { version: 1 } } }, 'BAD_REQUEST'],
      [{ query: QUERY, extensions: { persistedQuery: 'yes' } }, 'BAD_REQUEST'],
      [{ query: QUERY, extensions: { persistedQuery: [1, sha256(QUERY)] } }, 'BAD_REQUEST'],
      [{ query: QUERY, extensions: { persistedQuery: true } }, 'BAD_REQUEST'],
    ];
    const ordinary = expectOrdinaryServed();
    for (const [body, code] of cases) {
      const answer = await post(body);
      expect(answer.status, answer.text).toBe(400);
      expect(answer.body.errors?.[0]?.extensions?.code, answer.text).toBe(code);
      expect(answer.body.errors?.[0]?.message).not.toBe('Internal server error');
    }
    // Over GET, as CDNs see it.
    const mismatch = await get({
      query: QUERY,
      extensions: JSON.stringify({ persistedQuery: { version: 1, sha256Hash: sha256('{ y }') } }),
    });
    expect(mismatch.status).toBe(400);
    expect(mismatch.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_HASH_MISMATCH');
    const version = await get({
      extensions: JSON.stringify({ persistedQuery: { version: 3, sha256Hash: 7 } }),
    });
    expect(version.status).toBe(400);
    expect(version.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
    await ordinary;
    await expectCleanLog();
  });

  it('keeps Apollo’s answers for an unknown hash alone and for a correct registration', async () => {
    const query = '{ criteriaSets { code tier } }';
    const persistedQuery = { version: 1, sha256Hash: sha256(query) };
    const unknown = await post({ extensions: { persistedQuery } });
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const registered = await post({ query, extensions: { persistedQuery } });
    expect(registered.status).toBe(200);
    expect(registered.body.errors).toBeUndefined();
    const byHash = await get({ extensions: JSON.stringify({ persistedQuery }) });
    expect(byHash.status).toBe(200);
    expect(byHash.body.data).toEqual(registered.body.data);
    await expectCleanLog();
  });
});

// ---------------------------------------------------------------------------------------------
// The schema's text arguments, found by introspection over HTTP.

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  type: TypeRef;
}
interface FullType {
  kind: string;
  name: string;
  fields: { name: string; args: InputValue[]; type: TypeRef }[] | null;
  inputFields: InputValue[] | null;
  enumValues: { name: string }[] | null;
}

const TYPE_REF =
  'kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } }';

async function introspect(): Promise<Map<string, FullType>> {
  const { body } = await post({
    query: `{ __schema { types { kind name
      fields { name args { name type { ${TYPE_REF} } } type { ${TYPE_REF} } }
      inputFields { name type { ${TYPE_REF} } }
      enumValues { name } } } }`,
  });
  const types = (body.data as { __schema: { types: FullType[] } }).__schema.types;
  return new Map(types.map((t) => [t.name, t]));
}

const named = (ref: TypeRef): TypeRef => (ref.ofType ? named(ref.ofType) : ref);
const printRef = (ref: TypeRef): string =>
  ref.kind === 'NON_NULL'
    ? `${printRef(ref.ofType!)}!`
    : ref.kind === 'LIST'
      ? `[${printRef(ref.ofType!)}]`
      : ref.name!;
/** Scalars sent as JSON strings: String, ID and the custom ones (Date, DateTimeISO, Vnd, JSON). */
const holdsText = (name: string) => !['Int', 'Float', 'Boolean'].includes(name);

const SAMPLE_SCALARS: Record<string, unknown> = {
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2025-01-01',
  DateTimeISO: '2025-01-01T00:00:00Z',
  Vnd: 1000,
  JSON: {},
};

/** A valid value of `ref`: required input fields filled, optional ones left out. */
function sample(schema: Map<string, FullType>, ref: TypeRef): unknown {
  if (ref.kind === 'NON_NULL') return sample(schema, ref.ofType!);
  if (ref.kind === 'LIST') return [sample(schema, ref.ofType!)];
  const type = schema.get(ref.name!)!;
  if (type.kind === 'ENUM') return type.enumValues![0]!.name;
  if (type.kind === 'INPUT_OBJECT') {
    const value: Record<string, unknown> = {};
    for (const field of type.inputFields!)
      if (field.type.kind === 'NON_NULL') value[field.name] = sample(schema, field.type);
    return value;
  }
  return SAMPLE_SCALARS[type.name] ?? 'x';
}

/** Every place of a text inside a value of `ref`: [path, value with "\u0000" there]. */
function textPlaces(
  schema: Map<string, FullType>,
  ref: TypeRef,
  seen: Set<string> = new Set(),
): [path: (string | number)[], value: unknown][] {
  if (ref.kind === 'NON_NULL') return textPlaces(schema, ref.ofType!, seen);
  if (ref.kind === 'LIST') return textPlaces(schema, ref.ofType!, seen).map(([p, v]) => [[0, ...p], [v]]);
  const type = schema.get(ref.name!)!;
  if (type.kind === 'SCALAR') return holdsText(type.name) ? [[[], 'a\u0000']] : [];
  if (type.kind !== 'INPUT_OBJECT' || seen.has(type.name)) return [];
  const inner = new Set([...seen, type.name]);
  const base = sample(schema, ref) as Record<string, unknown>;
  return type.inputFields!.flatMap((field) =>
    textPlaces(schema, field.type, inner).map(([p, v]): [(string | number)[], unknown] => [
      [field.name, ...p],
      { ...base, [field.name]: v },
    ]),
  );
}

/** One request per text place of every argument of every field of `root`, the rest valid. */
function probesOf(
  schema: Map<string, FullType>,
  root: string,
): { path: (string | number)[]; body: unknown }[] {
  const operation = root === 'Query' ? 'query' : 'mutation';
  return schema.get(root)!.fields!.flatMap((field) => {
    const type = schema.get(named(field.type).name!)!;
    const selection = ['OBJECT', 'INTERFACE', 'UNION'].includes(type.kind) ? ' { __typename }' : '';
    return field.args.flatMap((target) =>
      textPlaces(schema, target.type).map(([inner, value]) => {
        const args = field.args.filter((a) => a === target || a.type.kind === 'NON_NULL');
        const variables = Object.fromEntries(
          args.map((a) => [a.name, a === target ? value : sample(schema, a.type)]),
        );
        const declared = args.map((a) => `$${a.name}: ${printRef(a.type)}`).join(', ');
        const passed = args.map((a) => `${a.name}: $${a.name}`).join(', ');
        return {
          path: [field.name, target.name, ...inner],
          body: { query: `${operation} (${declared}) { ${field.name}(${passed})${selection} }`, variables },
        };
      }),
    );
  });
}
