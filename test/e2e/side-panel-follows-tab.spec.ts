// The side panel stays open through the interview while the counsellor moves between tabs: it
// must show, and fill, the CV of the tab in front, never the previous tab's. Chromium does not let
// a test open the real side panel (sidePanel.open needs a user's click), so the panel's own page is
// opened in a tab of the same window: it asks the browser for the active tab exactly as the side
// panel does, and hears the same tab switches.
import { DEMO_URL, expect, formState, storedReview, tabIdOf, test } from './extension';

interface DemoState {
  prenom: string;
  nom: string;
}

test('the side panel shows and fills the CV of the tab in front, and follows tab switches', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const cariste = await context.newPage();
  await cariste.goto(`${DEMO_URL}/`);
  await cariste.waitForFunction(() => typeof (window as any).__formState === 'function');
  await cariste.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const caristeTab = await tabIdOf(serviceWorker, cariste);

  const other = await context.newPage();
  // Its own address: tabIdOf finds a tab by its address.
  await other.goto(`${DEMO_URL}/?tab=other`);
  await other.waitForFunction(() => typeof (window as any).__formState === 'function');
  const otherTab = await tabIdOf(serviceWorker, other);

  const panel = await context.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  const status = panel.getByTestId('review-status');

  // The cariste's tab in front: the panel shows the CV read in it.
  await cariste.bringToFront();
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(panel.getByTestId('field-lastName').getByTestId('edit')).toHaveValue(/^fontaine$/i);

  // Another tab in front, where no CV was read: nothing of the cariste is shown there.
  await other.bringToFront();
  await expect(status).toHaveAttribute('data-state', 'idle');
  await expect(panel.getByTestId('field-lastName')).toHaveCount(0);

  // A CV chosen in the panel goes to the tab in front, and only to it.
  await panel.getByTestId('cv-input').setInputFiles('test/fixtures/cv/en-care-assistant.pdf');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  expect((await storedReview(serviceWorker, otherTab)).profile.source.file).toBe('en-care-assistant.pdf');
  expect((await storedReview(serviceWorker, caristeTab)).profile.source.file).toBe('fr-cariste-sidebar-left.pdf');

  // Back to the cariste: the panel shows that CV again and fills that tab's form, not the other's.
  await cariste.bringToFront();
  await expect(panel.getByTestId('field-lastName').getByTestId('edit')).toHaveValue(/^fontaine$/i);
  await panel.getByTestId('accept-all').click();
  await panel.getByTestId('fill').click();
  await expect(status).toContainText(/rempli|filled/i);
  expect((await formState<DemoState>(cariste)).nom).toMatch(/^fontaine$/i);
  expect((await formState<DemoState>(other)).nom).toBe('');

  await panel.close();
  await other.close();
  await cariste.close();
});
