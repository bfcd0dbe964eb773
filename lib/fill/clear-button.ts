// Pickers that hold one choice often draw a small "clear" cross beside it (Ant Design's allowClear,
// MUI Autocomplete, Vue Multiselect, ng-select) instead of letting Backspace remove it. Undo uses
// it as a person would, to take back a choice the fill made.

const CLEAR = /(^|[^a-z])(clear|effacer|vider|supprimer la selection)([^a-z]|$)/i;

/** The widget's clear button: an element whose class, aria-label or title says "clear"; none when
 *  the widget holds several (a tag list's crosses remove one chip each). */
export function clearButtonOf(widget: Element): Element | null {
  const found = [...widget.querySelectorAll('*')].filter((element) => {
    if (element.matches('input, textarea, select')) return false;
    const said = `${element.getAttribute('class') ?? ''} ${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[-_]+/g, ' ');
    return CLEAR.test(said);
  });
  // The outermost one: an icon inside the button says it too.
  const outer = found.filter((element) => !found.some((other) => other !== element && other.contains(element)));
  return outer.length === 1 ? outer[0]! : null;
}
