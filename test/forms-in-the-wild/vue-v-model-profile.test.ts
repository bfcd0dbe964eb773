// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A workshop registration built with Vue's v-model (Vue is not among the repository's packages: its
 * directives are reproduced here as Vue 3's runtime-dom writes them). v-model.trim and .lazy text
 * boxes (.lazy listens to change only), a select, a checkbox array, and a radio question whose
 * "Oui" shows the licence categories (v-if). Vue renders on the next microtask, writing its model
 * back into the boxes: what counts is the model. Vue's radio directive takes any change event on a
 * radio as that radio's choice, so undo cannot take the answer back: it must say so.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

interface Model { prenom: string; nom: string; email: string; metier: string; permis: string; categories: string[]; [key: string]: string | string[] }
type Binding = { element: HTMLInputElement | HTMLSelectElement; key: string; update: () => void };

function mountVueForm(): Model {
  const model: Model = { prenom: '', nom: '', email: '', metier: '', permis: '', categories: [] };
  const bindings: Binding[] = [];
  let queued = false;
  const render = () => {
    queued = false;
    // v-if="permis === 'oui'"
    const slot = document.getElementById('categories-slot')!;
    if (model.permis === 'oui' && !slot.firstElementChild) {
      slot.innerHTML = `<fieldset><legend>Catégories</legend>${['B', 'C', 'CE'].map((code) => `<label><input type="checkbox" value="${code}" data-model="categories"> Permis ${code}</label>`).join('')}</fieldset>`;
      slot.querySelectorAll<HTMLInputElement>('[data-model]').forEach(bind);
    } else if (model.permis !== 'oui' && slot.firstElementChild) {
      slot.innerHTML = '';
    }
    for (const binding of bindings) if (binding.element.isConnected) binding.update();
  };
  const set = (key: string, value: string | string[]) => {
    model[key] = value;
    if (!queued) {
      queued = true;
      queueMicrotask(render);
    }
  };
  function bind(element: HTMLInputElement | HTMLSelectElement): void {
    const key = element.dataset.model!;
    const modifiers = (element.dataset.modifiers ?? '').split(' ');
    if (element instanceof HTMLSelectElement) {
      // vModelSelect: change -> the selected option's value; updated -> selectedIndex from the model.
      element.addEventListener('change', () => set(key, [...element.options].find((option) => option.selected)?.value ?? ''));
      bindings.push({ element, key, update: () => { element.selectedIndex = [...element.options].findIndex((option) => option.value === model[key]); } });
    } else if (element.type === 'checkbox') {
      // vModelCheckbox on an array: change adds or removes the box's value.
      element.addEventListener('change', () => {
        const list = model[key] as string[];
        const found = list.includes(element.value);
        if (element.checked && !found) set(key, [...list, element.value]);
        else if (!element.checked && found) set(key, list.filter((value) => value !== element.value));
      });
      bindings.push({ element, key, update: () => { (element as HTMLInputElement).checked = (model[key] as string[]).includes(element.value); } });
    } else if (element.type === 'radio') {
      // vModelRadio: any change sets the model to this radio's value, checked or not.
      element.addEventListener('change', () => set(key, element.value));
      bindings.push({ element, key, update: () => { (element as HTMLInputElement).checked = model[key] === element.value; } });
    } else {
      // vModelText: input (change with .lazy), .trim; beforeUpdate writes the model back.
      element.addEventListener(modifiers.includes('lazy') ? 'change' : 'input', () => set(key, modifiers.includes('trim') ? element.value.trim() : element.value));
      if (modifiers.includes('trim')) element.addEventListener('change', () => { element.value = element.value.trim(); });
      bindings.push({ element, key, update: () => { if (element.value !== model[key]) element.value = model[key] as string; } });
    }
  }
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<div id="app"><form @submit.prevent>
    <label for="prenom">Prénom</label><input id="prenom" data-model="prenom" data-modifiers="trim">
    <label for="nom">Nom</label><input id="nom" data-model="nom" data-modifiers="trim">
    <label for="email">Adresse électronique</label><input id="email" type="email" data-model="email" data-modifiers="lazy">
    <label for="metier">Métier visé</label><select id="metier" data-model="metier"><option value="">Choisissez</option><option value="N1101">Cariste</option><option value="N1103">Préparateur de commandes</option></select>
    <fieldset><legend>Avez-vous le permis de conduire ?</legend>
      <label><input type="radio" name="permis" value="oui" data-model="permis"> Oui</label>
      <label><input type="radio" name="permis" value="non" data-model="permis"> Non</label></fieldset>
    <div id="categories-slot"></div>
  </form></div>`;
  document.querySelectorAll<HTMLInputElement>('[data-model]').forEach(bind);
  return model;
}

describe('a form whose state is Vue v-model bindings', () => {
  it('leaves the model holding what the fill wrote, the categories revealed and ticked', async () => {
    const model = mountVueForm();
    await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    expect(model).toEqual({ prenom: 'Mickaël', nom: 'FONTAINE', email: 'mickael.fontaine59@gmail.com', metier: 'N1101', permis: 'oui', categories: ['B', 'C'] });
  });

  it('puts the model back after undo, and names the licence answer Vue keeps', async () => {
    const model = mountVueForm();
    const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    await outcome.undo();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(model).toEqual({ prenom: '', nom: '', email: '', metier: '', permis: 'oui', categories: [] });
    // The box shows the model (what the page would send), and the review screen is told.
    expect(document.querySelector<HTMLInputElement>('[name="permis"][value="oui"]')!.checked).toBe(true);
    expect(outcome.report.irreversible).toEqual(['drivingLicences']);
  });
});
