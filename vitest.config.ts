import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Engine tests run in plain Node (lib/ must not depend on extension APIs); extension glue in
// utils/ is tested against WXT's in-memory fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'test/e2e-firefox/**', 'node_modules/**'],
    testTimeout: 30_000,
    pool: 'forks',
  },
});
