import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { REPO_ROOT } from '@ocop/db';

/** The built portal (`pnpm --filter @ocop/portal build`), served from the API's own origin. */
export const DEFAULT_PORTAL_DIR = path.join(REPO_ROOT, 'portal', 'dist');

/**
 * Serves the portal at `/`: hashed assets are cached for a year (their names change with their
 * content), `index.html` is revalidated on every load, and any other GET that asks for HTML
 * gets `index.html` so that deep links (`/products/…`) open the right page. Returns false when
 * the portal has not been built, and then serves nothing.
 */
export function servePortal(app: Express, portalDir: string = DEFAULT_PORTAL_DIR): boolean {
  const index = path.join(portalDir, 'index.html');
  if (!existsSync(index)) return false;
  app.use(
    '/assets',
    express.static(path.join(portalDir, 'assets'), { immutable: true, maxAge: '365d', index: false }),
  );
  app.use(express.static(portalDir, { index: false, maxAge: 0 }));
  app.get(/^\/(?!graphql|livez|readyz|assets\/).*/, (req, res, next) => {
    if (!req.accepts('html')) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}
