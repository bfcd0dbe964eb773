// @vitest-environment happy-dom
// The Tom Select / Choices.js display sync (lib/fill/sync-select-widget.ts) with the real libraries
// (node_modules): each case is a setting real sites use, and checks the widget shows what the fill
// wrote, and what undo put back.
import { afterEach, describe, expect, it, vi } from 'vitest';
import TomSelect from 'tom-select';
import Choices from 'choices.js';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { setControlValue } from '../../lib/fill/set-control-value';
import { settlePage } from '../../lib/fill/wait-for-page';

const context: FillContext = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(60), highlight: false, adapters: [] };

// The 96 departments of metropolitan France, as a "Département de résidence" list sends them.
const DEPARTMENTS = [
  ...Array.from({ length: 19 }, (_, index) => String(index + 1).padStart(2, '0')),
  '2A', '2B',
  ...Array.from({ length: 95 - 20 }, (_, index) => String(index + 21)),
];
const DEPARTMENT_OPTIONS = `<option value="">Choisir…</option>${DEPARTMENTS.map((code) => `<option value="${code}">${code} - Département ${code}</option>`).join('')}`;
const JOB_OPTIONS = `<option value="">Choisir…</option><option value="N1101">Cariste</option><option value="N1103">Préparateur / Préparatrice de commandes</option>`;
const LICENCE_OPTIONS = `<option value="B">B - Véhicule léger</option><option value="C">C - Poids lourd</option><option value="CE">CE - Poids lourd et remorque</option>`;

function page(markup: string): HTMLSelectElement {
  document.body.innerHTML = `<form>${markup}</form>`;
  return document.querySelector('select')!;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Tom Select shows the choice the fill wrote', () => {
  it('an option past the 50 Tom Select draws by default (maxOptions): Paris in a department list', async () => {
    const select = page(`<label for="departement">Département de résidence</label><select id="departement" name="departement">${DEPARTMENT_OPTIONS}</select>`);
    const widget = new TomSelect(select, { allowEmptyOption: true });
    setControlValue(select, '75');
    expect(select.value).toBe('75');
    // The page reads the widget (getValue) as often as the select: both must say Paris. (A sync that
    // searches the option by its text may take Tom Select's 300 ms refreshThrottle.)
    await vi.waitFor(() => expect(widget.getValue()).toBe('75'), { timeout: 1500 });
  });

  it('with the dropdown_input plugin (search box inside the menu, none in the box)', () => {
    const select = page(`<label for="metier">Métier recherché</label><select id="metier" name="metier">${JOB_OPTIONS}</select>`);
    const widget = new TomSelect(select, { allowEmptyOption: true, plugins: ['dropdown_input'] });
    setControlValue(select, 'N1101');
    expect(select.value).toBe('N1101');
    expect(widget.getValue()).toBe('N1101');
  });

  it('without a text box (controlInput: null, the box itself is the combobox)', () => {
    const select = page(`<label for="metier">Métier recherché</label><select id="metier" name="metier">${JOB_OPTIONS}</select>`);
    const widget = new TomSelect(select, { allowEmptyOption: true, controlInput: null });
    setControlValue(select, 'N1101');
    expect(select.value).toBe('N1101');
    expect(widget.getValue()).toBe('N1101');
  });

  it('a multiple select (tags) of licences: the fill ticks B and C, the widget shows them too', async () => {
    const select = page(`<label for="permis">Permis de conduire</label><select id="permis" name="permis" multiple>${LICENCE_OPTIONS}</select>`);
    const widget = new TomSelect(select, { plugins: ['remove_button'] });
    const outcome = await fillForm(document, { ...emptyFillPlan(), drivingLicences: ['B', 'C'] }, context);
    expect(outcome.report.filled).toEqual(['drivingLicence:B', 'drivingLicence:C']);
    expect([...select.options].filter((option) => option.selected).map((option) => option.value)).toEqual(['B', 'C']);
    await vi.waitFor(() => expect(widget.getValue()).toEqual(['B', 'C']), { timeout: 1500 });
    await outcome.undo();
    expect(widget.getValue()).toEqual([]);
  });
});

describe('Choices.js shows the choice the fill wrote', () => {
  it('a multiple select of licences with remove buttons: the fill ticks B and C, the widget shows them too', async () => {
    const select = page(`<label for="permis">Permis de conduire</label><select id="permis" name="permis" multiple>${LICENCE_OPTIONS}</select>`);
    const widget = new Choices(select, { removeItemButton: true, shouldSort: false });
    const outcome = await fillForm(document, { ...emptyFillPlan(), drivingLicences: ['B', 'C'] }, context);
    expect(outcome.report.filled).toEqual(['drivingLicence:B', 'drivingLicence:C']);
    expect([...select.options].filter((option) => option.selected).map((option) => option.value)).toEqual(['B', 'C']);
    await vi.waitFor(() => expect(widget.getValue(true)).toEqual(['B', 'C']), { timeout: 1500 });
    await outcome.undo();
    expect(widget.getValue(true)).toEqual([]);
  });
});
