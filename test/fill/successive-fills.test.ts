// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { createElement as h, useState, type ChangeEvent } from 'react';
import { fillForm } from '../../lib/fill/fill-form';
import { addFill, reportAfterUndo } from '../../lib/fill/successive-fills';
import { context, planOf } from '../forms-in-the-wild/mount-form';
import { mountReact } from '../forms-in-the-wild/mount-react';

// The counsellor fills, then replaces one answer (a second fill), then undoes: undo takes both back
// and must name every answer the page kept, the first fill's too. Undo learns only while undoing
// that React ticked a radio again from its state; the answer used to carry the latest fill's
// report alone, so the first fill's licence answer went unsaid.
function Application() {
  const [permis, setPermis] = useState('');
  const [anglais, setAnglais] = useState('');
  const radio = (name: string, value: string, label: string, state: string, set: (value: string) => void) =>
    h('label', { key: value }, h('input', { type: 'radio', name, value, checked: state === value, onChange: (event: ChangeEvent<HTMLInputElement>) => set(event.target.value) }), ` ${label}`);
  return h('form', null,
    h('fieldset', null, h('legend', null, 'Avez-vous le permis de conduire ?'),
      radio('permis', 'oui', 'Oui', permis, setPermis), radio('permis', 'non', 'Non', permis, setPermis)),
    h('fieldset', null, h('legend', null, 'Niveau en anglais'),
      ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((level) => radio('niveau_anglais', level, level, anglais, setAnglais))));
}

const mount = () => mountReact(h(Application));

describe('fills made one after another, then undone', () => {
  it('names what every one of them could not take back', async () => {
    await mount();
    let fills = addFill(null, await fillForm(document, planOf({ drivingLicences: ['B'] }), context));
    fills = addFill(fills, await fillForm(document, planOf({ languages: [{ language: 'en', level: 'B2' }] }), context));
    await fills.undo();
    expect(reportAfterUndo(fills).irreversible).toEqual(expect.arrayContaining(['drivingLicences', 'language:en']));
  });

  it('names nothing when the page let undo untick its radios', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = `<form><fieldset><legend>Avez-vous le permis de conduire ?</legend>
      <label><input type="radio" name="permis" value="oui"> Oui</label><label><input type="radio" name="permis" value="non"> Non</label></fieldset></form>`;
    const fills = addFill(null, await fillForm(document, planOf({ drivingLicences: ['B'] }), context));
    expect(document.querySelector<HTMLInputElement>('input[value="oui"]')!.checked).toBe(true);
    await fills.undo();
    expect(document.querySelector<HTMLInputElement>('input[value="oui"]')!.checked).toBe(false);
    expect(reportAfterUndo(fills).irreversible).toBeUndefined();
  });
});
