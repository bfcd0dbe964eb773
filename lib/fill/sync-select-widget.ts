// Tom Select and Choices.js hide a native <select> and draw its choice themselves, but do not follow
// the select's change event (Select2 and bootstrap-select do; Chosen is told, in setControlValue).
// The form sends the select, so the fill writes it; then the widget is shown the same choice by
// pressing its own option, as a person's click would, so the page does not show "Choisir…" over a
// chosen value. A widget whose option cannot be found is left as it is: the value sent is right.

import { selectWidgetOf } from './find-controls';
import { pressKey, pressPointer, viewOf } from './set-control-value';

export function syncSelectWidget(select: HTMLSelectElement): void {
  const widget = selectWidgetOf(select);
  if (!widget) return;
  try {
    if (widget.matches('.choices')) syncChoices(widget, select.value);
    else if (widget.matches('.ts-wrapper')) syncTomSelect(widget, select.value);
  } catch {
    // the widget's own code failed: the native select holds the value all the same
  }
}

/** Choices.js keeps every choice in its (closed) list and acts on a press of one. */
function syncChoices(widget: HTMLElement, value: string): void {
  const shown = widget.querySelector('.choices__list--single [data-item]');
  if (shown?.getAttribute('data-value') === value) return;
  const option = optionWithValue(widget.querySelectorAll('[data-choice]'), value);
  if (option) pressPointer(option, 'down');
}

/** Tom Select draws its options when its box gets the focus, and picks one on a click. */
function syncTomSelect(widget: HTMLElement, value: string): void {
  const items = [...widget.querySelectorAll('.ts-control [data-ts-item]')];
  if (items.length === 1 && items[0]!.getAttribute('data-value') === value) return;
  if (items.length === 0 && value === '') return;
  // Its text box, where it has one (querySelector with a list would return the box around it).
  const box = widget.querySelector<HTMLElement>('.ts-control input') ?? widget.querySelector<HTMLElement>('.ts-control [role="combobox"]');
  if (!box) return;
  box.focus({ preventScroll: true });
  // A tab the browser does not show may not deliver the focus: the widget is told as it would be.
  const Focus = viewOf(box).FocusEvent ?? FocusEvent;
  const list = () => box.ownerDocument.getElementById(box.getAttribute('aria-controls') ?? '') ?? widget.querySelector('.ts-dropdown');
  if (!optionWithValue(list()?.querySelectorAll('[data-selectable]') ?? [], value)) box.dispatchEvent(new Focus('focus'));
  const option = optionWithValue(list()?.querySelectorAll('[data-selectable]') ?? [], value);
  if (option) {
    pressPointer(option, 'down');
    pressPointer(option, 'up');
    option.dispatchEvent(new (viewOf(option).MouseEvent ?? MouseEvent)('click', { bubbles: true, cancelable: true, button: 0 }));
  } else if (value === '' && items.length > 0 && box.tagName === 'INPUT') {
    // No empty option to pick (Tom Select without allowEmptyOption): Backspace removes the choice.
    pressKey(box, 'Backspace');
  }
  box.blur();
}

function optionWithValue(options: Iterable<Element>, value: string): Element | undefined {
  for (const option of options) if (option.getAttribute('data-value') === value) return option;
  return undefined;
}
