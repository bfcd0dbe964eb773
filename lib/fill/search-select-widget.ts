// Lists whose options the site fetches as you type: a Tom Select, Select2 or Choices.js over a
// native <select>, fed by the site's server (the job sought among ROME's 11,000 titles, the commune
// among 35,000). Until something is typed the select holds no option, or a handful, so none says
// the value. The fill does what a person does: opens the widget, types the value in its search box,
// waits for the options the widget draws, and clicks the one that says the value; the widget then
// writes the select, which the form sends. Nothing is typed into a widget that cannot search.

import { selectWidgetOf } from './find-controls';
import { optionText } from './fill-combobox';
import { fold } from './fold-text';
import { bestOptionIndex, menuOption } from './match-option';
import { pick, pressKey, pressPointer, typeText, viewOf } from './set-control-value';
import type { FillRun } from './fill-journal';
import { tomSelectBox, tomSelectSearch } from './tom-select-parts';

export type WidgetSearchOutcome =
  /** `added`: the options the widget put into the select for this pick (a Select2 tag, a site's
   *  answer), which were not in the page before: undo takes them away too. */
  | { status: 'chosen'; option: string; value: string; added: HTMLOptionElement[] }
  | { status: 'no-matching-option' }
  /** The select has no searchable widget: nothing was typed anywhere. */
  | { status: 'no-search' };

/** A site's search: a debounce (Tom Select 300 ms, Select2's `delay`), then a request. */
const RESULTS_MS = 2_500;
/** Longer while the widget says it is loading. */
const LOADING_MS = 5_000;

interface SearchableWidget {
  /** The widget's element (as selectWidgetOf finds it). */
  matches: string;
  /** Opens it the way a person's press does; returns its search box, or null. */
  open: (widget: HTMLElement) => HTMLInputElement | null;
  /** True while it waits for the site's answer. */
  loading: (widget: HTMLElement, search: HTMLInputElement) => boolean;
  /** The options it shows now for what was typed. */
  options: (widget: HTMLElement, search: HTMLInputElement) => Element[];
  /** The value an option stands for (what the select will hold). */
  valueOf: (option: Element) => string;
  close: (widget: HTMLElement, search: HTMLInputElement) => void;
}

/** The list a search box names as its own (aria-controls), else the widget's. */
function listOf(search: HTMLInputElement, fallback: Element | null): Element | null {
  const id = search.getAttribute('aria-controls') ?? '';
  return (id && search.ownerDocument.getElementById(id)) || fallback;
}

const WIDGETS: SearchableWidget[] = [
  {
    // Tom Select: the box's own text input (or, with the dropdown_input plugin, the one in its menu);
    // options it has drawn carry data-selectable, and the wrapper says `loading`.
    matches: '.ts-wrapper',
    open: (widget) => {
      const box = tomSelectBox(widget);
      if (!box) return null;
      box.focus({ preventScroll: true });
      // A box without a text input opens its menu on a press.
      if (box.tagName !== 'INPUT') pressPointer(box, 'down');
      return tomSelectSearch(widget, box);
    },
    loading: (widget) => widget.classList.contains('loading'),
    options: (widget, search) => [...(listOf(search, widget.querySelector('.ts-dropdown'))?.querySelectorAll('[data-selectable]') ?? [])],
    valueOf: (option) => option.getAttribute('data-value') ?? '',
    close: (_widget, search) => {
      setSearch(search, '');
      search.blur();
    },
  },
  {
    // Select2: a press on its selection opens the dropdown (put at the end of the page) and focuses
    // its search field; results are options of the list the field controls, "Searching…" meanwhile.
    matches: '.select2-container',
    open: (widget) => {
      const inline = widget.querySelector<HTMLInputElement>('.select2-search__field');
      const selection = widget.querySelector<HTMLElement>('.select2-selection');
      if (!selection) return null;
      if (inline) {
        // A multiple list searches in its own box.
        pick(inline);
        return inline;
      }
      if (!widget.classList.contains('select2-container--open')) pressPointer(selection, 'down');
      const active = widget.ownerDocument.activeElement;
      if (active instanceof viewOf(widget).HTMLInputElement && active.matches('.select2-search__field')) return active;
      return widget.ownerDocument.querySelector<HTMLInputElement>('.select2-container--open .select2-search__field');
    },
    loading: (_widget, search) => Boolean(listOf(search, null)?.querySelector('.loading-results')),
    options: (_widget, search) =>
      [...(listOf(search, null)?.querySelectorAll('.select2-results__option') ?? [])].filter(
        (option) => option.getAttribute('role') === 'option' || option.classList.contains('select2-results__option--selectable'),
      ).filter((option) => !option.matches('.loading-results, .select2-results__message, [aria-disabled="true"]')),
    // Select2 keeps the value on the option's data, out of reach: the select is read after the pick.
    valueOf: () => '',
    close: (_widget, search) => {
      if (search.value !== '') setSearch(search, '');
      pressKey(search, 'Escape');
    },
  },
  {
    // Choices.js with its search: the typed text is its input's; the site answers its `search`
    // event by setting new choices.
    matches: '.choices',
    open: (widget) => {
      const search = widget.querySelector<HTMLInputElement>('input.choices__input--cloned');
      if (!search) return null;
      const inner = widget.querySelector('.choices__inner') ?? widget;
      pressPointer(inner, 'down');
      pressPointer(inner, 'up');
      search.focus({ preventScroll: true });
      return search;
    },
    loading: () => false,
    options: (widget) => [...widget.querySelectorAll('.choices__list--dropdown [data-choice-selectable]')],
    valueOf: (option) => option.getAttribute('data-value') ?? '',
    close: (_widget, search) => {
      setSearch(search, '');
      search.blur();
    },
  },
];

function setSearch(search: HTMLInputElement, text: string): void {
  typeText(search, text);
  search.dispatchEvent(new (viewOf(search).KeyboardEvent ?? KeyboardEvent)('keyup', { bubbles: true, key: 'a' }));
}

/** The select has a widget that can look values up as they are typed. */
export function searchableWidgetOf(select: HTMLSelectElement): HTMLElement | null {
  const widget = selectWidgetOf(select);
  return widget && WIDGETS.some((kind) => widget.matches(kind.matches)) ? widget : null;
}

/**
 * Looks each value up in the select's widget, in turn, and chooses the first option that says one
 * of them (the same word matching as a native list's). The select ends up holding it, as it would
 * after a person's click. The caller records the write (and its undo) on the select.
 */
export async function chooseBySearch(run: FillRun, select: HTMLSelectElement, values: string[]): Promise<WidgetSearchOutcome> {
  const widget = selectWidgetOf(select);
  const kind = widget ? WIDGETS.find((candidate) => widget.matches(candidate.matches)) : undefined;
  if (!widget || !kind) return { status: 'no-search' };
  const distinct = values.filter((value, index) => value.trim() !== '' && values.findIndex((other) => fold(other) === fold(value)) === index);
  for (const value of distinct) {
    const search = kind.open(widget);
    if (!search) return { status: 'no-search' };
    await run.tick();
    const before = new Set(chosenOptions(select));
    const drawnBefore = signature(kind.options(widget, search));
    // Select2's tags mode adds the option for the typed text as it draws it, before any pick.
    const listed = new Set(select.options);
    setSearch(search, value);
    const options = await resultsFor(run, kind, widget, search, drawnBefore);
    const option = bestResult(kind, options, value);
    if (!option) {
      kind.close(widget, search);
      await run.tick();
      continue;
    }
    const text = optionText(option);
    pick(option);
    await run.settle();
    const chosen = chosenOptions(select).find((entry) => !before.has(entry)) ?? (select.multiple ? undefined : chosenOptions(select)[0]);
    if (widget.isConnected && search.isConnected && search.value !== '') kind.close(widget, search);
    else search.blur();
    await run.tick();
    if (chosen !== undefined && chosen !== '') return { status: 'chosen', option: text, value: chosen, added: [...select.options].filter((entry) => !listed.has(entry)) };
  }
  return { status: 'no-matching-option' };
}

function chosenOptions(select: HTMLSelectElement): string[] {
  return [...select.options].filter((option) => option.selected && option.value !== '').map((option) => option.value);
}

function signature(options: Element[]): string {
  return options.map(optionText).join('\n');
}

/** The options drawn for what was typed: once they differ from those drawn before and the widget
 *  is done loading, or at the deadline. */
async function resultsFor(run: FillRun, kind: SearchableWidget, widget: HTMLElement, search: HTMLInputElement, before: string): Promise<Element[]> {
  const started = Date.now();
  let answered = false;
  for (;;) {
    await run.settle();
    const loading = kind.loading(widget, search);
    const options = kind.options(widget, search);
    if (!loading && options.length > 0 && signature(options) !== before) return options;
    // It asked the site and the site had nothing: no need to wait longer.
    if (answered && !loading) return options;
    answered ||= loading;
    if (Date.now() - started >= (loading ? LOADING_MS : RESULTS_MS)) return loading ? [] : options;
  }
}

/** The option that says the value; an option that would create it as typed ("Ajouter Cariste…",
 *  where the site allows it) only when none of the site's own does. */
function bestResult(kind: SearchableWidget, options: Element[], value: string): Element | undefined {
  const own = options.filter((option) => !option.matches('.create'));
  for (const candidates of [own, options]) {
    const index = bestOptionIndex(candidates.map((option) => menuOption(optionText(option), kind.valueOf(option), false)), [value]);
    if (index !== null) return candidates[index];
  }
  return undefined;
}

/** Takes away the options a widget added for the fill's picks, once undo has unchosen them: the
 *  list is as before. One chosen again since (by the person) stays. */
export function removeAddedOptions(select: HTMLSelectElement, added: HTMLOptionElement[]): void {
  const gone = added.filter((option) => option.parentElement && !option.selected);
  for (const option of gone) option.remove();
  // Select2 and its kin draw from the select on change: told, so they drop it too.
  if (gone.length > 0) select.dispatchEvent(new Event('change', { bubbles: true }));
}
