/**
 * Clicks a page's button (add an entry, remove a chip) without ever sending the form or leaving
 * the page: a submit the click would trigger is cancelled (not a dialog form's, which only closes
 * its dialog), and so is a link's navigation, after the page's own handlers have run.
 */
export function clickSafely(button: HTMLElement): void {
  const doc = button.ownerDocument;
  const view = doc.defaultView;
  const stopSubmit = (event: Event) => {
    // A form of method "dialog" only closes its dialog ("Enregistrer" in a <dialog>): let it.
    const submitter = (event as Event & { submitter?: Element | null }).submitter;
    const method = submitter?.getAttribute('formmethod') ?? (event.target as Element | null)?.getAttribute?.('method') ?? '';
    if (method.toLowerCase() !== 'dialog') event.preventDefault();
  };
  const stopNavigation = (event: Event) => {
    if ((event.target as Element | null)?.closest?.('a[href]')) event.preventDefault();
  };
  doc.addEventListener('submit', stopSubmit, true);
  view?.addEventListener('click', stopNavigation);
  try {
    // An icon drawn in SVG (MUI's chip delete mark) has no click(): it is sent the click a mouse gives.
    if (typeof button.click === 'function') button.click();
    else button.dispatchEvent(new (view?.MouseEvent ?? MouseEvent)('click', { bubbles: true, cancelable: true, composed: true, button: 0 }));
  } finally {
    doc.removeEventListener('submit', stopSubmit, true);
    view?.removeEventListener('click', stopNavigation);
  }
}
