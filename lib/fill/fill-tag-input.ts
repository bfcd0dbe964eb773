import { clickSafely } from './click-safely';
import { readValue, type Control } from './find-controls';
import { fold } from './fold-text';
import { bestOption, isAutocompleteBox, isExpanded, optionText, ownLists, suggestionsFor, visibleOptions } from './fill-combobox';
import type { FillRun } from './fill-journal';
import { pick, pressEnter, pressKey, setControlValue, typeText } from './set-control-value';

/** A tag (chip) input: the text box, the element holding its chips, and its add button if any. */
export interface TagWidget {
  input: Control;
  container: Element | ShadowRoot;
  addButton: HTMLElement | null;
  /** False when a picker showed no list at all for the first value: the next ones are not waited for. */
  suggests?: boolean;
}

export type TagOutcome =
  | { status: 'added'; chips: string[] }
  | { status: 'present' }
  | { status: 'rejected' }
  | { status: 'not-a-tag-input' };

const ADD_BUTTON = /^(\+|ajouter|add|valider|ok|inserer|insert|enter)(\s|$)|^\+/;
const REMOVE_BUTTON = /retirer|supprimer|enlever|effacer|remove|delete|clear|(^|\s)x($|\s)|^[×✕✖╳]$/;
const BUTTONS = 'button, [role="button"], input[type="button"]';
/** A remove mark drawn by CSS, with no words: bootstrap-tagsinput's `<span data-role="remove">`,
 *  react-tagsinput's `<a class="react-tagsinput-remove">`, an icon's `close` class. */
const REMOVE_MARK = /(^|[\s_-])(remove|delete|close|clear)/i;
const MARKS = 'a, span, i, svg, [data-role]';
/** A wrapper that says it is a tag input: `bootstrap-tagsinput`, `react-tagsinput`, `tag-input`, `chips`. */
const TAG_WRAPPER = /(^|[\s_-])(tags?|chips?)([\s_-]|input|$)|tagsinput|taginput|chipinput/i;

/** The widget around a text box, or null when nothing about it looks like a tag input. */
export function tagWidgetOf(input: Control): TagWidget | null {
  let node: Element = input;
  let container: Element | ShadowRoot | null = null;
  for (let steps = 0; steps < 4; steps += 1) {
    const parent = node.parentElement;
    if (!parent) {
      // The top of a shadow root: the whole root is the widget.
      const root = node.getRootNode();
      if ((root as ShadowRoot).host) container = root as ShadowRoot;
      break;
    }
    node = parent;
    if (parent.querySelectorAll('input, select, textarea').length > 1) break;
    container = parent;
    if (holdsList(parent, input)) break;
  }
  if (!container) return null;
  const addButton = buttonsIn(container).find((button) => ADD_BUTTON.test(accessibleName(button)) && !REMOVE_BUTTON.test(accessibleName(button))) ?? null;
  const hasList =
    container.querySelector(LISTS) !== null ||
    (container instanceof Element && TAG_WRAPPER.test(container.getAttribute('class') ?? ''));
  if (!addButton && !hasList && input.getAttribute('role') !== 'combobox') return null;
  return { input, container, addButton };
}

const LISTS = 'ul, ol, [role="list"], [role="listbox"], [class*="chip"], [class*="tag"]';

/** Whether a part of the page holds a list (of chips, most likely). A picker's own suggestions are
 *  no such list: its chips and "Ajouter" button may sit further up ("Rechercher une compétence"
 *  with its listbox, the button beside, the skills added below). */
function holdsList(part: Element, input: Control): boolean {
  const picker = isAutocompleteBox(input);
  return [...part.querySelectorAll(LISTS)].some((list) => !(picker && list.closest(SUGGESTIONS)));
}

/** The texts of the chips a widget shows: elements holding their own remove button. */
export function chipTexts(widget: TagWidget): string[] {
  return chips(widget).map((chip) => chip.text);
}

/**
 * Adds one value the way a person does: type it, press Enter; if the page wants a click, press its
 * "Ajouter" button. Whatever chip the page made of it (an autocomplete may have picked a close
 * suggestion) is returned, so undo can remove exactly that.
 */
export async function addTag(widget: TagWidget, value: string, wait: Pick<FillRun, 'tick' | 'settle' | 'isVisible'>): Promise<TagOutcome> {
  const before = chipTexts(widget);
  if (before.some((text) => fold(text) === fold(value))) return { status: 'present' };
  // A picker of chips (a combobox) may take only what its suggestions offer.
  const picker = isAutocompleteBox(widget.input);
  const offeredBefore = picker ? visibleOptions(wait, widget.input).map(optionText).join('\n') : '';
  typeText(widget.input, value);
  // The page must have rendered the typed text before Enter: its handler reads the last render.
  await wait.tick();
  let added: string[] = [];
  // What the box holds once a suggestion is picked: the page's wording, the button adds that.
  let picked = value;
  // The picker's list offered nothing that says the value: its "Ajouter" would only refuse it, and
  // leave its refusal ("Choisissez une compétence dans la liste") on screen.
  let unoffered = false;
  if (picker && widget.suggests !== false) {
    const offered = await suggestionsFor(wait, widget.input, offeredBefore);
    // A list shown (even "Aucun résultat") says it suggests; nothing at all for the first value, not,
    // unless the box names a list of its own (aria-controls): that one had nothing for this value.
    if (offered.length > 0 || isExpanded(widget.input)) widget.suggests = true;
    else if (ownLists(widget.input).length === 0) widget.suggests ??= false;
    const suggestion = bestOption(offered, value, []).option;
    unoffered = !suggestion && widget.suggests !== false;
    if (suggestion) {
      picked = optionText(suggestion);
      pick(suggestion);
      await wait.settle();
      added = newChips(before, chipTexts(widget));
    }
  }
  if (added.length === 0) {
    pressEnter(widget.input);
    await wait.tick();
    added = newChips(before, chipTexts(widget));
  }
  if (added.length === 0) {
    await wait.settle();
    added = newChips(before, chipTexts(widget));
  }
  const held = fold(readValue(widget.input));
  if (added.length === 0 && (held === fold(value) || held === fold(picked)) && widget.addButton && !unoffered) {
    clickSafely(widget.addButton);
    await wait.settle();
    added = newChips(before, chipTexts(widget));
  }
  // The page named the chip after its own referential, and that name was already a chip (a second
  // fill): the new one repeats it, so it goes.
  const repeated = added.filter((text) => before.some((chip) => fold(chip) === fold(text)));
  for (const text of repeated) await removeTag(widget, text, wait.settle, 'last');
  added = added.filter((text) => !repeated.includes(text));
  if (added.length > 0) return { status: 'added', chips: added };
  if (repeated.length > 0) return { status: 'present' };
  if (fold(readValue(widget.input)) === fold(value)) {
    // Emptied as a person does, leaving the box: a page that checks it when it is left (jQuery
    // Validation on focusout) takes its refusal back.
    setControlValue(widget.input, '');
    await wait.settle();
    // A picker takes no typed list either: what it did not offer is rejected, never poured in as text.
    return chips(widget).length === 0 && !widget.addButton && !picker ? { status: 'not-a-tag-input' } : { status: 'rejected' };
  }
  return { status: 'rejected' };
}

/** Leaves the box once the list is added, as a person does: a page that checks the box when it
 *  is left sees it empty, and its list's refusals go. */
export function leaveTagInput(widget: TagWidget): void {
  const input = widget.input;
  const focused = (input.getRootNode() as Document | ShadowRoot).activeElement === input;
  if (focused && readValue(input).trim() === '') input.blur?.();
}

/**
 * Removes one chip by clicking its own remove button, so the page's state follows. A chip with no
 * remove control goes as a person takes it back: Backspace in the empty box, when it is the last
 * chip (the one Backspace removes). False when the chip is still there.
 */
export async function removeTag(widget: TagWidget, text: string, settle: () => Promise<void>, which: 'first' | 'last' = 'first'): Promise<boolean> {
  const all = chips(widget);
  const same = all.filter((candidate) => fold(candidate.text) === fold(text));
  // A chip twice: the last is the one just added, pages append.
  const chip = which === 'last' ? same.at(-1) : same[0];
  if (!chip) return false;
  if (chip.remove) clickSafely(chip.remove);
  else if (chip === all.at(-1) && readValue(widget.input) === '' && widget.input.isConnected) {
    widget.input.focus();
    pressKey(widget.input, 'Backspace');
  } else return false;
  await settle();
  return chipTexts(widget).filter((candidate) => fold(candidate) === fold(text)).length < same.length;
}

interface Chip {
  text: string;
  element: Element;
  remove: HTMLElement | null;
}

/** The chips in the order the page shows them: elements holding their own remove control, and
 *  elements drawn as chips (a chip, tag, token or pill class, a list item) with none. */
function chips(widget: TagWidget): Chip[] {
  const found: Chip[] = [];
  for (const button of removeControls(widget)) {
    for (let chip = button.parentElement, steps = 0; chip && steps < 2; chip = chip.parentElement, steps += 1) {
      if (chip.contains(widget.input as Node)) break;
      const text = textWithoutButtons(chip);
      if (text) {
        found.push({ text, element: chip, remove: button });
        break;
      }
    }
  }
  const bare = [...widget.container.querySelectorAll(BARE_CHIP)].filter(
    (element) =>
      (element.matches('li, [role="listitem"]') || CHIP_CLASS.test(element.getAttribute('class') ?? '')) &&
      !element.contains(widget.input as Node) &&
      !element.closest(SUGGESTIONS) &&
      !found.some(({ element: chip }) => chip.contains(element) || element.contains(chip)) &&
      !element.querySelector(BARE_CHIP) &&
      textWithoutButtons(element).length > 1,
  );
  found.push(...bare.map((element) => ({ text: textWithoutButtons(element), element, remove: null })));
  const order = (a: Chip, b: Chip) => (a.element.compareDocumentPosition(b.element) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);
  return found.sort(order);
}

/** What a chip with no remove control looks like, and the suggestions list it is not. The class
 *  words are whole ("tag", "chip-item"), not parts of another ("stage"). */
const BARE_CHIP = 'li, [role="listitem"], [class*="chip"], [class*="tag"], [class*="token"], [class*="pill"]';
const CHIP_CLASS = /(^|[\s_-])(chip|tag|token|pill)s?([\s_-]|$)/i;
const SUGGESTIONS = '[role="listbox"], [role="option"], [role="menu"], datalist';

function newChips(before: string[], after: string[]): string[] {
  const remaining = [...before];
  return after.filter((text) => {
    const index = remaining.indexOf(text);
    if (index >= 0) {
      remaining.splice(index, 1);
      return false;
    }
    return true;
  });
}

/** The chips' remove controls: buttons named so, and wordless marks whose class says so. */
function removeControls(widget: TagWidget): HTMLElement[] {
  const named = buttonsIn(widget.container).filter((button) => button !== widget.addButton && REMOVE_BUTTON.test(accessibleName(button)));
  const marks = [...widget.container.querySelectorAll<HTMLElement>(MARKS)].filter(
    (mark) => !named.includes(mark) && isMark(mark) && REMOVE_MARK.test(`${mark.getAttribute('data-role') ?? ''} ${mark.getAttribute('class') ?? ''}`),
  );
  return [...named, ...marks];
}

/** An icon, not a chip: no words of its own (at most a "×"). */
function isMark(element: Element): boolean {
  return (element.textContent ?? '').trim().length <= 1 && !element.contains(element.ownerDocument.activeElement) && !element.querySelector('input');
}

function buttonsIn(container: Element | ShadowRoot): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(BUTTONS)];
}

function accessibleName(button: HTMLElement): string {
  return fold(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? button.textContent ?? (button as HTMLInputElement).value ?? '') || (button.textContent ?? '').trim();
}

function textWithoutButtons(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll(`${BUTTONS}, .sr-only, [class*="visually-hidden"]`).forEach((node) => node.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
