import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeHtml, pageHtml } from '../src/portal-static';
import { matchRoute, PORTAL_ROUTES } from '../src/portal-pages';

const ROUTES_TSX = path.join(__dirname, '..', '..', 'portal', 'src', 'app', 'routes.tsx');

describe('portal pages', () => {
  it('knows exactly the routes of the portal (portal/src/app/routes.tsx)', () => {
    const source = readFileSync(ROUTES_TSX, 'utf8');
    const paths = [...source.matchAll(/\{\s*path:\s*'([^']+)'/g)].map((m) => m[1]!).filter((p) => p !== '*');
    expect(paths.length).toBeGreaterThan(5);
    expect([...PORTAL_ROUTES].sort()).toEqual([...new Set(paths)].sort());
  });

  it('matches paths to routes, a trailing slash ignored, nothing more', () => {
    expect(matchRoute('/products/abc')).toEqual({ route: '/products/:id', params: ['abc'] });
    expect(matchRoute('/products/')).toEqual({ route: '/products', params: [] });
    expect(matchRoute('/my/products/new')?.route).toBe('/my/products/new');
    expect(matchRoute('/my/products/x/photos')?.route).toBe('/my/products/:id/photos');
    expect(matchRoute('/products/a/b')).toBeNull();
    expect(matchRoute('/nothing')).toBeNull();
  });

  it('puts escaped tags into the head, replacing the title and the description', () => {
    const template = `<html><head>\n<meta\n      name="description"\n      content="old"\n    />\n<title>Old</title>\n</head><body></body></html>`;
    const html = pageHtml(
      template,
      { title: '<T> & "q"', description: "it's <b>", image: '/x.png', type: 'product' },
      'https://ocop.example',
      '/products/a"b',
    );
    expect(html).toContain('<title>&lt;T&gt; &amp; &quot;q&quot;</title>');
    expect(html).toContain('<meta name="description" content="it&#39;s &lt;b&gt;" />');
    expect(html).not.toContain('content="old"');
    expect(html).toContain('<meta property="og:image" content="https://ocop.example/x.png" />');
    expect(html).toContain('<meta property="og:url" content="https://ocop.example/products/a&quot;b" />');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});
