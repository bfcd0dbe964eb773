import type { Control } from './find-controls';

/**
 * Writes a value the way a person's typing does, so React, Vue, Angular and Preact keep it: the
 * element's native value setter (bypassing framework wrappers), then the input and change events
 * they listen to, between focus and blur.
 */
export function setControlValue(control: Control, value: string): void {
  const view = control.ownerDocument.defaultView ?? window;
  const prototype =
    control.tagName === 'TEXTAREA' ? view.HTMLTextAreaElement.prototype
    : control.tagName === 'SELECT' ? view.HTMLSelectElement.prototype
    : view.HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  control.dispatchEvent(new FocusEvent('focus'));
  control.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  if (setter) setter.call(control, value);
  else control.value = value;
  control.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: value, inputType: 'insertText' }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
  control.dispatchEvent(new FocusEvent('blur'));
  control.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
}

export function setChecked(input: HTMLInputElement, checked: boolean): void {
  if (input.checked === checked) return;
  // A click is what frameworks expect for checkboxes and radios; it toggles and fires the events.
  input.click();
  if (input.checked !== checked) {
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(input), 'checked')?.set;
    setter?.call(input, checked);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }
}

/** Presses Enter in a control, as a person adding a chip to a tag input does. */
export function pressEnter(control: Control): void {
  const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true, composed: true };
  control.dispatchEvent(new KeyboardEvent('keydown', init));
  control.dispatchEvent(new KeyboardEvent('keypress', init));
  control.dispatchEvent(new KeyboardEvent('keyup', init));
}

/** The option of a select that best matches `value`, by words, accents and case ignored. */
export function pickOption(select: HTMLSelectElement, value: string): HTMLOptionElement | null {
  const wanted = fold(value);
  let best: { option: HTMLOptionElement; score: number } | null = null;
  for (const option of select.options) {
    if (option.disabled) continue;
    const candidates = [fold(option.text), fold(option.value)].filter(Boolean);
    for (const candidate of candidates) {
      const score = candidate === wanted ? 1 : candidate.startsWith(wanted) || wanted.startsWith(candidate) ? 0.8 : overlap(candidate, wanted);
      if (!best || score > best.score) best = { option, score };
    }
  }
  return best && best.score >= 0.5 ? best.option : null;
}

export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9+]+/g, ' ').trim();
}

function overlap(a: string, b: string): number {
  const left = new Set(a.split(' '));
  const right = b.split(' ');
  if (right.length === 0) return 0;
  return right.filter((word) => left.has(word)).length / Math.max(left.size, right.length);
}
