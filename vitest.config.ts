import { defineConfig } from 'vitest/config';

// Engine tests run in plain Node: lib/ must not depend on extension APIs.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
