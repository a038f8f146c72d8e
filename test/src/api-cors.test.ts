import { describe, expect, inject, it } from 'vitest';
import { client } from './client';
import { DEMO_PASSWORD } from '@ocop/db';
import { DEMO } from './demo-accounts';

/**
 * Issue 14: CORS for reads from any origin, never with cookies; writes stay same-origin
 * (server/src/common/cross-origin.ts). Plain fetch calls, as a browser on another site would send
 * them — the browser's own refusals aside, which the server must not rely on.
 */

const FOREIGN = 'https://partner.example';
const VIEWER = '{ viewer { email } }';

async function graphql(body: unknown, headers: Record<string, string>) {
  const response = await fetch(`${inject('baseUrl')}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    },
  };
}

describe('CORS: any origin reads, only the platform’s own writes', () => {
  const own = () => new URL(inject('baseUrl')).origin;

  it('answers a preflight from any origin, without credentials', async () => {
    const response = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: FOREIGN,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type, authorization, apollo-require-preflight',
      },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(response.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = response.headers.get('access-control-allow-headers')!.split(/, */);
    expect(allowed).toEqual(
      expect.arrayContaining(['content-type', 'authorization', 'apollo-require-preflight']),
    );
    expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
  });

  it('a read from another origin is answered with Access-Control-Allow-Origin: *, by GET and POST', async () => {
    const post = await graphql({ query: '{ ocopSectors { code } }' }, { origin: FOREIGN });
    expect(post.status).toBe(200);
    expect(post.headers.get('access-control-allow-origin')).toBe('*');
    expect(post.headers.get('access-control-allow-credentials')).toBeNull();
    expect(post.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
    expect((post.body.data!.ocopSectors as unknown[]).length).toBeGreaterThan(0);

    const url = new URL(`${inject('baseUrl')}/graphql`);
    url.searchParams.set('query', '{ ocopSectors { code } }');
    const get = await fetch(url, { headers: { origin: FOREIGN, 'apollo-require-preflight': 'true' } });
    expect(get.status).toBe(200);
    expect(get.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('a session cookie sent from another origin is ignored: the request is anonymous', async () => {
    const editor = await client(inject('baseUrl')).logIn(DEMO.producerEditor);
    const cookie = editor.cookie!;
    const same = await graphql({ query: VIEWER }, { cookie, origin: own() });
    expect(same.body.data).toEqual({ viewer: { email: DEMO.producerEditor } });
    const noOrigin = await graphql({ query: VIEWER }, { cookie });
    expect(noOrigin.body.data).toEqual({ viewer: { email: DEMO.producerEditor } });

    for (const origin of [FOREIGN, 'null', 'http://127.0.0.1.partner.example']) {
      const foreign = await graphql({ query: VIEWER }, { cookie, origin });
      expect(foreign.status, origin).toBe(200);
      expect(foreign.body.data, origin).toEqual({ viewer: null });
      expect(foreign.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('a mutation from another origin is refused, 403 CROSS_ORIGIN_WRITE, and changes nothing', async () => {
    const editor = await client(inject('baseUrl')).logIn(DEMO.producerEditor);
    const cookie = editor.cookie!;
    const refused = await graphql(
      { query: 'mutation { logout { loggedOut } }' },
      { cookie, origin: FOREIGN },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('CROSS_ORIGIN_WRITE');
    expect(refused.body.errors?.[0]?.message).toMatch(/another origin/);
    expect(refused.headers.get('access-control-allow-origin')).toBe('*');
    // The session is still there…
    const still = await graphql({ query: VIEWER }, { cookie, origin: own() });
    expect(still.body.data).toEqual({ viewer: { email: DEMO.producerEditor } });

    // …and a login from another origin sets none, even with the right password.
    const login = await fetch(`${inject('baseUrl')}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: FOREIGN },
      body: JSON.stringify({
        query: 'mutation($input: LoginInput!) { login(input: $input) { viewer { email } } }',
        variables: { input: { email: DEMO.producerEditor, password: DEMO_PASSWORD } },
      }),
    });
    expect(login.status).toBe(403);
    expect(login.headers.get('set-cookie')).toBeNull();
  });

  it('the same mutation from the platform’s own origin, or from a server (no Origin), is served', async () => {
    for (const headers of [{ origin: own() }, {}] as Record<string, string>[]) {
      const editor = await client(inject('baseUrl')).logIn(DEMO.producerEditor);
      const cookie = editor.cookie!;
      const logout = await graphql({ query: 'mutation { logout { loggedOut } }' }, { cookie, ...headers });
      expect(logout.status).toBe(200);
      expect(logout.body.errors).toBeUndefined();
      const after = await graphql({ query: VIEWER }, { cookie, origin: own() });
      expect(after.body.data).toEqual({ viewer: null });
    }
  });
});
