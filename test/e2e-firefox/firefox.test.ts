// The Firefox build, end to end, in Debian's Firefox ESR driven over WebDriver BiDi (puppeteer-core;
// Playwright drives only its own patched Firefox). Firefox runs the engine in its background page,
// not in an offscreen document as Chrome does, and its content scripts see the page through
// compartments: both broke PDFs there once while every Chrome test passed.
//
// BiDi may not navigate a tab to a moz-extension: page, so the test opens the review screen from the
// demo page; only for that, the COPY of the build it installs lets 127.0.0.1 open review.html,
// options.html and sidepanel.html.
// The build itself is left as shipped.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFillPlan, type Decisions } from '../../lib/fill/build-fill-plan';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import type { CvProfile } from '../../lib/types';

const BUILD = resolve('.output/firefox-mv3');
const FIREFOX = process.env.FIREFOX_BIN ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
const PORT = Number(process.env.FIREFOX_DEMO_PORT ?? 4331);
const DEMO = `http://127.0.0.1:${PORT}`;
const ADDON_ID = 'cv-profil-autofill@example.org';
// Fixed through a preference, so the test knows the extension's pages' address.
const UUID = '3f6c2b1a-5d4e-4f70-8a9b-0c1d2e3f4a5b';
const REVIEW = `moz-extension://${UUID}/review.html`;
const SIDEBAR = `moz-extension://${UUID}/sidepanel.html`;

let demo: ChildProcess;
let browser: Browser;
let extensionCopy: string;

const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitForDemo(): Promise<void> {
  // Up to a minute: the demo site may be building first.
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(`${DEMO}/`)).ok) return;
    } catch {
      // not listening yet
    }
    await pause(200);
  }
  throw new Error(`the demo server did not start on ${DEMO}`);
}

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox is needed (apt-get install firefox-esr, or FIREFOX_BIN=…): bash .ci/run installs it');
  if (!existsSync(join(BUILD, 'manifest.json'))) throw new Error('build the extension first: npm run build');
  // The demo site is built by the Chromium run before this one (npm test); run alone, it builds it.
  const demoBuilt = existsSync(resolve('.output/demo/index.html'));
  demo = spawn(process.execPath, ['scripts/demo.mjs', ...(demoBuilt ? ['--no-build'] : []), '--port', String(PORT)], { stdio: 'ignore' });
  extensionCopy = await mkdtemp(join(tmpdir(), 'cv-profil-firefox-'));
  await cp(BUILD, extensionCopy, { recursive: true });
  const manifest = JSON.parse(await readFile(join(extensionCopy, 'manifest.json'), 'utf8'));
  manifest.web_accessible_resources = [...(manifest.web_accessible_resources ?? []), { resources: ['review.html', 'options.html', 'sidepanel.html'], matches: ['http://127.0.0.1/*'] }];
  await writeFile(join(extensionCopy, 'manifest.json'), JSON.stringify(manifest));
  await waitForDemo();
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'xpinstall.signatures.required': false,
    },
  });
  await browser.installExtension(extensionCopy);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  demo?.kill();
  if (extensionCopy) await rm(extensionCopy, { recursive: true, force: true });
});

/** An extension page opened from a page of the demo (see above). */
async function openFromDemo(page: Page, url: string): Promise<Page> {
  const opened = new Promise<Page | null>((done) => browser.once('targetcreated', (target) => done(target.page())));
  await page.evaluate((address) => void window.open(address, '_blank'), url);
  return (await opened)!;
}

/**
 * Polls `check` in the page until it holds. Not puppeteer's waitForFunction / waitForSelector: their
 * poller builds a Function in the page, which an extension page's CSP forbids (Firefox ESR 140
 * refuses it; later versions let the automation through, which the test must not count on).
 */
async function until(page: Page, check: () => boolean, timeout = 30_000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < timeout; await pause(200)) {
    // A page being navigated has no context to evaluate in for a moment: that is "not yet".
    if (await page.evaluate(check).catch(() => false)) return;
  }
  throw new Error(`still not so after ${timeout} ms: ${check.toString()}`);
}

/**
 * Chooses a file in an extension page's file input as a person's choice does (its files, then a
 * change event). Not an element handle's uploadFile: the BiDi of Firefox ESR 140 could not hand out
 * a handle to an element of an extension page ("node.ownerGlobal is null").
 */
async function chooseFile(page: Page, selector: string, path: string): Promise<void> {
  const bytes = (await readFile(resolve(path))).toString('base64');
  await page.evaluate((where, name, base64) => {
    const input = document.querySelector(where) as HTMLInputElement;
    const file = new File([Uint8Array.from(atob(base64), (character) => character.charCodeAt(0))], name);
    const chosen = new DataTransfer();
    chosen.items.add(file);
    input.files = chosen.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, selector, path.split('/').pop()!, bytes);
}

/** The demo profile page and the review screen for its tab. */
async function demoWithReview(): Promise<{ page: Page; review: Page; tabId: number }> {
  const page = await browser.newPage();
  // An address of its own: the tab found below is this one, never a demo tab an earlier test left.
  const address = `${DEMO}/?essai=${Date.now()}`;
  await page.goto(address);
  await page.waitForFunction(() => typeof (window as unknown as { __formState?: unknown }).__formState === 'function');
  const review = await openFromDemo(page, REVIEW);
  await until(review, () => document.querySelector('[data-testid="review-status"]') !== null);
  const tabs = await review.evaluate(async () => (await (globalThis as any).browser.tabs.query({})).map((tab: { id: number; url?: string }) => ({ id: tab.id, url: tab.url })));
  const tab = (tabs as { id: number; url?: string }[]).find((candidate) => candidate.url === address);
  expect(tab, 'the demo tab').toBeDefined();
  await review.evaluate((id) => void (location.search = `?tabId=${id}`), tab!.id);
  // The page before the reload was idle too: wait for the reloaded one, the one for this tab.
  await until(review, () => location.search.includes('tabId=')
    && document.querySelector('[data-testid="review-status"][data-state="idle"]') !== null
    && document.querySelector('input[data-testid="cv-input"]') !== null);
  return { page, review, tabId: tab!.id };
}

/** The review status once the reading of a CV newer than `previousRun` has ended. */
async function statusOnceSettled(review: Page, previousRun = ''): Promise<{ state: string; text: string; run: string }> {
  for (let waited = 0; waited < 90_000; waited += 500) {
    const status = await review.$eval('[data-testid="review-status"]', (element) => ({
      state: element.getAttribute('data-state') ?? '',
      text: element.textContent ?? '',
      run: element.getAttribute('data-run') ?? '',
    }));
    if (status.run !== previousRun && (status.state === 'ready' || status.state === 'error')) return status;
    await pause(500);
  }
  throw new Error('the CV was still being read after 90 s');
}

async function storedReview(review: Page, tabId: number): Promise<{ profile: CvProfile; decisions: Decisions }> {
  const stored = await review.evaluate(async (id) => (globalThis as any).browser.storage.session.get([`tab:${id}`, `decisions:${id}`]), tabId);
  return { profile: stored[`tab:${tabId}`]?.profile as CvProfile, decisions: (stored[`decisions:${tabId}`] ?? {}) as Decisions };
}

const formState = (page: Page) => page.evaluate(() => (window as unknown as { __formState: () => Record<string, any> }).__formState());

describe('the Firefox build in Firefox ESR', () => {
  it('reads a PDF chosen in the page\'s own file input, fills the confirmed values, and undo puts the form back', async () => {
    const { page, review, tabId } = await demoWithReview();
    const input = await page.$('input[type="file"]');
    await input!.uploadFile(resolve('test/fixtures/cv/fr-cariste-sidebar-left.pdf'));
    const status = await statusOnceSettled(review);
    // The page as the person left it, their CV chosen: what undo must give back.
    const before = await formState(page);
    expect(before.cv).toBe('fr-cariste-sidebar-left.pdf');
    expect(status.state, status.text).toBe('ready');
    const { profile } = await storedReview(review, tabId);
    expect(profile.source.kind).toBe('pdf-text');
    expect(profile.skills.length).toBeGreaterThan(5);
    expect(profile.occupations[0]?.label).toMatch(/cariste/);

    // "Voir dans le CV": the page is drawn in the background page (canvas there), the snippet marked.
    await review.click('[data-testid="field-email"] [data-testid="show-evidence"]');
    await until(review, () => ((document.querySelector('[data-testid="evidence-viewer"] img') as HTMLImageElement | null)?.naturalWidth ?? 0) > 400);
    await review.keyboard.press('Escape');
    await until(review, () => !document.querySelector('[data-testid="evidence-viewer"]'));

    await review.click('[data-testid="accept-all"]');
    await review.click('[data-testid="fill"]');
    await until(review, () => /Formulaire rempli|Form filled/.test(document.querySelector('[data-testid="review-status"]')?.textContent ?? ''));
    const plan = buildFillPlan(profile, (await storedReview(review, tabId)).decisions);
    const filled = await formState(page);
    expect(filled.courriel).toBe(plan.fields.email);
    expect(filled.nom).toBe(plan.fields.lastName);
    expect(filled.competences).toEqual(plan.skills);
    expect(filled.experiences.map((experience: { poste: string }) => experience.poste)).toEqual(plan.experiences.map((experience) => experience.title));

    await review.click('[data-testid="undo"]');
    await until(review, () => /comme avant|back as it was/.test(document.querySelector('[data-testid="review-status"]')?.textContent ?? ''));
    expect(await formState(page)).toEqual(before);
    await review.close();
    await page.close();
  }, 150_000);

  it('reads a scanned PDF by OCR in the background page, offline, and a Word CV, from the review screen\'s own input', async () => {
    const { page, review, tabId } = await demoWithReview();
    let run = '';
    for (const [file, kind] of [['test/fixtures/read/scan-magasinier-1deg.pdf', 'pdf-ocr'], ['test/fixtures/read/fr-conducteur-bus.docx', 'docx']] as const) {
      await chooseFile(review, 'input[data-testid="cv-input"]', file);
      const status = await statusOnceSettled(review, run);
      run = status.run;
      expect(status.state, `${file}: ${status.text}`).toBe('ready');
      const { profile } = await storedReview(review, tabId);
      expect(profile.source.file).toBe(file.split('/').pop());
      expect(profile.source.kind).toBe(kind);
      expect(profile.fields.email?.value).toMatch(/@/);
      expect(profile.experiences.length).toBeGreaterThan(0);
    }
    await review.close();
    await page.close();
  }, 200_000);

  it('the sidebar shows the CV of the tab in front, follows tab switches, and a CV chosen in it goes to that tab', async () => {
    // Firefox opens the real sidebar only on a person's click: its page is opened in a tab of the
    // same window, where it asks for the active tab and hears the switches as the sidebar does.
    const stamp = Date.now();
    const cariste = await browser.newPage();
    await cariste.goto(`${DEMO}/?sidebar-cariste=${stamp}`);
    await cariste.waitForFunction(() => typeof (window as unknown as { __formState?: unknown }).__formState === 'function');
    await (await cariste.$('input[type="file"]'))!.uploadFile(resolve('test/fixtures/cv/fr-cariste-sidebar-left.pdf'));
    const other = await browser.newPage();
    await other.goto(`${DEMO}/?sidebar-other=${stamp}`);
    const sidebar = await openFromDemo(other, SIDEBAR);
    await until(sidebar, () => document.querySelector('[data-testid="review-status"]') !== null);
    const tabs = (await sidebar.evaluate(async () => (await (globalThis as any).browser.tabs.query({})).map((tab: { id: number; url?: string }) => ({ id: tab.id, url: tab.url })))) as { id: number; url?: string }[];
    const tabOf = (name: string) => tabs.find((tab) => tab.url === `${DEMO}/?${name}=${stamp}`)!.id;
    const lastName = () => (document.querySelector('[data-testid="field-lastName"] [data-testid="edit"]') as HTMLInputElement | null)?.value ?? null;

    await cariste.bringToFront();
    await until(sidebar, () => /^fontaine$/i.test((document.querySelector('[data-testid="field-lastName"] [data-testid="edit"]') as HTMLInputElement | null)?.value ?? ''), 90_000);

    await other.bringToFront();
    await until(sidebar, () => document.querySelector('[data-testid="review-status"]')?.getAttribute('data-state') === 'idle');
    expect(await sidebar.evaluate(lastName)).toBeNull();
    const before = await sidebar.$eval('[data-testid="review-status"]', (element) => element.getAttribute('data-run') ?? '');
    await chooseFile(sidebar, 'input[data-testid="cv-input"]', 'test/fixtures/cv/en-care-assistant.pdf');
    expect((await statusOnceSettled(sidebar, before)).state).toBe('ready');
    expect((await storedReview(sidebar, tabOf('sidebar-other'))).profile.source.file).toBe('en-care-assistant.pdf');
    expect((await storedReview(sidebar, tabOf('sidebar-cariste'))).profile.source.file).toBe('fr-cariste-sidebar-left.pdf');

    await cariste.bringToFront();
    await until(sidebar, () => /^fontaine$/i.test((document.querySelector('[data-testid="field-lastName"] [data-testid="edit"]') as HTMLInputElement | null)?.value ?? ''));
    await sidebar.close();
    await other.close();
    await cariste.close();
  }, 200_000);

  it('imports the official ESCO files on the options page (IndexedDB), and the next CV is linked with them', async () => {
    const esco = resolve('../shared/taxonomy/esco');
    const page = await browser.newPage();
    await page.goto(`${DEMO}/`);
    const options = await openFromDemo(page, `moz-extension://${UUID}/options.html`);
    const current = '[data-testid="referential-current"]';
    await until(options, () => document.querySelector('[data-testid="referential-current"]') !== null);
    const files = await options.$('input[data-testid="referential-files"]');
    await files!.uploadFile(join(esco, 'skills_fr.csv'), join(esco, 'occupations_fr.csv'));
    await until(options, () => /Import terminé|Import finished/.test(document.querySelector('[data-testid="referential-progress"]')?.textContent ?? ''), 120_000);
    const named = await options.$eval(current, (element) => element.textContent ?? '');
    expect(named).toMatch(/ESCO/);
    expect(Number(/(\d+) compétences/.exec(named)?.[1])).toBeGreaterThan(13_000);
    await options.close();
    await page.close();

    const { page: demoPage, review, tabId } = await demoWithReview();
    const input = await demoPage.$('input[type="file"]');
    // A lorry driver's CV: dangerous goods and the cold chain are in the full referential only (the
    // starter selection covers the cariste's whole CV, so it would prove nothing here).
    await input!.uploadFile(resolve('test/fixtures/cv/fr-chauffeur-pl-2pages.pdf'));
    expect((await statusOnceSettled(review)).state).toBe('ready');
    const { profile } = await storedReview(review, tabId);
    expect(profile.occupations[0]?.id).toMatch(/^http:\/\/data\.europa\.eu\/esco\/occupation\//);
    // Some linked skills exist only in the full referential, not in the built-in starter selection.
    const starter = new Set((await loadStarterReferential()).concepts.map((concept) => concept.id));
    expect(profile.skills.filter((skill) => !starter.has(skill.id)).length).toBeGreaterThan(0);
    await review.close();
    await demoPage.close();
  }, 200_000);
});

