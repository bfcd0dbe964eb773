// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fillForm } from '../../lib/fill/fill-form';
import { cariste, context, planOf } from './mount-form';

/**
 * A portal built of web components (Lit, Stencil): the whole profile form lives in the shadow root
 * of an <app-profile> element, and each box is a <ds-field> component whose label and <input> sit
 * in a shadow root of their own, the label given as an attribute. A hidden step of the form is in
 * the same shadow root.
 */
class DsField extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const multiline = this.hasAttribute('multiline');
    root.innerHTML = `<div class="field"><label for="c">${this.getAttribute('label')}</label>${multiline ? '<textarea id="c"></textarea>' : `<input id="c" type="${this.getAttribute('type') ?? 'text'}">`}</div>`;
  }
}

class AppProfile extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    this.attachShadow({ mode: 'open' }).innerHTML = `<form>
      <h2>Mon identité</h2>
      <ds-field name="prenom" label="Prénom"></ds-field><ds-field name="nom" label="Nom"></ds-field>
      <ds-field name="email" label="Courriel" type="email"></ds-field>
      <h2>Mon projet</h2>
      <ds-field name="metier" label="Métier recherché"></ds-field>
      <ds-field name="competences" label="Mes compétences" multiline></ds-field>
      <section style="display: none"><h2>Étape 2</h2><ds-field name="etape2-ville" label="Ville"></ds-field></section>
    </form>`;
  }
}

beforeAll(() => {
  if (!customElements.get('ds-field')) customElements.define('ds-field', DsField);
  if (!customElements.get('app-profile')) customElements.define('app-profile', AppProfile);
});

afterEach(() => {
  document.body.innerHTML = '';
});

const app = () => document.querySelector('app-profile')!.shadowRoot!;
const value = (name: string) => {
  const inner = app().querySelector(`ds-field[name="${name}"]`)!.shadowRoot!;
  return inner.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!.value;
};

describe('a profile form two shadow roots deep', () => {
  it('fills the boxes of the shown part, leaves the hidden one, and undo empties them', async () => {
    document.documentElement.lang = 'fr';
    document.body.innerHTML = '<main><app-profile></app-profile></main>';
    const outcome = await fillForm(document, planOf({ ...cariste, softSkills: [] }), context);
    expect(['prenom', 'nom', 'email', 'metier'].map(value)).toEqual(['Mickaël', 'FONTAINE', 'mickael.fontaine59@gmail.com', 'Cariste']);
    expect(value('competences')).toBe('utiliser un chariot élévateur\npréparer des commandes');
    expect(value('etape2-ville')).toBe('');
    await outcome.undo();
    expect(['prenom', 'nom', 'email', 'metier', 'competences'].map(value)).toEqual(['', '', '', '', '']);
  });
});
