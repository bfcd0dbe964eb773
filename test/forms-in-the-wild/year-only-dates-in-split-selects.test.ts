// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * Experience dates asked as day, month and year lists, for a CV that gives years only ("2015 –
 * 2018"). The years are chosen, the day and month left to the person, and each date is named once
 * in what is left to complete: it was named once per list (three times for the start), and the
 * review screen listed the same line again and again.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const days = `<option value="">Jour</option>${Array.from({ length: 31 }, (_, i) => `<option>${String(i + 1).padStart(2, '0')}</option>`).join('')}`;
const monthOptions = `<option value="">Mois</option>${months.map((month, i) => `<option value="${i + 1}">${month}</option>`).join('')}`;
const years = `<option value="">Année</option>${Array.from({ length: 40 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;
const date = (legend: string, prefix: string) =>
  `<fieldset><legend>${legend}</legend><select name="${prefix}j" aria-label="Jour">${days}</select><select name="${prefix}m" aria-label="Mois">${monthOptions}</select><select name="${prefix}a" aria-label="Année">${years}</select></fieldset>`;
const page = `<form><h2>Expérience professionnelle</h2>
  <label for="t">Poste</label><input id="t" name="t"><label for="e">Employeur</label><input id="e" name="e">
  ${date('Date de début', 's')}${date('Date de fin', 'f')}</form>`;

describe('year-only dates in day, month and year lists', () => {
  it('chooses the years, names each date once, and undo empties them', async () => {
    document.body.innerHTML = page;
    const before = pageState();
    const outcome = await mountAndFill(page, planOf({ experiences: [{ title: 'Magasinier', employer: 'Y', start: '2015', end: '2018' }] }));
    expect(pageState()).toEqual(['t=Magasinier', 'e=Y', 'sj=', 'sm=', 'sa=2015', 'fj=', 'fm=', 'fa=2018']);
    expect(outcome.report.skipped).toEqual([
      { target: 'experience:0.start', reason: 'date-too-vague' },
      { target: 'experience:0.end', reason: 'date-too-vague' },
    ]);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });
});
