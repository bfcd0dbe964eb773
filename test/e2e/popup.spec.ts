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

test('the popup is usable with the keyboard alone: choose the CV, confirm, fill', async ({ browserWithExtension: context, extensionId }) => {
  const { form, popup } = await popupOverForm(context, extensionId);
  // Tab from the top of the page reaches the CV chooser; Enter opens the file dialog (only in a
  // page that has the focus, as the real popup has).
  await popup.waitForFunction(() => document.hasFocus());
  // Listened for well before the key: Playwright turns on its catching of file dialogs with the
  // first listener, and a dialog opened before that is lost.
  const chooser = popup.waitForEvent('filechooser');
  await popup.waitForTimeout(300);
  await popup.keyboard.press('Tab');
  await expect(popup.getByTestId('cv-input')).toBeFocused();
  await popup.keyboard.press('Enter');
  await (await chooser).setFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  const status = popup.getByTestId('review-status');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  // Tab moves on from the chooser to the review's buttons; "accept all" then "fill", each by Enter.
  await tabUntilFocused(popup, 'accept-all');
  await popup.keyboard.press('Enter');
  await expect(popup.getByTestId('field-lastName')).toHaveAttribute('data-status', 'accepted');
  await tabUntilFocused(popup, 'fill');
  await popup.keyboard.press('Enter');
  await expect(status).toContainText(/rempli|filled/i);
  expect((await formState<DemoState>(form)).nom).toMatch(/^fontaine$/i);
  await popup.close();
  await form.close();
});

/** Presses Tab until the control with this test id has the focus, as a keyboard user does; fails
 *  when it is not reached within the page's first controls. */
async function tabUntilFocused(page: Page, testId: string): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await page.getByTestId(testId).evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${testId}`);
}
