// The fill on the four demo pages, through the real extension: a CV chosen in the page's own file
// input, everything above the threshold accepted on the review screen, "fill", then the page's
// framework state checked against what the counsellor accepted; "undo", and the state must be
// exactly what it was before the fill.
import type { Page, Worker } from '@playwright/test';
import { buildFillPlan, type Decisions } from '../../lib/fill/build-fill-plan';
import type { FillPlan } from '../../lib/fill/fill-plan';
import type { CvProfile } from '../../lib/types';
import { DEMO_URL, expect, formState, openReview, tabIdOf, test } from './extension';

type State = Record<string, any>;

/** Reads what the extension holds for the tab: the profile and the counsellor's decisions. */
async function acceptedPlan(serviceWorker: Worker, tabId: number): Promise<{ profile: CvProfile; plan: FillPlan }> {
  const stored = await serviceWorker.evaluate(async (id) => {
    const chrome = (globalThis as any).chrome;
    return chrome.storage.session.get([`tab:${id}`, `decisions:${id}`]);
  }, tabId);
  const profile = stored[`tab:${tabId}`]?.profile as CvProfile;
  const decisions = (stored[`decisions:${tabId}`] ?? {}) as Decisions;
  return { profile, plan: buildFillPlan(profile, decisions) };
}

/** Opens a demo page, chooses a CV in it, accepts everything above the threshold, fills. */
async function fillWithCv(
  { context, serviceWorker, extensionId }: { context: any; serviceWorker: Worker; extensionId: string },
  path: string,
  cv: string,
) {
  const page: Page = await context.newPage();
  await page.goto(`${DEMO_URL}${path}`);
  await page.waitForFunction(() => typeof (window as any).__formState === 'function');
  await page.locator('input[type="file"]').first().setInputFiles(`test/fixtures/cv/${cv}.pdf`);
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await review.getByTestId('accept-all').click();
  await expect.poll(async () => Object.keys((await acceptedPlan(serviceWorker, tabId)).plan.fields).length).toBeGreaterThan(3);
  const { profile, plan } = await acceptedPlan(serviceWorker, tabId);
  const before = await formState<State>(page);
  const started = Date.now();
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  test.info().annotations.push({ type: 'fill-ms', description: String(Date.now() - started) });
  return { page, review, profile, plan, before };
}

async function undo(review: Page): Promise<void> {
  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
}

/** What a postcode box of maxlength 5 holds after the fill: a value a person could not type there
 *  (a UK postcode, "SK4 2QL") is left out and reported, never forced in. */
const fiveCharacters = (postcode: string | undefined) => (postcode && postcode.length <= 5 ? postcode : '');
const monthOrEmpty = (date: string | null) => (date && /^\d{4}-\d{2}$/.test(date) ? date : '');
const slashMonthOrEmpty = (date: string | null) => (date && /^\d{4}-\d{2}$/.test(date) ? `${date.slice(5)}/${date.slice(0, 4)}` : '');
const yearOrEmpty = (date: string | null) => (date ? date.slice(0, 4) : '');
const nativeTongue = /maternelle|native|mother/i;
const lowLevel = /notion|basic|beginner|d[ée]butant|[ée]l[ée]mentaire|scolaire/i;

/** The level the page must show for a plan language, in the page's own level values. */
function expectLevel(shown: string, language: FillPlan['languages'][number], values: { native: string }): void {
  if (language.levelText && nativeTongue.test(language.levelText)) expect(shown).toBe(values.native);
  else if (language.level) expect(shown).toBe(language.level);
  else if (language.levelText && lowLevel.test(language.levelText)) expect(['A1', 'A2']).toContain(shown);
}

/** "+33612345678" as the demo profile page's example writes it, "06 12 34 56 78"; a number of
 *  another country keeps its international form on a French page. */
function asTheExampleShows(phone: string | undefined): string | undefined {
  return phone?.startsWith('+33') ? `0${phone.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ') : phone;
}

test.describe('fill on the demo forms', () => {
  for (const cv of ['fr-cariste-sidebar-left', 'en-care-assistant']) test(`profile page (Preact): identity, contact, job, chips, experiences, education, languages, licences; undo (${cv})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/', cv);
    expect(plan.experiences.length).toBeGreaterThan(1);
    expect(plan.skills.length).toBeGreaterThan(2);

    const state = await formState<State>(page);
    expect(state).toMatchObject({
      civilite: '',
      prenom: plan.fields.firstName,
      nom: plan.fields.lastName,
      courriel: plan.fields.email,
      // The page's help shows "Exemple : 06 12 34 56 78": a French number is written that way.
      telephone: asTheExampleShows(plan.fields.phone),
      adresse: plan.fields.address,
      codePostal: fiveCharacters(plan.fields.postcode),
      ville: plan.fields.city,
      metier: plan.fields.jobTitle,
      // The qualities confirmed go to the page's own savoir-être box, not among the skills.
      savoirEtre: plan.softSkills,
      presentation: '',
    });
    expect(state.competences).toEqual(plan.skills);
    expect([...state.permis].sort()).toEqual([...plan.drivingLicences].sort());
    // Certificates (CACES, SST…) go to the page's own "Habilitations" box, never among the skills.
    if (cv.startsWith('fr-cariste')) expect(plan.certifications.length).toBeGreaterThan(0);
    expect(state.habilitations).toEqual(plan.certifications);
    for (const certificate of plan.certifications) expect(state.competences).not.toContain(certificate);
    expect(state.experiences).toEqual(plan.experiences.map((experience) => ({
      poste: experience.title,
      employeur: experience.employer ?? '',
      debut: monthOrEmpty(experience.start),
      fin: experience.end === 'present' ? '' : monthOrEmpty(experience.end),
      posteActuel: experience.end === 'present',
    })));
    expect(state.formations).toEqual(plan.education.map((education) => ({
      diplome: education.degree,
      etablissement: education.school ?? '',
      annee: yearOrEmpty(education.end),
    })));
    expect(state.langues.map((row: State) => row.langue)).toEqual(plan.languages.map((language) => language.language));
    plan.languages.forEach((language, index) => expectLevel(state.langues[index].niveau, language, { native: 'maternelle' }));

    await undo(review);
    expect(await formState<State>(page)).toEqual(before);
    await review.close();
    await page.close();
  });

  test('undo after the counsellor corrected a filled field: the correction stays, the rest is taken back, and the review screen says so', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/aria.html', 'fr-cariste-sidebar-left');
    expect((await formState<State>(page)).desiredJob).toBe(plan.fields.jobTitle);
    await page.locator('#q8').fill('Magasinier');
    await review.getByTestId('undo').click();
    await expect(review.getByTestId('review-status')).toContainText(/modifié vous-même depuis est resté tel quel|changed yourself since was left as it is/i);
    expect(await formState<State>(page)).toEqual({ ...before, desiredJob: 'Magasinier' });
    await review.close();
    await page.close();
  });

  for (const cv of ['en-care-assistant', 'fr-cariste-sidebar-left']) test(`ARIA-only form (English): labels through aria-labelledby and autocomplete; undo (${cv})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/aria.html', cv);
    const state = await formState<State>(page);
    expect(state).toEqual({
      ...before,
      givenName: plan.fields.firstName,
      familyName: plan.fields.lastName,
      email: plan.fields.email,
      mobile: plan.fields.phone,
      streetAddress: plan.fields.address,
      postcode: plan.fields.postcode,
      town: plan.fields.city,
      desiredJob: plan.fields.jobTitle,
      // The qualities follow the skills in a form with no box of their own.
      skills: [...plan.skills, ...plan.softSkills],
    });
    await undo(review);
    expect(await formState<State>(page)).toEqual(before);
    await review.close();
    await page.close();
  });

  for (const cv of ['fr-chauffeur-pl-2pages', 'en-care-assistant']) test(`reactive form: values kept through re-renders, traps and page-owned fields untouched; undo (${cv})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/reactive.html', cv);
    // The form re-renders its fields from its state every 500 ms: what it kept is what counts.
    await page.waitForTimeout(1200);
    const state = await formState<State>(page);
    expect(state).toEqual({
      ...before,
      usr_fname: plan.fields.firstName,
      usr_lname: plan.fields.lastName,
      usr_mail: plan.fields.email,
      usr_phone: plan.fields.phone,
      usr_zip: fiveCharacters(plan.fields.postcode),
      usr_city: plan.fields.city,
      usr_job: plan.fields.jobTitle,
      usr_skills: [...plan.skills, ...plan.softSkills].join(', '),
    });
    expect(state).toMatchObject({ usr_civ: '', usr_pwd: '', website: '', usr_id: 'DEMO-000042' });
    await expect(page.locator('#usr_fname')).toHaveValue(plan.fields.firstName!);
    await expect(page.locator('#website')).toHaveValue('');
    await expect(page.locator('#usr_pwd')).toHaveValue('');

    await undo(review);
    await page.waitForTimeout(700);
    expect(await formState<State>(page)).toEqual(before);
    await review.close();
    await page.close();
  });

  for (const cv of ['fr-cariste-sidebar-left', 'en-care-assistant']) test(`groups form: iframe contact, chips in shadow roots, groups through their add buttons; undo (${cv})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/groups.html', cv);
    const state = await formState<State>(page);
    expect(state.contact).toEqual({
      civilite: '',
      prenom: plan.fields.firstName,
      nom: plan.fields.lastName,
      courriel: plan.fields.email,
      telephone: plan.fields.phone,
      adresse: plan.fields.address,
      codePostal: fiveCharacters(plan.fields.postcode),
      ville: plan.fields.city,
    });
    expect(state.metier).toBe(plan.fields.jobTitle);
    expect(state.competences).toEqual(plan.skills);
    // The qualities confirmed go to the form's own savoir-être chips.
    expect(state.savoirEtre).toEqual(plan.softSkills);
    expect(state.experiences).toEqual(plan.experiences.map((experience) => ({
      poste: experience.title,
      employeur: experience.employer ?? '',
      debut: slashMonthOrEmpty(experience.start),
      fin: experience.end === 'present' ? '' : slashMonthOrEmpty(experience.end),
    })));
    expect(state.formations).toEqual(plan.education.map((education) => ({
      diplome: education.degree,
      etablissement: education.school ?? '',
      annee: yearOrEmpty(education.end),
    })));
    const names = new Intl.DisplayNames(['fr'], { type: 'language' });
    expect(state.langues.map((row: State) => row.langue.toLowerCase())).toEqual(plan.languages.map((language) => names.of(language.language)));
    plan.languages.forEach((language, index) => expectLevel(state.langues[index].niveau, language, { native: 'Langue maternelle' }));
    // The chips are in the page too, inside the shadow root, not only in the state.
    await expect(page.locator('#competences li')).toHaveCount(plan.skills.length);

    await undo(review);
    expect(await formState<State>(page)).toEqual(before);
    await expect(page.locator('#competences li')).toHaveCount(0);
    await expect(page.locator('[data-group="experiences"] [data-row]')).toHaveCount(1);
    await review.close();
    await page.close();
  });
});

// The job and town pickers keep only a suggestion chosen from their list: the CV's headline
// ("Cariste – Préparateur de commandes") is not one, the confirmed occupation ("cariste") is.
const PICKED: Record<string, { metier: string; commune: string; occupation: string }> = {
  'fr-cariste-sidebar-left': { metier: 'Cariste', commune: 'Valenciennes (59300)', occupation: 'cariste' },
  'fr-chauffeur-pl-2pages': { metier: 'Conducteur / Conductrice de poids lourd', commune: 'Saint-Jean-de-Braye (45800)', occupation: 'conducteur de poids lourd/conductrice de poids lourd' },
};
for (const [cv, picked] of Object.entries(PICKED)) test(`autocomplete pickers: the job and the town chosen from the page's lists, by the occupation confirmed; undo (${cv})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/pickers.html', cv);
  expect(plan.occupations[0]).toBe(picked.occupation);
  await expect.poll(async () => (await formState<State>(page)).metier).toBe(picked.metier);
  const state = await formState<State>(page);
  expect(state).toMatchObject({ nom: plan.fields.lastName, prenom: plan.fields.firstName, commune: picked.commune, cp: plan.fields.postcode });
  // What the page shows is what it keeps, after the fill left the fields.
  await expect(page.locator('#metier')).toHaveValue(picked.metier);
  await expect(page.locator('#commune')).toHaveValue(picked.commune);

  await undo(review);
  expect(await formState<State>(page)).toEqual(before);
  await expect(page.locator('#metier')).toHaveValue('');
  await review.close();
  await page.close();
});

test('autocomplete pickers: a job and a town the lists do not offer are left empty, and the review screen says what to complete', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  // An English CV (Stockport, "Senior Care Assistant") on a French page whose lists know neither.
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/pickers.html', 'en-care-assistant');
  const state = await formState<State>(page);
  expect(state).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, cp: '' });
  await expect(page.locator('#metier')).toHaveValue('');
  await expect(review.getByTestId('unfilled')).toBeVisible();
  await expect(review.getByTestId('unfilled-jobTitle')).toContainText(/Métier recherché|Job sought|Desired job/);
  await expect(review.getByTestId('unfilled-city')).toBeVisible();
  // "SK4 2QL" does not go into a five-character postcode box.
  await expect(review.getByTestId('unfilled-postcode')).toHaveAttribute('data-reason', 'too-long');
  await undo(review);
  await expect(review.getByTestId('unfilled')).toHaveCount(0);
  expect(await formState<State>(page)).toEqual(before);
  await review.close();
  await page.close();
});

test('jQuery UI autocompletes (no ARIA, list at the end of the page) and a Select2 list: the town and the job are chosen from their lists, with their hidden codes, the licence in the list Select2 hides; undo', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/widgets.html', 'fr-cariste-sidebar-left');
  expect(plan.fields.city).toBe('Valenciennes');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({
    ...before,
    nom: plan.fields.lastName,
    prenom: plan.fields.firstName,
    commune: 'Valenciennes (59300)',
    codeInsee: '59606',
    metier: 'Cariste',
    codeRome: 'N1101',
    // The Select2 list: its hidden native list holds the value, its own menu shows it.
    permis: 'B',
  });
  await expect(page.locator('#commune')).toHaveValue('Valenciennes (59300)');
  await expect(page.locator('#select2-permis-container')).toHaveText('B - Véhicule léger');
  await undo(review);
  await expect(page.locator('#commune')).toHaveValue('');
  await expect(page.locator('#metier')).toHaveValue('');
  await expect(page.locator('#select2-permis-container')).toHaveText('Choisir…');
  expect((await formState<State>(page)).permis).toBe('');
  await review.close();
  await page.close();
});

test('Tom Select and Choices.js lists (native list hidden behind the library\'s menu): the job and the licence are chosen, the menus show them; undo', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/select-widgets.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('N1101');
  expect(await formState<State>(page)).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'N1101', permis: 'B' });
  // What the person sees: each library's own display of the choice.
  await expect(page.locator('#metier-ts-control').locator('xpath=..').locator('.item')).toHaveText('Cariste');
  await expect(page.locator('.choices:has(#permis) .choices__list--single .choices__item')).toContainText('B - Véhicule léger');
  await undo(review);
  expect(await formState<State>(page)).toEqual(before);
  await expect(page.locator('#metier-ts-control').locator('xpath=..').locator('.item')).toHaveText('Choisir…');
  await expect(page.locator('.choices:has(#permis) .choices__list--single .choices__item')).toContainText('Choisir…');
  await review.close();
  await page.close();
});

test('lists the site fills as one types (Tom Select load, Select2 ajax): the job, the commune and skills are looked up and chosen, the widgets show them; undo', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/remote-lists.html', 'fr-cariste-sidebar-left');
  // The CV's title "Cariste – Préparateur de commandes" finds nothing; the confirmed occupation does.
  await expect.poll(async () => (await formState<State>(page)).metier, { timeout: 30_000 }).toBe('11573');
  const state = await formState<State>(page);
  expect(state).toMatchObject({ nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: '11573', commune: '59606' });
  // Each confirmed skill the site knows in the same words; none it does not know.
  expect(plan.skills).toEqual(expect.arrayContaining(['utiliser un chariot élévateur', 'préparer des commandes en vue de leur expédition', 'décharger une cargaison']));
  expect([...state.competences].sort()).toEqual(['100052', '100079', '100098']);
  // What the person sees: each library's own display of the choice, and no search text left behind.
  await expect(page.locator('#metier-ts-control').locator('xpath=..').locator('.item')).toHaveText('Cariste');
  await expect(page.locator('#select2-commune-container')).toHaveText('Valenciennes (59300)');
  await expect(page.locator('#competences-ts-control').locator('xpath=..').locator('.item').first()).toBeVisible();
  await expect(page.locator('#metier-ts-control')).toHaveValue('');
  // Filled again: each list already says its value, so nothing is looked up again and nothing conflicts.
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await expect(review.getByTestId('conflicts')).toHaveCount(0);
  expect(await formState<State>(page)).toEqual(state);
  await undo(review);
  await expect.poll(async () => formState<State>(page)).toEqual(before);
  await expect(page.locator('#metier-ts-control').locator('xpath=..').locator('.item')).toHaveCount(0);
  await expect(page.locator('#competences-ts-control').locator('xpath=..').locator('.item')).toHaveCount(0);
  await expect(page.locator('#select2-commune-container')).toContainText('Tapez le nom de la commune');
  await review.close();
  await page.close();
});

test('react-select (choice shown beside an emptied box): the job is chosen from its list, a second fill sees it, undo removes it', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/react-select.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({ ...before, prenom: plan.fields.firstName, metier: 'Cariste' });
  await expect(page.locator('#metier')).toHaveValue('');
  // Filled again: the choice already shown is this job, so nothing is written and nothing conflicts.
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  await expect(review.getByTestId('conflicts')).toHaveCount(0);
  expect((await formState<State>(page)).metier).toBe('Cariste');
  await undo(review);
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('');
  await review.close();
  await page.close();
});

test.describe('fill next to what the person already typed', () => {
  test('groups form: typed values, entries and chips are kept, nothing is added twice, undo restores them exactly', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const page: Page = await context.newPage();
    await page.goto(`${DEMO_URL}/forms/groups.html`);
    await page.waitForFunction(() => typeof (window as any).__formState === 'function');
    await page.frameLocator('#cadre-coordonnees').locator('#contact-nom').fill('Dupont-Typed');
    await page.locator('[data-group="experiences"] input[name="experiences[][poste]"]').first().fill('Cariste');
    await page.locator('#competences input').fill('Soudure');
    await page.locator('#competences input').press('Enter');
    await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
    const tabId = await tabIdOf(serviceWorker, page);
    const review = await openReview(context, extensionId, tabId);
    await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
    await review.getByTestId('accept-all').click();
    await expect.poll(async () => Object.keys((await acceptedPlan(serviceWorker, tabId)).plan.fields).length).toBeGreaterThan(3);
    const { plan } = await acceptedPlan(serviceWorker, tabId);
    expect(plan.experiences[0]?.title).toBe('Cariste');
    const before = await formState<State>(page);
    await review.getByTestId('fill').click();
    await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);

    const state = await formState<State>(page);
    expect(state.contact.nom).toBe('Dupont-Typed');
    expect(state.contact.prenom).toBe(plan.fields.firstName);
    expect(state.experiences[0]).toEqual({ poste: 'Cariste', employeur: '', debut: '', fin: '' });
    expect(state.experiences.slice(1).map((row: State) => row.poste)).toEqual(plan.experiences.slice(1).map((experience) => experience.title));
    expect(state.competences).toEqual(['Soudure', ...plan.skills]);

    await undo(review);
    expect(await formState<State>(page)).toEqual(before);
    await review.close();
    await page.close();
  });
});

test('custom select menus (a box that opens a list, no native select): job, licence and language level are chosen in them; undo', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/menus.html', 'fr-cariste-sidebar-left');
  expect(plan.drivingLicences).toContain('B');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  const state = await formState<State>(page);
  expect(state).toMatchObject({ nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'Cariste', permis: 'B - Véhicule léger' });
  // The page's one language row takes the first language its list offers, with its level.
  const offered = ['en', 'de', 'es', 'it'];
  // French, first in the plan, is not in the list: the row is left for English, level included.
  const language = plan.languages.find((entry) => offered.includes(entry.language));
  expect(language?.language).toBe('en');
  expect(state).toMatchObject({ langue: 'en', niveau: 'A1 - Débutant' });
  // The menus show their choice, and every list is closed again.
  await expect(page.locator('#metier')).toHaveText('Cariste');
  await expect(page.locator('#permis')).toHaveText('B - Véhicule léger');
  await expect(page.locator('[role="listbox"]:visible')).toHaveCount(0);

  await undo(review);
  // The menus with a "Choisir…" option go back to it; the job menu has none and keeps its choice,
  // which the review screen says.
  expect(await formState<State>(page)).toEqual({ ...before, metier: 'Cariste' });
  await expect(review.getByTestId('review-status')).toContainText(/sauf : Métier recherché|except: (Job sought|Desired job)/);
  await review.close();
  await page.close();
});

test('Headless UI Listbox menus (React, options in a portal): the job and the licence are chosen; undo goes back to "Choisir…" where the menu has it', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/headless-ui.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(page.getByRole('button', { name: /Permis de conduire/ })).toHaveText('B - Véhicule léger');
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);

  await undo(review);
  expect(await formState<State>(page)).toEqual({ ...before, metier: 'Cariste' });
  await expect(page.getByRole('button', { name: /Permis de conduire/ })).toHaveText('Choisir…');
  // No list left open (the job menu, which has no "Choisir…", is not even opened).
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await review.close();
  await page.close();
});

test('Radix Select menus (shadcn/ui; pointer events, options in a portal): the job and the licence are chosen; undo says they stay', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/radix.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(page.locator('#permis')).toHaveText(/B - Véhicule léger/);
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);

  await undo(review);
  // Radix has no empty choice to go back to: both stay, and the review screen names them.
  expect(await formState<State>(page)).toEqual({ ...before, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(review.getByTestId('review-status')).toContainText(/sauf : Métier recherché, Permis B|except: Job sought, Licence B/);
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await review.close();
  await page.close();
});

test('MUI Select menus (open on mousedown, options in a popover): the job and the licence are chosen; undo goes back to "Aucun" and names the job menu', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/mui.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(page.locator('#permis')).toHaveText('B - Véhicule léger');
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);

  await undo(review);
  expect(await formState<State>(page)).toEqual({ ...before, metier: 'Cariste' });
  await expect(review.getByTestId('review-status')).toContainText(/sauf : Métier recherché\.|except: Job sought\./);
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await review.close();
  await page.close();
});

test('PrimeReact Dropdown menus (a read-only text box out of sight, options in an overlay): the job and the licence are chosen; undo says they stay', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, plan, before } = await fillWithCv({ context, serviceWorker, extensionId }, '/forms/primereact.html', 'fr-cariste-sidebar-left');
  await expect.poll(async () => (await formState<State>(page)).metier).toBe('Cariste');
  expect(await formState<State>(page)).toEqual({ ...before, nom: plan.fields.lastName, prenom: plan.fields.firstName, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(page.locator('.p-dropdown-label').nth(1)).toHaveText('B - Véhicule léger');
  await expect(page.locator('[role="listbox"]')).toHaveCount(0);
  await undo(review);
  // Its options have no empty choice: both stay, and the review screen names them.
  expect(await formState<State>(page)).toEqual({ ...before, metier: 'Cariste', permis: 'B - Véhicule léger' });
  await expect(review.getByTestId('review-status')).toContainText(/sauf : Métier recherché, Permis B|except: Job sought, Licence B/);
  await review.close();
  await page.close();
});
