// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, pageState } from './mount-form';

/**
 * "Expérience 1" in a fieldset, and an "Ajouter une expérience" button that copies the last block
 * as it stands, values included (a jQuery `.clone()` of a block the person, or the fill, already
 * filled), renumbering its legend and names. The copy arrives holding the previous job, "Poste
 * actuel" ticked: the fill wrote only the end date into it, and the second job read as the first
 * one again, held today and ended in 2018.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function mount(): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form><h2>Parcours professionnel</h2><div id="blocs">
    <fieldset class="exp"><legend>Expérience 1</legend>
      <label>Poste occupé <input name="exp1_poste"></label>
      <label>Employeur <input name="exp1_employeur"></label>
      <label>Date de début <input type="month" name="exp1_debut"></label>
      <label>Date de fin <input type="month" name="exp1_fin"></label>
      <label><input type="checkbox" name="exp1_actuel"> Poste actuel</label>
    </fieldset></div>
    <button type="button" id="ajout">+ Ajouter une expérience</button></form>`;
  document.getElementById('ajout')!.addEventListener('click', () => {
    const blocks = document.querySelectorAll('.exp');
    const last = blocks[blocks.length - 1]!;
    const copy = last.cloneNode(true) as HTMLElement;
    const number = blocks.length + 1;
    copy.querySelector('legend')!.textContent = `Expérience ${number}`;
    // cloneNode keeps what was typed; this page forgets to empty the copy.
    copy.querySelectorAll('input').forEach((input, index) => {
      input.name = input.name.replace(/^exp\d+/, `exp${number}`);
      const source = last.querySelectorAll('input')[index] as HTMLInputElement;
      input.value = source.value;
      input.checked = source.checked;
    });
    document.getElementById('blocs')!.append(copy);
  });
}

describe('an experience block copied with the values of the one before', () => {
  it('writes the second job over the copy of the first in the block it added, and undo leaves that block empty', async () => {
    mount();
    const outcome = await fillForm(document, cariste, context);
    expect(pageState()).toEqual([
      'exp1_poste=Cariste', 'exp1_employeur=Hainaut Logistique Services', 'exp1_debut=2019-03', 'exp1_fin=', 'exp1_actuel=true',
      'exp2_poste=Préparateur de commandes', 'exp2_employeur=Adecco', 'exp2_debut=2016-03', 'exp2_fin=2018-12', 'exp2_actuel=false',
    ]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
    await outcome.undo();
    // The page has no way to remove a block: the one added is left empty, never holding the copy.
    expect(pageState().every((entry) => entry.endsWith('=') || entry.endsWith('=false'))).toBe(true);
  });
});
