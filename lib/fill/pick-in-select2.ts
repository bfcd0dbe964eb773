// Select2 sends its own events (select2:select, select2:selecting) only when an option is picked
// from its dropdown, never when the select underneath changes: a page that loads the next list on
// them (département -> commune, métier -> compétences) waits for nothing after a written value.
// Those events go through the page's jQuery, out of reach of a content script's isolated world,
// so the fill picks the option as a person does: opens Select2's dropdown, releases the mouse on
// the result that stands for the option. Select2 then selects it itself and sends select2:select,
// input and change to the page's handlers.

import { selectWidgetOf } from './find-controls';
import { fold } from './fold-text';
import { pick, pressKey, pressPointer } from './set-control-value';
import { clickSafely } from './click-safely';

/** Select2 4.1 marks the options one may pick; 4.0 gives them aria-selected. */
const RESULT = '.select2-results__option--selectable, .select2-results__option[aria-selected]';

/**
 * Picks `value` of a select drawn by Select2 through Select2's own dropdown. True when the select
 * holds it afterwards; false (nothing changed) when it has no Select2, the value is empty (a
 * placeholder, which Select2 never lists), the option is already chosen or Select2 does not list it
 * (fed by the site: search-select-widget.ts looks those up).
 */
export function pickInSelect2(select: HTMLSelectElement, value: string): boolean {
  const widget = selectWidgetOf(select);
  if (!widget?.matches('.select2-container') || value === '') return false;
  const option = [...select.options].find((candidate) => candidate.value === value);
  if (!option || option.selected || option.disabled) return false;
  const selection = widget.querySelector<HTMLElement>('.select2-selection');
  if (!selection) return false;
  try {
    const wasOpen = isOpen(widget);
    if (!wasOpen) open(widget, selection);
    const result = resultFor(widget, selection, option);
    if (result) pick(result);
    if (isOpen(widget) && !wasOpen) close(widget, selection);
  } catch {
    // Select2's own code failed: the caller writes the select itself.
  }
  return option.selected;
}

function isOpen(widget: HTMLElement): boolean {
  return widget.classList.contains('select2-container--open');
}

/** A single list opens on a press of its box, a multiple one on a click. */
function open(widget: HTMLElement, selection: HTMLElement): void {
  pressPointer(selection, 'down');
  if (!isOpen(widget)) clickSafely(selection);
}

function close(widget: HTMLElement, selection: HTMLElement): void {
  const search = searchOf(widget, selection);
  pressKey(search ?? selection, 'Escape');
  // Still open (a Select2 that ignores keys): its box toggles it.
  if (isOpen(widget)) pressPointer(selection, 'down');
}

function searchOf(widget: HTMLElement, selection: HTMLElement): HTMLInputElement | null {
  const inline = widget.querySelector<HTMLInputElement>('.select2-search__field');
  if (inline) return inline;
  const list = resultsOf(widget, selection);
  return list?.closest('.select2-dropdown')?.querySelector<HTMLInputElement>('.select2-search__field') ?? null;
}

/** The results list of this widget: named by its box while open (aria-owns, aria-controls of the
 *  search), else the one of the open dropdown. */
function resultsOf(widget: HTMLElement, selection: HTMLElement): HTMLElement | null {
  const doc = widget.ownerDocument;
  const ids = [
    selection.getAttribute('aria-owns'),
    widget.querySelector('.select2-search__field')?.getAttribute('aria-controls'),
    ...[...doc.querySelectorAll('.select2-container--open .select2-search__field')].map((search) => search.getAttribute('aria-controls')),
  ];
  const rendered = widget.querySelector('.select2-selection__rendered')?.id ?? '';
  const own = rendered.endsWith('-container') ? `${rendered.slice(0, -'-container'.length)}-results` : '';
  const id = [own, ...ids].find((candidate) => candidate && doc.getElementById(candidate));
  if (id) return doc.getElementById(id);
  return doc.querySelector<HTMLElement>('.select2-dropdown .select2-results__options');
}

/** The result standing for the option: its id ends with the option's value (Select2 makes it so),
 *  and it says the option's text. */
function resultFor(widget: HTMLElement, selection: HTMLElement, option: HTMLOptionElement): Element | undefined {
  const results = [...(resultsOf(widget, selection)?.querySelectorAll(RESULT) ?? [])];
  const text = fold(option.text);
  const saysIt = (result: Element) => fold(result.textContent ?? '') === text;
  return results.find((result) => result.id.endsWith(`-${option.value}`) && saysIt(result)) ?? results.find(saysIt);
}
