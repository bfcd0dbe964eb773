import { isDisabled, menuText, readValue, type Control } from './find-controls';
import { isExpanded, LIST_SELECTOR, optionText, visibleOptions } from './fill-combobox';
import { recordWritten, type FillRun, type UndoStep } from './fill-journal';
import { fold } from './fold-text';
import { menuOption, type ChoiceOption, type Chooser } from './match-option';
import { pick, pressKey, pressPointer } from './set-control-value';

/**
 * Custom select menus: a button or box that opens a list of options and shows the one chosen (the
 * WAI-ARIA select-only combobox, MUI Select, Headless UI Listbox, Radix Select, Angular Material).
 * There is no value to set: the fill opens the menu as a person would, reads its options, picks the
 * one the chooser names (the same choosers as native selects: a level, a language, a licence), and
 * checks that the menu now shows it. Undo opens it again and picks what it showed before.
 */

/** 'no-matching-option' also when the menu offered nothing at all: either way the page has no choice for it. */
export type MenuOutcome = 'chosen' | 'no-matching-option' | 'not-kept-by-page';

/** How long a menu may take to show its options once pressed (an animation, a lazy list). */
const OPEN_MS = 1_500;

/**
 * Shown, as far as an opening list goes: displayed, not visibility:hidden, with a size. Its opacity
 * is left aside: lists fade in (MUI), and in a tab the browser does not show (the form behind the
 * review tab) the fade does not run, leaving the list at opacity 0 while it is open.
 */
function shownOpening(run: FillRun, element: Element): boolean {
  if (run.isVisible(element)) return true;
  const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (typeof check !== 'function') return false;
  const box = element.getBoundingClientRect();
  return check.call(element, { visibilityProperty: true }) && box.width >= 4 && box.height >= 4;
}

/** The menu's options once it is open; opened by a press, then by the keyboard if the press did
 *  nothing. Empty when the menu never opened or offers nothing. */
async function openOptions(run: FillRun, menu: Control): Promise<Element[]> {
  const shown = () => visibleOptions(run, menu, (element) => shownOpening(run, element));
  if (isExpanded(menu) && shown().length > 0) return shown();
  // A list still shown before the press is another menu's, closing (MUI fades it out): not this one's.
  const stale = new Set(shown().map((option) => option.closest(LIST_SELECTOR)));
  const fresh = () => shown().filter((option) => !stale.has(option.closest(LIST_SELECTOR)));
  menu.focus?.();
  pressPointer(menu, 'down');
  await run.tick();
  const opened = isExpanded(menu) || fresh().length > 0;
  // The press ends as a person's does, on the menu: Radix would take the first release of the
  // button, over an option, for the end of a press-drag-release and ignore that option's click.
  pressPointer(menu, 'up');
  if (!opened) {
    (menu as HTMLElement).click();
    await run.tick();
  }
  if (!isExpanded(menu) && fresh().length === 0) {
    pressKey(menu, 'ArrowDown');
    await run.tick();
  }
  const started = Date.now();
  for (;;) {
    const options = fresh();
    if (options.length > 0 || Date.now() - started >= OPEN_MS) return options;
    await run.settle();
  }
}

function choiceOptions(options: Element[]): ChoiceOption[] {
  return options.map((option) =>
    menuOption(optionText(option), option.getAttribute('data-value') ?? option.getAttribute('value') ?? '', option.getAttribute('aria-disabled') === 'true'),
  );
}

/**
 * Closes a menu left open, as a person would: Escape where the keyboard focus is (the menu, or the
 * option Headless UI and MUI move it to), only while the menu says it is open (elsewhere Escape may
 * close a dialog); then, if it is still open, a press beside it, inside whatever holds it (a press
 * on the page itself would be outside a dialog around the form, and close that too).
 */
async function close(run: FillRun, menu: Control): Promise<void> {
  if (!isExpanded(menu)) return;
  const doc = menu.ownerDocument;
  const lists = visibleOptions(run, menu, (element) => shownOpening(run, element)).map((option) => option.closest(LIST_SELECTOR));
  const focused = doc.activeElement as HTMLElement | null;
  const inList = focused !== null && lists.some((list) => list?.contains(focused));
  pressKey(inList ? focused! : menu, 'Escape');
  await run.tick();
  const beside = menu.parentElement;
  if (!isExpanded(menu) || !beside) return;
  pressPointer(beside, 'down');
  pressPointer(beside, 'up');
  await run.tick();
}

/** Opens the menu and clicks the option `chooser` names; the menu is closed again when no option is picked. */
async function openAndPick(
  run: FillRun,
  menu: Control,
  chooser: Chooser,
): Promise<{ outcome: 'no-matching-option' } | { outcome: 'picked'; chosen: string; offered: ChoiceOption[] }> {
  const options = await openOptions(run, menu);
  const offered = choiceOptions(options);
  const index = options.length === 0 ? null : chooser(offered);
  const option = index === null ? undefined : options[index];
  if (!option) {
    await close(run, menu);
    return { outcome: 'no-matching-option' };
  }
  const chosen = optionText(option);
  pick(option);
  await run.settle();
  await close(run, menu);
  return { outcome: 'picked', chosen, offered };
}

/** Picks the option `chooser` names in the menu; `target` is what the report calls it. */
export async function chooseInMenu(run: FillRun, menu: Control, chooser: Chooser, target: string, steps: UndoStep[] = run.steps): Promise<MenuOutcome> {
  const previous = readValue(menu);
  const picked = await openAndPick(run, menu, chooser);
  if (picked.outcome !== 'picked') return picked.outcome;
  const shows = fold(menuText(menu)).includes(fold(picked.chosen));
  // A menu that had no choice goes back to its "Choisir…" option; one without it keeps the value
  // (the options seen now tell, so undo does not open it for nothing).
  const reachable = backTo(picked.offered, previous) !== null;
  // An entry the fill added is removed by undo with its menus: only the run's own steps count.
  if (!reachable && steps === run.steps) (run.report.irreversible ??= []).push(target);
  steps.push({
    target,
    undo: async () => {
      if (!reachable || !menu.isConnected || isDisabled(menu) || fold(readValue(menu)) === fold(previous)) return;
      await openAndPick(run, menu, (choices) => backTo(choices, previous));
    },
  });
  // keepValues checks again, after the page re-rendered, that the menu still shows the choice.
  recordWritten(run, menu, shows ? readValue(menu) : picked.chosen, previous, target);
  run.highlight(menu);
  return shows ? 'chosen' : 'not-kept-by-page';
}

/** Undo's choice: the option the menu showed before, or its "Choisir…" option when it showed none. */
function backTo(options: ChoiceOption[], previous: string): number | null {
  const index = previous === ''
    ? options.findIndex((option) => option.placeholder && !option.disabled)
    : options.findIndex((option) => !option.disabled && fold(option.text) === fold(previous));
  return index >= 0 ? index : null;
}
