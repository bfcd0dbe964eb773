import { controlKind, readValue, type Control } from './find-controls';

/** "+33", "+33 ", "0033", "(+33)", "+": a calling code alone, with at most three digits. */
const CALLING_CODE_ALONE = /^\s*\(?(\+|00)\d{0,3}\)?\s*$/;

/**
 * A phone box in which the page writes a calling code ("+33 ") for the person to type the number
 * after it: it holds no number yet, so it is empty for the phone, not a value of the person's to
 * keep. The whole number is written in its place (undo puts the code back).
 */
export function holdsOnlyCallingCode(control: Control): boolean {
  return controlKind(control) === 'input' && CALLING_CODE_ALONE.test(readValue(control));
}
