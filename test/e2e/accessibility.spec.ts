import AxeBuilder from '@axe-core/playwright';
import { DEMO_URL, expect, openReview, tabIdOf, test } from './extension';

// WCAG 2.1 AA checks by axe-core on the screens people use: 0 serious or critical violations.
async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

test('the review screen with suggestions is accessible', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-developpeur-web-2pages.pdf');
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');
  expect(await seriousViolations(review)).toEqual([]);
  // Decisions change colours and labels: check again in that state.
  await review.getByTestId('accept-all').click();
  await review.getByTestId('field-email').getByTestId('reject').click();
  expect(await seriousViolations(review)).toEqual([]);
  // The correction boxes open and the referential search showing its results and an added skill.
  await review.getByTestId('experience-0').getByTestId('edit-parts').click();
  await review.getByTestId('experience-0').getByTestId('part-end').fill('bientôt');
  await review.getByTestId('add-skill').fill('javascript');
  await expect(review.getByTestId('add-skill-option').first()).toBeVisible();
  expect(await seriousViolations(review)).toEqual([]);
  await review.getByTestId('add-skill').press('Enter');
  await expect(review.getByTestId('added-skill-0').or(review.getByTestId('review-status').filter({ hasText: /déjà proposé|already suggested/ }))).toBeVisible();
  expect(await seriousViolations(review)).toEqual([]);
  await review.close();
  await page.close();
});

test('the review screen is usable with the keyboard alone', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');
  await review.getByTestId('field-firstName').getByTestId('accept').focus();
  await review.keyboard.press('Enter');
  await expect(review.getByTestId('field-firstName')).toHaveAttribute('data-status', 'accepted');
  await review.keyboard.press('Tab');
  await expect(review.getByTestId('field-firstName').getByTestId('reject')).toBeFocused();
  // "/" goes to the skill search from anywhere but a box; Escape empties it.
  await review.keyboard.press('/');
  await expect(review.getByTestId('add-skill')).toBeFocused();
  await review.keyboard.type('caces');
  await expect(review.getByTestId('add-skill-option').first()).toBeVisible();
  await review.keyboard.press('Escape');
  await expect(review.getByTestId('add-skill')).toHaveValue('');
  await review.close();
  await page.close();
});

test('the options and idle review screens are accessible', async ({ browserWithExtension: context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('threshold')).toBeVisible();
  expect(await seriousViolations(options)).toEqual([]);
  await options.goto(`chrome-extension://${extensionId}/review.html?tabId=999999`);
  await expect(options.getByTestId('review-status')).toHaveAttribute('data-state', 'idle');
  expect(await seriousViolations(options)).toEqual([]);
  await options.close();
});
