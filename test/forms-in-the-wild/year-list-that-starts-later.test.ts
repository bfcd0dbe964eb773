// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { translate } from '../../lib/i18n';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * An experience block whose years are a list of the last twenty years only, and a job seeker whose
 * first job goes back further (1998). The report said "la date du CV est trop imprécise" for a date
 * given to the month: the counsellor looked for a vaguer date in the CV, while the page simply has
 * no choice for that year, to pick by hand or to raise.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const MONTHS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
const months = `<option value="">Mois</option>${MONTHS.map((month, i) => `<option value="${String(i + 1).padStart(2, '0')}">${month}</option>`).join('')}`;
const years = `<option value="">Année</option>${Array.from({ length: 20 }, (_, i) => `<option value="${2026 - i}">${2026 - i}</option>`).join('')}`;

const FORM = `<form><section><h2>Expériences professionnelles</h2><div class="exp">
  <label for="p">Intitulé du poste</label><input id="p" name="poste">
  <label for="e">Entreprise</label><input id="e" name="entreprise">
  <label for="dm">Mois de début</label><select id="dm" name="debut_mois">${months}</select>
  <label for="da">Année de début</label><select id="da" name="debut_annee">${years}</select>
  <label for="fm">Mois de fin</label><select id="fm" name="fin_mois">${months}</select>
  <label for="fa">Année de fin</label><select id="fa" name="fin_annee">${years}</select>
</div></section></form>`;

describe('a year list that starts after the CV\'s date', () => {
  it('says the page has no choice for the year, not that the CV\'s date is vague', async () => {
    const outcome = await mountAndFill(FORM, planOf({ experiences: [{ title: 'Magasinier', employer: 'Leclerc', start: '1998-09', end: '2009-02' }] }));
    expect(pageState()).toEqual(['poste=Magasinier', 'entreprise=Leclerc', 'debut_mois=09', 'debut_annee=', 'fin_mois=02', 'fin_annee=2009']);
    expect(outcome.report.skipped).toEqual([{ target: 'experience:0.start', reason: 'no-matching-option' }]);
    expect(translate('fr', 'review.unfilled.no-matching-option', { field: 'Magasinier' })).toBe('Magasinier : aucun choix proposé par la page ne correspond.');
  });

  it('still says a year-only date is too vague for the month list', async () => {
    const outcome = await mountAndFill(FORM, planOf({ experiences: [{ title: 'Magasinier', employer: 'Leclerc', start: '2008', end: '2009-02' }] }));
    expect(pageState()).toEqual(['poste=Magasinier', 'entreprise=Leclerc', 'debut_mois=', 'debut_annee=2008', 'fin_mois=02', 'fin_annee=2009']);
    expect(outcome.report.skipped).toEqual([{ target: 'experience:0.start', reason: 'date-too-vague' }]);
  });
});
