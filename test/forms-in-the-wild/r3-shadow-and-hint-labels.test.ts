// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cariste, field, mountAndFill, pageState } from './mount-form';

/** Labels a person reads that the markup ties loosely: across a shadow root, in help text, in
 *  attributes only. */
afterEach(() => {
  document.body.innerHTML = '';
});

/** A design-system text box: its <input> in an open shadow root, its label left to the page. */
class DsInput extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<div class="ds-input__wrapper"><input class="ds-input__control" part="control"></div>';
  }
}

/** A tag field component: chips and their box in its shadow root; Enter adds a chip. */
class DsTagField extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = '<div class="field"><ul class="tags"></ul><input type="text" placeholder="Ajoutez une compétence puis Entrée"></div>';
    const input = root.querySelector('input')!;
    const tags = root.querySelector('ul')!;
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key !== 'Enter' || !input.value.trim()) return;
      const tag = document.createElement('li');
      tag.innerHTML = `<span>${input.value}</span><button type="button" aria-label="Supprimer">×</button>`;
      tag.querySelector('button')!.addEventListener('click', () => tag.remove());
      tags.append(tag);
      input.value = '';
    });
  }
}

beforeAll(() => {
  if (!customElements.get('ds-input')) customElements.define('ds-input', DsInput);
  if (!customElements.get('ds-tag-field')) customElements.define('ds-tag-field', DsTagField);
});

const shadowValue = (name: string) => document.querySelector(`ds-input[name="${name}"]`)!.shadowRoot!.querySelector('input')!.value;

describe('a web component whose label stays outside its shadow root', () => {
  it('reads the label just before the component, as it does for a plain box', async () => {
    await mountAndFill(
      `<form><div class="form-row"><label class="form-label">Prénom</label><ds-input name="prenom"></ds-input></div>
        <div class="form-row"><label class="form-label">Code postal</label><ds-input name="cp"></ds-input></div></form>`,
      cariste,
    );
    expect([shadowValue('prenom'), shadowValue('cp')]).toEqual(['Mickaël', '59300']);
  });

  it('reads a label[for] pointing at the component, or a label wrapping it', async () => {
    const outcome = await mountAndFill(
      `<form><label for="nom">Nom</label><ds-input id="nom" name="nom"></ds-input><label>Ville <ds-input name="ville"></ds-input></label></form>`,
      cariste,
    );
    expect([shadowValue('nom'), shadowValue('ville')]).toEqual(['FONTAINE', 'Valenciennes']);
    await outcome.undo();
    expect([shadowValue('nom'), shadowValue('ville')]).toEqual(['', '']);
  });
});

describe('a tag field component labelled from outside', () => {
  it('adds one chip per confirmed skill, and undo removes them', async () => {
    const outcome = await mountAndFill(`<form><label for="sk">Compétences</label><ds-tag-field id="sk"></ds-tag-field></form>`, cariste);
    const chips = () => [...document.querySelector('ds-tag-field')!.shadowRoot!.querySelectorAll('span')].map((chip) => chip.textContent);
    expect(chips()).toEqual(['utiliser un chariot élévateur', 'préparer des commandes']);
    await outcome.undo();
    expect(chips()).toEqual([]);
  });
});

describe('help text that mentions another field', () => {
  it('leaves a "Pseudo" box whose help says it shows instead of the name', async () => {
    await mountAndFill(
      `<form><label for="m">E-mail</label><input id="m" name="email">
        <label for="p">Pseudo</label><input id="p" name="pseudo" aria-describedby="p-help"><small id="p-help">Affiché à la place de votre nom sur le site</small></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['email=mickael.fontaine59@gmail.com', 'pseudo=']);
  });

  it('fills the e-mail whose help says it will be the login', async () => {
    await mountAndFill(
      `<form><label for="m">Adresse e-mail</label><input id="m" name="m" aria-describedby="m-help"><p id="m-help">Elle sera utilisée comme identifiant de connexion.</p>
        <label for="t">Téléphone</label><input id="t" name="t"></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['m=mickael.fontaine59@gmail.com', 't=+33612345678']);
  });
});

describe('labels in attributes, hidden or after the box', () => {
  it('reads two aria-labelledby ids, a placeholder, a title, a visually hidden label and a label after its box', async () => {
    await mountAndFill(
      `<form><span id="l1">Téléphone</span> <span id="l2">(portable)</span><input aria-labelledby="l1 l2" name="x1">
        <div><input name="x2" placeholder="Prénom"></div>
        <div><input name="x3" title="Nom de famille"></div>
        <label class="sr-only" for="v">Ville</label><input id="v" name="x4" placeholder="Ex : Lille">
        <p><input name="x5"> <label>Code postal</label></p></form>`,
      cariste,
    );
    expect(pageState()).toEqual(['x1=+33612345678', 'x2=Mickaël', 'x3=FONTAINE', 'x4=Valenciennes', 'x5=59300']);
  });
});
