// The counsellor adds what the CV implies but no line says: a skill or an occupation searched in
// the referential from the review screen, with the keyboard alone; it is filled like a confirmed
// suggestion, removable before the fill, and a concept the CV already gave is confirmed, not doubled.
import { buildFillPlan } from '../../lib/fill/build-fill-plan';
import { expect, formState, openReview, reviewOfCv, storedReview, test } from './extension';

test('add a skill the CV does not say, by keyboard; it is filled with the confirmed ones; remove takes it back', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const { profile } = await storedReview(serviceWorker, tabId);
  const suggested = new Set(profile.skills.map((skill) => skill.id));

  const search = review.getByTestId('add-skill');
  await search.focus();
  await review.keyboard.type('soudure');
  const options = review.getByTestId('add-skill-option');
  await expect(options.first()).toBeVisible();
  await expect(search).toHaveAttribute('aria-expanded', 'true');
  // The second hit, chosen with the arrow: the highlighted option is what Enter adds.
  await review.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const chosen = (await options.nth(1).locator('.hit-label').textContent())!.trim();
  const chosenId = await options.nth(1).getAttribute('title');
  expect(suggested.has(chosenId!)).toBe(false);
  await review.keyboard.press('Enter');

  await expect(review.getByTestId('added-skill-0')).toContainText(chosen);
  await expect(search).toHaveValue('');
  await expect(review.getByTestId('review-status')).toContainText(chosen);
  let { decisions } = await storedReview(serviceWorker, tabId);
  expect(buildFillPlan(profile, decisions).skills).toEqual([chosen]);

  // A skill the CV already gave is confirmed in its own row, not listed twice.
  const first = profile.skills[0]!;
  await search.fill(first.label);
  await expect(options.first()).toHaveAttribute('title', first.id);
  await expect(options.first()).toContainText(/déjà proposé|already suggested/);
  await search.press('Enter');
  await expect(review.getByTestId('skill-0')).toHaveAttribute('data-status', 'accepted');
  await expect(review.getByTestId('added-skill-1')).toHaveCount(0);

  // Fill: the page's skills are the confirmed suggestion and the added one, nothing else.
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  ({ decisions } = await storedReview(serviceWorker, tabId));
  const plan = buildFillPlan(profile, decisions);
  expect(plan.skills).toEqual([first.label, chosen]);
  expect((await formState<Record<string, any>>(page)).competences).toEqual(plan.skills);

  // Removed before another fill: gone from what would be written.
  await review.getByTestId('added-skill-0').getByTestId('remove').click();
  await expect(review.getByTestId('added-skill-0')).toHaveCount(0);
  ({ decisions } = await storedReview(serviceWorker, tabId));
  expect(buildFillPlan(profile, decisions).skills).toEqual([first.label]);
  await review.close();
  await page.close();
});

test('add an occupation; a search with no answer says so in words', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const search = review.getByTestId('add-occupation');
  await search.fill('zzqxw');
  await expect(review.locator('#add-occupation-hint')).toContainText(/Rien trouvé|Nothing/);
  await expect(review.getByTestId('add-occupation-option')).toHaveCount(0);
  await search.press('Enter');
  await expect(review.getByTestId('added-occupation-0')).toHaveCount(0);

  await search.fill('magasinier');
  const option = review.getByTestId('add-occupation-option').first();
  await expect(option).toBeVisible();
  const label = (await option.locator('.hit-label').textContent())!.trim();
  expect(label).toMatch(/magasin/i);
  await option.click();
  await expect(review.getByTestId('added-occupation-0')).toContainText(label);
  const { profile, decisions } = await storedReview(serviceWorker, tabId);
  expect(buildFillPlan(profile, decisions).occupations).toEqual([label]);
  await review.close();
  await page.close();
});

test('another CV read in the same tab starts a new review: nothing decided or added for the previous person carries over', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  await review.getByTestId('accept-all').click();
  await review.getByTestId('add-skill').fill('soudure');
  await expect(review.getByTestId('add-skill-option').first()).toBeVisible();
  await review.getByTestId('add-skill').press('Enter');
  await expect(review.getByTestId('added-skill-0')).toBeVisible();
  await expect.poll(async () => Object.keys((await storedReview(serviceWorker, tabId)).decisions).length).toBeGreaterThan(5);
  // The review screen is closed while the next person's CV is read in the same tab.
  await review.close();
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/en-care-assistant.pdf');
  await expect.poll(async () => (await storedReview(serviceWorker, tabId)).profile?.source.file, { timeout: 60_000 }).toBe('en-care-assistant.pdf');
  expect((await storedReview(serviceWorker, tabId)).decisions).toEqual({});
  const next = await openReview(context, extensionId, tabId);
  await expect(next.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(next.getByTestId('added-skill-0')).toHaveCount(0);
  await expect(next.getByTestId('field-email')).toHaveAttribute('data-status', 'pending');
  await next.close();
  await page.close();
});
