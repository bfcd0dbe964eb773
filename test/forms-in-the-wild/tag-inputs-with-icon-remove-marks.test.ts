// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * Skills as tags made by Enter, in the markup of two common libraries (reproduced: neither is
 * among the repository's packages). bootstrap-tagsinput hides the form's own input (which it keeps
 * as "a,b") and shows a box of its own in a `.bootstrap-tagsinput` wrapper; a tag is
 * `<span class="tag">text<span data-role="remove"></span></span>`, its × drawn by CSS. react-tagsinput
 * draws `<span class="react-tagsinput-tag">text<a class="react-tagsinput-remove"></a></span>`.
 * Neither remove mark is a button nor says "remove" in words: the fill saw no tag input, typed every
 * skill as one text into the box (the form sent nothing), and undo left the tags.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

/** bootstrap-tagsinput 0.8: keypress Enter (which 13) or comma adds what was typed. */
function bootstrapTagsinput(original: HTMLInputElement): void {
  const container = document.createElement('div');
  container.className = 'bootstrap-tagsinput';
  const input = document.createElement('input');
  input.type = 'text';
  input.placeholder = original.getAttribute('placeholder') ?? '';
  container.append(input);
  original.before(container);
  original.style.display = 'none';
  const items: string[] = [];
  const sync = () => {
    original.value = items.join(',');
  };
  input.addEventListener('keypress', (event) => {
    if (![13, 44].includes(event.which || event.keyCode)) return;
    const text = input.value;
    if (text.length !== 0 && !items.includes(text)) {
      items.push(text);
      const tag = document.createElement('span');
      tag.className = 'tag label label-info';
      tag.textContent = text;
      const remove = document.createElement('span');
      remove.setAttribute('data-role', 'remove');
      tag.append(remove);
      input.before(tag, ' ');
      sync();
      input.value = '';
    }
    event.preventDefault();
  });
  container.addEventListener('click', (event) => {
    const target = event.target as Element;
    if (!target.matches('[data-role="remove"]')) return;
    const tag = target.closest('.tag')!;
    items.splice(items.indexOf(tag.firstChild!.textContent!), 1);
    tag.remove();
    sync();
  });
}

/** react-tagsinput: the input stays (React keeps it), tags are drawn before it on each change. */
function reactTagsinput(box: HTMLElement): () => string[] {
  const tags: string[] = [];
  box.innerHTML = '<span><input class="react-tagsinput-input" placeholder="Ajouter une compétence"></span>';
  const input = box.querySelector('input')!;
  const render = () => {
    box.querySelectorAll('.react-tagsinput-tag').forEach((tag) => tag.remove());
    for (const [index, text] of tags.entries()) {
      const tag = document.createElement('span');
      tag.className = 'react-tagsinput-tag';
      tag.textContent = text;
      const remove = document.createElement('a');
      remove.className = 'react-tagsinput-remove';
      remove.addEventListener('click', () => {
        tags.splice(index, 1);
        render();
      });
      tag.append(remove);
      input.before(tag);
    }
  };
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !input.value.trim()) return;
    event.preventDefault();
    tags.push(input.value.trim());
    input.value = '';
    render();
  });
  return () => [...tags];
}

const skills = ['utiliser un chariot élévateur', 'préparer des commandes'];

describe('tag inputs whose remove marks are drawn by CSS', () => {
  it('bootstrap-tagsinput: one tag per skill, the form’s own input holding them; undo removes them', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><label for="nom">Nom</label><input id="nom" name="nom">
      <div class="form-group"><label for="competences">Compétences</label><input id="competences" name="competences" data-role="tagsinput" placeholder="Tapez puis Entrée"></div></form>`;
    const original = document.getElementById('competences') as HTMLInputElement;
    bootstrapTagsinput(original);
    const outcome = await fillForm(document, cariste, context);
    expect([...document.querySelectorAll('.bootstrap-tagsinput .tag')].map((tag) => tag.textContent)).toEqual(skills);
    expect(original.value).toBe(skills.join(','));
    expect(document.querySelector<HTMLInputElement>('.bootstrap-tagsinput input')!.value).toBe('');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(skills.map((skill) => `skills:${skill}`)));
    await outcome.undo();
    expect(document.querySelectorAll('.bootstrap-tagsinput .tag')).toHaveLength(0);
    expect(original.value).toBe('');
  });

  it('react-tagsinput: one tag per skill; undo removes them', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><label for="nom">Nom</label><input id="nom" name="nom">
      <div class="field"><span class="label" id="comp-label">Compétences</span><div class="react-tagsinput" role="group" aria-labelledby="comp-label"></div></div></form>`;
    const tags = reactTagsinput(document.querySelector('.react-tagsinput')!);
    const outcome = await fillForm(document, cariste, context);
    expect(tags()).toEqual(skills);
    expect(document.querySelector<HTMLInputElement>('.react-tagsinput-input')!.value).toBe('');
    expect(outcome.report.filled).toEqual(expect.arrayContaining(skills.map((skill) => `skills:${skill}`)));
    await outcome.undo();
    expect(tags()).toEqual([]);
  });
});
