import { genderForms } from '../taxonomy/gender-forms';
import { readValue, type Control } from './find-controls';
import { noteWrite, writeValue, type FillRun, type UndoStep } from './fill-journal';
import { watchOtherBoxes } from './filled-by-the-page';
import { isListCopy, optionsBesideCopy } from './list-copy-for-screen-readers';
import { fold } from './fold-text';
import { clearButtonOf } from './clear-button';
import { clickSafely } from './click-safely';
import { isPlacesBox, PLACES_LIST, PLACES_OPTION, placesItemText } from './google-places';
import { pick, pressKey, pressPointer, setControlValue, typeText, viewOf } from './set-control-value';

/**
 * Autocomplete text boxes (WAI-ARIA combobox: "Métier recherché", "Commune"): the page offers a
 * list as one types and many keep only a value picked from it, emptying the box on blur otherwise.
 * So the fill types the value as a person would, waits for the page's list, and picks the option
 * that says the same thing ("Cariste" in "Cariste / Caristière", "Valenciennes" in
 * "Valenciennes (59300)"). With no such option the box is put back as it was: a made-up value in
 * a closed list would be lost on submit, or worse, sent as something else.
 */

/** Which suggestion says the value typed (bestOption unless the field knows better: an address). */
export type SuggestionChooser = (options: Element[], value: string, hints: string[]) => { option: Element | null; tied: Element[] };

export type ComboboxOutcome =
  | { status: 'chosen'; option: string }
  | { status: 'typed' }
  | { status: 'no-matching-option' }
  | { status: 'ambiguous-option'; options: string[] };

/** How long the page may take to show its suggestions (a debounce, then a request; a form's tab
 *  behind the review tab has its timers slowed). */
const SUGGESTIONS_MS = 2_500;
/** Longer while the list says it is loading (aria-busy). */
const BUSY_MS = 5_000;
/** A list of its own shown empty this long (and not loading) has nothing for the value. */
const EMPTY_LIST_MS = 800;

/** Lists of suggestions and their options: the ARIA ones, and jQuery UI's and Google Places', which
 *  have no role (on many older public-service sites, and many job boards). */
export const LIST_SELECTOR = `[role="listbox"], ul.ui-autocomplete, ${PLACES_LIST}`;
const OPTION_SELECTOR = `[role="option"], li.ui-menu-item, ${PLACES_OPTION}`;
/** Text around a picker's box that is never its choice: labels, hints, help and error messages,
 *  counters, live regions, hidden parts, the placeholder drawn in the widget. A hint not tied to the box ("Ex : Cariste") would
 *  otherwise read as a value the page holds. */
const NOT_A_CHOICE = [
  'label', 'small', 'legend', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[hidden]', '[aria-hidden="true"]', 'script', 'style', 'template',
  '[role="alert"]', '[role="status"]', '[aria-live]',
  '[class*="hint" i]', '[class*="help" i]', '[class*="placeholder" i]', '[class*="description" i]', '[class*="counter" i]', '[class*="error" i]', '[class*="form-text" i]',
].join(', ');

/** An <input> that announces a list of suggestions (role="combobox" or aria-autocomplete), or a
 *  jQuery UI or Google Places autocomplete, which announce nothing but mark their box. */
export function isAutocompleteBox(control: Control): boolean {
  // A read-only box takes no typing: a select menu built on it (fill-menu.ts).
  if (control.tagName !== 'INPUT' || (control as HTMLInputElement).readOnly) return false;
  if (control.classList.contains('ui-autocomplete-input') || isPlacesBox(control)) return true;
  const autocomplete = (control.getAttribute('aria-autocomplete') ?? '').toLowerCase();
  const owner = control.closest('[role="combobox"]');
  return control.getAttribute('role') === 'combobox' || autocomplete === 'list' || autocomplete === 'both' || (owner !== null && owner !== control);
}

/** The box already shows one of the values (refilling must not report "Cariste / Caristière"
 *  against "Cariste" as a conflict). */
export function saysValue(shown: string, values: string[]): boolean {
  const wanted = new Set(values.flatMap((value) => [value, ...genderForms(value)]).map(comparable).filter(Boolean));
  return [shown, ...genderForms(shown)].some((text) => wanted.has(comparable(text)));
}

/**
 * Types `value`, waits for the suggestions and clicks the one that matches. Records the undo step
 * (in `steps`: the run's, or an entry's own list) and the written value (keepValues checks the page
 * kept it). `hints` are other values of the plan (the postcode) that tell two equally good options
 * apart ("Saint-Denis (93200)" / "(97400)").
 */
export async function fillCombobox(
  run: FillRun,
  control: Control,
  value: string,
  target: string,
  hints: string[] = [],
  steps: UndoStep[] = run.steps,
  choose: SuggestionChooser = bestOption,
): Promise<ComboboxOutcome> {
  const previous = readValue(control);
  // A list open before typing (opened on focus, or always shown) would be read as the answer.
  if (closeList(control)) await run.tick();
  const before = optionsSignature(visibleOptions(run, control));
  typeText(control, value);
  await run.tick();
  const options = await suggestionsFor(run, control, before);
  if (options.length === 0) {
    // No list: an ordinary text box after all.
    closeList(control);
    control.dispatchEvent(new (viewOf(control).Event ?? Event)('change', { bubbles: true }));
    control.blur?.();
    record(run, control, value, previous, target, steps);
    return { status: 'typed' };
  }
  const choice = choose(options, value, hints);
  if (!choice.option) {
    closeList(control);
    setControlValue(control, previous);
    await run.settle();
    return choice.tied.length > 1 ? { status: 'ambiguous-option', options: choice.tied.map(optionText) } : { status: 'no-matching-option' };
  }
  const chosen = optionText(choice.option);
  const filledByThePage = watchOtherBoxes(run, control, target, steps);
  pick(choice.option);
  await run.settle();
  control.blur?.();
  await run.tick();
  filledByThePage();
  // The choice holds when the box shows it, or when the widget shows it beside an emptied box (as
  // react-select does); else it is recorded as written, and keepValues reports it lost.
  const held = readValue(control).trim() !== '' || fold(shownChoice(control)).includes(fold(chosen));
  record(run, control, held ? '' : chosen, previous, target, steps, chosen);
  return { status: 'chosen', option: chosen };
}

/**
 * Tries each value in turn ("Cariste – Préparateur de commandes" as the CV says it, then the
 * confirmed occupations "Cariste", "Préparateur de commandes") until the page offers an option
 * that says it. When none does: a box that offered options for any of them is a closed list, left
 * as it was; a box that never offered any is a free one, and gets the first value typed.
 */
export async function fillComboboxWithAny(run: FillRun, control: Control, values: string[], target: string, hints: string[] = [], choose: SuggestionChooser = bestOption): Promise<ComboboxOutcome> {
  const distinct = values.filter((value, index) => value.trim() !== '' && values.findIndex((other) => fold(other) === fold(value)) === index);
  let listed: ComboboxOutcome | null = null;
  for (const value of distinct) {
    const outcome = await fillCombobox(run, control, value, target, hints, run.steps, choose);
    if (outcome.status === 'chosen') return outcome;
    if (outcome.status === 'typed') {
      // Nothing suggested for it: take it back and try the next value.
      await run.steps.pop()?.undo();
      run.written.pop();
      await run.tick();
    } else {
      listed ??= outcome;
    }
  }
  // Google's box keeps what is typed (its list only suggests): with no suggestion of the person's,
  // the value is typed as it was before the box was read as a picker.
  if (listed && !isPlacesBox(control)) return listed;
  if (distinct.length === 0) return { status: 'no-matching-option' };
  writeValue(run, control, distinct[0]!, target);
  await run.tick();
  return { status: 'typed' };
}

/** The options the page shows for what was typed: once the list changed from what it showed
 *  before typing, or at the end of the wait (a list that does not filter is still the answer). */
export async function suggestionsFor(run: Pick<FillRun, 'settle' | 'isVisible'>, control: Control, before: string): Promise<Element[]> {
  const started = Date.now();
  for (;;) {
    const shown = visibleOptions(run, control);
    const elapsed = Date.now() - started;
    if (shown.length > 0 && (before === '' || optionsSignature(shown) !== before)) return shown;
    const lists = ownLists(control);
    const busy = lists.some((list) => list.getAttribute('aria-busy') === 'true') || control.getAttribute('aria-busy') === 'true';
    if (shown.length === 0 && !busy && elapsed >= EMPTY_LIST_MS && lists.some((list) => run.isVisible(list))) return [];
    if (elapsed >= (busy ? BUSY_MS : SUGGESTIONS_MS)) return shown;
    await run.settle();
  }
}

/** The lists the box names as its own (aria-controls, aria-owns, on it or on its combobox). */
export function ownLists(control: Control): HTMLElement[] {
  const root = control.getRootNode() as Document | ShadowRoot;
  const owners = [control, control.closest('[role="combobox"]')].filter((element): element is Element => element !== null);
  const ids = owners.flatMap((owner) => `${owner.getAttribute('aria-controls') ?? ''} ${owner.getAttribute('aria-owns') ?? ''}`.split(/\s+/)).filter(Boolean);
  return [...new Set(ids)]
    .map((id) => root.getElementById?.(id) ?? control.ownerDocument.getElementById(id))
    .filter((list): list is HTMLElement => list !== null);
}

/** Options of the box's own lists, or of any list shown in its root or its document (a list
 *  rendered in a portal at the end of the page). */
export function visibleOptions(run: Pick<FillRun, 'isVisible'>, control: Control, isVisible: (element: Element) => boolean = run.isVisible): Element[] {
  let lists = ownLists(control);
  if (lists.length === 0) {
    const root = control.getRootNode() as Document | ShadowRoot;
    lists = [...root.querySelectorAll<HTMLElement>(LIST_SELECTOR)];
    if (root !== control.ownerDocument) lists.push(...control.ownerDocument.querySelectorAll<HTMLElement>(LIST_SELECTOR));
  }
  return lists
    .flatMap((list) => (isListCopy(list) ? optionsBesideCopy(list) : isVisible(list) ? [...list.querySelectorAll(OPTION_SELECTOR)] : []))
    .filter((option) => option.getAttribute('aria-disabled') !== 'true' && isVisible(option));
}

function optionsSignature(options: Element[]): string {
  return options.map(optionText).join('\n');
}

/**
 * What the picker shows as chosen when its box is empty: pickers such as react-select show the
 * choice beside the box ("Cariste") and empty the box itself. The text of the widget around the box
 * (its combobox, or the largest ancestor, up to three levels, holding no other control), less its
 * label, its hints, its placeholder and its list. "" when nothing is chosen.
 */
export function shownChoice(control: Control): string {
  const widget = widgetOf(control);
  if (widget === control) return '';
  const skipped = new Set<Element>();
  for (const attribute of ['aria-labelledby', 'aria-describedby']) {
    for (const id of (control.getAttribute(attribute) ?? '').split(/\s+/).filter(Boolean)) {
      const element = control.ownerDocument.getElementById(id);
      if (element) skipped.add(element);
    }
  }
  for (const label of (control as HTMLInputElement).labels ?? []) skipped.add(label);
  const parts: string[] = [];
  const walker = control.ownerDocument.createTreeWalker(widget, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || [...skipped].some((element) => element.contains(parent))) continue;
    if (parent.closest(`${LIST_SELECTOR}, ${NOT_A_CHOICE}`)) continue;
    parts.push(node.nodeValue ?? '');
  }
  const placeholder = fold(control.getAttribute('placeholder') ?? '');
  const text = parts.join(' ').replace(/\s+/g, ' ').trim();
  return fold(text) === placeholder ? '' : text;
}

/** The element around the box that shows the widget's state: its combobox, else the largest
 *  ancestor (up to three levels) that holds no other control, else the box itself. */
function widgetOf(control: Control): Element {
  const combobox = control.closest('[role="combobox"]');
  if (combobox && combobox !== control) return combobox;
  let widget: Element = control;
  for (let node = control.parentElement, steps = 0; node && steps < 3; node = node.parentElement, steps++) {
    // A widget lives inside one field: never the whole form or section around it.
    if (node.matches('form, fieldset, section, article, main, body, dialog, [role="dialog"], [role="group"]')) break;
    const controls = node.querySelectorAll('input:not([type="hidden"]), select, textarea, button, [contenteditable="true"]');
    if (controls.length !== 1) break;
    widget = node;
  }
  return widget;
}

export function isExpanded(control: Control): boolean {
  return control.getAttribute('aria-expanded') === 'true' || control.closest('[role="combobox"]')?.getAttribute('aria-expanded') === 'true';
}

/** Escape closes an open list; sent only then: on a closed one it may close a dialog around the
 *  form, or clear the choice. */
function closeList(control: Control): boolean {
  if (!isExpanded(control)) return false;
  pressKey(control, 'Escape');
  return true;
}

/**
 * The option that says the value: the same words once gender forms, plurals, brackets and codes are
 * set aside ("Valenciennes (59300)", "Cariste / Caristière", "Cariste H/F"). An option that only
 * holds the value ("Chef d'équipe cariste") is another job. None either when two different options
 * say it and the plan's other values (the postcode) do not tell them apart.
 */
export function bestOption(options: Element[], value: string, hints: string[]): { option: Element | null; tied: Element[] } {
  const wanted = new Set([value, ...genderForms(value)].map(comparable).filter(Boolean));
  let tied = options
    .map((option) => ({ option, text: fold(optionText(option)) }))
    .filter(({ option }) => {
      const texts = [optionText(option), spacedText(option), option.getAttribute('data-value') ?? ''];
      return texts.flatMap((text) => [text, ...genderForms(text)]).some((said) => wanted.has(comparable(said)));
    });
  if (tied.length > 1) {
    const foldedHints = hints.map(fold).filter((hint) => hint.length >= 2);
    const hinted = tied.filter((entry) => foldedHints.some((hint) => ` ${entry.text} `.includes(` ${hint} `)));
    if (hinted.length > 0) tied = hinted;
  }
  // Two different options equally good: the choice is the person's, not the fill's.
  if (new Set(tied.map((entry) => entry.text)).size > 1) return { option: null, tied: tied.map((entry) => entry.option) };
  return { option: tied[0]?.option ?? null, tied: [] };
}

/** What a title or a place name says, for comparison: no brackets, "H/F", codes; words folded,
 *  a final s or x dropped. */
function comparable(text: string): string {
  return fold(text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').replace(/\b[HF]\s*\/\s*[HF]\b/gi, ' '))
    .split(' ')
    .filter((word) => word !== '' && !/^\d+$/.test(word))
    .map((word) => (word.length > 3 ? word.replace(/[sx]$/, '') : word))
    .join(' ');
}

/** The option's text nodes joined by spaces: "<span>Valenciennes</span><small>59300</small>" says
 *  "Valenciennes 59300", not "Valenciennes59300" (optionText keeps "<mark>Cari</mark>ste" whole). */
function spacedText(option: Element): string {
  const parts: string[] = [];
  const walker = option.ownerDocument.createTreeWalker(option, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** What an option says: its accessible name, or its rendered text. */
export function optionText(option: Element): string {
  if (option.matches(PLACES_OPTION)) return placesItemText(option);
  const rendered = (option as HTMLElement).innerText;
  return (option.getAttribute('aria-label') || (typeof rendered === 'string' && rendered.trim() ? rendered : option.textContent) || '').replace(/\s+/g, ' ').trim();
}

/** Undo and keepValues for what the fill did to the box. A choice shown beside the box stays when
 *  the box is emptied: Backspace in an empty picker removes it (react-select, Select2, Choices.js),
 *  as a person would; a picker that ignores it (Ant Design's single select) is cleared with its
 *  clear button. A choice still shown after both is named in the report (undo failed), never
 *  claimed undone. */
function record(run: FillRun, control: Control, written: string, previous: string, target: string, steps: UndoStep[], chosen = ''): void {
  noteWrite(run, control, written, previous, target, steps, async (current) => {
    const shows = () => fold(shownChoice(current)).includes(fold(chosen));
    if (!chosen || previous !== '' || !shows()) return;
    current.focus?.();
    pressKey(current, 'Backspace');
    current.blur?.();
    await run.tick();
    if (!shows()) return;
    const clear = clearButtonOf(widgetOf(current));
    if (clear) {
      pressPointer(clear, 'down');
      pressPointer(clear, 'up');
      clickSafely(clear as HTMLElement);
      await run.tick();
    }
    if (shows()) throw new Error(`the picker still shows ${chosen}`);
  });
}
