// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { controlAt, placeOf } from '../../lib/fill/control-place';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, field, mountAndFill, pageState, planOf } from '../forms-in-the-wild/mount-form';

/** Controls a framework re-created, skills offered as boxes beside a free-text box, worded lists. */
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the control rendered in the place of a removed one', () => {
  const twoForms = (search: string) => `<form><label>Recherche <input name="q" value="${search}"></label></form>
    <form><label>Nom <input name="nom"></label><label>Prénom <input name="prenom"></label></form>`;

  it('is found by its name and position in the same form, not in another form', () => {
    document.body.innerHTML = twoForms('');
    const place = placeOf(field('prenom'));
    const searchPlace = placeOf(field('q'));
    document.body.innerHTML = twoForms('cariste');
    expect(controlAt(place)).toBe(document.querySelectorAll('form')[1]!.querySelector('[name="prenom"]'));
    expect(controlAt(searchPlace)).toBe(field('q'));
  });

  it('is none when the page no longer holds a control of that name and label', () => {
    document.body.innerHTML = twoForms('');
    const place = placeOf(field('prenom'));
    document.body.innerHTML = `<form><label>Recherche <input name="q"></label></form><form><label>Ville <input name="prenom"></label></form>`;
    expect(controlAt(place)).toBeNull();
  });

  it('is the box of the same value among checkboxes of one name', () => {
    const boxes = () => `<form><label><input type="checkbox" name="c[]" value="a"> Accueil</label><label><input type="checkbox" name="c[]" value="b"> Stock</label></form>`;
    document.body.innerHTML = boxes();
    const place = placeOf(document.querySelector<HTMLInputElement>('input[value="b"]')!);
    document.body.innerHTML = boxes();
    expect(controlAt(place)).toBe(document.querySelector('input[value="b"]'));
  });

  it('a value written into a control removed for good is not reported as filled', async () => {
    document.body.innerHTML = `<form><label for="n">Nom</label><input id="n" name="nom"><label for="e">E-mail</label><input id="e" name="email"></form>`;
    // A page that drops the e-mail box once it is typed into (a step of a wizard moving on).
    const email = field('email');
    email.addEventListener('input', () => queueMicrotask(() => email.remove()));
    const outcome = await fillForm(document, cariste, context);
    expect(outcome.report.filled).toContain('lastName');
    expect(outcome.report.filled).not.toContain('email');
    expect(outcome.report.skipped).toContainEqual({ target: 'email', reason: 'not-kept-by-page' });
  });
});

describe('skills offered as boxes beside a free-text box', () => {
  it('ticks the boxes it can and writes only the other skills in the box', async () => {
    await mountAndFill(
      `<form><fieldset><legend>Compétences</legend>
        <label><input type="checkbox" name="c" value="1"> Préparer des commandes</label>
        <label><input type="checkbox" name="c" value="2"> Commandes</label>
        <label><input type="checkbox" name="c" value="3"> Travailler en équipe</label></fieldset>
        <label for="a">Autres compétences</label><textarea id="a" name="autres"></textarea></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['c=true', 'c=false', 'c=false', 'autres=utiliser un chariot élévateur']);
  });

  it('leaves a box the person had ticked, and says so', async () => {
    const outcome = await mountAndFill(
      `<form><fieldset><legend>Compétences</legend><label><input type="checkbox" name="c" value="1" checked> Préparer des commandes</label></fieldset></form>`,
      cariste,
    );
    expect(outcome.report.skipped).toContainEqual({ target: 'skills:préparer des commandes', reason: 'already-present' });
    await outcome.undo();
    expect(pageState()).toEqual(['c=true']);
  });
});

describe('a multiple licence list', () => {
  it('chooses "C" without "CE", and undo leaves the category the person added', async () => {
    const outcome = await mountAndFill(
      `<form><label for="p">Permis</label><select multiple id="p" name="permis"><option value="b">Catégorie B : voiture</option>
        <option value="ce">Catégorie CE : poids lourd et remorque</option><option value="c">Catégorie C : poids lourd</option></select></form>`,
      planOf({ drivingLicences: ['C'] }),
    );
    const list = document.querySelector('select')!;
    const chosen = () => [...list.options].filter((option) => option.selected).map((option) => option.value);
    expect(chosen()).toEqual(['c']);
    list.options[1]!.selected = true;
    await outcome.undo();
    expect(chosen()).toEqual(['ce']);
  });

  it('names on undo a category the person unchose since the fill', async () => {
    const outcome = await mountAndFill(
      `<form><label for="p">Permis</label><select multiple id="p" name="permis"><option value="b">B - Véhicule léger</option><option value="c">C - Poids lourd</option></select></form>`,
      planOf({ drivingLicences: ['B', 'C'] }),
    );
    const list = document.querySelector('select')!;
    list.options[1]!.selected = false;
    expect(await outcome.undo()).toEqual(['drivingLicence:C']);
    expect([...list.options].map((option) => option.selected)).toEqual([false, false]);
  });
});
