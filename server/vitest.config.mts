import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // One copy of graphql for test code and the modules under test (server/README.md, pitfall 2).
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
