// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * French administrative forms (and many built on them) ask the address in parts, as La Poste and
 * the national address base do: number, repetition index (bis, ter), type of way, name of the way.
 * The CV gives one line, "12 bis rue des Lilas": the whole line in "Libellé de la voie" leaves
 * the number empty (the form refuses it) and writes "12 bis rue" twice once the parts are joined.
 */
const SPLIT_ADDRESS_FORM = `<form><h2>Vos coordonnées</h2>
  <div class="ligne">
    <label for="num">N°</label><input id="num" name="numero_voie" size="4" maxlength="5">
    <label for="ind">Indice de répétition</label>
    <select id="ind" name="indice"><option value=""></option><option value="B">bis</option><option value="T">ter</option><option value="Q">quater</option></select>
  </div>
  <div class="ligne">
    <label for="type">Type de voie</label>
    <select id="type" name="type_voie"><option value=""></option><option value="AV">avenue</option><option value="BD">boulevard</option><option value="CHE">chemin</option><option value="PL">place</option><option value="R">rue</option></select>
    <label for="lib">Libellé de la voie</label><input id="lib" name="libelle_voie" size="40">
  </div>
  <label for="cplt">Complément d'adresse (bâtiment, étage…)</label><input id="cplt" name="complement">
  <label for="cp">Code postal</label><input id="cp" name="cp" maxlength="5">
  <label for="ville">Commune</label><input id="ville" name="commune">
</form>`;

const plan = planOf({ fields: { address: '12 bis rue des Lilas', postcode: '59300', city: 'Valenciennes' } });

afterEach(() => {
  document.body.innerHTML = '';
});

describe('an address asked in parts', () => {
  it('puts the number, the index and the way each in its own box', async () => {
    const before = (document.body.innerHTML = SPLIT_ADDRESS_FORM, pageState());
    const { undo } = await mountAndFill(SPLIT_ADDRESS_FORM, plan);
    expect(field('numero_voie').value).toBe('12');
    expect(field('indice').value).toBe('B');
    expect(field('libelle_voie').value).not.toMatch(/12|bis/);
    expect(field('libelle_voie').value).toMatch(/Lilas$/);
    expect(field('complement').value).toBe('');
    expect(field('cp').value).toBe('59300');
    expect(field('commune').value).toBe('Valenciennes');
    await undo();
    expect(pageState()).toEqual(before);
  });
});
