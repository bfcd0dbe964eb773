import { parsePhoneNumberFromString, type PhoneNumber } from 'libphonenumber-js/min';
import { fitsControl } from './control-constraints';
import { describeControl } from './describe-control';
import { controlType, type Control } from './find-controls';
import { readPhoneShape, type PhoneShape } from './read-phone-shape';
import { holdsOnlyFormatHint } from './format-hint-value';

/**
 * The phone number written the way this control accepts it. The plan holds E.164 (+33612345678),
 * which is kept unless the control shows or constrains the shape: an input mask ("__ __ __ __ __",
 * which a mask script would fill with "33 61 23 45 67"), an example in its placeholder or help
 * ("Ex : 06 12 34 56 78"), a count of digits ("10 chiffres, sans espace"), a `pattern` or a
 * `maxlength` E.164 does not fit. Then the national form, in the shape shown.
 */
export function phoneForControl(control: Control, value: string, nationalOnly = false, pageCountry?: string): string {
  const parsed = value.startsWith('+') ? parsePhoneNumberFromString(value) : undefined;
  if (!parsed) return value;
  const national = parsed.formatNational();
  // `nationalOnly`: the country code is asked apart ("tel-national", a country-code list).
  const candidates = nationalOnly
    ? [national.replace(/[^\d]/g, ''), national, parsed.nationalNumber]
    : // Last, the digits after the country code: a box of nine digits wants no trunk 0.
      [value, national, national.replace(/[^\d+]/g, ''), parsed.formatInternational(), parsed.nationalNumber];
  // The label may say it too: "Numéro de portable (10 chiffres, sans espaces)", "Téléphone (ex : 06…)".
  const description = describeControl(control);
  // A shape the page wrote as the box's value ("0X XX XX XX XX") shows it as a placeholder does.
  const shown = control.getAttribute('placeholder') || (holdsOnlyFormatHint(control) ? control.getAttribute('value') ?? '' : '');
  const shape = readPhoneShape(shown, `${description.hint} ${description.label}`);
  const poured = shapedNumber(parsed, shape, nationalOnly, pageCountry);
  // A number box keeps digits only: a browser empties "+33…", which is no number.
  if (controlType(control) === 'number') return (poured ?? national).replace(/\D/g, '');
  if (poured) candidates.unshift(poured);
  const chosen = candidates.find((text) => fitsControl(control, text)) ?? (nationalOnly ? candidates[0]! : value);
  return shape.digitsOnly ? chosen.replace(/[^\d+]/g, '') : chosen;
}

/** The number poured into the shape the box shows, or null when the shape is not one it fits. */
function shapedNumber(parsed: PhoneNumber, shape: PhoneShape, nationalOnly: boolean, pageCountry: string | undefined): string | null {
  const nationalDigits = parsed.formatNational().replace(/\D/g, '');
  const international = `${parsed.countryCallingCode}${parsed.nationalNumber}`;
  // Written with the country code, with the trunk 0, or without either (a box of nine digits).
  const ways = nationalOnly ? [nationalDigits, parsed.nationalNumber] : [nationalDigits, parsed.nationalNumber, international];
  if (shape.layout) {
    const slots = [...shape.layout].filter((character) => character === '#').length;
    if (shape.countryCode) {
      // "+33 _ __ __ __ __": only for a number of that country, the rest without its trunk 0.
      return shape.countryCode === parsed.countryCallingCode && slots === parsed.nationalNumber.length
        ? pour(shape.layout.slice(shape.countryCode.length + 1), parsed.nationalNumber, `+${shape.countryCode}`)
        : null;
    }
    if (shape.layout.startsWith('+')) return slots === international.length && !nationalOnly ? pour(shape.layout, international) : null;
    // A national shape without a country code (a mask, "Ex : 06 12 34 56 78") is the page's own
    // country's: a number of another country keeps its international form rather than lose its
    // country code ("07700 900123" on a French form would read as a wrong French number).
    if (pageCountry && parsed.country !== pageCountry) return null;
    const fitting = ways.find((digits) => digits.length === slots);
    if (fitting) return pour(shape.layout, fitting);
    // A national example of another length (another country's): the national form, spaced as shown.
    if (shape.fromExample && shape.layout.startsWith('0')) return / /.test(shape.layout) ? parsed.formatNational() : nationalDigits;
    return null;
  }
  if (shape.digits) return pageCountry && parsed.country !== pageCountry ? null : (ways.find((digits) => digits.length === shape.digits) ?? null);
  return null;
}

/** "## ## ## ## ##" and "0612345678" -> "06 12 34 56 78". */
function pour(layout: string, digits: string, prefix = ''): string {
  let next = 0;
  const body = [...layout].map((character) => (character === '#' ? digits[next++] ?? '' : character)).join('');
  return prefix + body;
}
