import { defineConfig } from 'vitest/config';

// The Firefox end-to-end test (test/e2e-firefox): after the build, against Firefox ESR.
export default defineConfig({
  test: {
    include: ['test/e2e-firefox/**/*.test.ts'],
    testTimeout: 150_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
