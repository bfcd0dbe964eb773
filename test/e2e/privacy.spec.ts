import { chromium, expect, test } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_URL, EXTENSION_DIR, formState, openReview, tabIdOf } from './extension';
import { startRecordingProxy } from './recording-proxy';

// Nothing leaves the machine: a whole flow (read, review, fill, undo, clear, settings) with every
// request of the browser going through a recording proxy. Only the demo page's own loads may appear.
test('no extension context makes a network request during a whole flow', async () => {
  const demoHost = new URL(DEMO_URL).host;
  const proxy = await startRecordingProxy(demoHost);
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cv-privacy-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      `--proxy-server=http://127.0.0.1:${proxy.port}`,
      '--proxy-bypass-list=<-loopback>',
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
    ],
  });
  try {
    const extensionPageRequests: string[] = [];
    context.on('request', (request) => {
      const frameUrl = (() => {
        try {
          return request.frame().url();
        } catch {
          return '';
        }
      })();
      if (frameUrl.startsWith('chrome-extension://') && /^https?:/.test(request.url())) extensionPageRequests.push(request.url());
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;

    const page = await context.newPage();
    await page.goto(`${DEMO_URL}/`);
    await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-vendeuse-sidebar-right.pdf');
    const tabId = await tabIdOf(worker, page);
    const review = await openReview(context, extensionId, tabId);
    await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 30_000 });
    await review.getByTestId('accept-all').click();
    await review.getByTestId('fill').click();
    await expect(review.getByTestId('review-status')).toContainText(/rempli/);
    expect((await formState<{ courriel: string }>(page)).courriel).toContain('@');
    await review.getByTestId('undo').click();
    await expect(review.getByTestId('review-status')).toContainText(/comme avant/);

    // A second CV straight into the review screen's own input.
    await review.getByTestId('cv-input').setInputFiles('test/fixtures/cv/en-care-assistant.pdf');
    await expect(review.getByTestId('review-status')).toContainText(/Chloe|Prêt|Ready/, { timeout: 30_000 });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('threshold').fill('0.8');
    await options.getByTestId('threshold').blur();
    await options.goto(`chrome-extension://${extensionId}/popup.html`);

    await review.getByTestId('clear').click();
    await expect(review.getByTestId('review-status')).toContainText(/effacées/);
    const left = await worker.evaluate(async (id) => {
      const chromeApi = (globalThis as any).chrome;
      const session = await chromeApi.storage.session.get(null);
      const local = await chromeApi.storage.local.get(null);
      return { sessionKeys: Object.keys(session).filter((key) => key.endsWith(`:${id}`)), localKeys: Object.keys(local) };
    }, tabId);
    expect(left.sessionKeys).toEqual([]);
    expect(left.localKeys.every((key) => ['settings', 'enabledSites', 'auditTrail'].includes(key))).toBe(true);

    const foreign = proxy.requests.filter((request) => new URL(request.method === 'CONNECT' ? `https://${request.url}` : request.url).host !== demoHost);
    expect(foreign).toEqual([]);
    expect(extensionPageRequests).toEqual([]);
    // The proxy did see the demo's own traffic: the recording works.
    expect(proxy.requests.length).toBeGreaterThan(0);
  } finally {
    await context.close();
    await proxy.close();
  }
});

test('closing the tab purges its CV data', async () => {
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cv-purge-')), {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [`--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, '--no-sandbox', '--disable-gpu',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`${DEMO_URL}/`);
    await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
    const tabId = await tabIdOf(worker, page);
    const sessionBytes = () => worker.evaluate(async (id) => {
      const chromeApi = (globalThis as any).chrome;
      const all = await chromeApi.storage.session.get(null);
      return JSON.stringify(Object.fromEntries(Object.entries(all).filter(([key]) => key.endsWith(`:${id}`)))).length;
    }, tabId);
    await expect.poll(sessionBytes, { timeout: 30_000 }).toBeGreaterThan(1000);
    await page.close();
    await expect.poll(sessionBytes, { timeout: 10_000 }).toBe(2); // "{}"
  } finally {
    await context.close();
  }
});
