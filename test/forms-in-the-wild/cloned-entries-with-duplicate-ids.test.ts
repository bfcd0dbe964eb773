// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, pageState } from './mount-form';

/**
 * "Ajouter une expérience" that copies the first block as it is (cloneNode), ids included: each
 * `<label for="exp-start">` of the page then names every box of that id. A label names the box of
 * its own block, and its format hint ("mm/aaaa") is read once.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function page(): void {
  document.body.innerHTML = `<form><h2>Expériences</h2><div id="rows">
    <div class="exp">
      <div class="fr-input-group"><label class="fr-label" for="exp-title">Intitulé du poste</label><input class="fr-input" id="exp-title" name="exp[0][title]"></div>
      <div class="fr-input-group"><label class="fr-label" for="exp-emp">Entreprise</label><input class="fr-input" id="exp-emp" name="exp[0][emp]"></div>
      <div class="fr-input-group"><label class="fr-label" for="exp-start">Début <span class="fr-hint-text">mm/aaaa</span></label><input class="fr-input" id="exp-start" name="exp[0][start]"></div>
      <div class="fr-input-group"><label class="fr-label" for="exp-end">Fin <span class="fr-hint-text">mm/aaaa</span></label><input class="fr-input" id="exp-end" name="exp[0][end]"></div>
    </div></div>
    <button type="button" id="add" class="fr-btn fr-btn--secondary">Ajouter une expérience</button></form>`;
  let count = 0;
  document.getElementById('add')!.addEventListener('click', () => {
    count += 1;
    const copy = document.querySelector('.exp')!.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('input').forEach((input) => {
      input.value = '';
      input.name = input.name.replace('[0]', `[${count}]`);
    });
    document.getElementById('rows')!.append(copy);
  });
}

describe('experience blocks copied with their ids', () => {
  it('writes each date in the format its own label shows', async () => {
    page();
    const outcome = await fillForm(document, cariste, context);
    expect(pageState()).toEqual([
      'exp[0][title]=Cariste', 'exp[0][emp]=Hainaut Logistique Services', 'exp[0][start]=03/2019', 'exp[0][end]=',
      'exp[1][title]=Préparateur de commandes', 'exp[1][emp]=Adecco', 'exp[1][start]=03/2016', 'exp[1][end]=12/2018',
    ]);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
  });
});
