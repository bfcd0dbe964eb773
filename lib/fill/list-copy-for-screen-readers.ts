// Some pickers keep their role="listbox" for screen readers only: rc-select (Ant Design) renders it
// at 0×0 with just the options around the active one, and draws the options people click beside
// it, with no role (`.ant-select-item-option`, marked aria-selected). Clicking the copy's options
// does nothing, and the option wanted is often not in the copy at all: the drawn ones are the list.

/** A listbox kept at no size: a copy for screen readers, not what people see and click. */
export function isListCopy(list: Element): boolean {
  const style = list.ownerDocument.defaultView?.getComputedStyle(list);
  if (!style || style.overflow !== 'hidden') return false;
  return Number.parseFloat(style.height) === 0 || Number.parseFloat(style.width) === 0;
}

/** The options drawn beside a copy: in the popup holding it (three levels up at most), the
 *  elements marked aria-selected outside the copy (not one inside another). */
export function optionsBesideCopy(list: Element): Element[] {
  for (let popup = list.parentElement, steps = 0; popup && steps < 3; popup = popup.parentElement, steps++) {
    const drawn = [...popup.querySelectorAll('[aria-selected]')].filter((option) => !list.contains(option) && !option.parentElement?.closest('[aria-selected]'));
    if (drawn.length > 0) return drawn;
  }
  return [];
}
