// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState, type ChangeEvent } from 'react';
import { fillForm } from '../../lib/fill/fill-form';
import { context, planOf } from './mount-form';
import { mountReact } from './mount-react';

/**
 * Radio groups written with React (the real library) the usual way: `checked={state === value}`,
 * `onChange={(e) => setState(e.target.value)}`. No event makes such a handler go back to "no
 * answer" (a person cannot untick a radio either), and React ticks the box again from its state
 * after any change. Undo cannot restore the page then: it must say so (report.irreversible, which
 * the review screen names) rather than claim the form is as before. A plain radio group is
 * unticked for real and named nowhere.
 */
function Application() {
  const [permis, setPermis] = useState('');
  const [anglais, setAnglais] = useState('');
  const radio = (name: string, value: string, label: string, state: string, set: (value: string) => void) =>
    h('label', { key: value }, h('input', { type: 'radio', name, value, checked: state === value, onChange: (event: ChangeEvent<HTMLInputElement>) => set(event.target.value) }), ` ${label}`);
  return h('form', null,
    h('fieldset', null, h('legend', null, 'Avez-vous le permis de conduire ?'),
      radio('permis', 'oui', 'Oui', permis, setPermis), radio('permis', 'non', 'Non', permis, setPermis)),
    permis === 'oui' ? h('p', { id: 'permis-suite' }, 'Précisez vos catégories à l’étape suivante.') : null,
    h('fieldset', null, h('legend', null, 'Niveau en anglais'),
      ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => radio('niveau_anglais', level, level, anglais, setAnglais))),
    h('pre', { id: 'state' }, JSON.stringify({ permis, anglais })));
}

const mount = () => mountReact(h(Application));

const state = () => JSON.parse(document.getElementById('state')!.textContent!) as { permis: string; anglais: string };
const ticked = (name: string) => [...document.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].filter((radio) => radio.checked).map((radio) => radio.value);

describe('React radio groups controlled by state', () => {
  it('answers them, React keeping the answers', async () => {
    await mount();
    await fillForm(document, planOf({ drivingLicences: ['B'], languages: [{ language: 'en', level: 'B2' }] }), context);
    expect(state()).toEqual({ permis: 'oui', anglais: 'B2' });
  });

  it('says after undo which answers the page kept, instead of claiming the form is as before', async () => {
    await mount();
    const outcome = await fillForm(document, planOf({ drivingLicences: ['B'], languages: [{ language: 'en', level: 'B2' }] }), context);
    expect(outcome.report.irreversible ?? []).toEqual([]);
    await outcome.undo();
    await new Promise((resolve) => setTimeout(resolve, 20));
    // What the page shows and what it would send agree: the box shows the state React keeps.
    expect(ticked('permis')).toEqual(state().permis === '' ? [] : [state().permis]);
    expect(ticked('niveau_anglais')).toEqual(state().anglais === '' ? [] : [state().anglais]);
    // React's state kept both answers (no handler of this shape can give ''): both are named.
    expect(state()).toEqual({ permis: 'oui', anglais: 'B2' });
    expect(outcome.report.irreversible).toEqual(expect.arrayContaining(['drivingLicences', 'language:en']));
  });
});

describe('a plain radio group', () => {
  it('is unticked by undo and named nowhere', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><fieldset><legend>Avez-vous le permis de conduire ?</legend>
      <label><input type="radio" name="permis" value="oui"> Oui</label><label><input type="radio" name="permis" value="non"> Non</label></fieldset>
      <fieldset><legend>Niveau en anglais</legend>${['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => `<label><input type="radio" name="niveau_anglais" value="${level}"> ${level}</label>`).join('')}</fieldset></form>`;
    const outcome = await fillForm(document, planOf({ drivingLicences: ['B'], languages: [{ language: 'en', level: 'B2' }] }), context);
    expect(ticked('permis')).toEqual(['oui']);
    expect(ticked('niveau_anglais')).toEqual(['B2']);
    await outcome.undo();
    expect(ticked('permis')).toEqual([]);
    expect(ticked('niveau_anglais')).toEqual([]);
    expect(outcome.report.irreversible ?? []).toEqual([]);
  });
});
