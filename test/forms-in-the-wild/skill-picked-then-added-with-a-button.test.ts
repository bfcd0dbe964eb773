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

const tags = () => [...document.querySelectorAll('#mes-comp .fr-tag')].map((tag) => tag.textContent);

describe('a skill picked in a suggestion list, then added with its button', () => {
  it('adds the suggestion that says each skill, in the referential’s wording, names the one it does not, and undo takes them back', async () => {
    mount();
    const outcome = await fillForm(document, planOf({ ...cariste, skills: ['utiliser un chariot élévateur', 'préparer des commandes', "souder à l'arc"] }), context);
    expect(tags()).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes (picking)']);
    expect((document.getElementById('comp') as HTMLInputElement).value).toBe('');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
    await outcome.undo();
    expect(tags()).toEqual([]);
  });
});
