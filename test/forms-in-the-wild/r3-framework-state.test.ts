// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { controlledForm } from '../fill/fake-pages';
import { cariste, context, pageState } from './mount-form';

/** Pages whose truth is a framework's state, not the DOM: what counts is what the state holds. */
afterEach(() => {
  document.body.innerHTML = '';
});

/**
 * A component that renders its whole form again from its state after each change, with new
 * elements (a key that changes, a server swapping the form after inline validation), and listens
 * at its root as React does: an event on an element no longer in the page reaches nothing.
 */
function rootRenderedForm(): Record<string, string> {
  document.body.innerHTML = '<div id="root"></div>';
  const state: Record<string, string> = { nom: '', prenom: '', email: '' };
  const root = document.getElementById('root')!;
  const render = () => {
    root.innerHTML = `<form><label for="nom">Nom</label><input id="nom" name="nom" value="${state.nom}">
      <label for="prenom">Prénom</label><input id="prenom" name="prenom" value="${state.prenom}">
      <label for="email">E-mail</label><input id="email" name="email" value="${state.email}"></form>`;
  };
  root.addEventListener('input', (event) => {
    const box = event.target as HTMLInputElement;
    state[box.name] = box.value;
    queueMicrotask(render);
  });
  render();
  return state;
}

describe('a form rendered anew after its first change', () => {
  it('writes every field into the controls the page shows now, not into the replaced ones', async () => {
    const state = rootRenderedForm();
    await fillForm(document, cariste, context);
    expect(state).toEqual({ nom: 'FONTAINE', prenom: 'Mickaël', email: 'mickael.fontaine59@gmail.com' });
    expect(pageState()).toEqual(['nom=FONTAINE', 'prenom=Mickaël', 'email=mickael.fontaine59@gmail.com']);
  });

  it('never reports as filled a value written into a control the page had removed', async () => {
    const state = rootRenderedForm();
    const outcome = await fillForm(document, cariste, context);
    const held = { lastName: state.nom, firstName: state.prenom, email: state.email };
    for (const [target, value] of Object.entries(held)) {
      if (value === '') expect(outcome.report.filled).not.toContain(target);
    }
  });
});

describe('controlled inputs', () => {
  it('fills a React-like form that ignores values set through the element, and undo empties its state', async () => {
    document.body.innerHTML = `<form><label for="n">Nom</label><input id="n" name="nom"><label for="p">Prénom</label><input id="p" name="prenom">
      <label for="c">Ville</label><input id="c" name="ville"></form>`;
    const page = controlledForm(document.querySelector('form')!, { tracker: true, rerenderMs: 10 });
    const outcome = await fillForm(document, cariste, context);
    expect(page.state).toEqual({ nom: 'FONTAINE', prenom: 'Mickaël', ville: 'Valenciennes' });
    await outcome.undo();
    expect(page.state).toEqual({ nom: '', prenom: '', ville: '' });
    page.stop();
  });

  it('fills a Vue form bound on change only (v-model.lazy)', async () => {
    document.body.innerHTML = `<form><label for="n">Nom</label><input id="n" name="nom"><label for="e">E-mail</label><input id="e" name="email" type="email"></form>`;
    const state: Record<string, string> = { nom: '', email: '' };
    for (const box of document.querySelectorAll('input')) box.addEventListener('change', () => (state[box.name] = box.value));
    const outcome = await fillForm(document, cariste, context);
    expect(state).toEqual({ nom: 'FONTAINE', email: 'mickael.fontaine59@gmail.com' });
    await outcome.undo();
    expect(state).toEqual({ nom: '', email: '' });
  });
});
