import { chromium, expect, test } from '@playwright/test';
import { DEMO_URL, EXTENSION_DIR, formState, launchWithExtension, openReview, tabIdOf } from './extension';
import { launchRecordedChromium } from './network-recorder';

// Nothing leaves the machine: a whole flow (read, review, fill, undo, a second CV, settings, clear)
// while a DevTools-protocol client records every request of every target: pages, extension pages,
// the service worker, the offscreen document and the workers they start.
test('no extension context makes a network request during a whole flow', async () => {
  const recorder = await launchRecordedChromium(EXTENSION_DIR);
  const browser = await chromium.connectOverCDP(recorder.endpoint);
  try {
    const context = browser.contexts()[0]!;
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
    await review.getByTestId('field-email').getByTestId('show-evidence').click();
    await expect(review.getByTestId('evidence-viewer').locator('img')).toBeVisible();
    await review.keyboard.press('Escape');
    await review.getByTestId('undo').click();
    await expect(review.getByTestId('review-status')).toContainText(/comme avant/);

    // A second CV straight into the review screen's own input.
    await review.getByTestId('cv-input').setInputFiles('test/fixtures/cv/en-care-assistant.pdf');
    await expect(review.getByTestId('field-email').getByTestId('edit')).toHaveValue(/chloe/, { timeout: 30_000 });

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByTestId('threshold').fill('0.85');
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

    const isNetwork = (url: string) => /^(https?|wss?|ftp):/i.test(url);
    const fromExtension = recorder.requests.filter((request) => request.targetUrl.startsWith('chrome-extension://') && isNetwork(request.url));
    const fromPages = recorder.requests.filter((request) => !request.targetUrl.startsWith('chrome-extension://') && isNetwork(request.url));
    expect(fromExtension).toEqual([]);
    // The demo page and its content script: only the demo's own files.
    expect(fromPages.filter((request) => new URL(request.url).origin !== new URL(DEMO_URL).origin)).toEqual([]);
    // The recorder did see traffic, and it saw the extension's contexts: the recording works.
    expect(fromPages.length).toBeGreaterThan(0);
    expect(recorder.requests.some((request) => request.targetUrl.includes('/offscreen.html'))).toBe(true);
  } finally {
    await browser.close().catch(() => undefined);
    await recorder.close();
  }
});

test('closing the tab purges its CV data', async () => {
  const context = await launchWithExtension();
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
