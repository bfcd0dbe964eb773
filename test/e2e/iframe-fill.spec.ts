// A profile form served by another site inside the page's iframe (demo/forms/embedded.html): the
// CV is chosen on the top page, the review confirmed, and the fill must reach the frame's form when
// the frame's site is enabled; undo puts it back. A frame of a site not enabled is never written to.
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { acceptCvOnPage, DEMO_URL, expect, tabIdOf, testWithHost } from './extension';

/** A host the extension is not enabled on, which this browser resolves to the demo server. */
const NOT_ENABLED_HOST = 'formulaires.prestataire.test';

const test = testWithHost(NOT_ENABLED_HOST);

type State = Record<string, string>;

/** The provider's frame, once its form has published its state. */
async function providerFrame(page: Page, host: string): Promise<Frame> {
  let found: Frame | undefined;
  await expect.poll(async () => {
    found = page.frames().find((frame) => frame.url().includes('/forms/embedded-form.html'));
    return found ? found.evaluate(() => typeof (window as any).__formState === 'function').catch(() => false) : false;
  }).toBe(true);
  expect(new URL(found!.url()).hostname).toBe(host);
  expect(new URL(found!.url()).origin).not.toBe(new URL(page.url()).origin);
  return found!;
}

const frameState = (frame: Frame) => frame.evaluate(() => (window as any).__formState()) as Promise<State>;

/** The portal page with the provider's frame, a CV chosen on the portal, everything above the
 *  threshold accepted on the review screen. */
async function portalWithCv(context: BrowserContext, serviceWorker: Worker, extensionId: string, query: string, host: string) {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/forms/embedded.html${query}`);
  const frame = await providerFrame(page, host);
  const { review, plan } = await acceptCvOnPage(context, serviceWorker, extensionId, page);
  return { page, frame, review, plan };
}

test('cross-origin iframe of an enabled site: the fill reaches its form, undo empties it', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, frame, review, plan } = await portalWithCv(context, serviceWorker, extensionId, '', 'localhost');
  const before = await frameState(frame);
  expect(Object.values(before).every((value) => value === '')).toBe(true);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  const state = await frameState(frame);
  expect(state).toMatchObject({
    prenom: plan.fields.firstName,
    nom: plan.fields.lastName,
    courriel: plan.fields.email,
    telephone: plan.fields.phone,
    ville: plan.fields.city,
    metier: plan.fields.jobTitle,
  });
  expect(plan.skills.length).toBeGreaterThan(0);
  for (const skill of plan.skills) expect(state.competences).toContain(skill);
  const filledCount = Number((await review.getByTestId('review-status').textContent())?.match(/\d+/)?.[0]);
  expect(filledCount).toBeGreaterThanOrEqual(6);

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect(await frameState(frame)).toEqual(before);
  await review.close();
  await page.close();
});

test('cross-origin iframe of a site not enabled: nothing in it is written, the review screen names the site to enable', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, frame, review, plan } = await portalWithCv(context, serviceWorker, extensionId, `?fournisseur=${NOT_ENABLED_HOST}`, NOT_ENABLED_HOST);
  const before = await frameState(frame);

  await review.getByTestId('fill').click();
  // The review screen names the site to enable, instead of a bare "0 fields".
  // An http site is named with its scheme: that is what the options page needs to enable it.
  const site = new URL(frame.url()).origin.replace(/[.]/g, '\\.');
  await expect(review.getByTestId('review-status')).toContainText(new RegExp(`(autre site|another site) \\(${site}\\)`));
  await expect(review.getByTestId('review-status')).toContainText(/Activez ce site dans les réglages, puis rechargez la page|Enable that site in the settings, then reload the page/);
  // Give a stray write time to land before checking nothing did.
  await page.waitForTimeout(500);
  expect(await frameState(frame)).toEqual(before);
  expect(await frame.locator('input, textarea').evaluateAll((fields) => fields.map((field) => (field as HTMLInputElement).value).join(''))).toBe('');

  // The answer the review screen gets names the site whose frame was out of reach, so it can say why.
  const tabId = await tabIdOf(serviceWorker, page);
  const response = await review.evaluate(
    ([id, fillPlan]) => (globalThis as any).chrome.runtime.sendMessage({ target: 'background', type: 'fill', tabId: id, plan: fillPlan }),
    [tabId, plan] as const,
  );
  expect(response).toMatchObject({ ok: true, report: { filled: [] }, framesNotEnabled: [new URL(frame.url()).origin] });
  expect(await frameState(frame)).toEqual(before);
  await review.close();
  await page.close();
});
