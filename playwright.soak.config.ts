import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run test:soak`: the long run, outside `npm test`.
export default defineConfig({ ...base, testDir: 'test/soak', timeout: 30 * 60_000 });
