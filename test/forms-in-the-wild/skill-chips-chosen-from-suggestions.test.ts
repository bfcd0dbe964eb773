// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A skills field of a job board: a combobox that makes a chip of a suggestion picked from its list
 * (fetched a moment after typing), and takes nothing else: Enter on free text does nothing. The
 * fill typed, pressed Enter at once, saw no chip, took the box for a plain one and typed every
 * skill into it as one text ("a, b, c"), reported as filled. Now it waits for the suggestions,
 * picks the one that says the skill, and names a skill the list does not offer as rejected.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const SUGGESTIONS = ['Utiliser un chariot élévateur', 'Utiliser un transpalette', 'Préparer des commandes', 'Préparer des commandes en zone froide', 'Gérer les stocks'];
/** The suggestions the site returns a moment after typing; a click on one makes its chip. */
function chipPicker(): void {
  const input = document.getElementById('skills') as HTMLInputElement;
  const list = document.getElementById('skills-list')!;
  const chips = document.getElementById('skills-chips')!;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const q = input.value.toLowerCase();
      const found = q.length < 2 ? [] : SUGGESTIONS.filter((s) => s.toLowerCase().includes(q.slice(0, 12)));
      list.innerHTML = found.map((s, i) => `<li role="option" id="opt-${i}">${s}</li>`).join('');
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', String(found.length > 0));
      list.querySelectorAll('li').forEach((li) => li.addEventListener('click', () => {
        const chip = document.createElement('span'); chip.className = 'chip'; chip.textContent = li.textContent!;
        const x = document.createElement('button'); x.type = 'button'; x.setAttribute('aria-label', `Retirer ${li.textContent}`); x.textContent = '×'; x.addEventListener('click', () => chip.remove());
        chip.append(x); chips.append(chip); input.value = ''; list.innerHTML = ''; list.hidden = true; input.setAttribute('aria-expanded', 'false');
      }));
    }, 150);
  });
}
const page = `<form><label for="n">Nom</label><input id="n" name="nom">
  <div class="skills-field"><label for="skills">Compétences</label><div id="skills-chips"></div>
    <input id="skills" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="skills-list" placeholder="Tapez une compétence">
    <ul id="skills-list" role="listbox" hidden></ul></div></form>`;
const chips = () => [...document.querySelectorAll('.chip')].map((chip) => chip.firstChild!.textContent);

describe('skill chips chosen from suggestions only', () => {
  it('picks the suggestion that says each skill; one not offered is rejected, nothing typed; undo removes the chips', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    chipPicker();
    const outcome = await fillForm(document, planOf({ ...cariste, skills: ['utiliser un chariot élévateur', 'préparer des commandes', "souder à l'arc"] }), context);
    expect(chips()).toEqual(['Utiliser un chariot élévateur', 'Préparer des commandes']);
    expect((document.getElementById('skills') as HTMLInputElement).value).toBe('');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['skills:utiliser un chariot élévateur', 'skills:préparer des commandes']));
    expect(outcome.report.skipped).toContainEqual({ target: "skills:souder à l'arc", reason: 'rejected-by-page' });
    await outcome.undo();
    expect(chips()).toEqual([]);
  });
});
