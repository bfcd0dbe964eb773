// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * Skill chips with no remove control of their own: some tag inputs (a portal's home-made widget,
 * a "read-only" chip style) take a chip back only with Backspace in the empty box, others not at
 * all. The fill saw no chip (it found chips by their remove button), reported the skills as
 * rejected although the page showed them, and undo said nothing while the chips stayed.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

/** Enter adds a chip; Backspace in the empty box takes the last one back when `backspace`. */
function chipBox(box: HTMLElement, backspace: boolean): () => string[] {
  const chips: string[] = [];
  box.innerHTML = '<ul class="chips"></ul><input id="competences" name="competences-saisie" placeholder="Ajoutez une compétence puis Entrée">';
  const list = box.querySelector('ul')!;
  const input = box.querySelector('input')!;
  const render = () => {
    list.innerHTML = '';
    for (const text of chips) {
      const chip = document.createElement('li');
      chip.className = 'chip';
      chip.textContent = text;
      list.append(chip);
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && input.value.trim()) {
      event.preventDefault();
      chips.push(input.value.trim());
      input.value = '';
      render();
    }
    if (event.key === 'Backspace' && backspace && input.value === '') {
      chips.pop();
      render();
    }
  });
  return () => [...chips];
}

const page = `<form><label for="nom">Nom</label><input id="nom" name="nom">
  <label for="competences">Compétences</label><div class="skills-field"></div></form>`;

describe('skill chips with no remove control', () => {
  it('fills one chip per skill and takes them back with Backspace, as a person would', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    const chips = chipBox(document.querySelector('.skills-field')!, true);
    const outcome = await fillForm(document, cariste, context);
    expect(chips()).toEqual(cariste.skills);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(cariste.skills.map((skill) => `skills:${skill}`)));
    expect(outcome.report.skipped.filter(({ target }) => target.startsWith('skills'))).toEqual([]);
    await outcome.undo();
    expect(chips()).toEqual([]);
    expect(outcome.report.irreversible ?? []).toEqual([]);
  });

  it('says plainly which chips undo could not take back when the page offers no way', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    const chips = chipBox(document.querySelector('.skills-field')!, false);
    const outcome = await fillForm(document, cariste, context);
    expect(chips()).toEqual(cariste.skills);
    await outcome.undo();
    // The chips stay (nothing on the page removes them), and undo says so, chip by chip.
    expect(chips()).toEqual(cariste.skills);
    expect(outcome.report.irreversible).toEqual(expect.arrayContaining(cariste.skills.map((skill) => `skills:${skill}`)));
    expect((document.getElementById('nom') as HTMLInputElement).value).toBe('');
  });

  it('leaves a chip the person had before the fill', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = page;
    const chips = chipBox(document.querySelector('.skills-field')!, true);
    const input = document.getElementById('competences') as HTMLInputElement;
    input.value = 'Gestes et postures';
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    const outcome = await fillForm(document, cariste, context);
    expect(chips()).toEqual(['Gestes et postures', ...cariste.skills]);
    await outcome.undo();
    expect(chips()).toEqual(['Gestes et postures']);
  });
});
