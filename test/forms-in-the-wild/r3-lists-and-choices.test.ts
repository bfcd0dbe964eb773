// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/** Lists and choices built the plain HTML way: a multiple list, a datalist, two civility radios. */
afterEach(() => {
  document.body.innerHTML = '';
});

const chosen = (list: HTMLSelectElement) => [...list.options].filter((option) => option.selected).map((option) => option.value);

describe('plain HTML lists', () => {
  it('chooses the spoken languages in a multiple list, and undo unchooses them', async () => {
    const outcome = await mountAndFill(
      `<form><label for="l">Langues parlées</label><select multiple id="l" name="langues" size="5">
        <option value="fr">Français</option><option value="en">Anglais</option><option value="es">Espagnol</option><option value="de">Allemand</option><option value="it">Italien</option></select></form>`,
      cariste,
    );
    const list = document.querySelector('select')!;
    expect(chosen(list)).toEqual(['en', 'es']);
    await outcome.undo();
    expect(chosen(list)).toEqual([]);
  });

  it('chooses the licence categories in a multiple list whose options say "B - Véhicule léger"', async () => {
    const outcome = await mountAndFill(
      `<form><label for="p">Permis de conduire</label><select multiple id="p" name="permis" size="6">
        <option value="1">AM - Cyclomoteur</option><option value="2">A - Moto</option><option value="3">B - Véhicule léger</option>
        <option value="4">C - Poids lourd</option><option value="5">CE - Poids lourd avec remorque</option><option value="6">D - Transport en commun</option></select></form>`,
      cariste,
    );
    expect(chosen(document.querySelector('select')!)).toEqual(['3', '4']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
  });

  it('chooses the licence in a single list of the same options', async () => {
    await mountAndFill(
      `<form><label for="p">Permis de conduire</label><select id="p" name="permis"><option value="">Choisir</option>
        <option value="1">AM - Cyclomoteur</option><option value="3">B - Véhicule léger</option><option value="4">C - Poids lourd</option></select></form>`,
      cariste,
    );
    expect(field('permis').value).toBe('3');
  });

  it('types the job sought into a box with a datalist, even when the list does not hold it', async () => {
    await mountAndFill(
      `<form><label for="j">Métier recherché</label><input id="j" name="metier" list="metiers">
        <datalist id="metiers"><option value="Magasinier"></option><option value="Préparateur de commandes"></option></datalist></form>`,
      cariste,
    );
    expect(field('metier').value).toBe('Cariste');
  });

  it('ticks "Mme" among "M." / "Mme" only when the plan carries a civility', async () => {
    const form = `<form><fieldset><legend>Civilité</legend><label><input type="radio" name="civ" value="1"> M.</label><label><input type="radio" name="civ" value="2"> Mme</label></fieldset>
      <label for="n">Nom</label><input id="n" name="nom"></form>`;
    await mountAndFill(form, cariste);
    expect(pageState()).toEqual(['civ=false', 'civ=false', 'nom=FONTAINE']);
    document.body.innerHTML = '';
    const outcome = await mountAndFill(form, { ...cariste, civility: 'Madame' });
    expect(pageState()).toEqual(['civ=false', 'civ=true', 'nom=FONTAINE']);
    await outcome.undo();
    expect(pageState()).toEqual(['civ=false', 'civ=false', 'nom=']);
  });
});
