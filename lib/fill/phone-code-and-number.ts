// "Téléphone: Indicatif [____] Numéro [__________]": a question (fieldset, role=group) named as the
// phone whose boxes say only which part they take. "Numéro" alone names nothing, so the number was
// never written; the calling code box beside it takes the number's code ("+33"), and the number
// goes in national form after it.

import { describeControl, type ControlDescription } from './describe-control';
import type { Control } from './find-controls';
import { fold } from './fold-text';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

const PHONE_QUESTION = /telephone|portable|mobile|phone|(^|[^a-z])(tel|gsm|natel)($|[^a-z])/;
const NUMBER_PART = /^(numero|number|no|n|num|nr)( de telephone| de tel)?$/;
const CODE_PART = /^(indicatif|indicatif pays|indicatif telephonique|code pays|(country )?(phone |calling |dial )?code|prefix|prefixe)$/;
const QUESTION = 'fieldset, [role="group"]';

/** The number's own box: "Numéro" inside a question named as the phone (its legend). */
export function isPhoneNumberPart(description: ControlDescription): boolean {
  return NUMBER_PART.test(fold(description.label)) && PHONE_QUESTION.test(fold(description.group)) && !/fax|urgence|emergency/.test(fold(description.group));
}

/** The calling-code text box of the same phone question as the number box, or null. */
export function callingCodeBoxOf(control: Control): HTMLInputElement | null {
  const question = control.closest(QUESTION);
  if (!question) return null;
  const boxes = [...question.querySelectorAll<HTMLInputElement>('input')].filter((box) => box !== control && ['text', 'tel', 'number', ''].includes(box.type));
  const codes = boxes.filter((box) => CODE_PART.test(fold(describeControl(box).label)));
  return codes.length === 1 ? codes[0]! : null;
}

/** The number's calling code in the shape the box shows ("+33", "0033", "33"), or null. */
export function callingCodeFor(box: HTMLInputElement, e164: string): string | null {
  const code = parsePhoneNumberFromString(e164)?.countryCallingCode;
  if (!code) return null;
  const example = (box.getAttribute('placeholder') ?? '').trim();
  if (/^00\d/.test(example)) return `00${code}`;
  if (/^\d/.test(example)) return code;
  return `+${code}`;
}
