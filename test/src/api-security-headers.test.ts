import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startEmptyPlatform, type RunningPlatform } from './platform';

/**
 * Security headers (issue 11, defect 7) on everything the platform answers: the portal's HTML,
 * GraphQL answers, errors. This platform believes the proxy on loopback (TRUST_PROXY), so that
 * `X-Forwarded-Proto: https` stands for a request that came over HTTPS; the shared platform
 * believes no proxy.
 */
describe('security headers', () => {
  let platform: RunningPlatform;
  const database = 'ocop_security_headers';

  beforeAll(async () => {
    platform = await startEmptyPlatform(inject('serverUrl'), database, { TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await platform?.stop();
  });

  /** The directives of a Content-Security-Policy header, by name. */
  function directives(header: string | null): Map<string, string[]> {
    const map = new Map<string, string[]>();
    for (const part of (header ?? '').split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (name) map.set(name, values);
    }
    return map;
  }

  function expectSecurityHeaders(response: Response): void {
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('script-src-attr')).toEqual(["'none'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'blob:']);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    // Nothing anywhere in the policy lets in inline code or another origin.
    const everything = [...csp.values()].flat();
    expect(everything).not.toContain("'unsafe-inline'");
    expect(everything).not.toContain("'unsafe-eval'");
    expect(everything.filter((source) => /^(https?:|\*|data:)/.test(source))).toEqual([]);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('same-origin');
    expect(response.headers.get('x-powered-by')).toBeNull();
  }

  it('are on the portal page, a deep link and the portal assets', async () => {
    for (const page of ['/', '/products']) {
      const response = await fetch(`${platform.baseUrl}${page}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await response.text();
      expect(html).toContain('<div id="root">');
      expectSecurityHeaders(response);
      // The page itself needs nothing the policy refuses: no inline script, no data: favicon.
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/"data:/);
      expect(html).not.toMatch(/\sstyle=/);
      const script = /<script[^>]*\bsrc="([^"]+)"/.exec(html)?.[1];
      expect(script).toMatch(/^\/assets\//);
      const asset = await fetch(`${platform.baseUrl}${script}`);
      expect(asset.status).toBe(200);
      expectSecurityHeaders(asset);
    }
    const icon = await fetch(`${platform.baseUrl}/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
  });

  it('are on GraphQL answers, POST and GET', async () => {
    const post = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
    expectSecurityHeaders(post);
    const get = await fetch(`${platform.baseUrl}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expectSecurityHeaders(get);
  });

  it('are on errors: 404, 413, 400 and a GraphQL error', async () => {
    const notFound = await fetch(`${platform.baseUrl}/no/such/thing.json`, {
      headers: { accept: 'application/json' },
    });
    expect(notFound.status).toBe(404);
    expectSecurityHeaders(notFound);

    const tooLarge = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }', padding: 'x'.repeat(200_000) }),
    });
    expect(tooLarge.status).toBe(413);
    expect(
      ((await tooLarge.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code,
    ).toBe('BODY_TOO_LARGE');
    expectSecurityHeaders(tooLarge);

    const malformed = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed);

    const invalid = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ noSuchField }' }),
    });
    expect(invalid.status).toBe(400);
    expectSecurityHeaders(invalid);

    const live = await fetch(`${platform.baseUrl}/livez`);
    expectSecurityHeaders(live);
  });

  it('include HSTS only for a request that came over HTTPS through a trusted proxy', async () => {
    const overHttps = await fetch(`${platform.baseUrl}/`, {
      headers: { accept: 'text/html', 'x-forwarded-proto': 'https' },
    });
    expect(overHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');
    const apiOverHttps = await fetch(`${platform.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(apiOverHttps.headers.get('strict-transport-security')).toBe('max-age=31536000');

    const plain = await fetch(`${platform.baseUrl}/`, { headers: { accept: 'text/html' } });
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    const forwardedHttp = await fetch(`${platform.baseUrl}/`, {
      headers: { accept: 'text/html', 'x-forwarded-proto': 'http' },
    });
    expect(forwardedHttp.headers.get('strict-transport-security')).toBeNull();
  });

  it('do not take X-Forwarded-Proto from a client when no proxy is trusted', async () => {
    // The shared platform runs without TRUST_PROXY.
    const response = await fetch(`${inject('baseUrl')}/`, {
      headers: { accept: 'text/html', 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });
});
