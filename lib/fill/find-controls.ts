/** A form control the fill may touch. */
export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const FILLABLE_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'search', 'url', 'number', 'month', 'date', 'checkbox', 'radio']);
const PAYMENT = /card|carte|cvc|cvv|iban|bic|cc-|expir|paiement|payment|password|mot de passe|otp|pin\b/i;

/**
 * Every control the fill may write, in document order: through open shadow roots and same-origin
 * iframes. Never password, payment, hidden, disabled or read-only fields, nor honeypots (fields a
 * person cannot see, which exist only to trap robots).
 */
export function findControls(root: Document | ShadowRoot | Element): Control[] {
  const found: Control[] = [];
  visit(root, found);
  return found.filter(isFillable);
}

function visit(root: Document | ShadowRoot | Element, found: Control[]): void {
  const elements = root.querySelectorAll('*');
  for (const element of elements) {
    const tag = element.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') found.push(element as Control);
    if (element.shadowRoot) visit(element.shadowRoot, found);
    if (tag === 'IFRAME') {
      const frameDocument = sameOriginDocument(element as HTMLIFrameElement);
      if (frameDocument) visit(frameDocument, found);
    }
  }
}

function sameOriginDocument(frame: HTMLIFrameElement): Document | null {
  try {
    const frameDocument = frame.contentDocument;
    // contentDocument is null for cross-origin frames; check the origin anyway.
    if (frameDocument && frameDocument.location.origin === frame.ownerDocument.location.origin) return frameDocument;
  } catch {
    // cross-origin: never touched
  }
  return null;
}

export function isFillable(control: Control): boolean {
  if (control.disabled) return false;
  if ('readOnly' in control && control.readOnly) return false;
  if (control instanceof HTMLInputElement || control.tagName === 'INPUT') {
    const input = control as HTMLInputElement;
    const type = (input.getAttribute('type') ?? '').toLowerCase();
    if (!FILLABLE_INPUT_TYPES.has(type)) return false;
    if (PAYMENT.test(`${input.name} ${input.id} ${input.autocomplete}`)) return false;
  }
  if (control.getAttribute('aria-hidden') === 'true' || control.tabIndex < 0) return false;
  return isVisible(control);
}

/** Visible to a person: rendered, not transparent, not pushed off screen, not 1 px. */
function isVisible(element: Element): boolean {
  const view = element.ownerDocument.defaultView;
  if (!view) return false;
  for (let node: Element | null = element; node; node = node.parentElement ?? hostOf(node)) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return false;
  }
  const box = element.getBoundingClientRect();
  if (box.width < 4 || box.height < 4) return false;
  const scrollX = view.scrollX;
  if (box.right + scrollX < 0 || box.bottom + view.scrollY < 0) return false;
  return true;
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}
