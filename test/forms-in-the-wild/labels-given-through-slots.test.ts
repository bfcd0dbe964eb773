// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context } from './mount-form';

/**
 * A design system's fields (web components with an open shadow root) take their label from the
 * page through a slot: `<ds-field><span slot="label">Prénom</span></ds-field>`, rendered in the
 * component's own `<label for="i"><slot name="label"></slot></label>`. The label's own text holds
 * none of those words: every box was left empty.
 */
afterEach(() => {
  document.body.innerHTML = '';
});

function mount(): HTMLInputElement[] {
  document.documentElement.lang = 'fr';
  document.body.innerHTML = `<form>
    <ds-field><span slot="label">Prénom</span></ds-field>
    <ds-field><span slot="label">Adresse e-mail</span></ds-field>
    <ds-field>Téléphone portable</ds-field>
    <ds-field><span slot="label">Code promo</span></ds-field>
  </form>`;
  return [...document.querySelectorAll('ds-field')].map((host) => {
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="field"><label for="i" part="label"><slot name="label"></slot><slot></slot></label><input id="i"></div>';
    return root.querySelector('input')!;
  });
}

describe('labels a web component takes through slots', () => {
  it('reads the slotted words as the label, fills the boxes, and undo empties them', async () => {
    const boxes = mount();
    const outcome = await fillForm(document, cariste, context);
    expect(boxes.map((box) => box.value)).toEqual(['Mickaël', 'mickael.fontaine59@gmail.com', '+33612345678', '']);
    expect(outcome.report.filled).toEqual(expect.arrayContaining(['firstName', 'email', 'phone']));
    await outcome.undo();
    expect(boxes.map((box) => box.value)).toEqual(['', '', '', '']);
  });
});
