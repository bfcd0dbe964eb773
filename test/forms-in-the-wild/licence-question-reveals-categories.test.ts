// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, mountAndFill, pageState } from './mount-form';

/**
 * "Avez-vous le permis de conduire ? Oui / Non": the categories only appear once "Oui" is chosen,
 * as most application forms do it. A job seeker with licences B and C must not be left with the
 * question unanswered and the categories hidden; one without licence must not get "Oui".
 */
const LICENCE_FORM = `<form>
  <fieldset><legend>Avez-vous le permis de conduire ?</legend>
    <label><input type="radio" name="permis" value="oui"> Oui</label>
    <label><input type="radio" name="permis" value="non"> Non</label>
  </fieldset>
  <div id="categories" style="display:none">
    <fieldset><legend>Catégories de permis</legend>
      <label><input type="checkbox" name="permis_cat" value="A"> A</label>
      <label><input type="checkbox" name="permis_cat" value="B"> B</label>
      <label><input type="checkbox" name="permis_cat" value="C"> C</label>
      <label><input type="checkbox" name="permis_cat" value="CE"> CE</label>
    </fieldset>
  </div>
</form>`;

function mountLicenceForm(): void {
  document.body.innerHTML = LICENCE_FORM;
  const categories = document.querySelector<HTMLElement>('#categories')!;
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="permis"]')) {
    radio.addEventListener('change', () => {
      categories.style.display = radio.value === 'oui' && radio.checked ? '' : 'none';
    });
  }
}

const ticked = () => [...document.querySelectorAll<HTMLInputElement>('input:checked')].map((box) => `${box.name}=${box.value}`);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('a licence question that reveals the categories', () => {
  it('answers "Oui" and ticks B and C once they appear', async () => {
    mountLicenceForm();
    const before = pageState();
    const { report, undo } = await fillForm(document, cariste, context);
    expect(ticked()).toEqual(['permis=oui', 'permis_cat=B', 'permis_cat=C']);
    expect(report.filled).toEqual(expect.arrayContaining(['drivingLicence:B', 'drivingLicence:C']));
    await undo();
    expect(pageState()).toEqual(before);
  });

  it('leaves the question alone for a job seeker without a licence', async () => {
    await mountAndFill(LICENCE_FORM, { ...cariste, drivingLicences: [] });
    expect(ticked()).toEqual([]);
  });
});

const LICENCE_SELECT_FORM = `<form>
  <label for="permis">Permis de conduire</label>
  <select id="permis" name="permis">
    <option value="">-- Choisir --</option>
    <option value="1">Oui</option>
    <option value="0">Non</option>
  </select>
  <div id="categories" style="display:none">
    <fieldset><legend>Catégories</legend>
      <label><input type="checkbox" name="permis_cat" value="B"> B</label>
      <label><input type="checkbox" name="permis_cat" value="C"> C</label>
    </fieldset>
  </div>
</form>`;

function mountLicenceSelectForm(chosen = ''): HTMLSelectElement {
  document.body.innerHTML = LICENCE_SELECT_FORM;
  const select = document.querySelector<HTMLSelectElement>('#permis')!;
  select.value = chosen;
  const categories = document.querySelector<HTMLElement>('#categories')!;
  const show = () => {
    categories.style.display = select.value === '1' ? '' : 'none';
  };
  select.addEventListener('change', show);
  show();
  return select;
}

describe('the licence question asked with a list', () => {
  it('chooses "Oui", ticks the categories it reveals, and undo puts the list back', async () => {
    const select = mountLicenceSelectForm();
    const { report, undo } = await fillForm(document, cariste, context);
    expect(select.value).toBe('1');
    expect(ticked()).toEqual(['permis_cat=B', 'permis_cat=C']);
    expect(report.filled).toEqual(expect.arrayContaining(['drivingLicences', 'drivingLicence:B', 'drivingLicence:C']));
    await undo();
    expect(select.value).toBe('');
    expect(ticked()).toEqual([]);
  });

  it('keeps "Non" chosen by the person, and says so', async () => {
    const select = mountLicenceSelectForm('0');
    const { report } = await fillForm(document, cariste, context);
    expect(select.value).toBe('0');
    expect(report.skipped).toEqual(expect.arrayContaining([{ target: 'drivingLicences', reason: 'not-empty' }]));
  });

  it('leaves the list alone for a job seeker without a licence', async () => {
    const select = mountLicenceSelectForm();
    await fillForm(document, { ...cariste, drivingLicences: [] }, context);
    expect(select.value).toBe('');
  });
});
