// Where Tom Select keeps its parts, for the fill that shows it a choice (sync-select-widget.ts) and
// the one that looks a value up in it (search-select-widget.ts).

/** Its text box, or the box itself when it has none (querySelector with a list would return the
 *  box around the text box; the dropdown_input plugin leaves a decoy placeholder input there). */
export function tomSelectBox(widget: HTMLElement): HTMLElement | null {
  return (
    widget.querySelector<HTMLElement>('.ts-control input:not(.items-placeholder)') ??
    (widget.querySelector<HTMLElement>('.ts-control[role="combobox"]') || widget.querySelector<HTMLElement>('.ts-control [role="combobox"]'))
  );
}

/** The list of options the box controls (its menu may be placed elsewhere: dropdownParent). */
export function tomSelectList(widget: HTMLElement, box: HTMLElement): HTMLElement | null {
  return box.ownerDocument.getElementById(box.getAttribute('aria-controls') ?? '') ?? widget.querySelector<HTMLElement>('.ts-dropdown');
}

/** Where a search is typed: the dropdown_input plugin's box in the menu, else the text box. */
export function tomSelectSearch(widget: HTMLElement, box: HTMLElement): HTMLInputElement | null {
  return (
    tomSelectList(widget, box)?.closest('.ts-dropdown')?.querySelector<HTMLInputElement>('input.dropdown-input') ??
    (box.tagName === 'INPUT' ? (box as HTMLInputElement) : null)
  );
}
