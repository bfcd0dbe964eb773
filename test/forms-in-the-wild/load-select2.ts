// The real Select2 on the real jQuery, in happy-dom, for forms built on it.

/** jQuery with Select2 on it; each test types the part of jQuery it drives. */
export async function loadSelect2<JQuery>(): Promise<JQuery> {
  const { default: jQuery } = await import('jquery');
  const { default: select2 } = await import('select2');
  select2(window, jQuery);
  // Browsers give a left press `which` 1 (button + 1), which Select2 checks before it opens; happy-dom gives 0.
  if (new MouseEvent('mousedown', { button: 0 }).which !== 1) {
    Object.defineProperty(MouseEvent.prototype, 'which', { configurable: true, get(this: MouseEvent) { return this.button + 1; } });
  }
  return jQuery as unknown as JQuery;
}
