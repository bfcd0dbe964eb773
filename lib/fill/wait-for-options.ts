// A list the page fills in later: French forms load the communes of a postcode once it is typed (a
// round trip to the site's own postcode base), so the town list holds only "Saisissez d'abord le
// code postal" when the fill reaches it. Wait a moment for real options before giving up.

import { selectOptions } from './match-option';

/** Long enough for a site's postcode lookup, short enough not to hold the fill up. */
export const OPTIONS_WAIT_MS = 1500;

/** True when the list offers nothing to choose yet (no option, or placeholders only). */
export function hasNoChoiceYet(select: HTMLSelectElement): boolean {
  return selectOptions(select).every((option) => option.placeholder || option.disabled);
}

/** Resolves once the list's options change (or at the deadline): true when there are choices. */
export function waitForOptions(select: HTMLSelectElement, ms = OPTIONS_WAIT_MS): Promise<boolean> {
  if (!hasNoChoiceYet(select)) return Promise.resolve(true);
  const View = select.ownerDocument.defaultView;
  if (!View?.MutationObserver) return Promise.resolve(false);
  return new Promise((resolve) => {
    const done = (): void => {
      observer.disconnect();
      clearTimeout(timer);
      resolve(!hasNoChoiceYet(select));
    };
    const observer = new View.MutationObserver(() => {
      if (!hasNoChoiceYet(select)) done();
    });
    observer.observe(select, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'value'] });
    const timer = setTimeout(done, ms);
  });
}
