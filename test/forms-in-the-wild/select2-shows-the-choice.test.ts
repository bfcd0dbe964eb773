// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { loadSelect2 } from './load-select2';

/**
 * Select2 (the real library, on jQuery) over the job and licence lists of a regional form: the page
 * shows Select2's box, not the list, and its own code listens through jQuery ("change"). The fill's
 * change event must reach jQuery's handlers (Select2's own, which redraws its box, is one of them),
 * and jQuery must read the job chosen. (What Select2's box shows is checked in Chromium,
 * test/e2e/forms-fill.spec.ts: happy-dom answers jQuery's ":selected" with nothing, so Select2
 * cannot redraw here, nor jQuery read a multiple list's choices: the test reads the options.)
 */
type JQueryish = ((element: Element | string) => { select2: (options?: object) => void; on: (event: string, handler: () => void) => void; val: () => unknown }) & object;
let $: JQueryish;

beforeAll(async () => {
  $ = await loadSelect2<JQueryish>();
});

afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form class="region-form">
  <div class="form-group"><label for="metier">Métier recherché</label>
    <select id="metier" name="metier" class="select2" data-placeholder="Choisir un métier" style="width: 100%">
      <option value=""></option><option value="N1101">Cariste</option><option value="N1103">Préparateur / Préparatrice de commandes</option><option value="H2903">Soudeur / Soudeuse</option>
    </select></div>
  <div class="form-group"><label for="permis">Permis de conduire</label>
    <select id="permis" name="permis[]" class="select2" multiple data-placeholder="Vos permis" style="width: 100%">
      <option value="B">B - Véhicule léger</option><option value="C">C - Poids lourd</option><option value="CE">CE - Super lourd</option>
    </select></div>
</form>`;


describe('Select2 lists of a regional form, driven by jQuery', () => {
  it('tells the page through jQuery of the job and the licences chosen, and of their undo', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    for (const select of document.querySelectorAll('select.select2')) $(select).select2();
    const told: string[] = [];
    $('#metier').on('change', () => told.push(`change:${String($('#metier').val())}`));
    $('#permis').on('change', () => told.push(`change:${[...document.querySelectorAll<HTMLOptionElement>('#permis option')].filter((option) => option.selected).map((option) => option.value).join(',')}`));
    const plan = planOf({ fields: { jobTitle: 'Cariste' }, drivingLicences: ['B', 'C'] });
    const outcome = await fillForm(document, plan, context);
    expect(document.querySelector<HTMLSelectElement>('#metier')!.value).toBe('N1101');
    // Each licence picked in Select2's dropdown, one after the other, as a person does.
    expect(told).toEqual(['change:N1101', 'change:B', 'change:B,C']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['jobTitle', 'drivingLicence:B', 'drivingLicence:C']));
    await outcome.undo();
    expect(document.querySelector<HTMLSelectElement>('#metier')!.value).toBe('');
    expect(told.slice(3).sort()).toEqual(['change:', 'change:']);
  });
});
