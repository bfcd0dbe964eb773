import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildFillPlan, type Decisions } from '../../lib/fill/build-fill-plan';
import type { FillPlan } from '../../lib/fill/fill-plan';
import type { CvProfile } from '../../lib/types';

export const EXTENSION_DIR = resolve('.output/chrome-mv3');
export const DEMO_URL = `http://127.0.0.1:${process.env.DEMO_PORT ?? 4321}`;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium flags every test browser uses: the built extension, and none of Chromium's own
 *  background traffic, which this machine's closed network refuses. */
export const CHROMIUM_FLAGS = [
  `--disable-extensions-except=${EXTENSION_DIR}`,
  `--load-extension=${EXTENSION_DIR}`,
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

/** Debian's Chromium, headless, with the built extension and a fresh profile; `mappedHost`, when
 *  given, resolves to the demo server (a site of another origin the extension is not enabled on). */
export async function launchWithExtension(mappedHost?: string): Promise<BrowserContext> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error('Build the extension first: npm run build');
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'cv-e2e-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: mappedHost ? [...CHROMIUM_FLAGS, `--host-resolver-rules=MAP ${mappedHost} 127.0.0.1`] : CHROMIUM_FLAGS,
  });
}

interface ExtensionFixtures {
  browserWithExtension: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
}

/** One Chromium with the built extension per worker. */
export const test = base.extend<{}, ExtensionFixtures>({
  browserWithExtension: [
    async ({}, use) => {
      const context = await launchWithExtension();
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  serviceWorker: [
    async ({ browserWithExtension }, use) => {
      const worker = browserWithExtension.serviceWorkers()[0] ?? (await browserWithExtension.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  extensionId: [
    async ({ serviceWorker }, use) => {
      await use(new URL(serviceWorker.url()).host);
    },
    { scope: 'worker' },
  ],
});

export { expect };

/** The browser's id for the tab showing `page`, asked of the extension itself. */
export async function tabIdOf(serviceWorker: Worker, page: Page): Promise<number> {
  const url = page.url();
  const id = await serviceWorker.evaluate(async (pageUrl) => {
    const tabs: { id?: number; url?: string }[] = await (globalThis as any).chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id ?? null;
  }, url);
  if (id === null) throw new Error(`no tab for ${url}`);
  return id;
}

export async function openReview(context: BrowserContext, extensionId: string, tabId: number): Promise<Page> {
  const review = await context.newPage();
  await review.goto(`chrome-extension://${extensionId}/review.html?tabId=${tabId}`);
  return review;
}

/** The form's own framework state, as the page exposes it for tests. */
export async function formState<T = Record<string, unknown>>(page: Page): Promise<T> {
  return page.evaluate(() => (window as unknown as { __formState: () => unknown }).__formState()) as Promise<T>;
}

/** What the extension holds for a tab: the profile read and the counsellor's decisions. */
export async function storedReview(serviceWorker: Worker, tabId: number): Promise<{ profile: CvProfile; decisions: Decisions }> {
  const values = await serviceWorker.evaluate(async (id) => (globalThis as any).chrome.storage.session.get([`tab:${id}`, `decisions:${id}`]), tabId);
  return { profile: values[`tab:${tabId}`]?.profile as CvProfile, decisions: (values[`decisions:${tabId}`] ?? {}) as Decisions };
}

/** The demo profile page with a fixture CV chosen in its own file input, and the review screen of
 *  its tab once the CV is read. */
export async function reviewOfCv(context: BrowserContext, serviceWorker: Worker, extensionId: string, cv: string): Promise<{ page: Page; review: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.waitForFunction(() => typeof (window as any).__formState === 'function');
  await page.locator('input[type="file"]').first().setInputFiles(`test/fixtures/cv/${cv}.pdf`);
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  return { page, review, tabId };
}

/** The same fixtures in a browser where `host` is the demo server under another name. */
export function testWithHost(host: string) {
  return test.extend<{}, { browserWithExtension: BrowserContext }>({
    browserWithExtension: [
      async ({}, use) => {
        const context = await launchWithExtension(host);
        await use(context);
        await context.close();
      },
      { scope: 'worker' },
    ],
  });
}

/** The fill plan of what the counsellor accepted for a tab. */
export async function acceptedPlan(serviceWorker: Worker, tabId: number): Promise<FillPlan> {
  const { profile, decisions } = await storedReview(serviceWorker, tabId);
  return buildFillPlan(profile, decisions);
}

/** A CV chosen in a page's own file input, the review screen of its tab ready and everything at or
 *  above the threshold accepted: the review screen and the plan it gives. */
export async function acceptCvOnPage(
  context: BrowserContext,
  serviceWorker: Worker,
  extensionId: string,
  page: Page,
  cv = 'test/fixtures/cv/fr-cariste-sidebar-left.pdf',
): Promise<{ review: Page; tabId: number; plan: FillPlan }> {
  await page.locator('#cv').setInputFiles(cv);
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await review.getByTestId('accept-all').click();
  await expect.poll(async () => Object.keys((await acceptedPlan(serviceWorker, tabId)).fields).length).toBeGreaterThan(3);
  return { review, tabId, plan: await acceptedPlan(serviceWorker, tabId) };
}
