import { DEMO_URL, expect, openReview, tabIdOf, test } from './extension';

// A scanned CV (an image-only PDF) chosen in the demo form: the review screen shows the OCR's
// progress page by page, then the suggestions read from the scan, all inside the extension.
test('a scanned PDF shows OCR progress, then its suggestions', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  test.setTimeout(180_000);
  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/read/scan-magasinier-1deg.pdf');
  await expect(review.getByTestId('review-status')).toContainText(/Reconnaissance du texte \(OCR\), page 1 sur 1/, { timeout: 60_000 });
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 120_000 });
  await expect(review.getByTestId('field-email').getByTestId('edit')).toHaveValue(/@/);
  await expect(review.getByTestId('field-phone').getByTestId('edit')).toHaveValue(/^\+33\d{9}$/);
  await review.close();
  await page.close();
});
