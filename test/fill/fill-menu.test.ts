// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm, type FillContext } from '../../lib/fill/fill-form';
import { emptyFillPlan, type FillPlan } from '../../lib/fill/fill-plan';
import { findControls, isShownByStyle, readValue } from '../../lib/fill/find-controls';
import { describeControl } from '../../lib/fill/describe-control';
import { settlePage } from '../../lib/fill/wait-for-page';
import { selectMenu } from './fake-pages';

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
const JOBS = ['Agent / Agente de propreté', 'Cariste / Caristière', 'Préparateur / Préparatrice de commandes'];

describe('custom select menus (no text box: a button that opens a list)', () => {
  it('are found and named by their label, not by the value they show', () => {
    document.body.innerHTML = '<form><div id="a"></div><div id="b"></div></form>';
    selectMenu(document.getElementById('a')!, { label: 'Permis de conduire', id: 'permis', options: LICENCES });
    selectMenu(document.getElementById('b')!, { label: 'Métier recherché', id: 'metier', options: JOBS, style: 'portal', value: 'Cariste / Caristière' });
    const menus = findControls(document, isShownByStyle);
    expect(menus.map((menu) => menu.id)).toEqual(['permis', 'metier']);
    expect(describeControl(menus[1]!)).toMatchObject({ type: 'menu', label: 'Métier recherché' });
    // "Choisir…" is no value; a choice is.
    expect(readValue(menus[0]!)).toBe('');
    expect(readValue(menus[1]!)).toBe('Cariste / Caristière');
  });

  it('opens each menu as a person would, picks the option that says the value, and undo puts the menus back', async () => {
    document.body.innerHTML = '<form><div id="a"></div><div id="b"></div></form>';
    const licence = selectMenu(document.getElementById('a')!, { label: 'Permis de conduire', id: 'permis', options: LICENCES });
    const job = selectMenu(document.getElementById('b')!, { label: 'Métier recherché', id: 'metier', options: JOBS, style: 'portal' });
    const fill = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' }, drivingLicences: ['B'] }), context);
    expect(licence.state.value).toBe('B - Véhicule léger');
    expect(job.state.value).toBe('Cariste / Caristière');
    expect(fill.report.filled).toEqual(expect.arrayContaining(['jobTitle', 'drivingLicence:B']));
    expect(fill.report.skipped).toEqual([]);
    // The job menu has no "Choisir…" to go back to: undo cannot empty it, and the report says so.
    expect(fill.report.irreversible).toEqual(['jobTitle']);
    // Closed again, and the portal's list gone.
    expect(licence.menu.getAttribute('aria-expanded')).toBe('false');
    expect(document.querySelectorAll('[role="listbox"]:not([hidden])')).toHaveLength(0);

    await fill.undo();
    expect(licence.state.value).toBe('');
    expect(licence.menu.textContent).toBe('Choisir…');
    // The portal menu has no "Choisir…" option to go back to: it keeps the choice (a person would
    // have to reload the page too).
    expect(job.state.value).toBe('Cariste / Caristière');
    expect(job.state.opened).toBe(1);
  });

  it('leaves a menu that already shows another value alone, and one without the value as it was', async () => {
    document.body.innerHTML = '<form><div id="a"></div><div id="b"></div></form>';
    const licence = selectMenu(document.getElementById('a')!, { label: 'Permis de conduire', id: 'permis', options: ['AM - Cyclomoteur', 'A - Moto'] });
    const job = selectMenu(document.getElementById('b')!, { label: 'Métier recherché', id: 'metier', options: JOBS, style: 'portal', value: 'Agent / Agente de propreté' });
    const { report } = await fillForm(document, planOf({ fields: { jobTitle: 'Cariste' }, drivingLicences: ['B'] }), context);
    expect(job.state.value).toBe('Agent / Agente de propreté');
    expect(job.state.opened).toBe(0);
    expect(report.conflicts).toEqual([{ key: 'jobTitle', pageValue: 'Agent / Agente de propreté', suggested: 'Cariste' }]);
    expect(licence.state.value).toBe('');
    expect(licence.menu.getAttribute('aria-expanded')).toBe('false');
    expect(report.skipped).toContainEqual({ target: 'drivingLicences', reason: 'no-matching-option' });
    expect(report.filled).toEqual([]);
  });

  it('chooses the level of each language in menus of a "Langues" section', async () => {
    document.body.innerHTML = `<form><h2>Langues</h2>
      <div class="pair"><label for="l1">Langue 1</label><select id="l1" name="l1"><option value="">--</option><option value="EN">Anglais</option><option value="ES">Espagnol</option></select><div id="m1"></div></div>
      <div class="pair"><label for="l2">Langue 2</label><select id="l2" name="l2"><option value="">--</option><option value="EN">Anglais</option><option value="ES">Espagnol</option></select><div id="m2"></div></div></form>`;
    const levels = ['A1 - Débutant', 'A2 - Élémentaire', 'B1 - Intermédiaire', 'B2 - Avancé', 'C1 - Autonome', 'C2 - Maîtrise'];
    const first = selectMenu(document.getElementById('m1')!, { label: 'Niveau 1', id: 'n1', options: levels, style: 'portal' });
    const second = selectMenu(document.getElementById('m2')!, { label: 'Niveau 2', id: 'n2', options: levels });
    await fillForm(document, planOf({ languages: [{ language: 'es', level: 'B2' }, { language: 'en', level: 'C1' }] }), context);
    expect((document.getElementById('l1') as HTMLSelectElement).value).toBe('ES');
    expect(first.state.value).toBe('B2 - Avancé');
    expect((document.getElementById('l2') as HTMLSelectElement).value).toBe('EN');
    expect(second.state.value).toBe('C1 - Autonome');
  });

  it('leaves a language row whose list lacks the language for the next language, without writing its level', async () => {
    for (const languageMenu of [false, true]) {
      document.body.innerHTML = `<form><h2>Langues</h2><div class="pair">${languageMenu ? '<div id="l"></div>' : '<label for="langue">Langue</label><select id="langue" name="langue"><option value="">Choisir une langue</option><option value="en">Anglais</option><option value="de">Allemand</option></select>'}<div id="m"></div></div></form>`;
      const language = languageMenu ? selectMenu(document.getElementById('l')!, { label: 'Langue', id: 'langue', options: ['Anglais', 'Allemand'] }) : null;
      const level = selectMenu(document.getElementById('m')!, { label: 'Niveau', id: 'niveau', options: ['A1 - Débutant', 'B2 - Avancé', 'C2 - Maîtrise'] });
      const { report } = await fillForm(document, planOf({ languages: [{ language: 'fr', level: 'C2', levelText: 'langue maternelle' }, { language: 'en', level: 'A1', levelText: 'notions' }] }), context);
      expect(language ? language.state.value : (document.getElementById('langue') as HTMLSelectElement).value).toBe(language ? 'Anglais' : 'en');
      expect(level.state.value).toBe('A1 - Débutant');
      expect(report.filled).toEqual(['language:en']);
      expect(report.skipped).toContainEqual({ target: 'language:fr.language', reason: 'no-matching-option' });
    }
  });

  it('fills the native select a widget hides (Select2), not the widget’s own combobox, and the widget hears it', async () => {
    document.body.innerHTML = `<form><label for="permis">Permis de conduire</label>
      <select id="permis" name="permis" class="select2-hidden-accessible" aria-hidden="true" tabindex="-1" style="position: absolute; clip: rect(0 0 0 0); height: 1px; width: 1px;">
        <option value="">Choisir…</option><option value="A">A - Moto</option><option value="B">B - Véhicule léger</option></select>
      <span class="select2 select2-container"><span class="selection"><span class="select2-selection" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-labelledby="select2-permis-container">
        <span class="select2-selection__rendered" id="select2-permis-container" role="textbox" aria-readonly="true">Choisir…</span></span></span></span></form>`;
    const select = document.getElementById('permis') as HTMLSelectElement;
    const rendered = document.getElementById('select2-permis-container')!;
    // What Select2 does on the list's change event.
    select.addEventListener('change', () => (rendered.textContent = select.selectedOptions[0]!.text));
    expect(findControls(document, isShownByStyle)).toEqual([select]);
    const fill = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(select.value).toBe('B');
    expect(rendered.textContent).toBe('B - Véhicule léger');
    expect(fill.report.filled).toEqual(['drivingLicence:B']);
    await fill.undo();
    expect(select.value).toBe('');
    expect(rendered.textContent).toBe('Choisir…');
  });

  it('tells Chosen to redraw its menu, which it does not do on the change event', async () => {
    document.body.innerHTML = `<form><label for="permis">Permis de conduire</label>
      <select id="permis" name="permis" style="display: none"><option value=""></option><option value="B">B - Véhicule léger</option></select>
      <div class="chosen-container chosen-container-single"><a class="chosen-single"><span>Choisir…</span></a></div></form>`;
    const select = document.getElementById('permis') as HTMLSelectElement;
    const shown = document.querySelector('.chosen-single span')!;
    select.addEventListener('chosen:updated', () => (shown.textContent = select.selectedOptions[0]!.text));
    await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(select.value).toBe('B');
    expect(shown.textContent).toBe('B - Véhicule léger');
  });

  it('leaves the site’s own controls alone (a language switcher in its banner or navigation), even named "Languages"', async () => {
    document.body.innerHTML = `<header role="banner"><select aria-label="Languages" id="site"><option>English</option><option>Français</option></select></header>
      <nav><button id="site-menu" aria-haspopup="listbox" aria-label="Languages">English</button></nav>
      <main><form><label for="langues">Langues parlées</label><textarea id="langues"></textarea>
      <article><header><label for="courriel">Courriel</label><input id="courriel" type="email"></header></article></form></main>`;
    const { report } = await fillForm(document, planOf({ fields: { email: 'marie@example.fr' }, languages: [{ language: 'en', level: 'B2' }] }), context);
    expect((document.getElementById('site') as HTMLSelectElement).value).toBe('English');
    expect(document.getElementById('site-menu')!.getAttribute('aria-expanded')).toBeNull();
    expect((document.getElementById('langues') as HTMLTextAreaElement).value).toBe('Anglais (B2)');
    // A header of a part of the page is not the site's.
    expect((document.getElementById('courriel') as HTMLInputElement).value).toBe('marie@example.fr');
    expect(report.skipped).toEqual([]);
  });

  it('finds a menu built on a read-only text box kept out of sight (PrimeReact, PrimeVue), reads it through its visible box and opens it', async () => {
    document.body.innerHTML = `<form><label for="permis">Permis de conduire</label>
      <div class="p-dropdown" id="box">
        <div class="p-hidden-accessible"><input id="permis" type="text" readonly aria-haspopup="listbox" aria-expanded="false"></div>
        <div class="p-hidden-accessible"><select tabindex="-1"><option value="">Choisir…</option></select></div>
        <span class="p-dropdown-label p-placeholder">Choisir…</span></div>
      <label for="ville">Ville</label><input id="ville" readonly value="Valenciennes"></form>`;
    const box = document.getElementById('box')!;
    const input = document.getElementById('permis') as HTMLInputElement;
    const label = box.querySelector('.p-dropdown-label')!;
    let panel: HTMLElement | null = null;
    // PrimeReact opens on a click in its box (the hidden input's click reaches it).
    box.addEventListener('click', () => {
      if (panel) return;
      panel = document.createElement('div');
      panel.innerHTML = '<ul role="listbox"><li role="option">AM - Cyclomoteur</li><li role="option">B - Véhicule léger</li></ul>';
      panel.querySelectorAll('li').forEach((option) =>
        option.addEventListener('click', (event) => {
          event.stopPropagation();
          label.textContent = option.textContent;
          label.classList.remove('p-placeholder');
          panel!.remove();
          panel = null;
          input.setAttribute('aria-expanded', 'false');
        }),
      );
      document.body.append(panel);
      input.setAttribute('aria-expanded', 'true');
    });
    // The read-only town box is no menu: it stays out of the fill.
    expect(findControls(document, isShownByStyle)).toEqual([input]);
    expect(readValue(input)).toBe('');
    const { report } = await fillForm(document, planOf({ drivingLicences: ['B'] }), context);
    expect(label.textContent).toBe('B - Véhicule léger');
    expect(readValue(input)).toBe('B - Véhicule léger');
    expect(report.filled).toEqual(['drivingLicence:B']);
  });
});
