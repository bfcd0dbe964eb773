// The popup on its own: the toolbar button's page, which asks the browser once for the active tab
// and reviews and fills that tab. Chromium does not let a test open the real popup (it needs a
// person's click on the toolbar), so its page is loaded in a background tab of the same window
// while the form's tab is in front: it asks the browser for the active tab exactly as the popup
// does. Until now the popup was only tested through the review and side-panel pages it shares
// components with.
import type { BrowserContext, Page } from '@playwright/test';
import { DEMO_URL, expect, formState, test } from './extension';

interface DemoState {
  prenom: string;
  nom: string;
  email: string;
}

/** The demo profile form in front, and the popup's page loaded behind it, reviewing that tab. */
async function popupOverForm(context: BrowserContext, extensionId: string): Promise<{ form: Page; popup: Page }> {
  const form = await context.newPage();
  await form.goto(`${DEMO_URL}/`);
  await form.waitForFunction(() => typeof (window as any).__formState === 'function');
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await form.bringToFront();
  // Loaded again while the form's tab is in front: the popup asks for the active tab as it opens.
  await popup.reload();
  await expect(popup.getByTestId('review-status')).toHaveAttribute('data-state', 'idle');
  // Then in front, as the real popup has the focus over the page; it keeps the tab it asked for.
  await popup.bringToFront();
  return { form, popup };
}

test('the popup reads a CV chosen in it, shows the review, and fills the form of the tab in front', async ({ browserWithExtension: context, extensionId }) => {
  const { form, popup } = await popupOverForm(context, extensionId);
  await popup.getByTestId('cv-input').setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const status = popup.getByTestId('review-status');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(popup.getByTestId('field-lastName').getByTestId('edit')).toHaveValue(/^fontaine$/i);
  // Nothing is written before the counsellor confirms.
  expect((await formState<DemoState>(form)).nom).toBe('');
  await popup.getByTestId('accept-all').click();
  await popup.getByTestId('fill').click();
  await expect(status).toContainText(/rempli|filled/i);
  const state = await formState<DemoState>(form);
  expect(state.nom).toMatch(/^fontaine$/i);
  expect(state.prenom).toMatch(/micka[eë]l/i);
  await popup.close();
  await form.close();
});
