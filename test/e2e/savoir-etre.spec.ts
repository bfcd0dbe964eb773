// Savoir-être: the qualities a CV lists ("Bonne présentation", "Rapidité et organisation") are shown
// apart from the skills on the review screen, with their evidence, confirmed like any row, and go to
// the page's own savoir-être box; undo takes them back.
import AxeBuilder from '@axe-core/playwright';
import { buildFillPlan, type Decisions } from '../../lib/fill/build-fill-plan';
import type { CvProfile } from '../../lib/types';
import { expect, formState, reviewOfCv, storedReview, test } from './extension';

test('qualities listed on the CV: their own section on the review screen, filled into the savoir-être box, undo', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-serveur-savoir-etre');
  const section = review.getByRole('region', { name: /Savoir-être/ });
  await expect(section).toBeVisible();
  const first = review.getByTestId('soft-skill-0');
  await expect(first).toContainText('faire preuve de bonnes manières');
  await expect(first).toContainText('Bonne présentation');
  // Not said twice: no skill row holds a quality the section shows.
  const qualities = await section.getByTestId(/^soft-skill-\d+$/).count();
  expect(qualities).toBeGreaterThan(1);
  // WCAG 2.1 AA with the section shown: no serious or critical violation.
  const audit = await new AxeBuilder({ page: review }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).include('section[aria-labelledby="section-soft-skills"]').analyze();
  expect(audit.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => violation.id)).toEqual([]);

  await review.getByTestId('accept-all').click();
  await expect.poll(async () => buildFillPlan((await storedReview(serviceWorker, tabId)).profile, (await storedReview(serviceWorker, tabId)).decisions).softSkills.length).toBeGreaterThan(0);
  const { profile, decisions } = await storedReview(serviceWorker, tabId);
  const plan = buildFillPlan(profile as CvProfile, decisions as Decisions);
  const before = await formState<Record<string, unknown>>(page);
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  const state = await formState<{ savoirEtre: string[]; competences: string[] }>(page);
  expect(state.savoirEtre).toEqual(plan.softSkills);
  expect(state.competences).toEqual(plan.skills);
  expect(state.competences.filter((skill) => plan.softSkills.includes(skill))).toEqual([]);

  // One refused: the next fill (after undo) leaves it out.
  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect(await formState(page)).toEqual(before);
  await first.getByTestId('reject').click();
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  expect((await formState<{ savoirEtre: string[] }>(page)).savoirEtre).not.toContain('faire preuve de bonnes manières');
  await review.close();
  await page.close();
});

test('a CV that states no quality: the section is still there, the counsellor adds one by keyboard, it is filled into the savoir-être box', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-chauffeur-pl-2pages');
  const section = review.getByRole('region', { name: /Savoir-être/ });
  await expect(section).toBeVisible();
  await expect(section.getByTestId(/^soft-skill-\d+$/)).toHaveCount(0);
  await expect(section.locator('.empty')).toBeVisible();

  // Only qualities are offered: a trade word finds nothing here.
  const search = review.getByTestId('add-softSkill');
  await search.fill('soudure');
  await expect(review.locator('#add-softSkill-hint')).toContainText(/Rien trouvé|Nothing/);
  await search.fill('');
  await search.focus();
  await review.keyboard.type('rigu');
  const option = review.getByTestId('add-softSkill-option').first();
  await expect(option).toContainText('veiller aux détails');
  await expect(option).toContainText('Rigueur');
  await review.keyboard.press('Enter');
  await expect(section.getByTestId('added-softSkill-0')).toContainText('veiller aux détails');
  await expect(review.getByTestId('review-status')).toContainText('veiller aux détails');
  await expect(review.getByRole('heading', { name: /Savoir-être \(1\)/ })).toBeVisible();

  const { profile, decisions } = await storedReview(serviceWorker, tabId);
  const plan = buildFillPlan(profile as CvProfile, decisions as Decisions);
  expect(plan.softSkills).toEqual(['veiller aux détails']);
  expect(plan.skills).toEqual([]);
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  expect((await formState<{ savoirEtre: string[] }>(page)).savoirEtre).toEqual(['veiller aux détails']);

  // Removed: the focus goes back to the search, and nothing is left to write.
  await section.getByTestId('added-softSkill-0').getByTestId('remove').click();
  await expect(section.getByTestId('added-softSkill-0')).toHaveCount(0);
  await expect(search).toBeFocused();
  const after = await storedReview(serviceWorker, tabId);
  expect(buildFillPlan(after.profile as CvProfile, after.decisions as Decisions).softSkills).toEqual([]);
  await review.close();
  await page.close();
});
