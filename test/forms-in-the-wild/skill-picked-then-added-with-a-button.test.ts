// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A France Travail-like "Mes compétences" page: one ARIA 1.2 combobox whose listbox appears a
 * moment after typing, with the referential's wording; a click on a suggestion only puts it in the
 * box, and the "Ajouter" button beside it adds it to the list below. A text that is no suggestion
 * is refused by the button ("Choisissez une compétence dans la liste"). The fill took the suggestion
 * list for the chips' list, so it never saw the button nor the skills added below it, and reported
 * every skill refused; and it pressed the button only when the box held the text it typed, not the
 * suggestion it picked ("Préparer des commandes (picking)").
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const REFERENTIAL = ['Utiliser un chariot élévateur', 'Utiliser un chariot élévateur embarqué', 'Utiliser un transpalette', 'Préparer des commandes (picking)', 'Préparer des commandes en zone froide', 'Gérer les stocks'];

function mount(): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<main><form id="competences" novalidate>
    <h1>Mes compétences</h1>
    <div class="fr-input-group">
      <label class="fr-label" for="nom">Nom</label><input class="fr-input" id="nom" name="nom">
    </div>
    <section aria-labelledby="t-comp"><h2 id="t-comp">Savoir-faire</h2>
      <div class="autocomplete">
        <label class="fr-label" id="l-comp" for="comp">Rechercher une compétence <span class="fr-hint-text">Saisissez au moins 3 caractères</span></label>
        <div class="fr-input-wrap">
          <input class="fr-input" id="comp" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="comp-lb" autocomplete="off">
          <ul id="comp-lb" role="listbox" aria-labelledby="l-comp" hidden></ul>
        </div>
        <p id="comp-err" class="fr-error-text" hidden>Choisissez une compétence dans la liste</p>
        <button type="button" class="fr-btn" id="add">Ajouter</button>
      </div>
      <ul id="mes-comp" class="fr-tags-group" aria-label="Compétences ajoutées"></ul>
    </section>
  </form></main>`;
  const input = document.getElementById('comp') as HTMLInputElement;
  const list = document.getElementById('comp-lb')!;
  const error = document.getElementById('comp-err')!;
  const added = document.getElementById('mes-comp')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const words = input.value.toLowerCase().split(/\s+/).filter((word) => word.length > 3);
      const found = input.value.length < 3 ? [] : REFERENTIAL.filter((label) => words.some((word) => label.toLowerCase().includes(word.slice(0, 6))));
      list.innerHTML = found.map((label, index) => `<li role="option" id="o-${index}" aria-selected="false">${label}</li>`).join('');
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      list.querySelectorAll('li').forEach((option) => option.addEventListener('click', () => {
        input.value = option.textContent!;
        list.hidden = true;
        input.setAttribute('aria-expanded', 'false');
      }));
    }, 120);
  });
  document.getElementById('add')!.addEventListener('click', () => {
    const label = REFERENTIAL.find((known) => known === input.value);
    error.hidden = label !== undefined;
    if (!label) return;
    const tag = document.createElement('li');
    tag.innerHTML = `<span class="fr-tag">${label}</span> <button type="button" class="fr-btn--close" aria-label="Retirer ${label}">Retirer</button>`;
    tag.querySelector('button')!.addEventListener('click', () => tag.remove());
    added.append(tag);
    input.value = '';
  });
}

const errorShown = () => !document.getElementById('comp-err')!.hidden;

const tags = () => [...document.querySelectorAll('#mes-comp .fr-tag, #mes-comp .tag')].map((tag) => tag.textContent);

describe('a skill picked in a suggestion list, then added with its button', () => {
  it('adds the suggestion that says each skill, in the referential’s wording, names the one it does not, and undo takes them back', async () => {
    mount();
    const outcome = await fillForm(document, planOf({ ...cariste, skills: ['utiliser un chariot élévateur', 'préparer des commandes', "souder à l'arc"] }), context);
    expect(tags()).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes (picking)']);
    expect((document.getElementById('comp') as HTMLInputElement).value).toBe('');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
    // A skill the list does not offer is not pressed "Ajouter" with: the page's refusal would stay on screen.
    expect(errorShown()).toBe(false);
    await outcome.undo();
    expect(tags()).toEqual([]);
  });

  it('still picks the suggestions after a first skill the list does not offer, and leaves no refusal on screen', async () => {
    mount();
    const outcome = await fillForm(document, planOf({ ...cariste, skills: ["souder à l'arc", 'utiliser un chariot élévateur', 'préparer des commandes'] }), context);
    expect(tags()).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes (picking)']);
    expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
    expect(errorShown()).toBe(false);
    expect(document.activeElement).not.toBe(document.getElementById('comp'));
  });
});

/**
 * The same page without suggestions, checked by a validation library the way jQuery Validation
 * does: "Ajouter" checks the box against the referential and shows "Choisissez une compétence
 * dans la liste"; the box is checked again when it is left (focusout) or on a key, never on an
 * input event. The fill emptied a refused box without leaving it: the message stayed.
 */
describe('a skill box checked again when it is left', () => {
  it('leaves the box as a person does once a skill is refused, so the message goes', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<main><form novalidate><h1>Mes compétences</h1>
      <div class="form-group"><label for="comp">Compétence</label>
        <div class="input-group"><input id="comp" name="competence" type="text"><button type="button" id="add">Ajouter</button></div>
        <label id="comp-err" class="error" for="comp" hidden>Choisissez une compétence dans la liste</label>
        <ul id="mes-comp" class="tags"></ul></div></form></main>`;
    const input = document.getElementById('comp') as HTMLInputElement;
    const error = document.getElementById('comp-err')!;
    const added = document.getElementById('mes-comp')!;
    const check = () => {
      const valid = input.value === '' || REFERENTIAL.includes(input.value);
      error.hidden = valid;
      return valid && input.value !== '';
    };
    input.addEventListener('focusout', check);
    input.addEventListener('keyup', check);
    document.getElementById('add')!.addEventListener('click', () => {
      if (!check()) return;
      const tag = document.createElement('li');
      tag.innerHTML = `<span class="tag">${input.value}</span> <button type="button" aria-label="Retirer ${input.value}">×</button>`;
      tag.querySelector('button')!.addEventListener('click', () => tag.remove());
      added.append(tag);
      input.value = '';
    });
    const outcome = await fillForm(document, planOf({ ...cariste, skills: ['Gérer les stocks', "souder à l'arc"] }), context);
    expect(tags()).toEqual(['Gérer les stocks']);
    expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
    expect(input.value).toBe('');
    expect(errorShown()).toBe(false);
  });
});
