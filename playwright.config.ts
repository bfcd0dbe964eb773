import { defineConfig } from '@playwright/test';

// End-to-end tests drive the real built extension (.output/chrome-mv3) in Debian's Chromium
// against the demo site and the test forms served on localhost.
export const DEMO_PORT = Number(process.env.DEMO_PORT ?? 4321);

export default defineConfig({
  testDir: 'test/e2e',
  workers: 1,
  fullyParallel: false,
  timeout: 90_000,
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  webServer: {
    command: `node scripts/demo.mjs --port ${DEMO_PORT}`,
    url: `http://127.0.0.1:${DEMO_PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
