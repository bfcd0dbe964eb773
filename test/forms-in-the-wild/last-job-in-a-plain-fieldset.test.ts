// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/**
 * A registration form asks only the last job held, in a fieldset whose labels and boxes are its
 * own children (no element per box, no add button), its start as a month list and a year box
 * labelled "Début (mois)" and "Début (année)". Each box was taken for an entry of its own, none
 * with two fields, so the section was not seen as the job's: job, employer and dates stayed empty
 * and the counsellor read "experience not found".
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const MONTHS = ['Janvier', 'Février', 'Mars', 'Avril', 'Mai', 'Juin', 'Juillet', 'Août', 'Septembre', 'Octobre', 'Novembre', 'Décembre'];
const form = (legend: string, dates: boolean) => `<form><label for="nom">Nom</label><input id="nom" name="nom">
  <fieldset><legend>${legend}</legend>
    <label for="poste">Intitulé du poste</label><input id="poste" name="poste">
    <label for="employeur">Employeur</label><input id="employeur" name="employeur">
    ${dates ? `<label for="dm">Début (mois)</label><select id="dm" name="debut_mois"><option value="">--</option>${MONTHS.map((month, index) => `<option value="${String(index + 1).padStart(2, '0')}">${month}</option>`).join('')}</select>
    <label for="da">Début (année)</label><input id="da" name="debut_annee" maxlength="4" placeholder="AAAA">` : ''}
  </fieldset></form>`;

describe('the last job asked in a plain fieldset', () => {
  it('writes the latest job and its employer under "Dernier emploi occupé"', async () => {
    const { report } = await mountAndFill(form('Dernier emploi occupé', false), cariste);
    expect([field('poste').value, field('employeur').value]).toEqual(['Cariste', 'Hainaut Logistique Services']);
    expect(report.filled).toContain('experience:0');
  });

  it('writes the start month and year in their own boxes, and undo empties every one', async () => {
    const outcome = await mountAndFill(form('Votre dernier poste', true), cariste);
    expect([field('poste').value, field('employeur').value, field('debut_mois').value, field('debut_annee').value]).toEqual(['Cariste', 'Hainaut Logistique Services', '03', '2019']);
    await outcome.undo();
    expect(pageState()).toEqual(['nom=', 'poste=', 'employeur=', 'debut_mois=', 'debut_annee=']);
  });

  it('never takes the job sought for the job held there', async () => {
    await mountAndFill(form('Expérience professionnelle', false), { ...cariste, fields: { ...cariste.fields, jobTitle: 'Aide-soignant' } });
    expect(field('poste').value).toBe('Cariste');
  });
});
