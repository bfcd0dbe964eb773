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

/** Browsers compile `pattern` with the v flag, and ignore a pattern that does not compile so: an
 *  email pattern with "[._%+-]" is no constraint for them, so none for us. Engines without the v
 *  flag used u. */
const PATTERN_FLAGS = (() => {
  try {
    new RegExp('', 'v');
    return 'v';
  } catch {
    return 'u';
  }
})();

function compilePattern(pattern: string | null): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(`^(?:${pattern})$`, PATTERN_FLAGS);
  } catch {
    return null;
  }
}
