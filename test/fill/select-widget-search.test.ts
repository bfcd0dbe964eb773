// @vitest-environment happy-dom
// Lists whose options the site fetches as one types (lib/fill/search-select-widget.ts), with the
// real widget libraries: Tom Select's `load`, Choices.js answering its `search` event. The select
// holds no option for the value until it is looked up; the fill types it in the widget's search box,
// picks the option that says it, and undo empties the list again.
import { afterEach, describe, expect, it } from 'vitest';
import TomSelect from 'tom-select';
import Choices from 'choices.js';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { isShownByStyle } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';

const context: FillContext = { isVisible: isShownByStyle, settle: () => settlePage(5), waitForRerender: () => settlePage(60), highlight: false, adapters: [] };

/** A site's job titles (ROME appellations), looked up as a server would: words of the query, after a delay. */
const JOB_TITLES = [
  { code: '11573', label: 'Cariste' },
  { code: '11574', label: 'Cariste magasinier / Cariste magasinière' },
  { code: '12862', label: 'Préparateur / Préparatrice de commandes' },
  { code: '14437', label: 'Manutentionnaire' },
  { code: '10951', label: 'Agent / Agente de quai' },
];
const SKILLS = [
  { code: '100079', label: 'Conduire un chariot élévateur' },
  { code: '100012', label: 'Gestion des stocks et inventaires' },
  { code: '100098', label: 'Préparer les commandes' },
  { code: '100051', label: 'Charger ou décharger un véhicule' },
];

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
/** The server's answer: entries holding every word of the query, after `delay` ms. */
function lookUp<T extends { label: string }>(entries: T[], query: string, delay = 120): Promise<T[]> {
  const words = fold(query).split(/\s+/).filter((word) => word.length > 2);
  return new Promise((resolve) => setTimeout(() => resolve(entries.filter((entry) => words.every((word) => fold(entry.label).includes(word)))), delay));
}

function planOf(part: Partial<FillPlan>): FillPlan {
  return { ...emptyFillPlan(), ...part };
}

function page(markup: string): void {
  document.body.innerHTML = `<form>${markup}</form>`;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Tom Select fed by the site (load)', () => {
  it('looks the job sought up, picks the option that says it, and undo empties the list', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier" placeholder="Tapez un métier"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    const queries: string[] = [];
    const widget = new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'],
      load: (query: string, callback: (options: unknown[]) => void) => {
        queries.push(query);
        void lookUp(JOB_TITLES, query).then(callback);
      },
    });
    const fill = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(fill.report.filled).toContain('jobTitle');
    expect(select.value).toBe('11573');
    expect(widget.getValue()).toBe('11573');
    expect(queries).toContain('Cariste');
    await fill.undo();
    expect(select.value).toBe('');
    expect(widget.getValue()).toBe('');
  });

  it('tries the confirmed occupation when the CV’s own title finds nothing', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'],
      load: (query: string, callback: (options: unknown[]) => void) => void lookUp(JOB_TITLES, query).then(callback),
    });
    const plan = planOf({ fields: { jobTitle: 'Conducteur de chariot élévateur' }, occupations: ['préparateur de commandes/préparatrice de commandes'] });
    const fill = await fillForm(document, plan, context);
    expect(select.value).toBe('12862');
    expect(fill.report.filled).toContain('jobTitle');
  });

  it('a second fill sees the job already chosen: nothing written, no conflict', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'],
      load: (query: string, callback: (options: unknown[]) => void) => void lookUp(JOB_TITLES, query).then(callback),
    });
    const plan = planOf({ fields: { jobTitle: 'Cariste' } });
    await fillForm(document, plan, context);
    expect(select.value).toBe('11573');
    const again = await fillForm(document, plan, context);
    expect(again.report.conflicts).toEqual([]);
    expect(again.report.skipped).toEqual([]);
    expect(select.value).toBe('11573');
  });

  it('leaves the list empty and says so when the site has nothing for the value', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    const widget = new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'],
      load: (query: string, callback: (options: unknown[]) => void) => void lookUp(JOB_TITLES, query).then(callback),
    });
    const fill = await fillForm(document, planOf({ fields: { jobTitle: 'Astronaute' } }), context);
    expect(select.value).toBe('');
    expect(widget.getValue()).toBe('');
    expect(fill.report.skipped).toContainEqual({ target: 'jobTitle', reason: 'no-matching-option' });
    // No text left behind in its search box.
    expect((document.querySelector('.ts-control input') as HTMLInputElement).value).toBe('');
  });

  it('ticks each skill of a multiple list the site looks up, and undo takes back only those', async () => {
    page(`<label for="competences">Compétences</label><select id="competences" name="competences" multiple></select>`);
    const select = document.getElementById('competences') as HTMLSelectElement;
    const widget = new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'], plugins: ['remove_button'],
      load: (query: string, callback: (options: unknown[]) => void) => void lookUp(SKILLS, query).then(callback),
    });
    const fill = await fillForm(document, planOf({ skills: ['Conduire un chariot élévateur', 'Préparer les commandes', 'Soudure TIG'] }), context);
    expect(widget.getValue()).toEqual(['100079', '100098']);
    expect([...select.selectedOptions].map((option) => option.value)).toEqual(['100079', '100098']);
    expect(fill.report.filled).toEqual(['skills:Conduire un chariot élévateur', 'skills:Préparer les commandes']);
    expect(fill.report.skipped).toContainEqual({ target: 'skills:Soudure TIG', reason: 'no-matching-option' });
    await fill.undo();
    expect(widget.getValue()).toEqual([]);
  });

  it('prefers the site’s own option to the one that would create the value as typed (create: true)', async () => {
    page(`<label for="competences">Compétences</label><select id="competences" name="competences" multiple></select>`);
    const select = document.getElementById('competences') as HTMLSelectElement;
    const widget = new TomSelect(select, {
      valueField: 'code', labelField: 'label', searchField: ['label'], create: true,
      load: (query: string, callback: (options: unknown[]) => void) => void lookUp(SKILLS, query).then(callback),
    });
    const fill = await fillForm(document, planOf({ skills: ['Gestion des stocks', 'Soudure TIG'] }), context);
    // The site's option for the first (not "Add Gestion des stocks…", drawn above it); the second,
    // which the site does not know, added as typed.
    expect(widget.getValue()).toEqual(['100012', 'Soudure TIG']);
    expect(fill.report.filled).toEqual(['skills:Gestion des stocks', 'skills:Soudure TIG']);
    await fill.undo();
    expect(widget.getValue()).toEqual([]);
  });

  it('never types into a list whose options are all there (no search needed)', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier"><option value="">Choisir…</option><option value="11573">Cariste</option></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    let loads = 0;
    new TomSelect(select, { allowEmptyOption: true, load: (_query: string, callback: (options: unknown[]) => void) => { loads++; callback([]); } });
    await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(select.value).toBe('11573');
    expect(loads).toBe(0);
  });
});

describe('a list whose choice is shown by its text, not its code', () => {
  it('a second fill sees "Valenciennes (59300)" chosen for Valenciennes: no conflict; another town is one, named by its text', async () => {
    page(`<label for="commune">Commune</label><select id="commune" name="commune"><option value="">Choisir…</option><option value="59606">Valenciennes (59300)</option><option value="59350">Lille (59000)</option></select>`);
    const select = document.getElementById('commune') as HTMLSelectElement;
    await fillForm(document, planOf({ fields: { city: 'Valenciennes' } }), context);
    expect(select.value).toBe('59606');
    const again = await fillForm(document, planOf({ fields: { city: 'Valenciennes' } }), context);
    expect(again.report.conflicts).toEqual([]);
    const other = await fillForm(document, planOf({ fields: { city: 'Lille' } }), context);
    expect(other.report.conflicts).toEqual([{ key: 'city', pageValue: 'Valenciennes (59300)', suggested: 'Lille' }]);
    expect(select.value).toBe('59606');
  });
});

describe('Choices.js fed by the site (its search event)', () => {
  // happy-dom has no `Option` constructor, which Choices.js uses to write the options it is given.
  if (typeof (globalThis as { Option?: unknown }).Option !== 'function') {
    (globalThis as { Option?: unknown }).Option = function Option(text = '', value?: string, defaultSelected = false, selected = false) {
      const option = document.createElement('option');
      option.text = text;
      if (value !== undefined) option.value = value;
      option.defaultSelected = defaultSelected;
      option.selected = selected;
      return option;
    };
  }
  it('looks the job sought up and picks it', async () => {
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    const choices = new Choices(select, { searchEnabled: true, searchChoices: false, shouldSort: false, itemSelectText: '' });
    select.addEventListener('search', (event) => {
      const query = (event as CustomEvent<{ value: string }>).detail.value;
      void lookUp(JOB_TITLES, query).then((found) => choices.setChoices(found.map((entry) => ({ value: entry.code, label: entry.label })), 'value', 'label', true));
    });
    const fill = await fillForm(document, planOf({ fields: { jobTitle: 'Manutentionnaire' } }), context);
    expect(select.value).toBe('14437');
    expect(fill.report.filled).toContain('jobTitle');
    await fill.undo();
    expect(select.value).toBe('');
  });
});

describe('Select2 fed by the site (ajax)', () => {
  it('looks the job sought up in its dropdown search and picks it; undo empties it', async () => {
    const { default: jQuery } = await import('jquery');
    const { default: select2 } = await import('select2');
    select2(window, jQuery);
    // Browsers give a left press `which` 1 (button + 1), which Select2 checks before it opens; happy-dom gives 0.
    if (new MouseEvent('mousedown', { button: 0 }).which !== 1) {
      Object.defineProperty(MouseEvent.prototype, 'which', { configurable: true, get(this: MouseEvent) { return this.button + 1; } });
    }
    page(`<label for="metier">Métier recherché</label><select id="metier" name="metier" style="width: 300px"></select>`);
    const select = document.getElementById('metier') as HTMLSelectElement;
    const $ = jQuery as unknown as (element: Element) => { select2: (options: object) => void };
    $(select).select2({
      placeholder: 'Tapez un métier',
      minimumInputLength: 2,
      ajax: {
        delay: 150,
        transport: (params: { data: { term?: string } }, success: (answer: object) => void) => {
          void lookUp(JOB_TITLES, params.data.term ?? '').then((found) => success({ results: found.map((entry) => ({ id: entry.code, text: entry.label })) }));
          return { abort: () => undefined };
        },
      },
    });
    const fill = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' } }), context);
    expect(select.value).toBe('11573');
    expect(fill.report.filled).toContain('jobTitle');
    // Select2 writes the option only when one is picked: the select holds it, chosen. (What the widget
    // shows is checked in Chromium, test/e2e/forms-fill.spec.ts: happy-dom does not redraw it.)
    expect(select.options).toHaveLength(1);
    await fill.undo();
    expect(select.value).toBe('');
  });
});
