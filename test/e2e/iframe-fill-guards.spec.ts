// The cross-origin iframe fill where the page could mislead it: a second frame of the same kind of
// fields, a frame kept out of sight, a reload before undo, several sites out of reach. The portal
// page (demo/forms/embedded.html) shows the form provider's profile form in a frame of another
// origin; both origins are enabled (127.0.0.1 and localhost).
import type { BrowserContext, Frame, Page, Worker } from '@playwright/test';
import { originPattern } from '../../utils/site-access';
import { acceptCvOnPage, acceptedPlan, DEMO_URL, expect, openReview, tabIdOf, test } from './extension';

type State = Record<string, string>;

/** The provider's frame, once its form has published its state. */
async function providerFrame(page: Page): Promise<Frame> {
  let found: Frame | undefined;
  await expect.poll(async () => {
    found = page.frames().find((frame) => frame.url().includes('/forms/embedded-form.html'));
    return found ? found.evaluate(() => typeof (window as any).__formState === 'function').catch(() => false) : false;
  }).toBe(true);
  expect(new URL(found!.url()).origin).not.toBe(new URL(page.url()).origin);
  return found!;
}

const frameState = (frame: Frame) => frame.evaluate(() => (window as any).__formState()) as Promise<State>;

/** The portal with a CV chosen on it and everything above the threshold accepted. `arrange` shapes
 *  the portal page (its own fields, the frame's place) before the CV is read. */
async function portalWithCv(context: BrowserContext, serviceWorker: Worker, extensionId: string, arrange: (page: Page, frame: Frame) => Promise<void>) {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/forms/embedded.html`);
  const frame = await providerFrame(page);
  await arrange(page, frame);
  const { review, plan } = await acceptCvOnPage(context, serviceWorker, extensionId, page);
  return { page, frame, review, plan };
}

test('"Replace" on a conflict found in the provider\'s frame writes that frame, not an e-mail box of the portal page the person typed in', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const typedByPerson = 'moi.perso@exemple.fr';
  const oldInFrame = 'ancienne.adresse@exemple.fr';
  const { page, frame, review, plan } = await portalWithCv(context, serviceWorker, extensionId, async (portal, provider) => {
    // The portal's own "call me back" box, with the person's own address typed in.
    await portal.evaluate(() => {
      const section = document.createElement('section');
      section.className = 'card';
      section.innerHTML = `<h2 id="rappel-titre">Être rappelé par un conseiller</h2>
        <form aria-labelledby="rappel-titre"><div class="field"><label for="rappel-courriel">Votre adresse électronique</label>
        <input id="rappel-courriel" name="courriel" type="email" /></div><button type="submit" class="btn">Envoyer</button></form>`;
      document.querySelector('main')!.append(section);
    });
    await portal.locator('#rappel-courriel').fill(typedByPerson);
    // The provider's form already holds an older address: the fill reports a conflict there.
    await provider.locator('#f-courriel').fill(oldInFrame);
  });
  expect(plan.fields.email).toBeTruthy();
  expect(plan.fields.email).not.toBe(oldInFrame);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  // The fill went to the provider's frame (its form has most of the plan) and met the old address.
  expect((await frameState(frame)).prenom).toBe(plan.fields.firstName);
  await expect(review.getByTestId('conflict-email')).toBeVisible();

  await review.getByTestId('conflict-email').getByTestId('replace').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await page.waitForTimeout(300);
  // What the person typed in another box of the portal stays as they typed it...
  expect(await page.locator('#rappel-courriel').inputValue()).toBe(typedByPerson);
  // ...and the conflict was the frame's: the CV's address replaces the frame's old one.
  expect((await frameState(frame)).courriel).toBe(plan.fields.email);
  await review.close();
  await page.close();
});

for (const [hiding, style] of [
  ['off-screen and transparent', 'position:absolute; left:-10000px; top:0; width:800px; height:640px; opacity:0'],
  ['in a panel hidden with visibility: hidden', 'visibility:hidden'],
] as const) test(`a provider frame the person cannot see (${hiding}) does not take the fill from the visible form of the page`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, frame, review, plan } = await portalWithCv(context, serviceWorker, extensionId, async (portal) => {
    await portal.evaluate((css) => {
      // The portal's own visible form: the one the person fills.
      const section = document.createElement('section');
      section.className = 'card';
      section.innerHTML = `<h2 id="coord-titre">Vos coordonnées</h2>
        <form aria-labelledby="coord-titre" class="grid">
          <div class="field"><label for="p-prenom">Prénom</label><input id="p-prenom" name="prenom" type="text" /></div>
          <div class="field"><label for="p-nom">Nom</label><input id="p-nom" name="nom" type="text" /></div>
          <div class="field"><label for="p-courriel">Adresse électronique</label><input id="p-courriel" name="courriel" type="email" /></div>
          <div class="field"><label for="p-telephone">Téléphone</label><input id="p-telephone" name="telephone" type="tel" /></div>
        </form>`;
      document.querySelector('main')!.prepend(section);
      // The provider's frame is kept in the page but out of sight.
      document.getElementById('cadre-profil')!.style.cssText = css;
    }, style);
  });
  const before = await frameState(frame);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await page.waitForTimeout(300);
  // Nothing goes into a frame the person cannot see...
  expect(await frameState(frame)).toEqual(before);
  // ...the visible form takes the CV.
  expect(await page.locator('#p-prenom').inputValue()).toBe(plan.fields.firstName);
  expect(await page.locator('#p-courriel').inputValue()).toBe(plan.fields.email);
  await review.close();
  await page.close();
});

test('the notice for a form in frames of sites not enabled names each site once and speaks of them in the plural', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  // The provider's frame and two more, of sites this browser does not enable (their hosts need not
  // answer: the page shows the frames, and the notice is made from what the page shows).
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/forms/embedded.html?fournisseur=formulaires-a.example`);
  await page.evaluate(() => {
    const port = location.port;
    for (const src of [`https://formulaires-a.example:${port}/forms/embedded-form.html`, `http://formulaires-b.example:${port}/forms/embedded-form.html`]) {
      const frame = document.createElement('iframe');
      frame.src = src;
      frame.className = 'provider-frame';
      frame.title = 'Formulaire (prestataire)';
      document.querySelector('main')!.append(frame);
    }
  });
  await page.locator('#cv').setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await review.getByTestId('accept-all').click();
  await expect.poll(async () => Object.keys((await acceptedPlan(serviceWorker, tabId)).fields).length).toBeGreaterThan(3);

  await review.getByTestId('fill').click();
  const status = review.getByTestId('review-status');
  await expect(status).toContainText(/autre site|another site|autres sites|other sites/);
  const text = (await status.textContent()) ?? '';
  // Each site named once: two frames of formulaires-a.example (http and https) are not shown as
  // "formulaires-a.example:4321, formulaires-a.example:4321"...
  const named = (text.match(/\(([^)]*)\)/)?.[1] ?? '').split(/,\s*/).filter(Boolean);
  expect(named.some((site) => site.includes('formulaires-b.example'))).toBe(true);
  expect(named.length).toBe(new Set(named).size);
  // ...and two sites are not "that site" / "ce site".
  expect(text).not.toMatch(/Enable that site|Activez ce site|another site \(|un autre site \(/);
  await review.close();
  await page.close();
});

test('undo after the portal page was reloaded says there is nothing to undo, not that the page cannot be reached', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await portalWithCv(context, serviceWorker, extensionId, async () => undefined);
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);

  // The page is reloaded: the provider's frame that took the fill is gone, a new one shows an empty form.
  await page.reload();
  const fresh = await providerFrame(page);
  expect(Object.values(await frameState(fresh)).every((value) => value === '')).toBe(true);

  await review.getByTestId('undo').click();
  // The page is there and reachable: what is gone is the fill, and the person is told so.
  await expect(review.getByTestId('review-status')).toContainText(/aucun remplissage à annuler|no fill to undo/i);
  await review.close();
  await page.close();
});

test('the site the notice names, entered as such on the options page, is the site of the frame out of reach', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  // A provider served over http (as the demo is): the options page turns a bare host into https.
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/forms/embedded.html?fournisseur=formulaires-c.example`);
  const frameOrigin = `http://formulaires-c.example:${new URL(DEMO_URL).port}`;
  await page.locator('#cv').setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await review.getByTestId('accept-all').click();
  await expect.poll(async () => Object.keys((await acceptedPlan(serviceWorker, tabId)).fields).length).toBeGreaterThan(3);

  await review.getByTestId('fill').click();
  const status = review.getByTestId('review-status');
  await expect(status).toContainText(/formulaires-c\.example/);
  const named = ((await status.textContent())?.match(/\(([^)]*)\)/)?.[1] ?? '').split(/,\s*/).filter(Boolean);
  expect(named).toHaveLength(1);
  // What the options page enables for that text is what the frame needs.
  expect(originPattern(named[0]!)).toBe(originPattern(`${frameOrigin}/`));
  await review.close();
  await page.close();
});
