// The counsellor corrects a row the CV reading got partly wrong (an experience's title and dates, a
// language level) on the review screen; the form gets the corrected values, an unreadable date is
// said and not guessed, and undo still puts the form back as it was.
import { expect, formState, reviewOfCv, test } from './extension';

type State = Record<string, any>;

test('correct an experience and a language level before filling; the page gets the corrections', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const before = await formState<State>(page);

  const experience = review.getByTestId('experience-0');
  const originalTitle = (await experience.locator('.suggestion-label').textContent())!.trim();
  await experience.getByTestId('edit-parts').click();
  await expect(experience.getByTestId('edit-parts')).toHaveAttribute('aria-expanded', 'true');
  const title = experience.getByTestId('part-title');
  await expect(title).toHaveValue(originalTitle);
  await title.fill('Cariste d’entrepôt');
  await experience.getByTestId('part-start').fill('février 2019');
  // A date the screen cannot read is said, next to its box; the CV's date is kept meanwhile.
  await experience.getByTestId('part-end').fill('bientôt');
  await expect(experience.getByTestId('part-error')).toBeVisible();
  await expect(experience.getByTestId('part-end')).toHaveAttribute('aria-invalid', 'true');
  await experience.getByTestId('part-end').fill('aujourd’hui');
  await expect(experience.getByTestId('part-error')).toHaveCount(0);
  await expect(experience.locator('.suggestion-label')).toHaveText('Cariste d’entrepôt');
  await expect(experience).toContainText('02/2019');

  const language = review.getByTestId('language-1');
  await language.getByTestId('edit-parts').click();
  await language.getByTestId('part-level').selectOption('B1');
  await expect(language.locator('.suggestion-value')).toContainText('B1');

  await review.getByTestId('accept-all').click();
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);

  const state = await formState<State>(page);
  expect(state.experiences[0]).toEqual(expect.objectContaining({ poste: 'Cariste d’entrepôt', debut: '2019-02', fin: '', posteActuel: true }));
  const english = state.langues.find((row: State) => row.langue === 'en');
  expect(english?.niveau).toBe('B1');

  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
  expect(await formState<State>(page)).toEqual(before);
  await review.close();
  await page.close();
});
