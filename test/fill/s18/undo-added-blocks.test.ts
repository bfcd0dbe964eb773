// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../../lib/fill/fill-form';
import { cariste, context } from '../../forms-in-the-wild/mount-form';

/**
 * Undo after the fill added experience blocks with the page's "Ajouter une expérience" button:
 * a block the fill added goes away through its own remove button ("Supprimer", "Retirer", a ×
 * named by aria-label), never a block the person filled or added.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

const blocks = () => document.querySelectorAll('.experience').length;
const titles = () => [...document.querySelectorAll<HTMLInputElement>('.experience input[name$="[poste]"]')].map((input) => input.value);

/** A page that builds each block with plain DOM calls, its remove button named `removeName`. */
function mountPlainList(removeMarkup: string): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form><section><h2>Expériences professionnelles</h2><div id="list"></div>
    <button type="button" id="add">+ Ajouter une expérience</button></section></form>`;
  let count = 0;
  document.querySelector('#add')!.addEventListener('click', () => {
    const index = count++;
    const block = document.createElement('div');
    block.className = 'experience';
    block.innerHTML = `<div class="head"><span>Expérience</span>${removeMarkup}</div>
      <label>Poste <input name="exp[${index}][poste]"></label>
      <label>Employeur <input name="exp[${index}][employeur]"></label>
      <label>Missions <textarea name="exp[${index}][missions]"></textarea></label>`;
    block.querySelector('.remove')!.addEventListener('click', () => block.remove());
    document.querySelector('#list')!.append(block);
  });
}

describe('undo of blocks the fill added', () => {
  for (const [name, markup] of [
    ['"Supprimer"', '<button type="button" class="remove">Supprimer</button>'],
    ['"Retirer"', '<a class="remove">Retirer</a>'],
    ['a × named by aria-label', '<button type="button" class="remove" aria-label="Supprimer cette expérience">×</button>'],
  ] as const) {
    it(`removes them with their ${name} button`, async () => {
      mountPlainList(markup);
      const outcome = await fillForm(document, cariste, context);
      expect(titles()).toEqual(['Cariste', 'Préparateur de commandes']);
      await outcome.undo();
      expect(blocks()).toBe(0);
    });
  }

  it('keeps a block the person wrote in since, taking back only what the fill wrote', async () => {
    mountPlainList('<button type="button" class="remove">Supprimer</button>');
    const outcome = await fillForm(document, cariste, context);
    const missions = document.querySelector<HTMLTextAreaElement>('textarea[name="exp[1][missions]"]')!;
    missions.value = 'Préparation de 150 colis par jour';
    missions.dispatchEvent(new Event('input', { bubbles: true }));
    const kept = await outcome.undo();
    expect(blocks()).toBe(1);
    expect(titles()).toEqual(['']);
    expect(missions.isConnected && missions.value).toBe('Préparation de 150 colis par jour');
    expect(kept).toEqual(['experience:1']);
  });

  it('never removes a block the person added after the fill', async () => {
    mountPlainList('<button type="button" class="remove">Supprimer</button>');
    const outcome = await fillForm(document, cariste, context);
    document.querySelector<HTMLButtonElement>('#add')!.click();
    await outcome.undo();
    expect(blocks()).toBe(1);
    expect(document.querySelector('input[name="exp[2][poste]"]')).not.toBeNull();
  });

  it('empties the blocks it added when they have no remove button, as before', async () => {
    mountPlainList('<span class="remove"></span>');
    const outcome = await fillForm(document, cariste, context);
    await outcome.undo();
    expect(titles()).toEqual(['', '']);
  });
});

/** A page that renders its whole list from its own state after every change, as React does. */
function mountRenderedList(): void {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form><section><h2>Expériences professionnelles</h2><div id="list"></div>
    <button type="button" id="add">Ajouter une expérience</button></section></form>`;
  const state: { poste: string; employeur: string }[] = [];
  const list = document.querySelector('#list')!;
  const render = () => {
    list.innerHTML = state.map((entry, index) => `<div class="experience" data-index="${index}">
        <label>Poste <input name="exp[${index}][poste]" value="${entry.poste}"></label>
        <label>Employeur <input name="exp[${index}][employeur]" value="${entry.employeur}"></label>
        <button type="button" class="remove" aria-label="Retirer">×</button>
      </div>`).join('');
    list.querySelectorAll<HTMLElement>('.experience').forEach((block, index) => {
      block.querySelector('.remove')!.addEventListener('click', () => {
        state.splice(index, 1);
        render();
      });
      block.querySelectorAll('input').forEach((input) => input.addEventListener('input', () => {
        const field = input.name.endsWith('[poste]') ? 'poste' : 'employeur';
        state[index]![field] = input.value;
      }));
    });
  };
  document.querySelector('#add')!.addEventListener('click', () => {
    state.push({ poste: '', employeur: '' });
    render();
  });
}

describe('undo of added blocks on a page that renders its list anew', () => {
  it('removes every block it added, though each was rendered again since', async () => {
    mountRenderedList();
    const outcome = await fillForm(document, cariste, context);
    expect(titles()).toEqual(['Cariste', 'Préparateur de commandes']);
    await outcome.undo();
    expect(blocks()).toBe(0);
  });
});
