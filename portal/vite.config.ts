import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// `pnpm dev`: Vite with hot reload, the API proxied to a platform started with `pnpm start`
// (or `API_URL`). `pnpm build`: static files in dist/, served by the platform at `/`.
export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    // The API, and the photo upload and media files it serves: all on the portal's origin, so
    // the session cookie (HttpOnly, SameSite) goes with them as it does in production. The Host
    // header is kept (Vite's short form would rewrite it): the upload refuses a request whose
    // Origin is not its Host.
    proxy: Object.fromEntries(
      ['/graphql', '/uploads', '/media', '/export', '/sitemap.xml', '/robots.txt'].map((path) => [
        path,
        { target: process.env.API_URL ?? 'http://localhost:4000', changeOrigin: false },
      ]),
    ),
  },
  build: {
    outDir: 'dist',
    sourcemap: true,
    // Heavy parts (charts, QR codes) are split out and loaded only by the routes that use them;
    // the charts chunk (recharts, ~450 kB, ~126 kB gzip) is the largest and loads on /statistics only.
    chunkSizeWarningLimit: 500,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // jsdom's accessible-name queries (getByRole with a name) walk the whole tree each time: a test
    // that ticks 19 criteria took over 5 s (the default) on a loaded 2-core machine.
    testTimeout: 20_000,
  },
});
