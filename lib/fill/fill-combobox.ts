import { genderForms } from '../taxonomy/gender-forms';
import { clickSafely } from './click-safely';
import { readValue, type Control } from './find-controls';
import { recordWritten, writeValue, type FillRun, type UndoStep } from './fill-journal';
import { fold } from './fold-text';
import { setControlValue, typeText } from './set-control-value';

/**
 * Autocomplete text boxes (WAI-ARIA combobox: "Métier recherché", "Commune"): the page offers a
 * list as one types and many keep only a value picked from it, emptying the box on blur otherwise.
 * So the fill types the value as a person would, waits for the page's list, and picks the option
 * that says the same thing ("Cariste" in "Cariste / Caristière", "Valenciennes" in
 * "Valenciennes (59300)"). With no such option the box is put back as it was: a made-up value in
 * a closed list would be lost on submit, or worse, sent as something else.
 */

export type ComboboxOutcome =
  | { status: 'chosen'; option: string }
  | { status: 'typed' }
  | { status: 'no-matching-option' }
  | { status: 'ambiguous-option'; options: string[] };

/** How long the page may take to show its suggestions (a debounce, then a request). */
const SUGGESTIONS_MS = 1_500;

/** An <input> that announces a list of suggestions (role="combobox" or aria-autocomplete). */
export function isAutocompleteBox(control: Control): boolean {
  if (control.tagName !== 'INPUT') return false;
  const autocomplete = (control.getAttribute('aria-autocomplete') ?? '').toLowerCase();
  const owner = control.closest('[role="combobox"]');
  return control.getAttribute('role') === 'combobox' || autocomplete === 'list' || autocomplete === 'both' || (owner !== null && owner !== control);
}

/**
 * Types `value`, waits for the suggestions and clicks the one that matches. Records the undo step
 * (in `steps`: the run's, or an entry's own list) and the written value (keepValues checks the page
 * kept it). `hints` are other values of the plan (the postcode) that tell two equally good options
 * apart ("Saint-Denis (93200)" / "(97400)").
 */
export async function fillCombobox(run: FillRun, control: Control, value: string, target: string, hints: string[] = [], steps: UndoStep[] = run.steps): Promise<ComboboxOutcome> {
  const previous = readValue(control);
  const before = new Set(visibleOptions(run, control));
  typeText(control, value);
  await run.tick();
  let options = await suggestionsFor(run, control, before);
  // The list may still be filling in: one more turn, and read it again.
  if (options.length > 0) {
    await run.settle();
    options = visibleOptions(run, control).filter((option) => !before.has(option));
  }
  const putBack = () => {
    pressEscape(control);
    setControlValue(control, previous);
  };
  if (options.length === 0) {
    // No list: an ordinary text box after all.
    pressEscape(control);
    control.dispatchEvent(new (viewOf(control).Event ?? Event)('change', { bubbles: true }));
    control.blur?.();
    record(run, control, value, previous, target, steps);
    return { status: 'typed' };
  }
  const choice = bestOption(options, value, hints);
  if (!choice.option) {
    putBack();
    await run.settle();
    return choice.tied.length > 1 ? { status: 'ambiguous-option', options: choice.tied.map(optionText) } : { status: 'no-matching-option' };
  }
  pick(choice.option);
  await run.settle();
  control.blur?.();
  await run.tick();
  // The page's own choice: whatever it shows now is what it keeps (some pickers show it elsewhere).
  record(run, control, '', previous, target, steps);
  return { status: 'chosen', option: optionText(choice.option) };
}

/**
 * Tries each value in turn ("Cariste – Préparateur de commandes" as the CV says it, then the
 * confirmed occupations "cariste", "préparateur de commandes") until the page offers an option
 * that says it. The outcome of the first value when none does.
 */
export async function fillComboboxWithAny(run: FillRun, control: Control, values: string[], target: string, hints: string[] = []): Promise<ComboboxOutcome> {
  const distinct = values.filter((value, index) => value.trim() !== '' && values.findIndex((other) => fold(other) === fold(value)) === index);
  let first: ComboboxOutcome | null = null;
  for (const value of distinct) {
    const outcome = await fillCombobox(run, control, value, target, hints);
    if (outcome.status === 'chosen') return outcome;
    if (outcome.status === 'typed') {
      // Nothing suggested for it: take it back and try the next value.
      await run.steps.pop()?.();
      run.written.pop();
      await run.tick();
    }
    first ??= outcome;
  }
  if (first?.status === 'typed') {
    // A free box that suggested nothing for any: the value as the CV says it, typed.
    writeValue(run, control, distinct[0]!, target);
    await run.tick();
  }
  return first ?? { status: 'no-matching-option' };
}

/** The options that appear after typing, waiting up to SUGGESTIONS_MS for the page to show them. */
async function suggestionsFor(run: FillRun, control: Control, before: Set<Element>): Promise<Element[]> {
  const started = Date.now();
  for (;;) {
    const shown = visibleOptions(run, control).filter((option) => !before.has(option));
    if (shown.length > 0 || Date.now() - started >= SUGGESTIONS_MS) return shown;
    await run.settle();
  }
}

/** Options of the box's own list (aria-controls, aria-owns), or of any list shown beside it. */
function visibleOptions(run: FillRun, control: Control): Element[] {
  const root = control.getRootNode() as Document | ShadowRoot;
  const owners = [control, control.closest('[role="combobox"]')].filter((element): element is Element => element !== null);
  const ids = owners.flatMap((owner) => `${owner.getAttribute('aria-controls') ?? ''} ${owner.getAttribute('aria-owns') ?? ''}`.split(/\s+/)).filter(Boolean);
  let lists = ids.map((id) => root.getElementById?.(id) ?? control.ownerDocument.getElementById(id)).filter((list): list is HTMLElement => list !== null);
  if (lists.length === 0) lists = [...root.querySelectorAll<HTMLElement>('[role="listbox"]')];
  return lists
    .filter((list) => run.isVisible(list))
    .flatMap((list) => [...list.querySelectorAll('[role="option"]')])
    .filter((option) => option.getAttribute('aria-disabled') !== 'true' && run.isVisible(option));
}

/**
 * The option that says the value: the same words once gender forms, plurals, brackets and codes are
 * set aside ("Valenciennes (59300)", "Cariste / Caristière", "Cariste H/F"). An option that only
 * holds the value ("Chef d'équipe cariste") is another job. None either when two different options
 * say it and the plan's other values (the postcode) do not tell them apart.
 */
function bestOption(options: Element[], value: string, hints: string[]): { option: Element | null; tied: Element[] } {
  const wanted = new Set([value, ...genderForms(value)].map(comparable).filter(Boolean));
  let tied = options
    .map((option) => ({ option, text: fold(optionText(option)) }))
    .filter(({ option }) => {
      const text = optionText(option);
      return [text, ...genderForms(text), option.getAttribute('data-value') ?? ''].some((said) => wanted.has(comparable(said)));
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

function optionText(option: Element): string {
  return (option.getAttribute('aria-label') || option.textContent || '').replace(/\s+/g, ' ').trim();
}

/** A person's click on an option: libraries listen to mousedown (to beat the blur) or to click. */
function pick(option: Element): void {
  const view = viewOf(option);
  const Mouse = view.MouseEvent ?? MouseEvent;
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  option.dispatchEvent(new Mouse('mousedown', init));
  option.dispatchEvent(new Mouse('mouseup', init));
  clickSafely(option as HTMLElement);
}

function pressEscape(control: Control): void {
  const Keyboard = viewOf(control).KeyboardEvent ?? KeyboardEvent;
  control.dispatchEvent(new Keyboard('keydown', { key: 'Escape', code: 'Escape', keyCode: 27, which: 27, bubbles: true, cancelable: true, composed: true }));
}

function record(run: FillRun, control: Control, written: string, previous: string, target: string, steps: UndoStep[]): void {
  steps.push(() => {
    if (control.isConnected) setControlValue(control, previous);
  });
  recordWritten(run, control, written, previous, target);
  run.highlight(control);
}

function viewOf(element: Element): typeof globalThis & Window {
  return (element.ownerDocument?.defaultView ?? globalThis) as typeof globalThis & Window;
}
