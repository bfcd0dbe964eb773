// <skill-tags>: a tag input inside an open shadow root (text input + "Ajouter" button + chips).
// Enter or "Ajouter" turns the typed text into a chip; × removes it. The element is
// form-associated, reports its tags through `.tags`, and fires a bubbling, composed `change`
// event on itself whenever the list changes.

const shadowStyle = `
  :host { display: block; margin-bottom: 1rem; }
  label { display: block; font-weight: 500; margin-bottom: .35rem; }
  .hint { display: block; font-size: .8rem; color: #3a3a3a; font-weight: 400; }
  .entry { display: flex; gap: .5rem; }
  input {
    flex: 1; font: inherit; color: #161616; background: #eee; border: 0;
    border-bottom: 2px solid #3a3a3a; border-radius: 4px 4px 0 0; padding: .5rem .75rem;
  }
  button { font: inherit; cursor: pointer; }
  .add {
    background: #fff; color: #000091; border: 1px solid #000091; border-radius: 4px;
    padding: .5rem 1.1rem; font-weight: 500;
  }
  .add:hover { background: #f5f5fe; }
  ul { list-style: none; margin: .6rem 0 0; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem; }
  li {
    display: inline-flex; align-items: center; gap: .25rem; background: #e3e3fd; color: #000091;
    border-radius: 1rem; padding: .15rem .3rem .15rem .8rem; font-size: .9rem;
  }
  li button {
    border: 0; background: transparent; color: #000091; font-size: 1.1rem; line-height: 1;
    width: 1.6rem; height: 1.6rem; border-radius: 50%;
  }
  li button:hover { background: #cacafb; }
  :focus-visible { outline: 2px solid #0a76f6; outline-offset: 2px; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0,0,0,0); white-space: nowrap; }
`;

export class SkillTags extends HTMLElement {
  static formAssociated = true;

  readonly #internals: ElementInternals;
  readonly #input: HTMLInputElement;
  readonly #list: HTMLUListElement;
  #tags: string[] = [];

  constructor() {
    super();
    this.#internals = this.attachInternals();
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = shadowStyle;

    const label = document.createElement('label');
    label.htmlFor = 'saisie';
    label.part.add('label');
    const labelText = document.createElement('span');
    labelText.className = 'label-text';
    const hint = document.createElement('span');
    hint.className = 'hint';
    hint.id = 'aide';
    label.append(labelText, hint);

    this.#input = document.createElement('input');
    this.#input.id = 'saisie';
    this.#input.type = 'text';
    this.#input.autocomplete = 'off';
    this.#input.part.add('input');

    const add = document.createElement('button');
    add.type = 'button';
    add.className = 'add';
    add.part.add('add-button');
    const addHidden = document.createElement('span');
    addHidden.className = 'sr-only';
    add.append('Ajouter', addHidden);

    const entry = document.createElement('div');
    entry.className = 'entry';
    entry.append(this.#input, add);

    this.#list = document.createElement('ul');
    this.#list.part.add('chips');
    root.append(style, label, entry, this.#list);

    this.#input.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault(); // Enter adds a chip; it must not submit the form.
      this.#addTyped();
    });
    add.addEventListener('click', () => {
      this.#addTyped();
      this.#input.focus();
    });
  }

  connectedCallback(): void {
    const root = this.shadowRoot;
    const labelText = root?.querySelector('.label-text');
    const hint = root?.querySelector('.hint');
    const addHidden = root?.querySelector('.add .sr-only');
    if (labelText) labelText.textContent = this.getAttribute('label') ?? 'Compétences';
    if (hint) hint.textContent = this.getAttribute('hint') ?? 'Saisissez un élément puis appuyez sur Entrée.';
    if (addHidden) addHidden.textContent = ` ${this.getAttribute('item-label') ?? ''}`;
    this.#list.setAttribute('aria-label', this.getAttribute('list-label') ?? 'Éléments ajoutés');
  }

  get name(): string {
    return this.getAttribute('name') ?? '';
  }

  get tags(): string[] {
    return [...this.#tags];
  }

  set tags(tags: string[]) {
    this.#tags = [...tags];
    this.#changed();
  }

  #addTyped(): void {
    const tag = this.#input.value.trim().replace(/\s+/g, ' ');
    this.#input.value = '';
    if (!tag) return;
    if (this.#tags.some((existing) => existing.localeCompare(tag, 'fr', { sensitivity: 'base' }) === 0)) return;
    this.#tags = [...this.#tags, tag];
    this.#changed();
  }

  #remove(index: number): void {
    this.#tags = this.#tags.filter((_, i) => i !== index);
    this.#changed();
    this.#input.focus();
  }

  #changed(): void {
    this.#list.replaceChildren(
      ...this.#tags.map((tag, index) => {
        const chip = document.createElement('li');
        chip.part.add('chip');
        const text = document.createElement('span');
        text.textContent = tag;
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.textContent = '×';
        remove.setAttribute('aria-label', `Retirer ${tag}`);
        remove.addEventListener('click', () => this.#remove(index));
        chip.append(text, remove);
        return chip;
      }),
    );
    const formValue = new FormData();
    for (const tag of this.#tags) formValue.append(this.name, tag);
    this.#internals.setFormValue(formValue);
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }
}

if (!customElements.get('skill-tags')) customElements.define('skill-tags', SkillTags);
