import { readFileSync } from 'node:fs';
import { DEMO_URL, expect, formState, openReview, tabIdOf, test } from './extension';

interface Gold {
  fields: Record<string, string>;
}

const gold = (id: string): Gold => JSON.parse(readFileSync(`test/fixtures/cv/gold/${id}.json`, 'utf8')) as Gold;
const sameText = (value: string) => new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');

interface DemoState {
  prenom: string;
  nom: string;
  courriel: string;
  telephone: string;
}

for (const id of ['fr-cariste-sidebar-left', 'en-care-assistant']) {
  test(`a CV chosen in the demo form is read, reviewed, filled and undone (${id})`, async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
    const expected = gold(id).fields;
    const page = await context.newPage();
    await page.goto(`${DEMO_URL}/`);
    await page.locator('input[type="file"]').first().setInputFiles(`test/fixtures/cv/${id}.pdf`);

    const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
    await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');

    for (const key of ['firstName', 'lastName', 'email', 'phone'] as const) {
      const row = review.getByTestId(`field-${key}`);
      await expect(row.getByTestId('edit')).toHaveValue(sameText(expected[key]!));
      await expect(row.locator('.evidence')).not.toBeEmpty();
      await expect(row.locator('.confidence')).toBeVisible();
    }

    // One by one for the name, then everything above the threshold.
    await review.getByTestId('field-firstName').getByTestId('accept').click();
    await expect(review.getByTestId('field-firstName')).toHaveAttribute('data-status', 'accepted');
    await review.getByTestId('accept-all').click();
    for (const key of ['lastName', 'email', 'phone']) {
      await expect(review.getByTestId(`field-${key}`)).toHaveAttribute('data-status', 'accepted');
    }
    await review.getByTestId('fill').click();
    await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);

    const filled = await formState<DemoState>(page);
    expect(filled.prenom).toMatch(sameText(expected.firstName!));
    expect(filled.nom).toMatch(sameText(expected.lastName!));
    expect(filled.courriel).toBe(expected.email);
    // The page's help shows "Exemple : 06 12 34 56 78": a French number is written that way, a
    // number of another country keeps its international form.
    expect(filled.telephone).toBe(expected.phone!.startsWith('+33') ? `0${expected.phone!.slice(3)}`.replace(/(\d{2})(?=\d)/g, '$1 ') : expected.phone);

    await review.getByTestId('undo').click();
    await expect(review.getByTestId('review-status')).toContainText(/comme avant|back as it was/i);
    const undone = await formState<DemoState>(page);
    expect([undone.prenom, undone.nom, undone.courriel, undone.telephone]).toEqual(['', '', '', '']);
    await review.close();
    await page.close();
  });
}

test('a value the user typed is never overwritten without their choice', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.getByLabel(/^Nom/).fill('Dupont-Typed');
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');
  await review.getByTestId('accept-all').click();
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/rempli|filled/i);
  const state = await formState<DemoState>(page);
  expect(state.nom).toBe('Dupont-Typed');
  expect(state.courriel).toBe(gold('fr-cariste-sidebar-left').fields.email);
  await review.close();
  await page.close();
});
