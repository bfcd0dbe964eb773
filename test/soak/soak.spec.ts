import { chromium, expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { DEMO_URL, EXTENSION_DIR, tabIdOf } from '../e2e/extension';
import { launchRecordedChromium, type RecordedChromium } from '../e2e/network-recorder';

// 100 CVs, one after the other, in one browser session, as a counsellor's long day would go:
// every one must be read, and the engine's memory must not keep growing.
const CV_COUNT = Number(process.env.SOAK_CVS ?? 100);
const WARM_UP = 10;

/** JS heap of the extension's contexts (service worker, offscreen document, review page), after GC. */
async function extensionHeap(recorder: RecordedChromium): Promise<number> {
  let total = 0;
  for (const [sessionId, target] of recorder.targets) {
    if (!target.url.startsWith('chrome-extension://') || target.type === 'worker') continue;
    await recorder.command('HeapProfiler.collectGarbage', {}, sessionId);
    const usage = await recorder.command('Runtime.getHeapUsage', {}, sessionId);
    total += usage?.usedSize ?? 0;
  }
  return total;
}

test('100 CVs in one session: no failure, memory growth ≤ 20 %', async () => {
  test.setTimeout(30 * 60_000);
  const cvs = readdirSync('test/fixtures/cv').filter((name) => name.endsWith('.pdf') && !name.startsWith('not-cv'));
  const recorder = await launchRecordedChromium(EXTENSION_DIR);
  const browser = await chromium.connectOverCDP(recorder.endpoint);
  try {
    const context = browser.contexts()[0]!;
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.goto(`${DEMO_URL}/`);
    const tabId = await tabIdOf(worker, page);
    const review = await context.newPage();
    await review.goto(`chrome-extension://${extensionId}/review.html?tabId=${tabId}`);

    let baseline = 0;
    const failures: string[] = [];
    for (let index = 0; index < CV_COUNT; index += 1) {
      const name = cvs[index % cvs.length]!;
      const previousRun = await review.getByTestId('review-status').getAttribute('data-run');
      await page.locator('input[type="file"]').first().setInputFiles(`test/fixtures/cv/${name}`);
      await expect(review.getByTestId('review-status')).not.toHaveAttribute('data-run', previousRun ?? '', { timeout: 30_000 });
      await expect(review.getByTestId('review-status')).not.toHaveAttribute('data-state', 'reading', { timeout: 60_000 });
      if ((await review.getByTestId('review-status').getAttribute('data-state')) !== 'ready') failures.push(name);
      if (index + 1 === WARM_UP) baseline = await extensionHeap(recorder);
    }
    const final = await extensionHeap(recorder);
    const growth = (final - baseline) / baseline;
    console.log(`soak: ${CV_COUNT} CVs, ${failures.length} failures, extension heap ${(baseline / 1e6).toFixed(1)} MB after ${WARM_UP} → ${(final / 1e6).toFixed(1)} MB after ${CV_COUNT} (${(growth * 100).toFixed(1)} %)`);
    expect(failures).toEqual([]);
    expect(growth).toBeLessThanOrEqual(0.2);
  } finally {
    await browser.close().catch(() => undefined);
    await recorder.close();
  }
});
