// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * Many French forms ask the département in a text box of its own beside the postcode ("Département",
 * "Dépt", "N° de département", a box of 2 or 3 characters). The fill chose a département only from
 * a list, so the box stayed empty and the form refused to go on. The postcode says it: the code
 * ("59", "2A", "974"), or the name ("Nord") where the box asks for a name; never for an address
 * abroad, and never over what is there.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const form = (departement: string) => `<form method="post"><h2>Vos coordonnées</h2>
  <label for="nom">Nom</label><input id="nom" name="nom">
  <label for="adresse">Adresse</label><input id="adresse" name="adresse">
  <label for="cp">Code postal</label><input id="cp" name="cp">
  <label for="ville">Ville</label><input id="ville" name="ville">
  ${departement}
</form>`;

const withPostcode = (postcode: string, extra: Partial<typeof cariste.fields> = {}) => planOf({ ...cariste, fields: { ...cariste.fields, postcode, ...extra } });

describe('a "Département" text box beside the postcode', () => {
  it('takes the code; undo empties it', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = form('<label for="d">Département</label><input id="d" name="departement">');
    const before = pageState();
    const outcome = await fillForm(document, cariste, context);
    expect(field('cp').value).toBe('59300');
    expect(field('departement').value).toBe('59');
    await outcome.undo();
    expect(pageState()).toEqual(before);
  });

  it('takes Corsica’s and the overseas codes, in a "Dépt" or a three-character box', async () => {
    await mountAndFill(form('<label for="d">Dépt</label><input id="d" name="dept" maxlength="3">'), withPostcode('20090', { city: 'Ajaccio' }));
    expect(field('dept').value).toBe('2A');
    await mountAndFill(form('<label for="d">N° de département</label><input id="d" name="num_dep" maxlength="3">'), withPostcode('97110', { city: 'Pointe-à-Pitre' }));
    expect(field('num_dep').value).toBe('971');
    await mountAndFill(form('<label for="d">Département</label><input id="d" name="departement" size="2" maxlength="2">'), withPostcode('20200', { city: 'Bastia' }));
    expect(field('departement').value).toBe('2B');
  });

  it('takes the name where the box asks for it', async () => {
    await mountAndFill(form('<label for="d">Nom du département</label><input id="d" name="dep_nom">'), cariste);
    expect(field('dep_nom').value).toBe('Nord');
    await mountAndFill(form('<label for="d">Département</label><input id="d" name="departement" placeholder="Ex : Gironde">'), withPostcode('97400', { city: 'Saint-Denis' }));
    expect(field('departement').value).toBe('La Réunion');
  });

  it('is left alone for an address abroad, for a birth département, and when it holds a value', async () => {
    await mountAndFill(form('<label for="d">Département</label><input id="d" name="departement">'), withPostcode('10115', { address: 'Invalidenstraße 12', city: 'Berlin (Allemagne)' }));
    expect(field('departement').value).toBe('');
    await mountAndFill(form('<label for="d">Département</label><input id="d" name="departement">'), withPostcode('98000', { city: 'Monaco' }));
    expect(field('departement').value).toBe('');
    await mountAndFill(form('<label for="d">Département de naissance</label><input id="d" name="dep_naissance">'), cariste);
    expect(field('dep_naissance').value).toBe('');
    await mountAndFill(form('<label for="d">Département</label><input id="d" name="departement" value="62">'), cariste);
    expect(field('departement').value).toBe('62');
  });
});
