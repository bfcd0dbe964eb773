import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { DEMO_URL, expect, openReview, tabIdOf, test } from './extension';

// The review screen's own ways to take a CV: a button in the screen's language, and a drop zone
// (counsellors drag the CV from their mail into the side panel). The same file chosen twice is
// read twice: a job seeker corrects their CV and gives it again.

/** Drops `path` on the review screen's header as a file dragged from the desktop would be. */
async function dropFile(review: Page, path: string): Promise<void> {
  const base64 = readFileSync(path).toString('base64');
  await review.evaluate(
    ([name, data]) => {
      const bytes = Uint8Array.from(atob(data!), (character) => character.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name!, { type: 'application/pdf' }));
      const header = document.querySelector('header')!;
      header.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      header.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [path.split('/').pop()!, base64],
  );
}

test('a CV dropped on the review screen is read, and the same file chosen again is read again', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/?drop=${Date.now()}`);
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  const status = review.getByTestId('review-status');
  await expect(status).toHaveAttribute('data-state', 'idle');
  // The chooser speaks the screen's language, not the browser's ("Choose File").
  await expect(review.getByText('Choisir un CV…')).toBeVisible();
  await expect(review.getByText('ou déposez-le ici.')).toBeVisible();

  await dropFile(review, 'test/fixtures/cv/en-care-assistant.pdf');
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(review.getByText('CV : en-care-assistant.pdf')).toBeVisible();
  await expect(review.getByTestId('field-email').getByTestId('edit')).toHaveValue(/chloe/);

  const input = review.getByTestId('cv-input');
  await input.setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  await expect(review.getByTestId('field-email').getByTestId('edit')).toHaveValue(/fontaine/, { timeout: 60_000 });
  const firstRun = await status.getAttribute('data-run');
  await input.setInputFiles('test/fixtures/cv/fr-cariste-sidebar-left.pdf');
  await expect(status).not.toHaveAttribute('data-run', firstRun!, { timeout: 10_000 });
  await expect(status).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });

  // Keyboard: the hidden input is still where Tab goes, and the button shows the focus.
  await input.focus();
  await expect(input).toBeFocused();
  await review.close();
  await page.close();
});
