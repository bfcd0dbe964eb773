// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * Experience dates as three selects, jour / mois / année, as server-rendered French forms ask
 * them. A CV gives a month and a year, never a day: the day select must not receive the month.
 */
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const dayOptions = `<option value="">Jour</option>${Array.from({ length: 31 }, (_, i) => `<option value="${i + 1}">${String(i + 1).padStart(2, '0')}</option>`).join('')}`;
const monthOptions = `<option value="">Mois</option>${MONTHS.map((month, i) => `<option value="${i + 1}">${month}</option>`).join('')}`;
const yearOptions = `<option value="">Année</option>${Array.from({ length: 60 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;
const dateSelects = (prefix: string) =>
  `<select name="${prefix}_jour">${dayOptions}</select><select name="${prefix}_mois">${monthOptions}</select><select name="${prefix}_annee">${yearOptions}</select>`;

const EXPERIENCE_FORM = `<form method="post"><fieldset><legend>Expérience professionnelle</legend><table>
  <tr><td>Poste occupé :</td><td><input type="text" name="exp1_poste"></td></tr>
  <tr><td>Employeur :</td><td><input type="text" name="exp1_employeur"></td></tr>
  <tr><td>Date de début :</td><td>${dateSelects('exp1_debut')}</td></tr>
  <tr><td>Date de fin :</td><td>${dateSelects('exp1_fin')}</td></tr>
</table></fieldset></form>`;

const adecco = { ...cariste, experiences: [cariste.experiences[1]!] };

afterEach(() => {
  document.body.innerHTML = '';
});

describe('experience dates as jour / mois / année selects', () => {
  it('chooses the month and the year of each date', async () => {
    await mountAndFill(EXPERIENCE_FORM, adecco);
    expect(field('exp1_poste').value).toBe('Préparateur de commandes');
    expect([field('exp1_debut_mois').value, field('exp1_debut_annee').value]).toEqual(['3', '2016']);
    expect([field('exp1_fin_mois').value, field('exp1_fin_annee').value]).toEqual(['12', '2018']);
  });

  it('never puts the month number in the day select (March 2016 is not 3 March 2016)', async () => {
    await mountAndFill(EXPERIENCE_FORM, adecco);
    // Left for the person, or the day the fill writes in text dates (the 1st of a start, the last of an end): never the month.
    expect(['', '1']).toContain(field('exp1_debut_jour').value);
    expect(['', '31']).toContain(field('exp1_fin_jour').value);
  });

  it('undo puts the selects back on "Jour / Mois / Année"', async () => {
    document.body.innerHTML = EXPERIENCE_FORM;
    const before = pageState();
    const { undo } = await mountAndFill(EXPERIENCE_FORM, adecco);
    await undo();
    expect(pageState()).toEqual(before);
  });
});

/** Old PHP forms often have no "Mois"/"Année" placeholder: the selects open on "janvier" and this year. */
const NO_PLACEHOLDER_MONTHS = MONTHS.map((month, i) => `<option value="${i + 1}">${month}</option>`).join('');
const NO_PLACEHOLDER_YEARS = Array.from({ length: 60 }, (_, i) => `<option>${2026 - i}</option>`).join('');
const DEFAULTED_DATES_FORM = `<form method="post"><fieldset><legend>Dernière expérience professionnelle</legend><table>
  <tr><td>Poste occupé :</td><td><input type="text" name="exp1_poste"></td></tr>
  <tr><td>Employeur :</td><td><input type="text" name="exp1_employeur"></td></tr>
  <tr><td>Début :</td><td><select name="exp1_debut_mois">${NO_PLACEHOLDER_MONTHS}</select><select name="exp1_debut_annee">${NO_PLACEHOLDER_YEARS}</select></td></tr>
  <tr><td>Fin :</td><td><select name="exp1_fin_mois">${NO_PLACEHOLDER_MONTHS}</select><select name="exp1_fin_annee">${NO_PLACEHOLDER_YEARS}</select></td></tr>
</table></fieldset></form>`;

describe('an experience block whose date selects open on "janvier 2026" (no placeholder option)', () => {
  it('still takes the experience: the selects\' first options are not something the person chose', async () => {
    const { report } = await mountAndFill(DEFAULTED_DATES_FORM, adecco);
    expect(field('exp1_poste').value).toBe('Préparateur de commandes');
    expect(field('exp1_employeur').value).toBe('Adecco');
    expect(report.filled).toContain('experience:0');
  });

  it('sets the dates instead of leaving "janvier 2026" as the start of a job of 2016', async () => {
    await mountAndFill(DEFAULTED_DATES_FORM, adecco);
    expect([field('exp1_debut_mois').value, field('exp1_debut_annee').value]).toEqual(['3', '2016']);
    expect([field('exp1_fin_mois').value, field('exp1_fin_annee').value]).toEqual(['12', '2018']);
  });
});
