// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';

// Undo takes back what the fill wrote, never what the person typed since: a counsellor who
// corrected the job title after the fill and then undoes the rest keeps the correction.
const context: FillContext = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(20), highlight: false, adapters: [] };

const plan: FillPlan = {
  ...emptyFillPlan(),
  fields: { firstName: 'Amina', lastName: 'BENALI', phone: '+33612345678', jobTitle: 'Aide-soignante' },
  drivingLicences: ['B'],
};

const FORM = `<form>
  <label for="prenom">Prénom</label><input id="prenom" name="prenom">
  <label for="nom">Nom</label><input id="nom" name="nom">
  <label for="tel">Téléphone</label><input id="tel" name="tel" type="tel" maxlength="14" placeholder="06 00 00 00 00">
  <label for="metier">Métier recherché</label><input id="metier" name="metier">
  <fieldset><legend>Permis de conduire</legend><label><input type="checkbox" name="permis" value="B"> Permis B</label></fieldset>
</form>`;

const box = (name: string) => document.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const type = (input: HTMLInputElement, value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

afterEach(() => {
  document.body.innerHTML = '';
});

describe('undo after the person changed a filled field', () => {
  it('keeps the correction, takes back the rest, and says which it kept', async () => {
    document.body.innerHTML = FORM;
    const { undo } = await fillForm(document, plan, context);
    expect(box('metier').value).toBe('Aide-soignante');
    type(box('metier'), 'Auxiliaire de vie');
    const kept = await undo();
    expect(box('metier').value).toBe('Auxiliaire de vie');
    expect(kept).toEqual(['jobTitle']);
    expect([box('prenom').value, box('nom').value, box('tel').value]).toEqual(['', '', '']);
    expect(box('permis').checked).toBe(false);
  });

  it('still takes back a value the page only reshaped (spaces, capitals)', async () => {
    document.body.innerHTML = FORM;
    const { undo } = await fillForm(document, plan, context);
    // The page's own formatting after the fill: not an edit of the person's.
    type(box('tel'), box('tel').value.replace(/(\d{2})(?=\d)/g, '$1 '));
    type(box('nom'), 'Benali');
    expect(await undo()).toEqual([]);
    expect([box('tel').value, box('nom').value]).toEqual(['', '']);
  });

  it('leaves a box the person unticked since as they left it, and takes back one ticked again', async () => {
    document.body.innerHTML = FORM;
    const first = await fillForm(document, plan, context);
    box('permis').click();
    expect(await first.undo()).toEqual([]);
    expect(box('permis').checked).toBe(false);

    const second = await fillForm(document, plan, context);
    box('permis').click();
    box('permis').click();
    // Ticked again by the person: as the fill left it, so undo takes it back.
    expect(await second.undo()).toEqual([]);
    expect(box('permis').checked).toBe(false);
  });
});
