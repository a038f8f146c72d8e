import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql for test code and the server's compiled modules (server/README.md, pitfall 2).
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
