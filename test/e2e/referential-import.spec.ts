import { existsSync } from 'node:fs';
import { loadStarterReferential } from '../../lib/taxonomy/starter-pack';
import { DEMO_URL, expect, openReview, tabIdOf, test } from './extension';

const ESCO = '../shared/taxonomy/esco';

// The official ESCO files imported from the options page become the referential the engine uses.
test('the official ESCO files imported from the options page are used to link skills', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  test.setTimeout(180_000);
  expect(existsSync(`${ESCO}/skills_fr.csv`)).toBe(true);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);
  await options.getByTestId('referential-files').setInputFiles([`${ESCO}/skills_fr.csv`, `${ESCO}/occupations_fr.csv`]);
  await expect(options.getByTestId('referential-progress')).toContainText(/Import terminé/, { timeout: 150_000 });
  await expect(options.getByTestId('referential-current')).toContainText(/ESCO/);
  // Said as a French reader reads it: no "unknown" version, no internal alias source, a French date.
  await expect(options.getByTestId('referential-current')).not.toContainText(/unknown|ALIASES/);
  await expect(options.getByTestId('referential-current')).toContainText(`importé le ${new Date().toLocaleDateString('fr-FR')}`);
  const skills = Number(/(\d+) compétences/.exec((await options.getByTestId('referential-current').textContent()) ?? '')?.[1]);
  expect(skills).toBeGreaterThan(13_000);

  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  // A lorry driver's CV: dangerous goods and the cold chain are in the full referential only (the
  // starter selection covers the cariste's whole CV, so it would prove nothing here).
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/fr-chauffeur-pl-2pages.pdf');
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  await expect(review.getByTestId('skill-0')).toBeVisible();
  await expect(review.getByTestId('occupation-0')).toHaveAttribute('title', /data\.europa\.eu\/esco\/occupation\//);
  // Some linked skills exist only in the full referential, not in the built-in starter selection.
  const starterIds = new Set((await loadStarterReferential()).concepts.map((concept) => concept.id));
  const linked: string[] = await serviceWorker.evaluate(async (tabId) => {
    const stored = await (globalThis as any).chrome.storage.session.get(`tab:${tabId}`);
    return stored[`tab:${tabId}`].profile.skills.map((skill: { id: string }) => skill.id);
  }, await tabIdOf(serviceWorker, page));
  expect(linked.filter((id) => !starterIds.has(id)).length).toBeGreaterThan(0);

  // Back to the starter pack; the page says so.
  await options.getByRole('button', { name: /Revenir au référentiel de démarrage/ }).click();
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);
  await Promise.all([options.close(), review.close(), page.close()]);
});

// Files users bring from their own tools: a wrong file is named with the reason and changes nothing;
// a file Excel re-saved (semicolons, Windows-1252) is read with its accents.
test('the options page names a referential file it cannot use, and reads one Excel re-saved', async ({ browserWithExtension: context, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);

  await options.getByTestId('referential-files').setInputFiles([
    { name: 'skills_fr.csv', mimeType: 'text/csv', buffer: Buffer.from('nom;prénom;ville\nDupont;Marie;Lille\n') },
  ]);
  await expect(options.getByTestId('referential-progress')).toContainText(/L’import a échoué.*skills_fr\.csv n’a pas les colonnes attendues \(conceptUri, preferredLabel\)/);
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);

  const excel = 'conceptUri;preferredLabel;altLabels\nhttp://data.europa.eu/esco/skill/test-stocks;gérer des stocks;"gestion des stocks\nsuivi des entrées et sorties"\n';
  await options.getByTestId('referential-files').setInputFiles([
    { name: 'skills_fr.csv', mimeType: 'text/csv', buffer: Buffer.from(excel, 'latin1') },
    { name: 'occupations_fr.csv', mimeType: 'text/csv', buffer: Buffer.from('') },
  ]);
  await expect(options.getByTestId('referential-progress')).toContainText(/Import terminé.*Fichiers laissés de côté : occupations_fr\.csv est vide\./);
  await expect(options.getByTestId('referential-current')).toContainText(/ESCO/);

  await options.getByRole('button', { name: /Revenir au référentiel de démarrage/ }).click();
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);
  await options.close();
});

// France Travail's setup, imported as a counsellor's team would: ESCO, ROME 4.0 and the official
// crosswalk. An English CV names no ROME title (ROME's are French only): the crosswalk gives it one.
test('ESCO, ROME 4.0 and the crosswalk imported together: an English CV gets the ROME title of its occupation', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  test.setTimeout(240_000);
  const ROME = '../shared/datasets/rome4_v460';
  const CROSSWALK = '../shared/datasets/rome_esco_crosswalk_melo/FR_20230607_mapping_esco_rome.csv';
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByTestId('referential-files').setInputFiles([
    `${ESCO}/skills_en.csv`, `${ESCO}/occupations_en.csv`, `${ESCO}/skills_fr.csv`, `${ESCO}/occupations_fr.csv`,
    `${ROME}/unix_referentiel_appellation_v460_utf8.csv`, CROSSWALK,
  ]);
  await expect(options.getByTestId('referential-progress')).toContainText(/Import terminé/, { timeout: 200_000 });
  await expect(options.getByTestId('referential-current')).toContainText(/ESCO/);
  await expect(options.getByTestId('referential-current')).toContainText(/ROME/);

  const page = await context.newPage();
  await page.goto(`${DEMO_URL}/`);
  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/en-electrician-timeline.pdf');
  const review = await openReview(context, extensionId, await tabIdOf(serviceWorker, page));
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  const occupations: { id: string; label: string }[] = await serviceWorker.evaluate(async (tabId) => {
    const stored = await (globalThis as any).chrome.storage.session.get(`tab:${tabId}`);
    return stored[`tab:${tabId}`].profile.occupations;
  }, await tabIdOf(serviceWorker, page));
  // ESCO "electrician" first, its ROME title (a code_ogr, not a URI) beside it, shown for review.
  expect(occupations[0]!.id).toMatch(/data\.europa\.eu\/esco\/occupation\//);
  const rome = occupations.findIndex((occupation) => /^\d+$/.test(occupation.id));
  expect(rome).toBe(1);
  expect(occupations[rome]!.label).toMatch(/^[EÉ]lectricien \/ [EÉ]lectricienne/);
  await expect(review.getByTestId(`occupation-${rome}`)).toContainText(/[EÉ]lectricien \/ [EÉ]lectricienne/);

  await options.getByRole('button', { name: /Revenir au référentiel de démarrage/ }).click();
  await expect(options.getByTestId('referential-current')).toContainText(/démarrage/);
  await Promise.all([options.close(), review.close(), page.close()]);
});
