// The review screen as counsellors and job seekers really use it: keyboard only, a screen reader,
// the popup closed and reopened mid-interview, the next person's CV read in the same tab, a search
// typed fast or pasted long, rows corrected then "Tout accepter", and the English interface.
import type { Page } from '@playwright/test';
import { expect, formState, openReview, reviewOfCv, storedReview, test } from './extension';

/** The numbers of "N acceptées, N refusées, N à vérifier". */
async function counts(review: Page): Promise<number[]> {
  const text = (await review.locator('.counts').textContent()) ?? '';
  return (text.match(/\d+/g) ?? []).map(Number);
}

/** The test id of the row holding the focus, or what holds it when no row does. */
const focusedRow = (review: Page) =>
  review.evaluate(() => {
    const active = document.activeElement;
    return active?.closest('[data-testid]:is(li)')?.getAttribute('data-testid') ?? active?.tagName.toLowerCase() ?? 'none';
  });

async function addSkill(review: Page, query: string): Promise<string> {
  const search = review.getByTestId('add-skill');
  await search.fill(query);
  const option = review.getByTestId('add-skill-option').first();
  await expect(option).toBeVisible();
  const label = (await option.locator('.hit-label').textContent())!.trim();
  await search.press('Enter');
  return label;
}

test('keyboard only: J goes past the concepts the counsellor added, A/R decide, focus stays on a control after each action', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  // An occupation added by keyboard: Tab from the suggestions to the search, type, Enter.
  const occupationSearch = review.getByTestId('add-occupation');
  await occupationSearch.focus();
  await review.keyboard.type('magasinier');
  await expect(review.getByTestId('add-occupation-option').first()).toBeVisible();
  await review.keyboard.press('Enter');
  await expect(review.getByTestId('added-occupation-0')).toBeVisible();
  await expect(occupationSearch).toBeFocused();

  // From the first row, J walks every row down to the skills, through the added occupation.
  await review.getByTestId('field-firstName').getByTestId('accept').focus();
  const visited: string[] = [];
  for (let step = 0; step < 25 && !visited.includes('skill-1'); step++) {
    await review.keyboard.press('j');
    visited.push(await focusedRow(review));
  }
  expect(visited).toContain('added-occupation-0');
  expect(visited).toContain('skill-0');
  expect(visited).toContain('skill-1');
  // A accepts the focused row, R rejects it; focus stays on the row's controls, never on <body>.
  await review.keyboard.press('a');
  await expect(review.getByTestId('skill-1')).toHaveAttribute('data-status', 'accepted');
  expect(await focusedRow(review)).toBe('skill-1');
  await review.keyboard.press('r');
  await expect(review.getByTestId('skill-1')).toHaveAttribute('data-status', 'rejected');
  expect(await focusedRow(review)).toBe('skill-1');
  // K goes back up, through the added occupation again.
  const up: string[] = [];
  for (let step = 0; step < 25 && !up.includes('field-firstName'); step++) {
    await review.keyboard.press('k');
    up.push(await focusedRow(review));
  }
  expect(up).toContain('added-occupation-0');
  expect(up).toContain('field-firstName');
  await review.close();
  await page.close();
});

test('removing an added concept leaves the focus on a control nearby, not on the page body', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const first = await addSkill(review, 'soudure');
  await expect(review.getByTestId('added-skill-0')).toContainText(first);
  const second = await addSkill(review, 'comptabilité');
  await expect(review.getByTestId('added-skill-1')).toContainText(second);

  await review.getByTestId('added-skill-0').getByTestId('remove').focus();
  await review.keyboard.press('Enter');
  await expect(review.getByTestId('added-skill-1')).toHaveCount(0);
  await expect(review.getByTestId('added-skill-0')).toContainText(second);
  // Said to a screen reader too: the status names what was removed.
  await expect(review.getByTestId('review-status')).toContainText(first);
  // The next added concept's button takes the focus: Enter again removes it too.
  await expect(review.getByTestId('added-skill-0').getByTestId('remove')).toBeFocused();
  await review.keyboard.press('Enter');
  await expect(review.getByTestId('added-skill-0')).toHaveCount(0);
  // The last one gone: back to the search it came from.
  await expect(review.getByTestId('add-skill')).toBeFocused();
  await review.close();
  await page.close();
});

test('Ctrl+Entrée fills from anywhere, the search box included', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  await review.getByTestId('field-firstName').getByTestId('accept').focus();
  await review.keyboard.press('a');
  await review.getByTestId('add-skill').focus();
  await review.keyboard.type('soud');
  await review.keyboard.press('Control+Enter');
  await expect(review.getByTestId('review-status')).toContainText(/Formulaire rempli/);
  await expect(review.getByTestId('added-skill-0')).toHaveCount(0);
  expect((await formState<Record<string, string>>(page)).prenom).not.toBe('');
  await review.close();
  await page.close();
});

test('decisions, corrections and added concepts survive closing and reopening the screen', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  await review.getByTestId('field-firstName').getByTestId('accept').click();
  await review.getByTestId('field-email').getByTestId('reject').click();
  await review.getByTestId('field-city').getByTestId('edit').fill('Villeurbanne');
  const experience = review.getByTestId('experience-0');
  await experience.getByTestId('edit-parts').click();
  await experience.getByTestId('part-title').fill('Cariste d’entrepôt');
  const added = await addSkill(review, 'soudure');
  await expect(review.getByTestId('added-skill-0')).toContainText(added);
  const before = await counts(review);
  await expect.poll(async () => (await storedReview(serviceWorker, tabId)).decisions['experience:0']?.parts?.title).toBe('Cariste d’entrepôt');
  await review.close();

  const again = await openReview(context, extensionId, tabId);
  await expect(again.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');
  await expect(again.getByTestId('field-firstName')).toHaveAttribute('data-status', 'accepted');
  await expect(again.getByTestId('field-email')).toHaveAttribute('data-status', 'rejected');
  await expect(again.getByTestId('field-city').getByTestId('edit')).toHaveValue('Villeurbanne');
  await expect(again.getByTestId('experience-0').locator('.suggestion-label')).toHaveText('Cariste d’entrepôt');
  await expect(again.getByTestId('added-skill-0')).toContainText(added);
  expect(await counts(again)).toEqual(before);
  await again.close();
  await page.close();
});

test('fast typing and fast deciding are not undone by the storage echo of earlier keys', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const city = review.getByTestId('field-city').getByTestId('edit');
  await city.fill('');
  await city.pressSequentially('Saint-Étienne-du-Rouvray');
  await expect(city).toHaveValue('Saint-Étienne-du-Rouvray');
  const title = review.getByTestId('experience-0');
  await title.getByTestId('edit-parts').click();
  await title.getByTestId('part-employer').fill('');
  await title.getByTestId('part-employer').pressSequentially('Entrepôts Logistiques du Grand Ouest');
  await expect(title.getByTestId('part-employer')).toHaveValue('Entrepôts Logistiques du Grand Ouest');
  // Ten skills accepted as fast as the keys go: A, J, A, J…
  await review.getByTestId('skill-0').getByTestId('accept').focus();
  const skills = Math.min(10, await review.locator('[data-testid^="skill-"]').count());
  for (let index = 0; index < skills; index++) {
    await review.keyboard.press('a');
    if (index < skills - 1) await review.keyboard.press('j');
  }
  for (let index = 0; index < skills; index++) await expect(review.getByTestId(`skill-${index}`)).toHaveAttribute('data-status', 'accepted');
  await expect.poll(async () => {
    const { decisions } = await storedReview(serviceWorker, tabId);
    return [decisions['field:city']?.value, decisions['experience:0']?.parts?.employer, Array.from({ length: skills }, (_, i) => decisions[`skill:${i}`]?.status).every((status) => status === 'accepted')];
  }).toEqual(['Saint-Étienne-du-Rouvray', 'Entrepôts Logistiques du Grand Ouest', true]);
  await review.close();
  await page.close();
});

test('the next person’s CV read while the screen is open: no previous status, search, correction or added concept remains', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const added = await addSkill(review, 'soudure');
  await expect(review.getByTestId('review-status')).toContainText(added);
  await review.getByTestId('experience-0').getByTestId('edit-parts').click();
  await review.getByTestId('add-occupation').fill('magasin');
  await expect(review.getByTestId('add-occupation-option').first()).toBeVisible();
  const firstRun = await review.getByTestId('review-status').getAttribute('data-run');

  await page.locator('input[type="file"]').first().setInputFiles('test/fixtures/cv/en-care-assistant.pdf');
  await expect(review.getByTestId('review-status')).not.toHaveAttribute('data-run', firstRun!, { timeout: 60_000 });
  await expect(review.getByTestId('review-status')).toHaveAttribute('data-state', 'ready', { timeout: 60_000 });
  // The status speaks of the new CV, not of the skill added for the previous person.
  await expect(review.getByTestId('review-status')).toContainText(/Prêt/);
  await expect(review.getByTestId('review-status')).not.toContainText(added);
  await expect(review.getByTestId('added-skill-0')).toHaveCount(0);
  await expect(review.getByTestId('add-occupation')).toHaveValue('');
  await expect(review.getByTestId('add-occupation-option')).toHaveCount(0);
  await expect(review.getByTestId('experience-0').getByTestId('edit-parts')).toHaveAttribute('aria-expanded', 'false');
  expect((await counts(review))[0]).toBe(0);
  expect((await storedReview(serviceWorker, tabId)).decisions).toEqual({});
  await review.close();
  await page.close();
});

test('the search: an answer to an earlier text is never what Enter adds', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const search = review.getByTestId('add-skill');
  await search.fill('cuisine');
  await expect(review.getByTestId('add-skill-option').first()).toBeVisible();
  // The person types another word and presses Enter before its results came.
  await search.fill('soudure');
  await search.press('Enter');
  await expect(review.getByTestId('add-skill-option').first()).toContainText(/soud/i);
  await expect(review.getByTestId('added-skill-0')).toHaveCount(0);
  await search.press('Enter');
  await expect(review.getByTestId('added-skill-0')).toContainText(/soud/i);
  // Typed fast, letter by letter: the results are those of the whole word.
  await search.pressSequentially('chariot élévateur', { delay: 20 });
  await expect(review.getByTestId('add-skill-option').first()).toContainText(/chariot|élévat|cariste/i);
  await review.close();
  await page.close();
});

test('the search: Escape, a long paste, a concept added twice, the counts', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const search = review.getByTestId('add-skill');
  const hint = review.locator('#add-skill-hint');
  await search.fill('soudure');
  await expect(review.getByTestId('add-skill-option').first()).toBeVisible();
  await search.press('Escape');
  await expect(search).toHaveValue('');
  await expect(review.getByTestId('add-skill-option')).toHaveCount(0);
  await expect(search).toHaveAttribute('aria-expanded', 'false');

  // A whole CV paragraph pasted by mistake: the screen stays usable and the announcement short.
  const paragraph = 'Conduite de chariots élévateurs, gestion des stocks et préparation de commandes en entrepôt. '.repeat(60);
  await search.fill(paragraph);
  await expect(hint).not.toHaveText(/Recherche…/, { timeout: 15_000 });
  expect(((await hint.textContent()) ?? '').length).toBeLessThan(300);
  await search.fill('');

  const before = await counts(review);
  const label = await addSkill(review, 'soudure');
  await expect(review.getByTestId('added-skill-0')).toContainText(label);
  expect(await counts(review)).toEqual([before[0]! + 1, before[1]!, before[2]!]);
  // The same concept again: one row, counted once, and said so.
  await addSkill(review, 'soudure');
  await expect(review.getByTestId('added-skill-1')).toHaveCount(0);
  await expect(review.getByTestId('review-status')).toContainText(label);
  expect(await counts(review)).toEqual([before[0]! + 1, before[1]!, before[2]!]);
  // A concept the CV suggested (still to check): accepted in its row, counted once.
  const { profile } = await storedReview(serviceWorker, tabId);
  const pendingIndex = profile.skills.findIndex((_, index) => index > 0);
  const suggested = profile.skills[pendingIndex]!;
  await expect(review.getByTestId(`skill-${pendingIndex}`)).toHaveAttribute('data-status', 'pending');
  await search.fill(suggested.label);
  await expect(review.getByTestId('add-skill-option').first()).toHaveAttribute('title', suggested.id);
  await search.press('Enter');
  await expect(review.getByTestId(`skill-${pendingIndex}`)).toHaveAttribute('data-status', 'accepted');
  expect(await counts(review)).toEqual([before[0]! + 2, before[1]!, before[2]! - 1]);
  await review.close();
  await page.close();
});

test('an edited value and a corrected row keep their corrections through "Tout accepter", fill, undo and fill again', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  await review.getByTestId('field-city').getByTestId('edit').fill('Villeurbanne');
  const experience = review.getByTestId('experience-0');
  await experience.getByTestId('edit-parts').click();
  await experience.getByTestId('part-title').fill('Cariste d’entrepôt');
  await review.getByTestId('accept-all').click();
  await expect(review.getByTestId('field-city').getByTestId('edit')).toHaveValue('Villeurbanne');
  await expect(experience.getByTestId('part-title')).toHaveValue('Cariste d’entrepôt');
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/Formulaire rempli/);
  let state = await formState<Record<string, any>>(page);
  expect(state.ville).toBe('Villeurbanne');
  expect(state.experiences[0].poste).toBe('Cariste d’entrepôt');
  await review.getByTestId('undo').click();
  await expect(review.getByTestId('review-status')).toContainText(/comme avant/i);
  await review.getByTestId('fill').click();
  await expect(review.getByTestId('review-status')).toContainText(/Formulaire rempli/);
  state = await formState<Record<string, any>>(page);
  expect(state.ville).toBe('Villeurbanne');
  expect(state.experiences[0].poste).toBe('Cariste d’entrepôt');
  await review.close();
  await page.close();
});

test('a screen reader: every control of the new parts has a name that says its row; status messages are announced', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const label = await addSkill(review, 'soudure');
  // "Corriger" five times over says nothing: each button names its row.
  for (const row of await review.locator('li:has([data-testid="edit-parts"])').all()) {
    const rowLabel = ((await row.locator('.suggestion-label').first().textContent()) ?? '').trim();
    await expect(row.getByTestId('edit-parts')).toHaveAccessibleName(new RegExp(`Corriger.*${rowLabel.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  }
  await expect(review.getByTestId('added-skill-0').getByTestId('remove')).toHaveAccessibleName(new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  // The correction boxes, opened, are a group named after the row.
  const experience = review.getByTestId('experience-0');
  const experienceLabel = ((await experience.locator('.suggestion-label').textContent()) ?? '').trim();
  await experience.getByTestId('edit-parts').click();
  await expect(experience.getByRole('group', { name: experienceLabel }).getByLabel('Poste')).toBeVisible();
  // Every button, box and list on the screen has a name.
  const unnamed = await review.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('button, input, select, [role="listbox"], [role="combobox"]')]
      .filter((element) => !element.closest('[hidden]'))
      .filter((element) => {
        const labelled = element.getAttribute('aria-labelledby')?.split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join('');
        const byLabel = (element as HTMLInputElement).labels?.length ? [...(element as HTMLInputElement).labels!].map((l) => l.textContent).join('') : '';
        return !(element.getAttribute('aria-label') || labelled || byLabel || (element.tagName === 'BUTTON' && element.textContent?.trim()));
      })
      .map((element) => element.outerHTML.slice(0, 120)));
  expect(unnamed).toEqual([]);
  // Status lines are live regions.
  await expect(review.getByTestId('review-status')).toHaveAttribute('role', 'status');
  await expect(review.locator('#add-skill-hint')).toHaveAttribute('role', 'status');
  await review.close();
  await page.close();
});

test('the English interface shows no French on the search, the added concepts and the corrections', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  await serviceWorker.evaluate(async () => {
    const chrome = (globalThis as any).chrome;
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...settings, uiLanguage: 'en' } });
  });
  try {
    const { page, review } = await reviewOfCv(context, serviceWorker, extensionId, 'en-care-assistant');
    await expect(review.locator('html')).toHaveAttribute('lang', 'en');
    const added = await addSkill(review, 'first aid');
    await expect(review.getByTestId('added-skill-0')).toBeVisible();
    await expect(review.getByTestId('review-status')).toContainText(added);
    await review.getByTestId('add-occupation').fill('zzqxw');
    await expect(review.locator('#add-occupation-hint')).toContainText(/Nothing/);
    for (const row of ['experience-0', 'education-0', 'language-0']) {
      const editor = review.getByTestId(row).getByTestId('edit-parts');
      if (await editor.count()) await editor.click();
    }
    await review.getByTestId('experience-0').getByTestId('part-end').fill('today');
    await expect(review.getByTestId('experience-0').getByTestId('part-error')).toHaveCount(0);
    await review.getByTestId('experience-0').getByTestId('part-start').fill('soon');
    await expect(review.getByTestId('experience-0').getByTestId('part-error')).toBeVisible();
    const shown = await review.evaluate(() => {
      const parts = [...document.querySelectorAll<HTMLElement>('.concept-search, .added, .parts-editor, .toolbar, .shortcuts, [data-testid="review-status"]')];
      const texts = parts.map((part) => part.innerText);
      for (const element of parts.flatMap((part) => [...part.querySelectorAll<HTMLElement>('*')])) {
        for (const name of ['aria-label', 'placeholder']) {
          const value = element.getAttribute(name);
          if (value) texts.push(value);
        }
        if (element.tagName === 'OPTION') texts.push(element.textContent ?? '');
      }
      return texts.join('\n');
    });
    const french = /[àâçéèêëîïôûùœ]|\b(Corriger|Ajouter|Retirer|Poste|Début|Fin|Niveau|Employeur|Recherche|Rien|ajouté|compétence|métier|acceptées?|refusées?|vérifier|Tout|Remplir|Annuler)\b/;
    expect(shown.split('\n').filter((line) => french.test(line))).toEqual([]);
    await review.close();
    await page.close();
  } finally {
    await serviceWorker.evaluate(async () => {
      const chrome = (globalThis as any).chrome;
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, uiLanguage: 'fr' } });
    });
  }
});

test('two screens on one tab (popup and side panel): a decision taken in one shows in the other, typing included', async ({ browserWithExtension: context, serviceWorker, extensionId }) => {
  const { page, review, tabId } = await reviewOfCv(context, serviceWorker, extensionId, 'fr-cariste-sidebar-left');
  const side = await openReview(context, extensionId, tabId);
  await expect(side.getByTestId('review-status')).toHaveAttribute('data-state', 'ready');
  await review.getByTestId('field-firstName').getByTestId('accept').click();
  await expect(side.getByTestId('field-firstName')).toHaveAttribute('data-status', 'accepted');
  await side.getByTestId('field-city').getByTestId('edit').fill('');
  await side.getByTestId('field-city').getByTestId('edit').pressSequentially('Roubaix');
  await expect(review.getByTestId('field-city').getByTestId('edit')).toHaveValue('Roubaix');
  const label = await addSkill(side, 'soudure');
  await expect(review.getByTestId('added-skill-0')).toContainText(label);
  await review.getByTestId('added-skill-0').getByTestId('remove').click();
  await expect(side.getByTestId('added-skill-0')).toHaveCount(0);
  await expect(side.getByTestId('field-firstName')).toHaveAttribute('data-status', 'accepted');
  await side.close();
  await review.close();
  await page.close();
});
