// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { loadSelect2 } from './load-select2';

/**
 * A regional registration form on Select2 (the real library, on jQuery) whose next list depends on
 * the choice: picking a job fills its ROME code and loads that job's skills, and each licence
 * chosen reveals its own question, all on Select2's own `select2:select` event (jQuery handlers:
 * Select2 fires it only when an option is picked from its dropdown, never on the select's change).
 * A person's pick sends it; the fill's must too, or the dependent list never loads.
 */
type Params = { params: { data: { id: string; text: string } } };
type JQueryish = ((element: Element | string) => {
  select2: (options?: object) => void;
  on: (event: string, handler: (event: Params) => void) => void;
  val: (value?: string) => unknown;
  append: (html: string) => void;
}) & object;
let $: JQueryish;

beforeAll(async () => {
  $ = await loadSelect2<JQueryish>();
});

afterEach(() => {
  document.body.innerHTML = '';
});

const page = `<form class="inscription">
  <div class="form-group"><label for="metier">Métier recherché</label>
    <select id="metier" name="metier" class="select2" data-placeholder="Choisir un métier" style="width: 100%">
      <option value=""></option><option value="N1101">Cariste</option><option value="N1103">Préparateur / Préparatrice de commandes</option><option value="H2903">Soudeur / Soudeuse</option>
    </select>
    <input type="hidden" id="code-rome" name="code_rome" value=""></div>
  <div class="form-group" id="competences-bloc"><p id="competences-aide">Choisissez d'abord un métier.</p></div>
  <div class="form-group"><label for="permis">Permis de conduire</label>
    <select id="permis" name="permis[]" class="select2" multiple data-placeholder="Vos permis" style="width: 100%">
      <option value="B">B - Véhicule léger</option><option value="C">C - Poids lourd</option><option value="CE">CE - Super lourd</option>
    </select></div>
  <div id="permis-questions"></div>
</form>`;

const SKILLS: Record<string, string[]> = { N1101: ['Conduire un chariot élévateur', 'Charger et décharger des marchandises'] };

function mount(): string[] {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = page;
  $('#metier').select2({ placeholder: 'Choisir un métier' });
  $('#permis').select2({ placeholder: 'Vos permis' });
  const events: string[] = [];
  $('#metier').on('select2:select', (event) => {
    events.push(`metier:${event.params.data.id}`);
    $('#code-rome').val(event.params.data.id);
    const skills = SKILLS[event.params.data.id] ?? [];
    document.getElementById('competences-bloc')!.innerHTML = `<label for="competences">Compétences du métier</label><select id="competences" name="competences[]" multiple>${skills.map((skill) => `<option>${skill}</option>`).join('')}</select>`;
  });
  $('#permis').on('select2:select', (event) => {
    events.push(`permis:${event.params.data.id}`);
    $('#permis-questions').append(`<p class="permis-${event.params.data.id}">Date d'obtention du permis ${event.params.data.id} demandée</p>`);
  });
  return events;
}

describe('Select2 lists whose next list loads on select2:select', () => {
  it("sends Select2's own select2:select for the job and each licence, so the page loads what depends on them", async () => {
    const events = mount();
    const plan = planOf({ fields: { jobTitle: 'Cariste' }, drivingLicences: ['B', 'C'] });
    const outcome = await fillForm(document, plan, context);
    expect(document.querySelector<HTMLSelectElement>('#metier')!.value).toBe('N1101');
    expect(events).toEqual(['metier:N1101', 'permis:B', 'permis:C']);
    expect(document.querySelector<HTMLInputElement>('#code-rome')!.value).toBe('N1101');
    expect(document.querySelectorAll('#competences option')).toHaveLength(2);
    expect(document.querySelectorAll('#permis-questions p')).toHaveLength(2);
    expect([...document.querySelectorAll<HTMLOptionElement>('#permis option')].filter((option) => option.selected).map((option) => option.value)).toEqual(['B', 'C']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['jobTitle', 'drivingLicence:B', 'drivingLicence:C']));
    // Select2's dropdown is closed again: nothing left open over the page.
    expect(document.querySelector('.select2-container--open')).toBeNull();
    await outcome.undo();
    expect(document.querySelector<HTMLSelectElement>('#metier')!.value).toBe('');
    expect([...document.querySelectorAll<HTMLOptionElement>('#permis option')].some((option) => option.selected)).toBe(false);
  });

  it('leaves a job the person had chosen in Select2 as it is (a conflict, no event)', async () => {
    const events = mount();
    $('#metier').val('H2903');
    const outcome = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(document.querySelector<HTMLSelectElement>('#metier')!.value).toBe('H2903');
    expect(events).toEqual([]);
    expect(outcome.report.filled).not.toContain('jobTitle');
  });
});
