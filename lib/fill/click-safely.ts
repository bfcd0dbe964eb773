/**
 * Clicks a page's button (add an entry, remove a chip) without ever sending the form or leaving
 * the page: a submit the click would trigger is cancelled, and so is a link's navigation, after
 * the page's own handlers have run.
 */
export function clickSafely(button: HTMLElement): void {
  const doc = button.ownerDocument;
  const view = doc.defaultView;
  const stopSubmit = (event: Event) => event.preventDefault();
  const stopNavigation = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
  };
  doc.addEventListener('submit', stopSubmit, true);
  view?.addEventListener('click', stopNavigation);
  try {
    button.click();
  } finally {
    doc.removeEventListener('submit', stopSubmit, true);
    view?.removeEventListener('click', stopNavigation);
  }
}
