import { SENSITIVE, SENSITIVE_AUTOCOMPLETE } from './field-rules';
import { fold } from './fold-text';
import { holdsOnlyFormatHint } from './format-hint-value';

/**
 * A control the fill may write: an <input>, <textarea> or <select>, a rich-text region
 * (contenteditable) that takes text like a textarea, or a custom select menu (a button or box that
 * opens a list of options, fill-menu.ts). Elements of a same-origin iframe belong to another realm,
 * so the code tells them apart by tag, never with `instanceof`.
 */
export type Control = HTMLElement;

export type ControlKind = 'input' | 'textarea' | 'select' | 'editable' | 'menu';

/** Whether a person can see an element. Injectable: test DOMs have no layout. */
export type VisibilityCheck = (element: Element) => boolean;

const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'search', 'url', 'number', 'month', 'date', 'week']);
const CHOICE_INPUT_TYPES = new Set(['checkbox', 'radio']);

export function controlKind(control: Element): ControlKind | null {
  const tag = control.tagName;
  if (tag === 'INPUT') return isReadOnlyMenuInput(control) ? 'menu' : 'input';
  if (tag === 'TEXTAREA') return 'textarea';
  if (tag === 'SELECT') return 'select';
  if (isMenuButton(control)) return 'menu';
  return isEditableRegion(control) ? 'editable' : null;
}

/** Where custom select menus are found (isMenuButton decides). */
const MENU_SELECTOR = '[role="combobox"], [aria-haspopup="listbox"]';

/** Widgets that hide a native <select> and show their own menu for it: after it (Select2, Chosen,
 *  Tom Select) or around it (bootstrap-select, Choices.js). */
const SELECT_WIDGET = '.select2-container, .chosen-container, .ts-wrapper, .bootstrap-select, .choices';

/** The widget shown in place of a hidden native select, if it has one. Filling the select is
 *  filling the field: these libraries follow its change event, and the form sends its value. */
export function selectWidgetOf(select: Element): HTMLElement | null {
  if (select.tagName !== 'SELECT') return null;
  const around = select.parentElement?.closest<HTMLElement>('.bootstrap-select, .choices');
  if (around) return around;
  const next = select.nextElementSibling;
  return next?.matches(SELECT_WIDGET) ? (next as HTMLElement) : null;
}

/** A part of a widget that stands for a native select (Select2's combobox): the select is the control. */
function standsForSelect(element: Element): boolean {
  const widget = element.closest(SELECT_WIDGET);
  if (!widget) return false;
  return widget.previousElementSibling?.tagName === 'SELECT' || widget.querySelector('select') !== null;
}

/**
 * A custom select menu: WAI-ARIA's select-only combobox, or a button that opens a listbox (MUI
 * Select, Headless UI Listbox, Radix Select, Angular Material). Not a combobox that holds or is a
 * text box: that one is typed into (fill-combobox.ts).
 */
export function isMenuButton(element: Element): boolean {
  if (!element.matches(MENU_SELECTOR) || element.matches('input, textarea, select, [contenteditable="true"], [contenteditable=""]')) return false;
  if (standsForSelect(element)) return false;
  if (element.getAttribute('role') !== 'combobox' && element.getAttribute('aria-haspopup') !== 'listbox') return false;
  return element.querySelector('input:not([type="hidden"]), textarea, select, [contenteditable="true"], [contenteditable=""]') === null;
}

/**
 * A select menu built on a read-only text box kept out of sight inside the box people see
 * (PrimeReact/PrimeVue/PrimeNG's Dropdown, Vuetify's select): it announces a listbox and takes no
 * typing. Its visible box is menuBoxOf's.
 */
function isReadOnlyMenuInput(element: Element): boolean {
  if (!(element as HTMLInputElement).readOnly || (element as HTMLInputElement).disabled) return false;
  // Ant Design's (rc-select's) box is a search input, read-only unless the select is searchable.
  if (!['text', 'search'].includes((element.getAttribute('type') ?? 'text').toLowerCase())) return false;
  return element.getAttribute('aria-haspopup') === 'listbox' || (element.getAttribute('role') === 'combobox' && element.getAttribute('aria-haspopup') !== 'dialog');
}

/** The box people see for a menu: the menu itself, or for a read-only text box kept out of sight,
 *  its closest ancestor (three levels at most) that is not itself kept out of sight. */
export function menuBoxOf(menu: Element): Element {
  if (menu.tagName !== 'INPUT') return menu;
  for (let node = menu.parentElement, steps = 0; node && steps < 3; node = node.parentElement, steps++) {
    // A wrapper of the box alone (Ant Design's search span) shows nothing: the choice is beside it.
    if (!isVisuallyHidden(node) && !(node.childElementCount === 1 && (node.textContent ?? '').trim() === '')) return node;
  }
  return menu;
}

/** The "visually hidden" idiom: kept for screen readers, clipped to a pixel out of sight. */
function isVisuallyHidden(element: Element): boolean {
  if (/hidden-accessible|sr-only|visually-?hidden|screen-reader/i.test(element.getAttribute('class') ?? '')) return true;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  if (!style) return false;
  return (style.position === 'absolute' && style.clip !== '' && style.clip !== 'auto') || (style.width === '1px' && style.height === '1px');
}

/** Parts of a menu that show its placeholder: Radix marks the whole trigger (data-placeholder),
 *  Angular Material, PrimeReact/PrimeVue and Ant Design a part of it, pages a "placeholder" class. */
const MENU_PLACEHOLDER = '.mat-mdc-select-placeholder, .mat-select-placeholder, .p-placeholder, [class~="placeholder"], [class*="__placeholder"], [class*="selection-placeholder"], [data-placeholder]';

/** What a menu shows as chosen: its text, less icons, parts hidden from people and its placeholder. */
export function menuText(menu: Element): string {
  if (menu.hasAttribute('data-placeholder')) return '';
  const box = menuBoxOf(menu);
  const parts: string[] = [];
  const walker = menu.ownerDocument.createTreeWalker(box, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Also a hidden <select> a library keeps in the box for forms (PrimeReact): the label says it.
    const hiddenPart = node.parentElement?.closest(`[aria-hidden="true"], svg, [hidden], [role="listbox"], select, ${MENU_PLACEHOLDER}`);
    if (hiddenPart && hiddenPart !== box && box.contains(hiddenPart)) continue;
    parts.push(node.nodeValue ?? '');
  }
  // MUI writes a zero-width space in an empty Select.
  return parts.join(' ').replace(/[\u200b\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The input type ('text' when absent), or 'textarea', 'select', 'editable', 'menu'. */
export function controlType(control: Element): string {
  const kind = controlKind(control);
  if (kind !== 'input') return kind ?? '';
  const type = (control.getAttribute('type') ?? '').toLowerCase().trim();
  return type === '' ? 'text' : type;
}

export function isChoice(control: Element): boolean {
  return CHOICE_INPUT_TYPES.has(controlType(control));
}

export function readValue(control: Control): string {
  const kind = controlKind(control);
  if (kind === 'editable') return control.innerText ?? control.textContent ?? '';
  if (kind === 'menu') {
    const shown = menuText(control);
    return isPlaceholderText(shown) ? '' : shown;
  }
  if (kind === null) return '';
  return (control as HTMLInputElement).value ?? '';
}

export function isChecked(control: Control): boolean {
  return (control as HTMLInputElement).checked === true;
}

/** A select still on its first, empty or "Choose…" option, or a text control with nothing typed. */
export function isEmpty(control: Control): boolean {
  if (isChoice(control)) return !isChecked(control);
  if (controlKind(control) === 'select') {
    const select = control as HTMLSelectElement;
    if (select.multiple) return select.selectedOptions.length === 0;
    const option = select.options[select.selectedIndex];
    return !option || option.value === '' || (select.selectedIndex === 0 && isPlaceholderOption(option));
  }
  // A shape the page wrote as the box's value ("jj/mm/aaaa") is no one's answer.
  return readValue(control).trim() === '' || holdsOnlyFormatHint(control);
}

const PLACEHOLDER_OPTION = /^(choisi|choose|select|selection|veuillez|please|aucun|none|--|-$|\.\.\.|…)/;

export function isPlaceholderOption(option: HTMLOptionElement): boolean {
  return option.value === '' || isPlaceholderText(option.text);
}

/** "Choisir…", "Sélectionnez un niveau", "--": the text of a list that holds no choice yet. */
export function isPlaceholderText(text: string): boolean {
  const trimmed = text.trim();
  return trimmed === '' || /^[-—–_.…\s]+$/.test(trimmed) || PLACEHOLDER_OPTION.test(fold(trimmed) || trimmed);
}

/**
 * Every control the fill may write, in document order: through open shadow roots and same-origin
 * iframes. Never password, payment, hidden, disabled or read-only fields, nor honeypots (fields a
 * person cannot see, which exist only to trap robots).
 */
export function findControls(root: Document | ShadowRoot | Element, isVisible: VisibilityCheck = isVisibleToPerson): Control[] {
  const found: Control[] = [];
  for (const scope of searchRoots(root)) {
    for (const element of scope.querySelectorAll(`input, textarea, select, [contenteditable], ${MENU_SELECTOR}`)) {
      const kind = controlKind(element);
      if (kind === 'editable' && element.parentElement && isEditableRegion(element.parentElement)) continue;
      if (kind) found.push(element as Control);
    }
  }
  return sortInDocumentOrder(found).filter((control) => isFillable(control, isVisible));
}

/**
 * Boxes a person sees holding a value they cannot change (read-only or disabled), as a site shows
 * the account's e-mail. Never written; the report says they are there, locked.
 */
export function findReadOnlyBoxes(root: Document | ShadowRoot | Element, isVisible: VisibilityCheck = isVisibleToPerson): Control[] {
  const found: Control[] = [];
  for (const scope of searchRoots(root)) {
    for (const element of scope.querySelectorAll<HTMLElement>('input, textarea')) {
      if (isReadOnlyBox(element) && readValue(element).trim() !== '' && isFillable(element, isVisible, true)) found.push(element);
    }
  }
  return sortInDocumentOrder(found);
}

/** Locked on its own (readonly, aria-readonly, or disabled itself, as account pages show the
 *  account's e-mail): not a menu's read-only box (isReadOnlyMenuInput), nor a box of a disabled
 *  part of the form (a part for others: "recruteurs uniquement"). */
function isReadOnlyBox(control: Control): boolean {
  const locked = ((control as HTMLInputElement).readOnly && !isReadOnlyMenuInput(control)) || control.getAttribute('aria-readonly') === 'true' || (control as HTMLInputElement).disabled;
  return locked && control.closest('fieldset[disabled]') === null;
}

/** The root and every open shadow root and same-origin frame document inside it. */
export function searchRoots(root: Document | ShadowRoot | Element): (Document | ShadowRoot | Element)[] {
  const roots: (Document | ShadowRoot | Element)[] = [root];
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) roots.push(...searchRoots(element.shadowRoot));
    if (element.tagName === 'IFRAME' || element.tagName === 'FRAME') {
      const frameDocument = sameOriginDocument(element as HTMLIFrameElement);
      if (frameDocument) roots.push(...searchRoots(frameDocument));
    }
  }
  return roots;
}

/** Elements of several roots in the order a person reads them: hosts and frames stand for their content. */
function sortInDocumentOrder<T extends Element>(elements: T[]): T[] {
  const paths = new Map<T, Element[]>(elements.map((element) => [element, outerPath(element)]));
  return [...elements].sort((a, b) => {
    const left = paths.get(a)!;
    const right = paths.get(b)!;
    for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
      const x = left[i]!;
      const y = right[i]!;
      if (x === y) continue;
      const position = x.compareDocumentPosition(y);
      if (position & 4) return -1; // DOCUMENT_POSITION_FOLLOWING
      if (position & 2) return 1; // DOCUMENT_POSITION_PRECEDING
      return 0;
    }
    return left.length - right.length;
  });
}

/** The element, then its shadow host or frame, then theirs: outermost first. */
function outerPath(element: Element): Element[] {
  const path: Element[] = [];
  for (let node: Element | null = element; node; node = outerHost(node)) path.unshift(node);
  return path;
}

/** The shadow host or the frame element that holds this element's tree, if any. */
export function outerHost(element: Element): Element | null {
  const root = element.getRootNode();
  if ((root as ShadowRoot).host) return (root as ShadowRoot).host;
  const view = element.ownerDocument?.defaultView;
  try {
    if (!view || view.frameElement !== undefined) return (view?.frameElement as Element | null) ?? null;
    // A DOM without frameElement (happy-dom): the parent's frame that shows this document.
    if (view.parent === view) return null;
    return [...view.parent.document.querySelectorAll('iframe, frame')].find((frame) => (frame as HTMLIFrameElement).contentDocument === element.ownerDocument) ?? null;
  } catch {
    return null;
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const frameDocument = frame.contentDocument;
    // contentDocument is null for cross-origin frames; check the origin anyway. A frame the page
    // wrote itself (about:blank, srcdoc) is of the page's origin though its address names none.
    if (!frameDocument) return null;
    if (frameDocument.location.origin === frame.ownerDocument.location.origin || /^about:(blank|srcdoc)$/.test(frameDocument.location.href)) return frameDocument;
  } catch {
    // cross-origin: never touched
  }
  return null;
}

export function isEditableRegion(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && ['', 'true', 'plaintext-only'].includes(value.toLowerCase());
}

/** `readOnly`: a box locked by read-only alone counts too (findReadOnlyBoxes). */
export function isFillable(control: Control, isVisible: VisibilityCheck = isVisibleToPerson, readOnly = false): boolean {
  const kind = controlKind(control);
  if (!kind) return false;
  // Tom Select's or Choices.js's own text box: the select it stands for is the field.
  if (kind !== 'select' && standsForSelect(control)) return false;
  // A native select a widget hides (Select2…) is there for people through the widget.
  const widget = kind === 'select' ? selectWidgetOf(control) : null;
  if (widget) return !isDisabled(control) && !isSensitive(control) && isVisible(widget);
  const type = controlType(control);
  if (kind === 'input' && !TEXT_INPUT_TYPES.has(type) && !CHOICE_INPUT_TYPES.has(type)) return false;
  if (isDisabled(control) && !(readOnly && isReadOnlyBox(control))) return false;
  if (isSensitive(control)) return false;
  if (isHiddenFromPeople(control)) return false;
  if (isSiteChrome(control)) return false;
  // A menu on a read-only box out of sight is seen through its visible box.
  if (kind === 'menu') return isVisible(menuBoxOf(control));
  if (CHOICE_INPUT_TYPES.has(type)) {
    // Styled checkboxes hide the native box and show the label instead.
    return isVisible(control) || labelsOf(control).some((label) => isVisible(label));
  }
  return isVisible(control);
}

export function isDisabled(control: Control): boolean {
  if ((control as HTMLInputElement).disabled) return true;
  // Read-only is how a menu built on a text box says it takes no typing (isReadOnlyMenuInput).
  if ((control as HTMLInputElement).readOnly && !isReadOnlyMenuInput(control)) return true;
  if (control.getAttribute('aria-disabled') === 'true' || control.getAttribute('aria-readonly') === 'true') return true;
  // A disabled fieldset disables its controls, except those in its first legend.
  const fieldset = control.closest('fieldset[disabled]');
  if (fieldset) {
    const legend = fieldset.querySelector(':scope > legend');
    if (!legend?.contains(control)) return true;
  }
  return false;
}

/**
 * The site's own controls, in its banner, navigation or footer: the language of the site (a select
 * or menu named "Languages"), its search, a newsletter. Never the form's, whatever their label says.
 * But a dialog kept in the footer's markup (an application form) or a real form in the top header
 * ("Déposez votre CV") is the page's; so is a header or footer of a part of the page (an article's,
 * a dialog's). A page-wide <form> (ASP.NET) is no such part: its header is still the site's.
 */
function isSiteChrome(control: Control): boolean {
  const chrome = closestAcrossShadows(control, 'nav, [role="navigation"], [role="banner"], [role="contentinfo"], header, footer');
  if (!chrome) return false;
  const holder = closestAcrossShadows(control, 'dialog, [role="dialog"], form, [role="form"]');
  if (holder && chrome.contains(holder) && isPagePart(holder)) return false;
  if (chrome.matches('header, footer') && !chrome.matches('[role="banner"], [role="contentinfo"]')) {
    return closestAcrossShadows(chrome.parentElement ?? chrome, 'main, article, section, aside, dialog, fieldset, [role="main"], [role="dialog"], [role="region"]') === null;
  }
  return true;
}

/** A dialog, or a form asking for something typed: not a search, a login box or a lone list such
 *  as the site's language. */
function isPagePart(holder: Element): boolean {
  if (holder.matches('dialog, [role="dialog"]')) return true;
  if (holder.matches('[role="search"]') || holder.querySelector('input[type="search"], input[type="password"]')) return false;
  if (isSearchOrLoginForm(holder)) return false;
  return [...holder.querySelectorAll('input, textarea')].some((field) => TEXT_INPUT_TYPES.has(controlType(field)) && controlType(field) !== 'search');
}

const SEARCH_OR_LOGIN = /(^|[^a-z])(recherch\w*|search\w*|chercher|rechercher|trouver|find|connexion|connecter|login|log in|sign in|signin|identifier|s'identifier)([^a-z]|$)/;

/** A header form that searches the site or logs in, told by where it sends ("/recherche",
 *  "/connexion") or what its button says ("Rechercher", "Connexion"), without a role to say so. */
export function isSearchOrLoginForm(holder: Element): boolean {
  const action = holder.getAttribute('action') ?? '';
  if (SEARCH_OR_LOGIN.test(fold(action.replace(/[/?#=&._-]+/g, ' ')))) return true;
  const buttons = holder.querySelectorAll('button, input[type="submit"], input[type="button"], [role="button"]');
  return [...buttons].some((button) => SEARCH_OR_LOGIN.test(fold((button.textContent ?? '') + ' ' + (button.getAttribute('value') ?? '') + ' ' + (button.getAttribute('aria-label') ?? ''))));
}

/** Element.closest, going on through shadow hosts and frames (a switcher in a web component). */
function closestAcrossShadows(element: Element, selector: string): Element | null {
  for (let node: Element | null = element; node; node = outerHost(node)) {
    const found = node.closest(selector);
    if (found) return found;
  }
  return null;
}

/** Passwords, payment and identity numbers, one-time codes: never from a CV. */
function isSensitive(control: Control): boolean {
  const type = controlType(control);
  if (type === 'password') return true;
  const autocomplete = (control.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (autocomplete.some((token) => SENSITIVE_AUTOCOMPLETE.test(token))) return true;
  const words = fold(`${control.getAttribute('name') ?? ''} ${control.id} ${control.getAttribute('aria-label') ?? ''} ${control.getAttribute('placeholder') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2'));
  return SENSITIVE.test(words) || /(^|\s)(cc|card|carte)(\s|$)/.test(words);
}

/** Honeypots: hidden from assistive technologies and from the keyboard, i.e. not for people. */
function isHiddenFromPeople(control: Control): boolean {
  for (let node: Element | null = control; node; node = node.parentElement ?? outerHost(node)) {
    if (node.getAttribute('aria-hidden') === 'true' || node.hasAttribute('inert')) return true;
    if (node.tagName === 'TEMPLATE') return true;
  }
  // A text field kept out of the tab order is a trap; a checkbox or radio may be (roving focus).
  if (!isChoice(control) && control.getAttribute('tabindex')?.trim() === '-1') return true;
  // A trap may say so to the few people who would see it ("Laissez ce champ vide").
  const said = [...labelsOf(control).map((label) => label.textContent ?? ''), control.getAttribute('placeholder') ?? '', control.getAttribute('aria-label') ?? ''];
  return said.some((text) => LEAVE_EMPTY.test(fold(text)));
}

const LEAVE_EMPTY = /laisse[rz]? (ce champ |cette case )?(vide|blanc)|ne (pas )?(le )?remplir|ne rien (saisir|ecrire)|leave (this )?(field |box )?(blank|empty)|do not fill|don't fill/;

export function labelsOf(control: Control): HTMLLabelElement[] {
  const labels = (control as HTMLInputElement).labels;
  if (labels && labels.length > 0) return ownLabels(control, [...labels]);
  const found: HTMLLabelElement[] = [];
  const root = control.getRootNode() as Document | ShadowRoot;
  if (control.id && root.querySelectorAll) {
    for (const label of root.querySelectorAll<HTMLLabelElement>('label[for]')) if (label.htmlFor === control.id) found.push(label);
  }
  const wrapping = control.closest('label');
  if (wrapping && !found.includes(wrapping as HTMLLabelElement)) found.push(wrapping as HTMLLabelElement);
  return ownLabels(control, found);
}

/**
 * A block copied with its ids ("Ajouter une expérience" by cloneNode): every `label[for]` of an id
 * the page holds twice names every box of that id. Each label belongs to the box of that id
 * nearest to it, the one of its own block.
 */
function ownLabels(control: Control, labels: HTMLLabelElement[]): HTMLLabelElement[] {
  if (labels.length < 2 || !control.id) return labels;
  const root = control.getRootNode() as Document | ShadowRoot;
  const sameId = [...(root.querySelectorAll?.('[id]') ?? [])].filter((element) => element.id === control.id);
  if (sameId.length < 2) return labels;
  return labels.filter((label) => label.contains(control) || label.htmlFor !== control.id || nearestOf(label, sameId) === control);
}

/** Of the elements, the one in the smallest part of the page around `from`. */
function nearestOf(from: Element, elements: Element[]): Element | null {
  for (let ancestor = from.parentElement; ancestor; ancestor = ancestor.parentElement) {
    const inside = elements.find((element) => ancestor!.contains(element));
    if (inside) return inside;
  }
  return null;
}

/** Rendered and styled to be seen: no display:none, visibility:hidden or opacity:0 on the way up. */
export function isShownByStyle(element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (typeof check === 'function' && element.ownerDocument?.defaultView?.frameElement === null) {
    // The browser's own answer, through shadow roots, without a style lookup per ancestor.
    return check.call(element, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  }
  for (let node: Element | null = element; node; node = node.parentElement ?? outerHost(node)) {
    const view = node.ownerDocument?.defaultView;
    if (!view) return false;
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return false;
    if (Number.parseFloat(style.opacity) === 0) return false;
  }
  return true;
}

/** Visible to a person: shown by style, bigger than a few pixels and not pushed off the page. */
export function isVisibleToPerson(element: Element): boolean {
  if (!isShownByStyle(element)) return false;
  const view = element.ownerDocument?.defaultView;
  if (!view) return false;
  const box = element.getBoundingClientRect();
  if (box.width < 4 || box.height < 4) return false;
  if (box.right + view.scrollX <= 0 || box.bottom + view.scrollY <= 0) return false;
  return true;
}
