// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';

/**
 * A skills tag input (type, Enter or "Ajouter" makes a chip) in whose box the person had started
 * typing a skill of their own ("Soudure TIG") before asking for the fill. The fill typed the CV's
 * skills over it: the person's text was gone, and undo did not bring it back.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function mount(draft: string): HTMLInputElement {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form><label for="skills">Compétences</label>
    <div class="tags-input"><ul class="tags"></ul><input id="skills" name="skills"><button type="button" id="add">Ajouter</button></div></form>`;
  const input = document.getElementById('skills') as HTMLInputElement;
  const add = () => {
    if (!input.value.trim()) return;
    const chip = document.createElement('li');
    chip.className = 'tag';
    chip.innerHTML = `<span>${input.value}</span> <button type="button" aria-label="Retirer ${input.value}">×</button>`;
    chip.querySelector('button')!.addEventListener('click', () => chip.remove());
    document.querySelector('.tags')!.append(chip);
    input.value = '';
  };
  input.addEventListener('keydown', (event) => event.key === 'Enter' && add());
  document.getElementById('add')!.addEventListener('click', add);
  input.value = draft;
  return input;
}

const chips = () => [...document.querySelectorAll('.tag span')].map((chip) => chip.textContent);

describe('a tag box holding what the person was typing', () => {
  it('keeps their text and offers the choice, as for any box they wrote in', async () => {
    const input = mount('Soudure TIG');
    const outcome = await fillForm(document, planOf({ skills: ['utiliser un chariot élévateur', 'gérer les stocks'] }), context);
    expect(input.value).toBe('Soudure TIG');
    expect(chips()).toEqual([]);
    expect(outcome.report.skipped).toContainEqual({ target: 'skills', reason: 'not-empty' });
    expect(outcome.report.listConflicts).toEqual([{ target: 'skills', pageValue: 'Soudure TIG', suggested: expect.stringContaining('gérer les stocks') }]);
  });

  it('adds the chips once the person chose the CV’s list', async () => {
    mount('Soudure TIG');
    const outcome = await fillForm(document, planOf({ skills: ['utiliser un chariot élévateur', 'gérer les stocks'], overwrite: ['skills'] }), context);
    expect(chips()).toEqual(['utiliser un chariot élévateur', 'gérer les stocks']);
    expect(outcome.report.filled).toEqual(['skills:utiliser un chariot élévateur', 'skills:gérer les stocks']);
  });

  it('an empty box takes the chips as before', async () => {
    mount('');
    await fillForm(document, planOf({ skills: ['gérer les stocks'] }), context);
    expect(chips()).toEqual(['gérer les stocks']);
  });
});
