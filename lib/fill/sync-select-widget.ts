// Chosen, Tom Select and Choices.js hide a native <select> and draw its choice themselves, but do
// not follow the select's change event (Select2 and bootstrap-select do). The form sends the
// select, so the fill writes it; then the widget is shown the same choice: Chosen is told with the
// event it redraws on, the other two by pressing their own options as a person's clicks would, so
// the page does not show "Choisir…" over a chosen value (and pages that ask the widget for its
// value get the right one). A widget whose option cannot be found is left as it is: the value sent
// is right.

import { selectWidgetOf } from './find-controls';
import { pick, pressKey, pressPointer, viewOf } from './set-control-value';
import { tomSelectBox, tomSelectList, tomSelectSearch } from './tom-select-parts';

/** Tom Select searches as it is typed into no more often than this (its refreshThrottle, 300 ms). */
const SEARCH_WAIT_MS = 400;

/** `wanted`: the values the fill chose, for a multiple list whose widget may have redrawn the
 *  list's options over the ticks before it is synced (Choices.js does); else the list's own. */
export function syncSelectWidget(select: HTMLSelectElement, wanted: string[] = chosenValues(select)): void {
  const widget = selectWidgetOf(select);
  if (!widget) return;
  try {
    if (widget.matches('.chosen-container')) select.dispatchEvent(new (viewOf(select).Event ?? Event)('chosen:updated'));
    else if (widget.matches('.choices')) syncChoices(widget, select, wanted);
    else if (widget.matches('.ts-wrapper')) syncTomSelect(widget, select, wanted);
  } catch {
    // the widget's own code failed: the native select holds the value all the same
  }
}

/** The values a select has chosen (`selectedOptions` is not kept by every DOM). */
export const chosenValues = (select: HTMLSelectElement): string[] => [...select.options].filter((option) => option.selected).map((option) => option.value);

/** Choices.js keeps every choice not taken in its (closed) list and acts on a press of one; a
 *  multiple list drops an item through its remove button. */
function syncChoices(widget: HTMLElement, select: HTMLSelectElement, wanted: string[]): void {
  if (!select.multiple) {
    const value = wanted[0] ?? '';
    if (widget.querySelector('.choices__list--single [data-item]')?.getAttribute('data-value') === value) return;
    const option = withValue(widget.querySelectorAll('[data-choice]'), value);
    if (option) pressPointer(option, 'down');
    return;
  }
  for (const item of [...widget.querySelectorAll('.choices__list--multiple [data-item]')]) {
    if (wanted.includes(item.getAttribute('data-value') ?? '')) continue;
    const remove = item.querySelector('[data-button]');
    if (remove) pressPointer(remove, 'down');
  }
  const shown = () => [...widget.querySelectorAll('.choices__list--multiple [data-item]')].map((item) => item.getAttribute('data-value'));
  for (const value of wanted) {
    if (shown().includes(value)) continue;
    const option = withValue(widget.querySelectorAll('[data-choice]'), value);
    if (option) pressPointer(option, 'down');
  }
}

/** Tom Select draws its options (the first 50) when its box gets the focus, picks one on a click,
 *  and finds the others when their text is typed in its search box. */
function syncTomSelect(widget: HTMLElement, select: HTMLSelectElement, wanted: string[]): void {
  const items = () => [...widget.querySelectorAll('.ts-control [data-ts-item]')].map((item) => item.getAttribute('data-value') ?? '');
  const shown = items();
  if (!select.multiple) {
    const value = wanted[0] ?? '';
    if ((shown.length === 1 && shown[0] === value) || (shown.length === 0 && value === '')) return;
  } else if (shown.length === wanted.length && wanted.every((value) => shown.includes(value))) {
    return;
  }
  const box = tomSelectBox(widget);
  if (!box) return;
  const list = () => tomSelectList(widget, box);
  const drawn = (value: string) => withValue(list()?.querySelectorAll('[data-selectable]') ?? [], value);
  const open = () => {
    box.focus({ preventScroll: true });
    // A tab the browser does not show may not deliver the focus: the widget is told as it would be.
    if (!list()?.querySelector('[data-selectable]')) box.dispatchEvent(new (viewOf(box).FocusEvent ?? FocusEvent)('focus'));
  };
  open();
  if (select.multiple) {
    // A choice the fill took back (undo): selected in the widget, then deleted, as a person does.
    for (const value of shown.filter((value) => !wanted.includes(value))) {
      const item = [...widget.querySelectorAll('.ts-control [data-ts-item]')].find((element) => element.getAttribute('data-value') === value);
      const remove = item?.querySelector('.remove');
      if (remove) pick(remove);
      else if (item && box.tagName === 'INPUT') {
        pick(item);
        pressKey(box, 'Backspace');
      }
    }
  }
  const missing = wanted.filter((value) => !items().includes(value));
  const later: string[] = [];
  for (const value of missing) {
    const option = drawn(value);
    if (option) pick(option);
    else if (value !== '') later.push(value);
  }
  if (!select.multiple && wanted[0] === '' && items().length > 0 && !drawn('') && box.tagName === 'INPUT') {
    // No empty option to pick (Tom Select without allowEmptyOption): Backspace removes the choice.
    pressKey(box, 'Backspace');
  }
  const search = tomSelectSearch(widget, box);
  // Only a widget that drew its options on the focus is alive to search; never text left in a box
  // nothing reads.
  const alive = Boolean(list()?.querySelector('[data-selectable]'));
  if (later.length === 0 || !search || !alive) {
    box.blur();
    return;
  }
  // Beyond the options it draws: typed in its search box, one at a time, as a person looks one up.
  const find = (index: number) => {
    const value = later[index];
    if (value === undefined) {
      box.blur();
      return;
    }
    const text = [...select.options].find((option) => option.value === value)?.text ?? '';
    search.value = text;
    search.dispatchEvent(new (viewOf(search).Event ?? Event)('input', { bubbles: true }));
    viewOf(search).setTimeout(() => {
      const option = drawn(value);
      if (option) pick(option);
      if (search.value !== '') {
        // Not found (or a multiple list, which keeps the search): the typed text goes.
        search.value = '';
        search.dispatchEvent(new (viewOf(search).Event ?? Event)('input', { bubbles: true }));
      }
      find(index + 1);
    }, SEARCH_WAIT_MS);
  };
  find(0);
}

function withValue(options: Iterable<Element>, value: string): Element | undefined {
  for (const option of options) if (option.getAttribute('data-value') === value) return option;
  return undefined;
}
