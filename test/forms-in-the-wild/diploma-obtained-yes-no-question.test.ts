// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { mountAndFill, pageState, planOf } from './mount-form';

/**
 * A training block that asks, beside the diploma's name, whether it was obtained ("Diplôme obtenu :
 * Oui / Non"). That yes/no list was taken for a list of diplomas: finding no "CAP" among "Oui" and
 * "Non", the fill left the diploma's own box empty and reported the list as offering no choice.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const years = `<option value="">Année</option>${Array.from({ length: 30 }, (_, i) => `<option>${2026 - i}</option>`).join('')}`;
const FORM = `<form><h2>Formations et diplômes</h2><div class="formation">
  <label for="dip">Intitulé du diplôme</label><input id="dip" name="diplome">
  <label for="eta">Établissement</label><input id="eta" name="etablissement">
  <label for="an">Année d'obtention</label><select id="an" name="annee">${years}</select>
  <label for="obt">Diplôme obtenu</label><select id="obt" name="obtenu"><option value="">--</option><option value="1">Oui</option><option value="0">Non</option></select>
</div></form>`;

describe('a diploma block with an "obtained?" question', () => {
  it('writes the diploma in its box and leaves the yes/no question to the person', async () => {
    document.body.innerHTML = FORM;
    const before = pageState();
    const outcome = await mountAndFill(FORM, planOf({ education: [{ degree: "CAP Agent d'entreposage et de messagerie", school: 'Lycée Jean Jaurès', end: '2008' }] }));
    expect(pageState()).toEqual(["diplome=CAP Agent d'entreposage et de messagerie", 'etablissement=Lycée Jean Jaurès', 'annee=2008', 'obtenu=']);
    expect(outcome.report.skipped).toEqual([]);
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('still chooses the diploma in a list of diplomas', async () => {
    const list = FORM.replace('<option value="1">Oui</option><option value="0">Non</option>', '<option>CAP</option><option>BEP</option><option>Baccalauréat</option><option>BTS</option>').replace('<label for="dip">Intitulé du diplôme</label><input id="dip" name="diplome">', '');
    await mountAndFill(list, planOf({ education: [{ degree: "CAP Agent d'entreposage et de messagerie", school: 'Lycée Jean Jaurès', end: '2008' }] }));
    expect(pageState()).toEqual(['etablissement=Lycée Jean Jaurès', 'annee=2008', 'obtenu=CAP']);
  });
});
