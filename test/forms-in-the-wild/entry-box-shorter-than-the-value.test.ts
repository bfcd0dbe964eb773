// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * Experience and training blocks whose boxes are short (maxlength="30", as a database column
 * sets them). A person cannot type past the limit; the fill wrote the whole title anyway, which the
 * site then cut or refused on saving, while the single fields (the job sought) were already
 * reported as too long. Entries now say so too, and their box is left for the person to shorten.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const FORM = `<form><section><h2>Expériences professionnelles</h2><div class="exp">
  <label for="p">Intitulé du poste</label><input id="p" name="exp_poste" maxlength="30">
  <label for="e">Employeur</label><input id="e" name="exp_employeur" maxlength="30">
  <label for="d">Date de début</label><input id="d" name="exp_debut" type="month">
</div></section>
<section><h2>Formation</h2><div class="formation">
  <label for="dip">Diplôme</label><input id="dip" name="form_diplome" maxlength="30">
  <label for="eco">Établissement</label><input id="eco" name="form_ecole" maxlength="60">
</div></section></form>`;

describe('entry boxes shorter than the CV\'s value', () => {
  it('leaves a too long value out and says so, and writes the rest of the entry', async () => {
    const outcome = await mountAndFill(FORM, planOf({
      experiences: [{ title: 'Préparateur de commandes en entrepôt frigorifique', employer: 'Adecco', start: '2016-03', end: '2018-12' }],
      education: [{ degree: "CAP Agent d'entreposage et de messagerie", school: 'Lycée professionnel Jean Jaurès', end: '2008' }],
    }));
    expect(pageState()).toEqual(['exp_poste=', 'exp_employeur=Adecco', 'exp_debut=2016-03', 'form_diplome=', 'form_ecole=Lycée professionnel Jean Jaurès']);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'experience:0.title', reason: 'too-long' }, { target: 'education:0.degree', reason: 'too-long' }]));
  });

  // The limit said under the box or kept by a counter binds as a maxlength does (a Vue or React
  // form counts the characters and refuses the entry on saving; nothing stops the typing).
  it('holds to a limit said in words or shown by a counter', async () => {
    const form = `<form><section><h2>Expériences professionnelles</h2><div class="exp">
      <div class="fr-input-group"><label for="p">Intitulé du poste</label><input id="p" name="exp_poste" aria-describedby="p-hint"><p class="fr-hint-text" id="p-hint">30 caractères maximum</p></div>
      <label for="e">Employeur</label><input id="e" name="exp_employeur"><span class="counter">0 / 40</span>
    </div></section>
    <section><h2>Formation</h2><div class="formation">
      <label for="dip">Diplôme (30 caractères max.)</label><input id="dip" name="form_diplome">
      <label for="eco">Établissement</label><input id="eco" name="form_ecole"><div class="hint"><span>0/20</span></div>
    </div></section></form>`;
    const outcome = await mountAndFill(form, planOf({
      experiences: [{ title: 'Préparateur de commandes en entrepôt frigorifique', employer: 'Adecco', start: '2016-03', end: '2018-12' }],
      education: [{ degree: 'CAP Maintenance des matériels', school: 'Lycée professionnel Jean Jaurès', end: '2008' }],
    }));
    expect(pageState()).toEqual(['exp_poste=', 'exp_employeur=Adecco', 'form_diplome=CAP Maintenance des matériels', 'form_ecole=']);
    expect(outcome.report.skipped).toEqual(expect.arrayContaining([{ target: 'experience:0.title', reason: 'too-long' }, { target: 'education:0.school', reason: 'too-long' }]));
  });
});
