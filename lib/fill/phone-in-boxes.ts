import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { controlKind, isEmpty, labelsOf, type Control } from './find-controls';
import { writeValue, type FillRun } from './fill-journal';

// Older French forms ask the phone number as five boxes of two digits ("06 12 34 56 78"), the
// cursor jumping from one to the next. The number does not fit the first box: each box takes its
// digits of the national number, when the boxes add up to it exactly.

/** The national number's digits: "0612345678" for +33612345678. */
export function nationalDigits(phone: string | undefined): string {
  if (!phone) return '';
  return (parsePhoneNumberFromString(phone)?.formatNational() ?? phone).replace(/\D/g, '');
}

/** The phone's box and the unlabelled boxes after it, beside it, whose lengths add up to the
 *  number's digits; null when the box takes the number alone or they do not add up. */
export function phoneBoxesOf(control: Control, controls: Control[], digits: string): Control[] | null {
  const first = lengthOf(control);
  if (controlKind(control) !== 'input' || first === null || digits.length === 0 || first >= digits.length) return null;
  const boxes = [control];
  let total = first;
  for (let index = controls.indexOf(control) + 1; index > 0 && index < controls.length && total < digits.length; index += 1) {
    const next = controls[index]!;
    const length = lengthOf(next);
    if (controlKind(next) !== 'input' || next.parentElement !== control.parentElement || labelsOf(next).length > 0 || length === null) break;
    boxes.push(next);
    total += length;
  }
  return boxes.length >= 2 && total === digits.length ? boxes : null;
}

/** Writes each box its digits, when all are empty (a number begun by the person is theirs). */
export function writePhoneBoxes(run: FillRun, boxes: Control[], digits: string): boolean {
  if (!boxes.every((box) => isEmpty(box))) return false;
  let start = 0;
  for (const box of boxes) {
    const length = lengthOf(box)!;
    writeValue(run, box, digits.slice(start, start + length), 'phone');
    start += length;
  }
  return true;
}

function lengthOf(control: Control): number | null {
  const length = Number(control.getAttribute('maxlength') ?? 'NaN');
  return Number.isInteger(length) && length > 0 && length <= 4 ? length : null;
}
