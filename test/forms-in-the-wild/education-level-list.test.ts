// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, field, mountAndFill, pageState, planOf } from './mount-form';

/**
 * Many French forms ask the diploma as a level, not by its name: "Niveau d'études : Bac +2", on
 * the form once, or in each training block. The CV names the diploma ("BTS MCO"): a person picks
 * its level. Old forms keep the Roman numbers of the former nomenclature (V = CAP, III = Bac +2).
 */
const levels = `<option value="">Sélectionnez</option><option value="SD">Sans diplôme</option>
  <option value="N3">CAP, BEP</option><option value="N4">Bac</option><option value="N5">Bac +2</option>
  <option value="N6">Bac +3 / +4</option><option value="N7">Bac +5 et plus</option>`;
const plan = planOf({
  fields: { lastName: 'Martin', firstName: 'Léa' },
  education: [
    { degree: 'Bac pro Commerce', school: 'Lycée Jean Moulin', end: '2014' },
    { degree: 'BTS MCO', school: 'Lycée Saint-Louis', end: '2016' },
  ],
});

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a form that asks the level of the highest diploma', () => {
  it('chooses "Bac +2" for a BTS, the highest of the CV, and undo puts the list back', async () => {
    document.body.innerHTML = `<form><label for="nom">Nom</label><input id="nom" name="nom">
      <label for="prenom">Prénom</label><input id="prenom" name="prenom">
      <label for="niv">Niveau d'études</label><select id="niv" name="niv">${levels}</select></form>`;
    const { report, undo } = await fillForm(document, plan, context);
    expect(field('niv').value).toBe('N5');
    expect(report.filled).toContain('educationLevel');
    await undo();
    expect(field('niv').value).toBe('');
  });

  it('reads the former Roman levels: a BTS is "Niveau III"', async () => {
    await mountAndFill(`<form><label for="niv">Niveau de formation</label><select id="niv" name="niv">
      <option value="">--</option><option value="5">Niveau V (CAP, BEP)</option><option value="4">Niveau IV (Bac)</option>
      <option value="3">Niveau III</option><option value="2">Niveau II</option></select></form>`, plan);
    expect(field('niv').value).toBe('3');
  });

  it('writes the diploma in a box "Dernier diplôme obtenu"', async () => {
    await mountAndFill(`<form><label for="dip">Dernier diplôme obtenu</label><input id="dip" name="dip"></form>`, plan);
    expect(pageState()).toEqual(['dip=BTS MCO']);
  });

  it('keeps a level the person chose, and says so', async () => {
    document.body.innerHTML = `<form><label for="niv">Niveau d'études</label><select id="niv" name="niv">${levels}</select></form>`;
    field('niv').value = 'N4';
    const { report } = await fillForm(document, plan, context);
    expect(field('niv').value).toBe('N4');
    expect(report.skipped).toContainEqual({ target: 'educationLevel', reason: 'not-empty' });
  });

  it('leaves the list to the person for a diploma of no set level', async () => {
    document.body.innerHTML = `<form><label for="niv">Niveau d'études</label><select id="niv" name="niv">${levels}</select></form>`;
    const { report } = await fillForm(document, planOf({ education: [{ degree: 'Titre professionnel Préparateur de commandes', school: 'AFPA', end: '2019' }] }), context);
    expect(field('niv').value).toBe('');
    expect(report.skipped).toContainEqual({ target: 'educationLevel', reason: 'no-matching-option' });
  });
});

describe('a level list in each training block', () => {
  it('gives each block the level of its own diploma', async () => {
    const block = (n: number) => `<fieldset><legend>Formation ${n}</legend>
      <label for="intitule${n}">Intitulé</label><input id="intitule${n}" name="intitule${n}">
      <label for="niveau${n}">Niveau</label><select id="niveau${n}" name="niveau${n}">${levels}</select>
      <label for="annee${n}">Année</label><input id="annee${n}" name="annee${n}"></fieldset>`;
    await mountAndFill(`<form><h2>Formations</h2>${block(1)}${block(2)}</form>`, plan);
    expect(pageState()).toEqual([
      'intitule1=Bac pro Commerce', 'niveau1=N4', 'annee1=2014',
      'intitule2=BTS MCO', 'niveau2=N5', 'annee2=2016',
    ]);
  });
});
