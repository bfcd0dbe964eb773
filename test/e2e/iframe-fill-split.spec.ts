// A profile split across frames of another site: identity and contact in one frame of the form
// provider, experiences, skills and languages in another (demo/forms/split.html), or identity on
// the portal page itself and the rest in the provider's frame (demo/forms/split-top.html). Each
// confirmed value must land in the frame that has its place, once; undo restores every frame; a
// frame of a site not enabled is never sent anything.
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import type { FillPlan } from '../../lib/fill/fill-plan';
import type { FillResponse } from '../../utils/messages';
import { acceptCvOnPage, DEMO_URL, expect, testWithHost } from './extension';

/** A host the extension is not enabled on, which this browser resolves to the demo server. */
const NOT_ENABLED_HOST = 'parcours.prestataire.test';

const test = testWithHost(NOT_ENABLED_HOST);

type Row = Record<string, string>;
interface Career {
  metier: string;
  competences: string;
  alerte: string;
  experiences: Row[];
  langues: Row[];
}

/** The frame showing `path`, once its form has published its state. */
async function frameOf(page: Page, path: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect.poll(async () => {
    found = page.frames().find((frame) => frame.url().includes(path));
    return found ? found.evaluate(() => typeof (window as any).__formState === 'function').catch(() => false) : false;
  }).toBe(true);
  expect(new URL(found!.url()).origin).not.toBe(new URL(page.url()).origin);
  return found!;
}

const stateOf = <T>(frame: Frame | Page) => frame.evaluate(() => (window as any).__formState()) as Promise<T>;

/** The portal page, a CV chosen on it, everything above the threshold accepted on the review screen. */
async function portalWithCv(context: BrowserContext, serviceWorker: Worker, extensionId: string, path: string) {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}${path}`);
  const career = await frameOf(page, '/forms/split-career.html');
  const { review, tabId, plan } = await acceptCvOnPage(context, serviceWorker, extensionId, page);
  // The CV gives what each part of the page asks for.
  expect(plan.fields).toMatchObject({ firstName: expect.any(String), email: expect.any(String), city: expect.any(String), jobTitle: expect.any(String) });
  expect(plan.skills.length).toBeGreaterThan(0);
  expect(plan.experiences.length).toBeGreaterThan(1);
  expect(plan.languages.length).toBeGreaterThan(0);
  return { page, career, review, plan, tabId };
}

/** The identity part, wherever it is: every box holds the CV's value. */
function expectIdentity(state: Row, plan: FillPlan): void {
  expect(state).toMatchObject({
    prenom: plan.fields.firstName,
    nom: plan.fields.lastName,
    courriel: plan.fields.email,
    ville: plan.fields.city,
    codePostal: plan.fields.postcode,
  });
  expect(state.telephone).not.toBe('');
}

/** The career part: the job, each skill, each experience and language once; the job-alert e-mail
 *  box of this frame is not given the address the identity part took. */
function expectCareer(state: Career, plan: FillPlan): void {
  expect(state.metier).toBe(plan.fields.jobTitle);
  for (const skill of plan.skills) expect(state.competences).toContain(skill);
  expect(state.alerte).toBe('');
  expect(state.experiences.map((row) => row.poste)).toEqual(plan.experiences.map((experience) => experience.title));
  expect(state.langues).toHaveLength(plan.languages.length);
  expect(state.langues.every((row) => row.langue !== '')).toBe(true);
}

async function fillFromReview(review: Page, tabId: number, plan: FillPlan): Promise<FillResponse> {
  return review.evaluate(([id, fillPlan]) => (globalThis as any).chrome.runtime.sendMessage({ target: 'background', type: 'fill', tabId: id, plan: fillPlan }), [tabId, plan] as const);
}

async function undoFromReview(review: Page, tabId: number): Promise<FillResponse> {
  return review.evaluate((id) => (globalThis as any).chrome.runtime.sendMessage({ target: 'background', type: 'undo', tabId: id }), tabId);
}

/** What the merged report says was not found: none of what one of the frames has a place for. */
function notFound(response: FillResponse): string[] {
  return response.ok ? response.report.skipped.filter((entry) => entry.reason === 'not-found').map((entry) => entry.target) : ['(failed)'];
}

test('a profile split across two frames of another site: each part lands in its frame, once, and undo restores both', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, career, review, plan, tabId } = await portalWithCv(context, serviceWorker, extensionId, '/forms/split.html');
  const identity = await frameOf(page, '/forms/split-identity.html');
  const before = { identity: await stateOf<Row>(identity), career: await stateOf<Career>(career) };
  expect(Object.values(before.identity).every((value) => value === '')).toBe(true);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await expect.poll(async () => (await stateOf<Career>(career)).experiences.length).toBe(plan.experiences.length);
  expectIdentity(await stateOf<Row>(identity), plan);
  expectCareer(await stateOf<Career>(career), plan);
  // The identity frame has no box of the career part, and nothing of it was added there.
  expect(Object.keys(await stateOf<Row>(identity)).sort()).toEqual(Object.keys(before.identity).sort());

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect(await stateOf<Row>(identity)).toEqual(before.identity);
  expect(await stateOf<Career>(career)).toEqual(before.career);

  // The report the review screen is given is both frames': what the career frame took is not "not found".
  const response = await fillFromReview(review, tabId, plan);
  expect(response.ok).toBe(true);
  expect(response.ok && response.report.filled).toEqual(expect.arrayContaining(['firstName', 'email', 'jobTitle', 'experience:0', 'experience:1', `skills:${plan.skills[0]}`]));
  for (const target of ['firstName', 'email', 'jobTitle', 'skills', 'experience:0', 'language:fr', 'language:en']) expect(notFound(response)).not.toContain(target);
  expect((await undoFromReview(review, tabId)).ok).toBe(true);
  expect(await stateOf<Row>(identity)).toEqual(before.identity);
  expect(await stateOf<Career>(career)).toEqual(before.career);
  await review.close();
  await page.close();
});

test('identity on the portal page, the rest in the provider\'s frame: both are filled, the audit trail names both sites, undo restores both', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, auditTrail: true }, auditTrail: [] });
  });
  const { page, career, review, plan } = await portalWithCv(context, serviceWorker, extensionId, '/forms/split-top.html');
  const before = { top: await stateOf<Row>(page), career: await stateOf<Career>(career) };

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await expect.poll(async () => (await stateOf<Career>(career)).experiences.length).toBe(plan.experiences.length);
  expectIdentity(await stateOf<Row>(page), plan);
  expectCareer(await stateOf<Career>(career), plan);
  const audit = (await serviceWorker.evaluate(async () => (await (globalThis as any).chrome.storage.local.get('auditTrail')).auditTrail)) as { site: string; fields: string[] }[];
  expect(audit.map((entry) => entry.site).sort()).toEqual([new URL(page.url()).origin, new URL(career.url()).origin].sort());
  expect(audit.find((entry) => entry.site === new URL(career.url()).origin)?.fields).toEqual(expect.arrayContaining(['jobTitle', 'skills', 'experience']));
  expect(JSON.stringify(audit)).not.toContain(plan.fields.email!);

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect(await stateOf<Row>(page)).toEqual(before.top);
  expect(await stateOf<Career>(career)).toEqual(before.career);
  await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, auditTrail: false } });
    await chrome.storage.local.remove('auditTrail');
  });
  await review.close();
  await page.close();
});

test('"Replace" on a conflict in the career frame goes back to that frame, and writes nothing in the other', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, career, review, plan } = await portalWithCv(context, serviceWorker, extensionId, '/forms/split.html');
  const identity = await frameOf(page, '/forms/split-identity.html');
  const typed = 'Magasinier';
  await career.locator('#p-metier').fill(typed);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await expect(review.getByTestId('conflict-jobTitle')).toBeVisible();
  expect((await stateOf<Career>(career)).metier).toBe(typed);
  const identityAfterFill = await stateOf<Row>(identity);

  await review.getByTestId('conflict-jobTitle').getByTestId('replace').click();
  // The conflict goes once the fill has answered (the frame has recorded what undo takes back).
  await expect(review.getByTestId('conflict-jobTitle')).toHaveCount(0);
  expect((await stateOf<Career>(career)).metier).toBe(plan.fields.jobTitle);
  expect(await stateOf<Row>(identity)).toEqual(identityAfterFill);
  expect((await stateOf<Career>(career)).experiences).toHaveLength(plan.experiences.length);

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect((await stateOf<Career>(career)).metier).toBe(typed);
  expect(Object.values(await stateOf<Row>(identity)).every((value) => value === '')).toBe(true);
  await review.close();
  await page.close();
});

test('the career frame of a site not enabled is sent nothing: its boxes stay empty and the report says what was not found', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, career, review, plan, tabId } = await portalWithCv(context, serviceWorker, extensionId, `/forms/split.html?parcours=${NOT_ENABLED_HOST}`);
  expect(new URL(career.url()).hostname).toBe(NOT_ENABLED_HOST);
  const identity = await frameOf(page, '/forms/split-identity.html');
  const before = await stateOf<Career>(career);

  const response = await fillFromReview(review, tabId, plan);
  expect(response.ok).toBe(true);
  expectIdentity(await stateOf<Row>(identity), plan);
  await page.waitForTimeout(500); // time for a stray write to land before checking none did
  expect(await stateOf<Career>(career)).toEqual(before);
  expect(await career.locator('input, textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).join(''))).toBe('');
  expect(notFound(response)).toEqual(expect.arrayContaining(['jobTitle', 'skills', 'experience:0', 'language:fr']));
  expect((await undoFromReview(review, tabId)).ok).toBe(true);
  await review.close();
  await page.close();
});
