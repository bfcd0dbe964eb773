// @vitest-environment happy-dom
// Review of the custom select menus and of the native selects hidden behind widgets: each test
// shows a case a real page produces where the fill goes wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { describeControl } from '../../lib/fill/describe-control';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { findControls, isEmpty, isShownByStyle, readValue } from '../../lib/fill/find-controls';
import { settlePage } from '../../lib/fill/wait-for-page';
import { repeatableGroup, selectMenu } from './fake-pages';

const context: FillContext = {
  isVisible: isShownByStyle,
  settle: () => settlePage(5),
  waitForRerender: () => settlePage(60),
  highlight: false,
  adapters: [],
};

afterEach(() => {
  document.body.innerHTML = '';
});

function planOf(patch: Partial<FillPlan>): FillPlan {
  return { ...emptyFillPlan(), ...patch };
}

const LICENCES = ['AM - Cyclomoteur', 'B - Véhicule léger', 'C - Poids lourd'];

/**
 * A button menu as Headless UI's Listbox and Radix's Select render it: a <button> that opens a list
 * of options on click, the list in a portal at the end of the page while open. `placeholder` is
 * what the button shows while nothing is chosen; Radix marks that state with data-placeholder.
 */
function buttonMenu(host: HTMLElement, options: { id: string; options: string[]; placeholder: string; radix?: boolean }) {
  host.insertAdjacentHTML('beforeend', `<button type="button" id="${options.id}" aria-haspopup="listbox" aria-expanded="false"><span></span><svg aria-hidden="true"></svg></button>`);
  const button = host.querySelector<HTMLButtonElement>(`#${options.id}`)!;
  if (options.radix) button.setAttribute('role', 'combobox');
  const state = { value: '' };
  const show = () => {
    button.querySelector('span')!.textContent = state.value || options.placeholder;
    if (options.radix) button.toggleAttribute('data-placeholder', state.value === '');
  };
  let list: HTMLElement | null = null;
  const close = () => {
    list?.remove();
    list = null;
    button.setAttribute('aria-expanded', 'false');
    button.removeAttribute('aria-controls');
  };
  button.addEventListener('click', () => {
    if (list) return close();
    list = document.createElement('div');
    list.id = `${options.id}-list`;
    list.setAttribute('role', 'listbox');
    for (const text of options.options) {
      const option = document.createElement('div');
      option.setAttribute('role', 'option');
      option.textContent = text;
      option.addEventListener('click', () => {
        state.value = text;
        show();
        close();
      });
      list.append(option);
    }
    document.body.append(list);
    button.setAttribute('aria-controls', list.id);
    button.setAttribute('aria-expanded', 'true');
  });
  button.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') close();
  });
  show();
  return { button, state };
}

describe('native selects behind a widget', () => {
  it('Tom Select: the select is the one field, not also the text box Tom Select moves the label to', async () => {
    // Tom Select's markup once set up (tom-select.js setup()): the select hidden and out of the tab
    // order, the wrapper right after it, its own text box given role="combobox", and the page's
    // <label for="permis"> pointed at that box (for="permis-ts-control"). A Bootstrap horizontal
    // form: the label in its column, the select and the widget in the next one.
    document.body.innerHTML = `<form><div class="row">
      <label for="permis-ts-control" id="permis-ts-label" class="col-sm-3 col-form-label">Permis de conduire</label>
      <div class="col-sm-9">
        <select id="permis" name="q_12" class="tomselected ts-hidden-accessible" tabindex="-1" style="position: absolute; clip: rect(0 0 0 0); width: 1px; height: 1px;">
          <option value="">Choisir…</option><option value="A">A - Moto</option><option value="B">B - Véhicule léger</option></select>
        <div class="ts-wrapper single">
          <div class="ts-control"><input type="text" autocomplete="off" size="1" tabindex="0" role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-controls="permis-ts-dropdown" id="permis-ts-control" aria-labelledby="permis-ts-label"></div>
          <div class="ts-dropdown single" style="display: none;"><div role="listbox" tabindex="-1" class="ts-dropdown-content" id="permis-ts-dropdown" aria-labelledby="permis-ts-label"></div></div>
        </div></div></div></form>`;
    const select = document.getElementById('permis') as HTMLSelectElement;
    expect(findControls(document, isShownByStyle)).toEqual([select]);
    const fill = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    // The form sends the select: "B" typed into Tom Select's search box is no licence.
    expect(select.value).toBe('B');
    expect((document.getElementById('permis-ts-control') as HTMLInputElement).value).toBe('');
    expect(fill.report.filled).toEqual(['drivingLicence:B']);
  });
});

describe('custom select menus', () => {
  it('Radix Select: a trigger showing its placeholder (data-placeholder) holds no value and is filled', async () => {
    // shadcn/ui: <SelectValue placeholder="Votre permis" />. Radix marks the trigger
    // data-placeholder while nothing is chosen; the placeholder's words are the page's own.
    document.body.innerHTML = '<form><div class="field"><label for="permis">Permis de conduire</label></div></form>';
    const menu = buttonMenu(document.querySelector('.field')!, { id: 'permis', options: LICENCES, placeholder: 'Votre permis', radix: true });
    expect(readValue(menu.button)).toBe('');
    expect(isEmpty(menu.button)).toBe(true);
    const { report } = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(menu.state.value).toBe('B - Véhicule léger');
    expect(report.skipped).not.toContainEqual({ target: 'drivingLicences', reason: 'not-empty' });
  });

  it('a menu nothing labels is named by the text before it, not by the value it shows', async () => {
    // Headless UI's Listbox without <Listbox.Label>, as in its own examples: the button in a
    // "relative" div, the field's name in a div before it.
    document.body.innerHTML = '<form><div class="field"><div>Permis de conduire</div><div class="relative"></div></div></form>';
    const menu = buttonMenu(document.querySelector('.relative')!, { id: 'permis', options: LICENCES, placeholder: 'Choisir' });
    expect(describeControl(menu.button).label).toBe('Permis de conduire');
    await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(menu.state.value).toBe('B - Véhicule léger');
  });
});

describe('closing a menu the fill leaves without a choice', () => {
  it('an ARIA select-only combobox in a dialog: the Escape goes to the box, the dialog stays open', async () => {
    // The WAI-ARIA APG select-only combobox: focus stays on the box, which handles the keys and
    // prevents the default of the Escape that closes its list; the listbox beside it has no key
    // handler. The dialog around it (jQuery UI's, Headless UI's) closes on an Escape nobody handled.
    document.body.innerHTML = `<div role="dialog" id="dialog"><form>
      <label id="permis-label">Permis de conduire</label>
      <div id="permis" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-controls="permis-list" aria-labelledby="permis-label">Choisir…</div>
      <div id="permis-list" role="listbox" hidden style="display: none"><div role="option">Choisir…</div><div role="option">AM - Cyclomoteur</div><div role="option">A - Moto</div></div>
      </form></div>`;
    const dialog = document.getElementById('dialog')!;
    const menu = document.getElementById('permis')!;
    const list = document.getElementById('permis-list')!;
    const setOpen = (open: boolean) => {
      menu.setAttribute('aria-expanded', String(open));
      list.hidden = !open;
      list.style.display = open ? '' : 'none';
    };
    menu.addEventListener('click', () => setOpen(menu.getAttribute('aria-expanded') !== 'true'));
    menu.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Escape' || menu.getAttribute('aria-expanded') !== 'true') return;
      event.preventDefault();
      setOpen(false);
    });
    dialog.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Escape' && !event.defaultPrevented) dialog.hidden = true;
    });
    const { report } = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(report.skipped).toContainEqual({ target: 'drivingLicences', reason: 'no-matching-option' });
    expect(menu.getAttribute('aria-expanded')).toBe('false');
    expect(dialog.hidden).toBe(false);
  });
});

describe('undo of menus in entries the fill added', () => {
  it('does not name a menu of an entry undo removes as something undo could not take back', async () => {
    document.body.innerHTML = `<form><section id="langues"><h2>Langues</h2><div class="rows"></div>
      <button type="button" data-add>Ajouter une langue</button></section>
      <template id="tpl"><div class="row"><label>Langue <select name="language"><option value="">Choisir…</option><option value="en">Anglais</option><option value="es">Espagnol</option></select></label>
      <div class="level"></div><button type="button" data-remove>Supprimer</button></div></template></form>`;
    const levels = ['A1 - Débutant', 'A2 - Élémentaire', 'B1 - Intermédiaire', 'B2 - Avancé', 'C1 - Autonome', 'C2 - Maîtrise'];
    // MUI-like level menus: no "Choisir…" option, so a choice made cannot be unmade in the menu.
    const menus: ReturnType<typeof selectMenu>[] = [];
    const languages = repeatableGroup(document.getElementById('langues')!, document.getElementById('tpl') as HTMLTemplateElement, {
      onRow: (row, index) => menus.push(selectMenu(row.querySelector('.level')!, { label: 'Niveau', id: `niveau-${index}`, options: levels, style: 'portal' })),
    });
    const fill = await fillForm(document, planOf({ languages: [{ language: 'en', level: 'B2' }] }), context);
    expect(languages.rows).toEqual([{ language: 'en' }]);
    expect(menus[0]!.state.value).toBe('B2 - Avancé');
    await fill.undo();
    // The entry and its menu are gone: undo took everything back.
    expect(languages.rows).toEqual([]);
    expect(document.getElementById('niveau-0')).toBeNull();
    expect(fill.report.irreversible ?? []).toEqual([]);
  });
});

describe('repeatable entries with a list for their main field', () => {
  it('an experience whose job list lacks its title still gets its employer, in its own entry', async () => {
    // The same as a job picker that lacks the title (fill-form.test.ts): the title is left empty,
    // the rest of the entry is written. Only a language row is tied to its language list.
    document.body.innerHTML = `<form><section id="experiences"><h2>Expériences professionnelles</h2><div class="rows"></div>
      <button type="button" data-add>Ajouter une expérience</button></section>
      <template id="tpl"><fieldset class="row"><legend>Expérience</legend>
      <label>Intitulé du poste <select name="title"><option value="">Choisir…</option><option>Cariste</option><option>Magasinier</option></select></label>
      <label>Employeur <input name="employer"></label><button type="button" data-remove>Supprimer</button></fieldset></template></form>`;
    const experiences = repeatableGroup(document.getElementById('experiences')!, document.getElementById('tpl') as HTMLTemplateElement);
    const { report } = await fillForm(
      document,
      planOf({
        experiences: [
          { title: 'Cariste', employer: 'Hainaut Logistique Services', start: null, end: null },
          { title: 'Agent de quai', employer: 'Adecco', start: null, end: null },
        ],
      }),
      context,
    );
    expect(experiences.rows).toEqual([
      { title: 'Cariste', employer: 'Hainaut Logistique Services' },
      { title: '', employer: 'Adecco' },
    ]);
    expect(report.filled).toEqual(expect.arrayContaining(['experience:0', 'experience:1']));
  });
});
