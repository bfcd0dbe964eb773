import type { Control } from './find-controls';

/**
 * Whether a text satisfies what the control itself declares: its `pattern` (HTML regular
 * expression, whole value) and its `maxlength`. Used to choose among the ways to write a date or
 * a phone number, the way a person adapts to the field in front of them.
 */
export function fitsControl(control: Control, text: string): boolean {
  const maxLength = Number(control.getAttribute('maxlength') ?? 'NaN');
  if (Number.isFinite(maxLength) && maxLength > 0 && text.length > maxLength) return false;
  const pattern = compilePattern(control.getAttribute('pattern'));
  return !pattern || pattern.test(text);
}

export function hasShapeConstraint(control: Control): boolean {
  return control.hasAttribute('pattern') || Number(control.getAttribute('maxlength') ?? '0') > 0;
}

function compilePattern(pattern: string | null): RegExp | null {
  if (!pattern) return null;
  // Browsers compile `pattern` with the v flag; older pages may only be valid with u or none.
  for (const flags of ['v', 'u', '']) {
    try {
      return new RegExp(`^(?:${pattern})$`, flags);
    } catch {
      // the next, looser flags
    }
  }
  return null;
}
