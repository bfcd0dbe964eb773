// Small pages that behave like the frameworks real forms are built with, for the fill tests in a
// DOM without layout (happy-dom). Each keeps its own state, changed only by the events a person's
// typing and clicking produce, so a test can check the page's state and not only the DOM.

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/**
 * A form whose state changes only on input/change events and which re-renders its fields from
 * that state on a timer, like a React controlled form. With `tracker`, it also ignores a value
 * assigned through the element's own `value` property, as React's value tracker does.
 */
export function controlledForm(form: HTMLFormElement, options: { rerenderMs?: number; tracker?: boolean } = {}) {
  const state: Record<string, string | boolean> = {};
  const fields = [...form.querySelectorAll<Field>('input, textarea, select')].filter((field) => field.name);
  const changed = new Map<Field, () => boolean>();
  // Boxes sharing a name ("permis") are one state entry each: "permis[B]".
  const keyOf = (field: Field) => (isBox(field) && (field as HTMLInputElement).type === 'checkbox' ? `${field.name}[${field.value}]` : field.name);
  for (const field of fields) {
    if (isBox(field) && !isCheckbox(field)) {
      // A radio question is one entry: the value of the ticked radio, or "".
      if ((field as HTMLInputElement).checked || !(field.name in state)) state[field.name] = (field as HTMLInputElement).checked ? field.value : '';
      continue;
    }
    state[keyOf(field)] = isBox(field) ? (field as HTMLInputElement).checked : field.value;
    if (options.tracker && !(field instanceof HTMLSelectElement) && !isBox(field)) changed.set(field, installTracker(field));
  }
  const render = () => {
    for (const field of fields) {
      const value = state[keyOf(field)];
      if (isBox(field) && !isCheckbox(field)) (field as HTMLInputElement).checked = value === field.value;
      else if (isBox(field)) (field as HTMLInputElement).checked = value === true;
      else if (field.value !== value) field.value = String(value);
    }
  };
  const onEvent = (event: Event) => {
    const field = event.target as Field;
    if (!fields.includes(field) || field.disabled || (field as HTMLInputElement).readOnly) return;
    const tracked = changed.get(field);
    if (tracked && !tracked()) return;
    if (isBox(field) && !isCheckbox(field)) state[field.name] = (field as HTMLInputElement).checked ? field.value : state[field.name] ?? '';
    else state[keyOf(field)] = isBox(field) ? (field as HTMLInputElement).checked : field.value;
    render();
  };
  form.addEventListener('input', onEvent);
  form.addEventListener('change', onEvent);
  const timer = options.rerenderMs ? setInterval(render, options.rerenderMs) : null;
  return { state, stop: () => timer && clearInterval(timer) };
}

function isBox(field: Field): boolean {
  return field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');
}

function isCheckbox(field: Field): boolean {
  return field instanceof HTMLInputElement && field.type === 'checkbox';
}

function installTracker(field: HTMLInputElement | HTMLTextAreaElement): () => boolean {
  const prototype = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const native = Object.getOwnPropertyDescriptor(prototype, 'value')!;
  let lastSeen = String(native.get!.call(field));
  Object.defineProperty(field, 'value', {
    configurable: true,
    get() {
      return native.get!.call(this);
    },
    set(next: unknown) {
      lastSeen = String(next);
      native.set!.call(this, next);
    },
  });
  return () => {
    const current = String(native.get!.call(field));
    if (current === lastSeen) return false;
    lastSeen = current;
    return true;
  };
}

/**
 * A tag input like a Preact/React component: the typed text is state, updated on `input` and
 * rendered in a microtask; Enter (or the "Ajouter" button) adds the text *of the last render*, so
 * pressing Enter before the page rendered adds nothing. Chips are re-created on every change,
 * each with a "Retirer X" button. Inside an open shadow root when `shadow` is set.
 */
export function tagInput(host: HTMLElement, options: { label: string; shadow?: boolean; enter?: boolean; button?: boolean }) {
  const tags: string[] = [];
  const root: ShadowRoot | HTMLElement = options.shadow ? host.attachShadow({ mode: 'open' }) : host;
  root.innerHTML = `<label for="tag-entry">${options.label}</label><div class="entry"><input id="tag-entry" type="text">${options.button === false ? '' : '<button type="button" class="add">Ajouter</button>'}</div><ul class="chips"></ul>`;
  const input = root.querySelector('input')!;
  const list = root.querySelector('ul')!;
  let draft = '';
  let renderedDraft = '';
  const renderChips = () => {
    list.replaceChildren(
      ...tags.map((tag, index) => {
        const chip = document.createElement('li');
        chip.innerHTML = `<span></span><button type="button">×</button>`;
        chip.querySelector('span')!.textContent = tag;
        chip.querySelector('button')!.setAttribute('aria-label', `Retirer ${tag}`);
        chip.querySelector('button')!.addEventListener('click', () => {
          tags.splice(index, 1);
          renderChips();
        });
        return chip;
      }),
    );
  };
  const add = () => {
    const tag = renderedDraft.trim();
    if (tag && !tags.some((existing) => existing.toLowerCase() === tag.toLowerCase())) tags.push(tag);
    draft = '';
    queueMicrotask(() => {
      renderedDraft = draft;
      input.value = draft;
      renderChips();
    });
  };
  input.addEventListener('input', () => {
    draft = input.value;
    queueMicrotask(() => {
      renderedDraft = draft;
    });
  });
  if (options.enter !== false) {
    input.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') {
        event.preventDefault();
        add();
      }
    });
  }
  root.querySelector('button.add')?.addEventListener('click', add);
  return { tags, root };
}

/**
 * A repeatable group like the plain-JS ones cloned from a <template>: the add button appends an
 * entry, each entry's "Supprimer" removes it, and the rows' state follows input/change events.
 */
export function repeatableGroup(section: HTMLElement, template: HTMLTemplateElement, options: { startWithOne?: boolean; onRow?: (row: HTMLElement, index: number) => void } = {}) {
  const rows: Record<string, string | boolean>[] = [];
  const container = section.querySelector<HTMLElement>('.rows')!;
  const rowElements = () => [...container.children] as HTMLElement[];
  const addRow = () => {
    const row = (template.content.cloneNode(true) as DocumentFragment).firstElementChild as HTMLElement;
    container.append(row);
    options.onRow?.(row, rowElements().length - 1);
    const entry: Record<string, string | boolean> = {};
    for (const field of row.querySelectorAll<Field>('input, select, textarea')) entry[field.name] = isCheckbox(field) ? false : '';
    rows.push(entry);
    row.querySelector('[data-remove]')!.addEventListener('click', () => {
      const index = rowElements().indexOf(row);
      row.remove();
      rows.splice(index, 1);
    });
  };
  section.querySelector('[data-add]')!.addEventListener('click', addRow);
  const onEvent = (event: Event) => {
    const field = event.target as Field;
    const row = field.closest<HTMLElement>('.row');
    if (!row) return;
    const entry = rows[rowElements().indexOf(row)];
    if (!entry) return;
    if (isCheckbox(field)) entry[field.name] = (field as HTMLInputElement).checked;
    else if (!isBox(field) || (field as HTMLInputElement).checked) entry[field.name] = field.value;
    // "Poste actuel" empties and disables the end date, as application forms do.
    if (field.name === 'current') {
      const end = row.querySelector<HTMLInputElement>('[name="end"]');
      if (end) {
        end.disabled = (field as HTMLInputElement).checked;
        if (end.disabled) {
          end.value = '';
          entry.end = '';
        }
      }
    }
  };
  section.addEventListener('input', onEvent);
  section.addEventListener('change', onEvent);
  if (options.startWithOne) addRow();
  return { rows };
}

/**
 * A list of entries rendered like a Preact/React component: the state is immutable, re-rendered
 * in a microtask, and every handler closes over the entries *of the last render*. Two writes
 * before the page rendered lose the first one, exactly as in such pages.
 */
export function componentGroup(section: HTMLElement, fields: { name: string; label: string; type?: string }[]) {
  let entries: Record<string, string | boolean>[] = [];
  const list = section.querySelector<HTMLElement>('.rows')!;
  const render = () => {
    const rendered = entries;
    // Keyed by index, as such lists often are: existing entries keep their elements.
    while (list.children.length > rendered.length) list.lastElementChild!.remove();
    rendered.forEach((entry, index) => {
      let row = list.children[index] as HTMLElement | undefined;
      if (!row) {
        row = document.createElement('fieldset');
        row.innerHTML = `<legend>Entrée ${index + 1}</legend>${fields.map((field) => `<label>${field.label} <input name="${field.name}" type="${field.type ?? 'text'}"></label>`).join('')}<button type="button" class="remove">Supprimer</button>`;
        list.append(row);
      }
      for (const field of fields) {
        const input = row.querySelector<HTMLInputElement>(`[name="${field.name}"]`)!;
        if (input.type === 'checkbox') input.checked = entry[field.name] === true;
        else input.value = String(entry[field.name] ?? '');
        input.oninput = input.onchange = () => {
          const value = input.type === 'checkbox' ? input.checked : input.value;
          entries = rendered.map((other, i) => (i === index ? { ...other, [field.name]: value } : other));
          queueMicrotask(render);
        };
      }
      row.querySelector<HTMLButtonElement>('.remove')!.onclick = () => {
        entries = rendered.filter((_, i) => i !== index);
        queueMicrotask(render);
      };
    });
  };
  section.querySelector<HTMLButtonElement>('.add')!.onclick = () => {
    entries = [...entries, Object.fromEntries(fields.map((field) => [field.name, field.type === 'checkbox' ? false : '']))];
    queueMicrotask(render);
  };
  return { entries: () => entries };
}

/**
 * An autocomplete text box of the WAI-ARIA combobox pattern, like the "Métier" or "Commune" pickers
 * of public-service forms: typing asks for suggestions after a debounce (as a request would), shown
 * in a role="listbox" the input controls; a click on an option (handled on mousedown, before the
 * blur) selects it. Strict, as most are: on blur, text that is not the selected option is erased.
 * `suggest` answers a query with the options' texts.
 */
export function autocompleteBox(host: HTMLElement, options: { label: string; name: string; id?: string; suggest: (query: string) => string[]; debounceMs?: number; strict?: boolean }) {
  const id = options.id ?? options.name;
  host.innerHTML = `<label for="${id}">${options.label}</label><input id="${id}" name="${options.name}" type="text" role="combobox" aria-autocomplete="list" aria-expanded="false" aria-controls="${id}-list"><ul id="${id}-list" role="listbox" hidden style="display: none"></ul>`;
  const input = host.querySelector('input')!;
  const list = host.querySelector('ul')!;
  const state = { selected: '', requests: 0 };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    list.hidden = true;
    list.style.display = 'none';
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
  };
  // The component tells the form around it, as a framework's onChange does.
  const notify = () => input.dispatchEvent(new Event('change', { bubbles: true }));
  const select = (text: string) => {
    state.selected = text;
    input.value = text;
    close();
    notify();
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const query = input.value;
    if (query === '') {
      state.selected = '';
      close();
      return;
    }
    timer = setTimeout(() => {
      state.requests += 1;
      const found = options.suggest(query);
      list.replaceChildren(
        ...found.map((text, index) => {
          const option = document.createElement('li');
          option.setAttribute('role', 'option');
          option.id = `${id}-option-${index}`;
          option.textContent = text;
          option.addEventListener('mousedown', (event) => {
            event.preventDefault();
            select(text);
          });
          return option;
        }),
      );
      list.hidden = found.length === 0;
      list.style.display = found.length === 0 ? 'none' : '';
      input.setAttribute('aria-expanded', String(found.length > 0));
    }, options.debounceMs ?? 40);
  });
  input.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') close();
  });
  input.addEventListener('blur', () => {
    if (options.strict !== false && input.value !== state.selected) {
      input.value = state.selected;
      notify();
    }
  });
  return { input, state, stop: () => clearTimeout(timer) };
}

/**
 * A custom select menu, the two ways libraries build them:
 * - 'aria' (the WAI-ARIA select-only combobox, Headless UI): a box with role="combobox" that a click
 *   opens, its role="listbox" beside it, hidden while closed, with a "Choisir…" option;
 * - 'portal' (MUI Select, Radix): opens on mousedown, renders its list at the end of the page only
 *   while open, names itself after its label and itself, and shows a zero-width space when empty.
 * A click on an option chooses it and closes the menu; Escape closes it.
 */
export function selectMenu(host: HTMLElement, options: { label: string; id: string; options: string[]; style?: 'aria' | 'portal'; placeholder?: string; value?: string }) {
  const style = options.style ?? 'aria';
  const { id } = options;
  const placeholder = options.placeholder ?? 'Choisir…';
  host.innerHTML = style === 'aria'
    ? `<label id="${id}-label">${options.label}</label><div id="${id}" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-controls="${id}-list" aria-labelledby="${id}-label"></div><div id="${id}-list" role="listbox" hidden style="display: none"></div>`
    : `<label id="${id}-label">${options.label}</label><div id="${id}" role="combobox" tabindex="0" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-label ${id}"></div><svg aria-hidden="true"><text>▾</text></svg>`;
  const menu = host.querySelector<HTMLElement>(`#${id}`)!;
  const state = { value: options.value ?? '', opened: 0 };
  const show = () => {
    menu.textContent = state.value || (style === 'aria' ? placeholder : '\u200b');
  };
  let list: HTMLElement | null = style === 'aria' ? host.querySelector<HTMLElement>(`#${id}-list`) : null;
  const close = () => {
    menu.setAttribute('aria-expanded', 'false');
    if (style === 'aria') {
      list!.hidden = true;
      list!.style.display = 'none';
    } else {
      list?.remove();
      list = null;
      menu.removeAttribute('aria-controls');
    }
  };
  const open = () => {
    state.opened += 1;
    if (style === 'portal') {
      list = document.createElement('ul');
      list.id = `${id}-list`;
      list.setAttribute('role', 'listbox');
      document.body.append(list);
      menu.setAttribute('aria-controls', list.id);
    }
    const texts = style === 'aria' ? [placeholder, ...options.options] : options.options;
    list!.replaceChildren(
      ...texts.map((text, index) => {
        const option = document.createElement(style === 'aria' ? 'div' : 'li');
        option.setAttribute('role', 'option');
        option.setAttribute('data-value', index === 0 && style === 'aria' ? '' : text);
        option.textContent = text;
        option.addEventListener('click', () => {
          state.value = style === 'aria' && index === 0 ? '' : text;
          show();
          close();
          menu.dispatchEvent(new Event('change', { bubbles: true }));
        });
        return option;
      }),
    );
    list!.hidden = false;
    list!.style.display = '';
    menu.setAttribute('aria-expanded', 'true');
  };
  const toggle = () => (menu.getAttribute('aria-expanded') === 'true' ? close() : open());
  if (style === 'aria') menu.addEventListener('click', toggle);
  else menu.addEventListener('mousedown', (event) => {
    if ((event as MouseEvent).button === 0) toggle();
  });
  menu.addEventListener('keydown', (event) => {
    if ((event as KeyboardEvent).key === 'Escape') close();
  });
  show();
  return { menu, state };
}
