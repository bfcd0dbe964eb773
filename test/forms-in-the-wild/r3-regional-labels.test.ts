// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState, planOf } from './mount-form';

/** The same questions in the words of other French-speaking countries and of English forms. */
afterEach(() => {
  document.body.innerHTML = '';
});

const bruxellois = planOf({
  fields: { firstName: 'Nadia', lastName: 'EL AMRANI', phone: '+32470123456', postcode: '1070', city: 'Anderlecht', jobTitle: 'Magasinière' },
});
const lausannois = planOf({
  fields: { firstName: 'Luca', lastName: 'ROSSI', phone: '+41791234567', postcode: '1003', city: 'Lausanne', jobTitle: 'Logisticien' },
});

describe('a Belgian or Swiss French form', () => {
  it('writes the mobile number into a box labelled "GSM" (Belgium)', async () => {
    await mountAndFill(
      `<form><label for="f1">Nom</label><input id="f1" name="champ1"><label for="f2">Prénom</label><input id="f2" name="champ2">
        <label for="f3">GSM</label><input id="f3" name="champ3"><label for="f4">Code postal</label><input id="f4" name="champ4">
        <label for="f5">Localité</label><input id="f5" name="champ5"></form>`,
      bruxellois,
    );
    expect(field('champ3').value.replace(/\D/g, '')).toMatch(/^(32)?0?470123456$/);
    expect([field('champ4').value, field('champ5').value]).toEqual(['1070', 'Anderlecht']);
  });

  it('writes the postcode into a box labelled "NPA" (Switzerland)', async () => {
    await mountAndFill(
      `<form><label for="f1">Nom</label><input id="f1" name="champ1"><label for="f2">Prénom</label><input id="f2" name="champ2">
        <label for="f3">NPA</label><input id="f3" name="champ3" inputmode="numeric" maxlength="4"><label for="f4">Localité</label><input id="f4" name="champ4">
        <label for="f5">Natel</label><input id="f5" name="champ5" type="tel"></form>`,
      lausannois,
    );
    expect([field('champ3').value, field('champ4').value]).toEqual(['1003', 'Lausanne']);
  });
});

describe('an English application form', () => {
  it('writes the job sought into "Position applied for"', async () => {
    await mountAndFill(
      `<form><h2>Your application</h2><label for="f1">Position applied for</label><input id="f1" name="q1">
        <label for="f2">Surname</label><input id="f2" name="q2"></form>`,
      cariste,
      'en',
    );
    expect([field('q1').value, field('q2').value]).toEqual(['Cariste', 'FONTAINE']);
  });

  it('fills surname, forenames, mobile, town, postcode and key skills; leaves the current job title, county and NI number', async () => {
    const outcome = await mountAndFill(
      `<form><h2>Personal details</h2>
        <label for="b">Surname</label><input id="b" name="b"><label for="c">Forename(s)</label><input id="c" name="c">
        <label for="e">Mobile</label><input id="e" name="e"><label for="f">Town/City</label><input id="f" name="f">
        <label for="g">County</label><input id="g" name="g"><label for="h">Postcode</label><input id="h" name="h">
        <label for="i">National Insurance number</label><input id="i" name="i">
        <label for="j">Current job title</label><input id="j" name="j"><label for="k">Key skills</label><textarea id="k" name="k"></textarea></form>`,
      cariste,
      'en',
    );
    expect(pageState()).toEqual([
      'b=FONTAINE', 'c=Mickaël', 'e=+33612345678', 'f=Valenciennes', 'g=', 'h=59300', 'i=', 'j=',
      'k=utiliser un chariot élévateur\npréparer des commandes',
    ]);
    await outcome.undo();
    expect(pageState().every((entry) => entry.endsWith('='))).toBe(true);
  });
});
