import { acceptedPlan, DEMO_URL, expect, formState, openReview, tabIdOf, test } from './extension';

// The job seeker had already written their skills in the page's skills box. The fill keeps their
// text and the review screen says so, like a name box already filled; "Replace" writes the CV's
// confirmed skills there, and undo gives the person's text back.

type State = Record<string, any>;

test('a skills box the person wrote in is a conflict; Replace writes the CV\'s skills, undo gives their text back', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/forms/reactive.html`);
  await page.waitForFunction(() => typeof (window as any).__formState === 'function');
  await page.locator('#usr_skills').fill('Conduite de chariots, inventaires');
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const tabId = await tabIdOf(serviceWorker, page);
  const review = await openReview(context, extensionId, tabId);
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await review.getByTestId('accept-all').click();
  await expect.poll(async () => (await acceptedPlan(serviceWorker, tabId)).skills.length).toBeGreaterThan(3);
  const plan = await acceptedPlan(serviceWorker, tabId);

  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli/i);
  const conflict = review.getByTestId('conflict-skills');
  await expect(conflict).toContainText('Compétences');
  await expect(conflict).toContainText('Conduite de chariots, inventaires');
  await page.waitForTimeout(700);
  expect((await formState<State>(page)).usr_skills).toBe('Conduite de chariots, inventaires');
  // The rest of the form was filled meanwhile.
  expect((await formState<State>(page)).usr_mail).toBe(plan.fields.email);

  await conflict.getByTestId('replace').click();
  await expect(review.getByTestId('conflict-skills')).toHaveCount(0);
  await expect.poll(async () => (await formState<State>(page)).usr_skills).toBe([...plan.skills, ...plan.softSkills].join(', '));

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant/i);
  await page.waitForTimeout(700);
  const after = await formState<State>(page);
  expect(after.usr_skills).toBe('Conduite de chariots, inventaires');
  expect(after.usr_mail).toBe('');
  await review.close();
  await page.close();
});
