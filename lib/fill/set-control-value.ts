import { clickSafely } from './click-safely';
import { controlKind, readValue, type Control } from './find-controls';
import { pickInSelect2 } from './pick-in-select2';
import { syncSelectWidget } from './sync-select-widget';
import { writeRichText } from './write-rich-text';

/**
 * Writes a value the way a person's typing does, so React, Vue, Angular and Preact keep it: focus,
 * the element's native value setter (bypassing framework wrappers such as React's value tracker),
 * then the input and change events they listen to, then blur.
 */
export function setControlValue(control: Control, value: string): void {
  // Select2 tells the page of a choice picked from its own dropdown only: picked there.
  if (control.tagName === 'SELECT' && pickInSelect2(control as HTMLSelectElement, value)) return;
  focus(control);
  writeNative(control, value);
  control.dispatchEvent(inputEvent(control, value));
  control.dispatchEvent(new (viewOf(control).Event ?? Event)('change', { bubbles: true }));
  control.blur?.();
  // A widget drawn over a hidden select that does not follow its change event is shown the choice.
  if (control.tagName === 'SELECT') syncSelectWidget(control as HTMLSelectElement);
}

/** Types into a control without leaving it: for tag inputs, which act on Enter. */
export function typeText(control: Control, value: string): void {
  focus(control);
  writeNative(control, value);
  control.dispatchEvent(inputEvent(control, value));
}

/**
 * A second way to write, for pages that dropped a value written through the setter: the browser's
 * own editing command, whose input events are the ones real typing produces. False when the
 * browser refuses (no editing command, or a control type it cannot edit).
 */
export function insertTextLikeTyping(control: Control, value: string): boolean {
  const doc = control.ownerDocument as Document & { execCommand?: (command: string, ui?: boolean, value?: string) => boolean };
  if (typeof doc.execCommand !== 'function') return false;
  focus(control);
  try {
    if (controlKind(control) === 'editable') {
      const selection = doc.getSelection();
      const range = doc.createRange();
      range.selectNodeContents(control);
      selection?.removeAllRanges();
      selection?.addRange(range);
    } else {
      (control as HTMLInputElement).select?.();
    }
    const done = value === '' ? doc.execCommand('delete') : doc.execCommand('insertText', false, value);
    control.dispatchEvent(new (viewOf(control).Event ?? Event)('change', { bubbles: true }));
    control.blur?.();
    return done && readValue(control).trim() === value.trim();
  } catch {
    return false;
  }
}

/** Puts a rich-text region back exactly as it was (its markup, not only its text). */
export function restoreMarkup(control: Control, html: string): void {
  control.innerHTML = html;
  control.dispatchEvent(inputEvent(control, control.textContent ?? ''));
}

export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  if (input.type === 'radio' && !checked) {
    untickRadio(input);
    return;
  }
  // A click is what frameworks expect for checkboxes and radios; it toggles and fires the events.
  input.click();
  if (input.checked !== checked) {
    const setter = Object.getOwnPropertyDescriptor(viewOf(input).HTMLInputElement?.prototype ?? HTMLInputElement.prototype, 'checked')?.set;
    setter?.call(input, checked);
    input.dispatchEvent(new (viewOf(input).Event ?? Event)('input', { bubbles: true }));
    input.dispatchEvent(new (viewOf(input).Event ?? Event)('change', { bubbles: true }));
  }
}

/**
 * No click unticks a radio, yet pages follow their radios by click (GOV.UK's conditional reveal,
 * React's radios) as well as by change (a jQuery toggle): unticked through the property, it is
 * then sent a click that toggles nothing (not a mouse event, so no browser activation), then the
 * input and change events, and the page reads the group as it now is.
 */
function untickRadio(radio: HTMLInputElement): void {
  const view = viewOf(radio);
  const setter = Object.getOwnPropertyDescriptor(view.HTMLInputElement?.prototype ?? HTMLInputElement.prototype, 'checked')?.set;
  if (setter) setter.call(radio, false);
  else radio.checked = false;
  for (const type of ['click', 'input', 'change']) radio.dispatchEvent(new (view.Event ?? Event)(type, { bubbles: true, composed: type !== 'change' }));
}

const KEY_CODES = { Enter: 13, Escape: 27, Backspace: 8, ArrowDown: 40 } as const;

/** Presses a key in a control: Enter adds a chip to a tag input, Escape closes a list, ArrowDown opens
 *  a select menu, Backspace in an empty picker removes its choice. Only Enter produces a keypress. */
export function pressKey(control: Control, key: keyof typeof KEY_CODES): void {
  const init = { key, code: key, keyCode: KEY_CODES[key], which: KEY_CODES[key], bubbles: true, cancelable: true, composed: true };
  const Keyboard = viewOf(control).KeyboardEvent ?? KeyboardEvent;
  control.dispatchEvent(new Keyboard('keydown', init));
  if (key === 'Enter') control.dispatchEvent(new Keyboard('keypress', init));
  control.dispatchEvent(new Keyboard('keyup', init));
}

/** Pointer and mouse events of one half of a press, as a person's mouse gives them: libraries act
 *  on pointerdown (Radix), mousedown (MUI, picking before the blur), pointerup or click. */
export function pressPointer(element: Element, phase: 'down' | 'up'): void {
  const view = viewOf(element);
  const Mouse = view.MouseEvent ?? MouseEvent;
  const Pointer = view.PointerEvent ?? (typeof PointerEvent === 'function' ? PointerEvent : null);
  const init = { bubbles: true, cancelable: true, composed: true, button: 0, buttons: phase === 'down' ? 1 : 0 };
  if (Pointer) element.dispatchEvent(new Pointer(phase === 'down' ? 'pointerdown' : 'pointerup', { ...init, pointerType: 'mouse', isPrimary: true }));
  element.dispatchEvent(new Mouse(phase === 'down' ? 'mousedown' : 'mouseup', init));
}

/** A person's click on an option: libraries listen to mousedown (to beat the blur) or to click. */
export function pick(option: Element): void {
  pressPointer(option, 'down');
  pressPointer(option, 'up');
  clickSafely(option as HTMLElement);
}

/** Presses Enter in a control, as a person adding a chip to a tag input does. */
export function pressEnter(control: Control): void {
  pressKey(control, 'Enter');
}

function writeNative(control: Control, value: string): void {
  const kind = controlKind(control);
  if (kind === 'editable') {
    writeRichText(control, value);
    return;
  }
  const view = viewOf(control);
  const prototype =
    kind === 'textarea' ? (view.HTMLTextAreaElement ?? HTMLTextAreaElement).prototype
    : kind === 'select' ? (view.HTMLSelectElement ?? HTMLSelectElement).prototype
    : (view.HTMLInputElement ?? HTMLInputElement).prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  if (setter) setter.call(control, value);
  else (control as HTMLInputElement).value = value;
}

function inputEvent(control: Control, value: string): Event {
  const view = viewOf(control);
  const Input = view.InputEvent ?? (typeof InputEvent === 'function' ? InputEvent : null);
  if (Input) return new Input('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' });
  return new (view.Event ?? Event)('input', { bubbles: true, composed: true });
}

function focus(control: Control): void {
  try {
    control.focus?.({ preventScroll: true });
  } catch {
    // some test DOMs do not implement focus options
  }
}

/** The control's own window: a same-origin iframe has its own constructors. */
export function viewOf(control: Element): typeof globalThis & Window {
  return (control.ownerDocument?.defaultView ?? globalThis) as typeof globalThis & Window;
}
